#!/usr/bin/env bash
# Times, on a 100 000-situation ENCRYPTED database, the searches of the Situations page, one year's indicators,
# the readings of the window's pages (Séances, the letters badge, the IJ 60 line, Suivis), recording one decision
# (in process, warm) and an authenticated command against the bare JVM (whole processes),
# and prints for each the median, the 95th and the 99th percentile (the decision is timed PDP_BENCH_DECISIONS more
# times, 40 by default, at the end of each round, for its p99).
#
# Usage: scripts/benchmark-base.sh [ROUNDS (4)] [JAR ...]
#   ROUNDS  rounds of measures; each round starts one process per jar that warms up (PDP_BENCH_CHAUFFE rounds, 15)
#           then times every measure PDP_BENCH_MESURES times (10), in turn
#   JAR     the builds to compare (default app/target/cellule-pdp.jar); with several, e.g. the previous commit's jar
#           and this one, their rounds alternate in the same run, so that the machine's noise falls on both alike
# PDP_BENCH_SEULEMENT=PREFIXE times only the measures whose name starts with it: PDP_BENCH_SEULEMENT=decision
# With PDP_BENCH_PROCESSUS=0 too, only the decision is timed (no searches, indicators nor whole processes).
# PDP_BENCH_JAVA_OPTS adds options to the measuring JVM (e.g. -Xlog:gc:file=/tmp/gc.log).
# The database is built once (scripts/MesureBase.java remplir, then encrypted by `setup account` as a cell's
# first login does) and kept in ${PDP_BENCH_CACHE:-/tmp/pdp-bench-100k}; each jar measures its own copy of it.
set -euo pipefail
tours=${1:-4}
shift || true
ici=$(cd "$(dirname "$0")/.." && pwd)
jars=("$@")
[ ${#jars[@]} -eq 0 ] && jars=("$ici/app/target/cellule-pdp.jar")
cache=${PDP_BENCH_CACHE:-/tmp/pdp-bench-100k}
export PDP_PASSWORD='Benchmark-Base-2026!'
compte=bench.base

if [ ! -f "$cache/pret" ]; then
    rm -rf "$cache" && mkdir -p "$cache"
    echo "construction de la base de 100 000 situations dans $cache (une fois)…" >&2
    java -cp "${jars[0]}" "$ici/scripts/MesureBase.java" remplir "$cache/cellule" "${PDP_BENCH_SITUATIONS:-100000}"
    java -jar "${jars[0]}" --db "$cache/cellule" setup account --login "$compte" > /dev/null
    touch "$cache/pret"
fi

travail=$(mktemp -d)
trap 'rm -rf "$travail"' EXIT
for i in "${!jars[@]}"; do
    mkdir -p "$travail/$i" && cp -r "$cache/." "$travail/$i/"
    # the first open brings the copy's schema up to this jar's migrations: not timed
    java -jar "${jars[$i]}" --db "$travail/$i/cellule" --user "$compte" members list > /dev/null
done

ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
for ((t = 1; t <= tours; t++)); do
    for i in "${!jars[@]}"; do
        echo "tour $t/$tours, jar $i" >&2
        java "-Dchauffe=${PDP_BENCH_CHAUFFE:-15}" "-Ddecisions=${PDP_BENCH_DECISIONS:-40}" \
            "-Dseulement=${PDP_BENCH_SEULEMENT:-}" ${PDP_BENCH_JAVA_OPTS:-} -cp "${jars[$i]}" "$ici/scripts/MesureBase.java" mesurer \
            "$travail/$i/cellule" "$compte" "${PDP_BENCH_MESURES:-10}" \
            2> "$travail/erreurs" | sed "s/^/$i /" >> "$travail/mesures" \
            || { cat "$travail/erreurs" >&2; exit 1; }
        # the whole processes (PDP_BENCH_PROCESSUS=0 leaves them out)
        for ((k = 1; k <= ${PDP_BENCH_PROCESSUS:-3}; k++)); do
            debut=$(date +%s%N)
            java -jar "${jars[$i]}" version > /dev/null
            echo "$i jvm-seule $(ms "$debut")" >> "$travail/mesures"
            debut=$(date +%s%N)
            java -jar "${jars[$i]}" --db "$travail/$i/cellule" --user "$compte" members list --json > /dev/null
            echo "$i commande-authentifiee $(ms "$debut")" >> "$travail/mesures"
        done
    done
done

python3 - "$travail/mesures" "${jars[@]}" <<'FIN'
import sys, collections, statistics
echantillons = collections.defaultdict(list)
for ligne in open(sys.argv[1]):
    jar, mesure, duree = ligne.split()
    echantillons[(mesure, int(jar))].append(float(duree))
def centile(v, q):
    v = sorted(v)
    return v[min(len(v) - 1, int(round(q * (len(v) - 1))))]
jars = sys.argv[2:]
for i, jar in enumerate(jars):
    print(f"jar {i} : {jar}")
print(f"{'mesure':26}" + "".join(f" | jar {i}: médiane / p95 / p99 (n)" for i in range(len(jars))))
for mesure in dict.fromkeys(m for m, _ in echantillons):
    cellules = []
    for i in range(len(jars)):
        v = echantillons.get((mesure, i), [])
        cellules.append(f" | {statistics.median(v):8.1f} / {centile(v, 0.95):8.1f} / {centile(v, 0.99):8.1f} ms"
                        f" ({len(v)})" if v else " | –")
    print(f"{mesure:26}" + "".join(cellules))
FIN
