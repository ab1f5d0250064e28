#!/usr/bin/env bash
# The Situations searches alone (scripts/MesureRecherche.java), on copies of the 100 000-situation encrypted database
# that scripts/benchmark-base.sh builds, jars interleaved round by round; prints per measure and jar the median and
# 95th percentile of the elapsed and of the CPU time (the thread's), and the first search of each kind in a new
# process (cold).
#
# Usage: scripts/benchmark-recherche.sh ROUNDS JAR [JAR ...]
#   PDP_BENCH_CACHE (/tmp/pdp-bench-100k, never written), PDP_BENCH_CHAUFFE (warm-up rounds, 10),
#   PDP_BENCH_MESURES (samples of each measure per round, 10)
#   PDP_BENCH_JAVA_OPTS (options of the measuring JVM, e.g. the window's: app/pom.xml, fenetre.options.java)
set -euo pipefail
tours=$1
shift
ici=$(cd "$(dirname "$0")/.." && pwd)
. "$ici/scripts/copies-base-mesure.sh" recherche $#
for ((t = 1; t <= tours; t++)); do
    i=0
    for jar in "$@"; do
        echo "tour $t/$tours, jar $i ($(cut -d' ' -f1-3 /proc/loadavg))" >&2
        java "-Dchauffe=${PDP_BENCH_CHAUFFE:-10}" ${PDP_BENCH_JAVA_OPTS:-} -cp "$jar" "$ici/scripts/MesureRecherche.java" "$travail/$i/cellule" \
            bench.base "${PDP_BENCH_MESURES:-10}" 2> "$travail/erreurs" | sed "s/^/$i /" >> "$travail/mesures" \
            || { cat "$travail/erreurs" >&2; exit 1; }
        i=$((i + 1))
    done
done
python3 "$ici/scripts/resume-mesures.py" p95 "$travail/mesures" "$@"
