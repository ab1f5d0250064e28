#!/usr/bin/env bash
# An authenticated command (--user … members list: Argon2id for the file's key and the signing keys, opening the
# encrypted database, the login's checks) against the bare JVM (`version`), as whole processes through
# bin/cellule-pdp, on a demo database; issue 22 wants the difference ≤ 0.5 s.
#
# Usage: scripts/benchmark-commande-authentifiee.sh [ROUNDS (5)] [JDK_HOME ...]
#   default JDKs: the system's JDK 17 and Temurin 25; JAR_AVANT (and LANCEUR_AVANT) add the previous build on JDK 17.
set -euo pipefail
tours=${1:-5}
shift || true
ici=$(cd "$(dirname "$0")/.." && pwd)
jdks=("$@")
[ ${#jdks[@]} -eq 0 ] && jdks=(/usr/lib/jvm/java-17-openjdk-amd64 /usr/lib/jvm/temurin-25-jdk-amd64)
travail=$(mktemp -d)
trap 'rm -rf "$travail"' EXIT
export PDP_PASSWORD='Demo-PDP-2026!'
cp "${JAR:-$ici/app/target/cellule-pdp.jar}" "$travail/cellule-pdp.jar"
java -jar "$travail/cellule-pdp.jar" --db "$travail/base/cellule" demo > /dev/null
declare -A lanceurs
for jdk in "${jdks[@]}"; do
    lanceurs[$(basename "$jdk")]="env JAVA_HOME=$jdk CELLULE_PDP_JAR=$travail/cellule-pdp.jar $ici/bin/cellule-pdp"
done
if [ -n "${JAR_AVANT:-}" ]; then
    cp "$JAR_AVANT" "$travail/avant.jar"
    lanceurs[avant]="env JAVA_HOME=${jdks[0]} CELLULE_PDP_JAR=$travail/avant.jar ${LANCEUR_AVANT:-$ici/bin/cellule-pdp}"
fi
commande="--db $travail/base/cellule --user helene.martinel members list --json"
for nom in "${!lanceurs[@]}"; do
    # the first runs record the launcher's archives or caches
    ${lanceurs[$nom]} version > /dev/null && ${lanceurs[$nom]} $commande > /dev/null
    while pgrep -f "AOTMode=create.*$travail" > /dev/null; do sleep 1; done
done
python3 - "$tours" <<FIN
import os, resource, statistics, subprocess, sys, time
lanceurs = {$(for n in "${!lanceurs[@]}"; do printf "'%s': '''%s''', " "$n" "${lanceurs[$n]}"; done)}
commande = '''$commande'''
tours = int(sys.argv[1])
m = {(n, c): [] for n in lanceurs for c in ('version', 'commande')}
for t in range(tours):
    for n, lanceur in lanceurs.items():
        for c, args in (('version', 'version'), ('commande', commande)):
            avant = resource.getrusage(resource.RUSAGE_CHILDREN)
            debut = time.monotonic()
            subprocess.run(lanceur + ' ' + args, shell=True, check=True, stdout=subprocess.DEVNULL)
            mur = time.monotonic() - debut
            apres = resource.getrusage(resource.RUSAGE_CHILDREN)
            m[(n, c)].append((mur, apres.ru_utime - avant.ru_utime + apres.ru_stime - avant.ru_stime))
print(f"{tours} tours, charge {os.getloadavg()[0]:.1f} ; médianes (temps écoulé / CPU)")
for n in lanceurs:
    v = [statistics.median(x[0] for x in m[(n, 'version')]), statistics.median(x[1] for x in m[(n, 'version')])]
    c = [statistics.median(x[0] for x in m[(n, 'commande')]), statistics.median(x[1] for x in m[(n, 'commande')])]
    print(f"{n:32} version {v[0]:5.2f} / {v[1]:5.2f} s | members list {c[0]:5.2f} / {c[1]:5.2f} s | écart {c[0]-v[0]:5.2f} / {c[1]-v[1]:5.2f} s")
FIN
