#!/usr/bin/env bash
# Cold start to the login window: the time from the launcher's start until the login dialog is mapped on screen,
# under Xvfb (xvfb, xdotool), on a demo database, for each JDK given (issue 22: ≤ 1.5 s).
#
# Usage: scripts/benchmark-demarrage-fenetre.sh [ROUNDS (5)] [JDK_HOME ...]
#   by default the system's JDK 17 and Temurin 25 (/usr/lib/jvm/temurin-25-jdk-amd64); each is started once first
#   so that the launcher records its class-data archive (JDK 17) or its AOT cache (JDK 25), then the JDKs take turns.
#   CELLULE_PDP_CDS=non times the launcher without either.
set -euo pipefail
tours=${1:-5}
shift || true
ici=$(cd "$(dirname "$0")/.." && pwd)
jdks=("$@")
[ ${#jdks[@]} -eq 0 ] && jdks=(/usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64)
travail=$(mktemp -d)
ecran=:$((90 + RANDOM % 100))
Xvfb "$ecran" -screen 0 1366x768x24 -nolisten tcp > /dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2> /dev/null; rm -rf "$travail"' EXIT
export DISPLAY=$ecran PDP_PASSWORD='Demo-PDP-2026!'
cp "${JAR:-$ici/app/target/cellule-pdp.jar}" "$travail/cellule-pdp.jar"
export CELLULE_PDP_JAR=$travail/cellule-pdp.jar
java -jar "$CELLULE_PDP_JAR" --db "$travail/base/cellule" demo > /dev/null
sleep 1

# prints the milliseconds until a window named « Cellule PDP » is visible, then closes the application
mesurer() {
    local debut fin app fenetre
    debut=$(date +%s%N)
    JAVA_HOME=$1 "$ici/bin/cellule-pdp" --db "$travail/base/cellule" > "$travail/sortie" 2>&1 &
    app=$!
    fenetre=$(timeout 120 xdotool search --sync --onlyvisible --name '^Cellule PDP$' | head -n 1)
    fin=$(date +%s%N)
    # « Quitter » (the application ends normally, so that a first run keeps its archive or cache)
    xdotool mousemove --window "$fenetre" 302 226 click 1 2> /dev/null || true
    for _ in $(seq 30); do kill -0 "$app" 2> /dev/null || break; sleep 1; done
    kill "$app" 2> /dev/null || true
    wait "$app" 2> /dev/null || true
    echo $(( (fin - debut) / 1000000 ))
}
for jdk in "${jdks[@]}"; do
    echo "mise en route : $jdk ($(mesurer "$jdk") ms)" >&2
    while pgrep -f "AOTMode=create.*$travail" > /dev/null; do sleep 1; done
done
for ((t = 1; t <= tours; t++)); do
    for jdk in "${jdks[@]}"; do
        ms=$(mesurer "$jdk")
        echo "tour $t $jdk $ms ms (charge $(cut -d' ' -f1 /proc/loadavg))" >&2
        echo "$jdk $ms" >> "$travail/mesures"
    done
done
python3 - "$travail/mesures" <<'FIN'
import sys, collections, statistics
v = collections.defaultdict(list)
for ligne in open(sys.argv[1]):
    jdk, ms = ligne.split()
    v[jdk].append(int(ms))
for jdk, ms in v.items():
    print(f"{jdk}: fenêtre de connexion affichée en {statistics.median(ms)} ms (médiane), {max(ms)} ms au plus, {len(ms)} démarrages")
FIN
