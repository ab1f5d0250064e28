#!/usr/bin/env bash
# The window's memory over a working session (issue 22: ≤ 512 MB resident after an hour on the 100 000-situation
# database): the real window under Xvfb at 1366×768, driven by xdotool as a coordinatrice would use it, round after
# round — search a name, a first name, a file number, an employer (typed, then cleared), then Séances, Suivis,
# Documents, the year's indicators (« Calculer ») and the Journal — while the process's resident memory (VmRSS) is
# read after every round. Several contenders (JVM options) run side by side, each its own window on its own copy of
# the database and its own display, so that they live through the same load.
#
# Usage: scripts/benchmark-fenetre-memoire.sh MINUTES 'LABEL=JVM OPTIONS' ['LABEL=JVM OPTIONS' ...]
#   e.g. scripts/benchmark-fenetre-memoire.sh 60 'sans=' 'lanceur=-Xmx384m -XX:G1PeriodicGCInterval=30000'
#   OPTIONS may begin with a java executable's path (by default `java` from the PATH), e.g.
#   'jdk25=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java -Xmx256m -XX:TieredStopAtLevel=1'
#   JAR (app/target/cellule-pdp.jar); MESURES=FILE keeps each round's reading; the database is the one scripts/benchmark-base.sh builds and keeps in
#   ${PDP_BENCH_CACHE:-/tmp/pdp-bench-100k} (account bench.base), copied for each contender. ECRANS=':91 :92'
#   chooses the contenders' X displays, in order (by default drawn at random from :150 to :949).
# Needs xvfb, xdotool. The clicks are positions in the 1366×768 window (the navigation on the left, « Calculer »).
set -euo pipefail
minutes=${1:?durée en minutes}
shift
ici=$(cd "$(dirname "$0")/.." && pwd)
jar=${JAR:-$ici/app/target/cellule-pdp.jar}
cache=${PDP_BENCH_CACHE:-/tmp/pdp-bench-100k}
[ -f "$cache/pret" ] || { echo "base absente : lancez d'abord scripts/benchmark-base.sh" >&2; exit 1; }
travail=$(mktemp -d)
trap 'pkill -f -- "--db $travail/" || true; { xargs kill < "$travail/xvfb"; } 2> /dev/null || true; rm -rf "$travail"' EXIT

# positions in the window at 1366×768: the pages on the left, then « Calculer » of the indicators
SITUATIONS="60 59" SEANCES="60 103" SUIVIS="60 147" DOCUMENTS="60 191" INDICATEURS="60 235" JOURNAL="60 279"
CALCULER="612 97"

clic() { xdotool mousemove $1 $2 click 1; }

session() {
    local etiquette=$1 options=$2 ecran=$3 fin app fenetre tour=0 debut java=java
    case $options in
        /*) java=${options%% *}; options=${options#"$java"} ;;
    esac
    mkdir -p "$travail/$etiquette" && cp -r "$cache/." "$travail/$etiquette/"
    Xvfb "$ecran" -screen 0 1366x768x24 -nolisten tcp > /dev/null 2>&1 &
    local xvfb=$!
    echo "$xvfb" >> "$travail/xvfb"
    export DISPLAY=$ecran
    sleep 1
    # shellcheck disable=SC2086
    "$java" $options -jar "$jar" --db "$travail/$etiquette/cellule" > "$travail/$etiquette.log" 2>&1 &
    app=$!
    fenetre=$(timeout 120 xdotool search --sync --onlyvisible --name '^Cellule PDP$' | head -n 1)
    sleep 2
    xdotool type --delay 40 bench.base && xdotool key Tab && xdotool type --delay 40 'Benchmark-Base-2026!'
    xdotool key Return
    # the set-up of the cell opens on a base without a cell: « Fermer (reprendre plus tard) »
    if timeout 60 xdotool search --sync --onlyvisible --name 'mise en place' > /dev/null; then
        sleep 2 && clic 1147 714
    fi
    sleep 3
    debut=$(date +%s)
    fin=$((debut + minutes * 60))
    while [ "$(date +%s)" -lt "$fin" ] && kill -0 "$app" 2> /dev/null; do
        for mot in nom4242 hele PDP-2023-0 boulangerie; do
            clic $SITUATIONS && sleep 1
            xdotool key ctrl+f && sleep 0.5 && xdotool key ctrl+a && xdotool type --delay 60 "$mot" && sleep 4
        done
        clic $SEANCES && sleep 3
        clic $SUIVIS && sleep 3
        clic $DOCUMENTS && sleep 3
        clic $INDICATEURS && sleep 1 && clic $CALCULER && sleep 15
        clic $JOURNAL && sleep 3
        tour=$((tour + 1))
        # resident memory (KB) and the CPU seconds the process used so far (user + system)
        echo "$etiquette $tour $(( $(date +%s) - debut )) $(awk '/VmRSS/ {print $2}' "/proc/$app/status")" \
            "$(awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$app/stat")" >> "$travail/mesures"
    done
    # an OutOfMemoryError (the window shows an error; the log says which) is a failure of the contender
    echo "$etiquette $(grep -c OutOfMemoryError "$travail/$etiquette.log" || true)" >> "$travail/erreurs"
    kill "$app" 2> /dev/null || true
    wait "$app" 2> /dev/null || true
    kill "$xvfb" 2> /dev/null || true
}

n=0
read -r -a ecrans <<< "${ECRANS:-}"
for contendant in "$@"; do
    session "${contendant%%=*}" "${contendant#*=}" "${ecrans[$n]:-:$((150 + RANDOM % 800))}" &
    n=$((n + 1))
    sleep 20   # the logins one after the other
done
wait
sleep 1
# MESURES=FILE keeps every round's reading (label, round, seconds, KB resident, CPU seconds)
[ -z "${MESURES:-}" ] || cp "$travail/mesures" "$MESURES"

python3 - "$travail/mesures" "$travail/erreurs" <<'FIN'
import sys, collections
v = collections.defaultdict(list)
for ligne in open(sys.argv[1]):
    etiquette, tour, secondes, ko, cpu = ligne.split()
    v[etiquette].append((int(tour), int(secondes), int(ko), float(cpu)))
oom = dict(l.split() for l in open(sys.argv[2]))
print(f"{'contendant':12} | tours | après le 1er tour | maximum | à la fin (min) | CPU par tour | OutOfMemoryError")
for etiquette, m in v.items():
    mo = [ko / 1024 for _, _, ko, _ in m]
    cpu = (m[-1][3] - m[0][3]) / max(1, len(m) - 1)
    print(f"{etiquette:12} | {len(m):5} | {mo[0]:8.0f} Mo | {max(mo):7.0f} Mo | {mo[-1]:6.0f} Mo ({m[-1][1] / 60:.0f}) | {cpu:5.1f} s | {oom.get(etiquette, '?')}")
FIN
