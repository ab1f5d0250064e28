#!/usr/bin/env bash
# Times the import of a synthetic monthly IJ 60 list as a whole process (JVM start included) under a heap limit,
# on a fresh encrypted database, and reports the elapsed and CPU time, the peak heap, the resident memory, the
# database file's size before and after the command, and the load average when it started.
#
# Usage: scripts/benchmark-import.sh [ROWS (100000)] [HEAP (256m)]
#        JAR=path/to/cellule-pdp.jar scripts/benchmark-import.sh     (default app/target/cellule-pdp.jar)
#        JARS="avant.jar apres.jar" ROUNDS=2 scripts/benchmark-import.sh   (each jar in turn, ROUNDS times)
#        OPTIONS_JVM="-XX:TieredStopAtLevel=1" scripts/benchmark-import.sh   (more JVM options: here the C1 compiler
#        alone, as bin/cellule-pdp and the installers' launcher run a command)
# Peak heap: the highest occupancy the garbage collector logged (before each collection, and at exit).
set -uo pipefail
lignes=${1:-100000}
tas=${2:-256m}
ici=$(cd "$(dirname "$0")/.." && pwd)
jar=${JAR:-$ici/app/target/cellule-pdp.jar}
travail=$(mktemp -d)
trap 'rm -rf "$travail"' EXIT
export PDP_PASSWORD='Benchmark-Import-2026!'

python3 "$ici/scripts/generer-liste-ij60.py" "$lignes" > "$travail/liste.csv"

mesurer() {
rm -f "$travail"/cellule.* "$travail"/gc.log
java -jar "$jar" --db "$travail/cellule" setup account --login bench.import > /dev/null || exit 1
avant=$(du -k "$travail/cellule.mv.db" 2>/dev/null | cut -f1)
charge=$(cut -d' ' -f1-3 /proc/loadavg)

/usr/bin/time -f '%e %U %S %M' -o "$travail/temps" \
    java "-Xmx$tas" ${OPTIONS_JVM:-} "-Xlog:gc,gc+heap+exit:file=$travail/gc.log" -jar "$jar" --db "$travail/cellule" \
    --user bench.import import-ij60 --json "$travail/liste.csv" > "$travail/rapport.json" 2> "$travail/erreurs"
code=$?
read -r secondes utilisateur systeme rss_ko < <(tail -n 1 "$travail/temps")
# "Pause Young ... 120M->30M(256M)": the figure before the arrow; at exit "garbage-first heap total 262144K, used 91234K"
pic=$(python3 - "$travail/gc.log" <<'FIN'
import re, sys
pic = 0
for ligne in open(sys.argv[1], encoding="utf-8", errors="replace"):
    for avant in re.findall(r"(\d+)M->\d+M", ligne):
        pic = max(pic, int(avant))
    m = re.search(r"used (\d+)K", ligne)
    if m and "heap total" in ligne:
        pic = max(pic, int(m.group(1)) // 1024)
print(pic)
FIN
)
taille=$(du -k "$travail/cellule.mv.db" 2>/dev/null | cut -f1)
echo "jar=$(basename "$jar") options=[${OPTIONS_JVM:-}] charge=[$charge] lignes=$lignes tas_max=$tas code=$code secondes=$secondes" \
    "cpu_s=$(echo "$utilisateur + $systeme" | bc) pic_tas_mo=$pic rss_mo=$((rss_ko / 1024))" \
    "base_avant_mo=$((${avant:-0} / 1024)) base_mo=$((${taille:-0} / 1024))"
head -c 300 "$travail/rapport.json"; echo
grep -m3 -i "error\|erreur\|exception" "$travail/erreurs" | cut -c1-200
}

for tour in $(seq "${ROUNDS:-1}"); do
    for jar in ${JARS:-$jar}; do
        mesurer
    done
done
