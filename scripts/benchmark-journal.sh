#!/usr/bin/env bash
# Times `verify-audit` on an encrypted file whose audit trail holds ENTRIES entries (500 000 by default: years of a
# busy cell's openings of files and decisions), under the window's heap or a smaller one, and prints for each jar the
# outcome, elapsed and CPU seconds, the resident memory and the peak heap the collector logged.
#
# Usage: scripts/benchmark-journal.sh [ENTRIES (500000)] [HEAP (256m)] [JAR ...]
#   JAR  the builds to compare (default app/target/cellule-pdp.jar), e.g. the previous commit's jar and this one
set -euo pipefail
entrees=${1:-500000}
tas=${2:-256m}
shift 2 || shift $# || true
ici=$(cd "$(dirname "$0")/.." && pwd)
jars=("$@")
[ ${#jars[@]} -eq 0 ] && jars=("$ici/app/target/cellule-pdp.jar")
export PDP_PASSWORD='Benchmark-Journal-2026!'
travail=$(mktemp -d)
trap 'rm -rf "$travail"' EXIT

echo "journal de $entrees entrées…" >&2
java -cp "${jars[0]}" "$ici/scripts/RemplirJournal.java" "$travail/cellule.mv.db" "$entrees"
java -jar "${jars[0]}" --db "$travail/cellule" setup account --login bench.journal > /dev/null
echo "charge au départ : $(cut -d' ' -f1-3 /proc/loadavg) ; fichier : $(du -m "$travail/cellule.mv.db" | cut -f1) Mo"
for jar in "${jars[@]}"; do
    /usr/bin/time -o "$travail/temps" -f "%e s écoulées, %U+%S s CPU, %M Ko résidents" \
        java -Xmx"$tas" -Xlog:gc:file="$travail/gc.log" -jar "$jar" --db "$travail/cellule" --user bench.journal \
        verify-audit > "$travail/sortie" 2>&1 || true
    pic=$(grep -o '[0-9]*M->[0-9]*M' "$travail/gc.log" | sed 's/M->.*//' | sort -n | tail -1)
    echo "$jar (-Xmx$tas) : $(head -1 "$travail/sortie")"
    echo "    $(cat "$travail/temps") ; tas au plus ${pic:-?} Mo"
done
