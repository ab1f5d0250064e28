#!/usr/bin/env bash
# The first search of a new window (scripts/MesurePremiereRecherche.java): for each kind of search, a new process
# opens the Situations page's view model as the window does (first page, then the warm-up of decision 0062 when the
# jar has one) and times one search of that kind; on copies of the 100 000-situation encrypted database that
# scripts/benchmark-base.sh builds, jars interleaved round by round. Prints per kind and jar the median and the
# slowest, elapsed and thread CPU.
#
# Usage: scripts/benchmark-premiere-recherche.sh ROUNDS JAR [JAR ...]
#   PDP_BENCH_JAVA_OPTS  options of the measuring JVM, e.g. the window's (app/pom.xml, fenetre.options.java)
#   PDP_BENCH_CACHE (/tmp/pdp-bench-100k, never written), PDP_BENCH_SORTES (the kinds: nom prenom prenom-employeur
#   numero en-attente filtres)
set -euo pipefail
tours=$1
shift
ici=$(cd "$(dirname "$0")/.." && pwd)
. "$ici/scripts/copies-base-mesure.sh" premiere $#
for ((t = 1; t <= tours; t++)); do
    for sorte in ${PDP_BENCH_SORTES:-nom prenom prenom-employeur numero en-attente filtres}; do
        i=0
        for jar in "$@"; do
            echo "tour $t/$tours, $sorte, jar $i ($(cut -d' ' -f1-3 /proc/loadavg))" >&2
            java ${PDP_BENCH_JAVA_OPTS:-} -cp "$jar" "$ici/scripts/MesurePremiereRecherche.java" "$travail/$i/cellule" bench.base "$sorte" \
                2> "$travail/erreurs" | sed "s/^/$i /" >> "$travail/mesures" || { cat "$travail/erreurs" >&2; exit 1; }
            i=$((i + 1))
        done
    done
done
python3 "$ici/scripts/resume-mesures.py" max "$travail/mesures" "$@"
