#!/usr/bin/env bash
# The Situations searches alone (scripts/MesureRecherche.java), on copies of the 100 000-situation encrypted database
# that scripts/benchmark-base.sh builds, jars interleaved round by round; prints per measure and jar the median and
# 95th percentile of the elapsed and of the CPU time (the thread's), and the first search of each kind in a new
# process (cold).
#
# Usage: scripts/benchmark-recherche.sh ROUNDS JAR [JAR ...]
#   PDP_BENCH_CACHE (/tmp/pdp-bench-100k, never written), PDP_BENCH_CHAUFFE (warm-up rounds, 10),
#   PDP_BENCH_MESURES (samples of each measure per round, 10)
set -euo pipefail
tours=$1
shift
ici=$(cd "$(dirname "$0")/.." && pwd)
cache=${PDP_BENCH_CACHE:-/tmp/pdp-bench-100k}
export PDP_PASSWORD='Benchmark-Base-2026!'
travail=$(mktemp -d "${TMPDIR:-/tmp}/pdp-recherche.XXXXXX")
trap 'rm -rf "$travail"' EXIT
for i in $(seq 0 $(($# - 1))); do
    mkdir -p "$travail/$i" && cp -r "$cache/." "$travail/$i/" && chmod -R u+w "$travail/$i"
done
for ((t = 1; t <= tours; t++)); do
    i=0
    for jar in "$@"; do
        echo "tour $t/$tours, jar $i ($(cut -d' ' -f1-3 /proc/loadavg))" >&2
        java "-Dchauffe=${PDP_BENCH_CHAUFFE:-10}" -cp "$jar" "$ici/scripts/MesureRecherche.java" "$travail/$i/cellule" \
            bench.base "${PDP_BENCH_MESURES:-10}" 2> "$travail/erreurs" | sed "s/^/$i /" >> "$travail/mesures" \
            || { cat "$travail/erreurs" >&2; exit 1; }
        i=$((i + 1))
    done
done
python3 - "$travail/mesures" "$@" <<'FIN'
import sys, collections, statistics
ech = collections.defaultdict(list)
for ligne in open(sys.argv[1]):
    jar, mesure, duree, cpu = ligne.split()
    ech[(mesure, int(jar))].append((float(duree), float(cpu)))
def p95(v):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(0.95 * (len(v) - 1))))]
jars = sys.argv[2:]
for i, jar in enumerate(jars):
    print(f"jar {i} : {jar}")
print(f"{'mesure':28}" + "".join(f" | jar {i}: elapsed median / p95, CPU median / p95 (n)" for i in range(len(jars))))
for mesure in sorted(dict.fromkeys(m for m, _ in ech)):
    cellules = []
    for i in range(len(jars)):
        v = ech.get((mesure, i), [])
        e = [x[0] for x in v]; c = [x[1] for x in v]
        cellules.append(f" | {statistics.median(e):7.1f} / {p95(e):7.1f} ms, {statistics.median(c):7.1f} / {p95(c):7.1f} ms"
                        f" ({len(v)})" if v else " | –")
    print(f"{mesure:28}" + "".join(cellules))
FIN
