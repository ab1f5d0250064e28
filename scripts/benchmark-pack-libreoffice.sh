#!/usr/bin/env bash
# The meeting pack as a whole process against LibreOffice converting the same 40 letters, in the same run (issue 22).
#
# Usage: scripts/benchmark-pack-libreoffice.sh [ROUNDS (5)]
# It makes a demo database with one more closed meeting of 40 decided items (scripts/MesureRender.java preparer),
# renders the pack once, writes each of its 40 letters as an OpenDocument text with the same text
# (scripts/lettres-odt.py, from pdftotext), warms each contender once (LibreOffice's profile, the launcher's
# class-data or AOT cache), then runs the contenders in turn, ROUNDS times, and prints for each the median and the
# slowest wall time and the median CPU time (user + system, the process and its children):
#   libreoffice      soffice --headless --convert-to pdf of the 40 .odt (Debian's libreoffice-writer-nogui)
#   render-jdk17     bin/cellule-pdp … render on JDK 17 (AppCDS archive), signed pack, as users make it
#   render-jdk25     bin/cellule-pdp … render on JDK 25 (AOT cache), the same
#   render-jdk25-ns  the same with --sans-signature: 44 unsigned PDFs, the work LibreOffice does
#   image            with IMAGE=an application image (app/target/jpackage/cellule-pdp), its own runtime, through its
#                    commands' launcher bin/cellule-pdp-cli (its options and class archive: decision 0056)
#   image-ns         the same with --sans-signature
#   image-principal-ns   the same through the image's main launcher bin/cellule-pdp, whose options and archive are
#                    the window's (not in the default set: PDP_BENCH_CONTENDERS)
#   avant            with JAR_AVANT=the previous build's jar (and LANCEUR_AVANT=its launcher), that build on JDK 17
#   avant-jdk25, avant-jdk25-ns   the same build on JDK 25 (AOT cache), signed and --sans-signature
# PDP_BENCH_CONTENDERS chooses some of them (names separated by spaces); JDK17 / JDK25 locate the JDKs; JAR the jar.
set -euo pipefail
tours=${1:-5}
ici=$(cd "$(dirname "$0")/.." && pwd)
jar=${JAR:-$ici/app/target/cellule-pdp.jar}
jdk17=${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}
jdk25=${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}
command -v soffice > /dev/null || { echo "soffice introuvable : apt-get install libreoffice-writer-nogui" >&2; exit 1; }
export PDP_PASSWORD='Demo-PDP-2026!' CELLULE_PDP_MOT_DE_PASSE=demo
travail=$(mktemp -d)
trap 'rm -rf "$travail"' EXIT
# the launcher keeps its caches beside the jar: a copy of the jar keeps this run's caches apart
cp "$jar" "$travail/cellule-pdp.jar"
export CELLULE_PDP_JAR=$travail/cellule-pdp.jar

echo "préparation de la base (séance de 40 points)…" >&2
"$jdk17/bin/java" -cp "$jar" "$ici/scripts/MesureRender.java" preparer "$travail/base/cellule" > /dev/null
rendre="--db $travail/base/cellule --user helene.martinel render --seance last --out $travail/pack"
JAVA_HOME=$jdk17 CELLULE_PDP_CDS=non "$ici/bin/cellule-pdp" $rendre > /dev/null
courriers=$(find "$travail/pack" -type d -name courriers)
python3 "$ici/scripts/lettres-odt.py" "$courriers" "$travail/odt"
echo "$(ls "$travail/odt" | wc -l) lettres .odt" >&2

declare -A commandes=(
    [libreoffice]="soffice -env:UserInstallation=file://$travail/libreoffice --headless --convert-to pdf --outdir $travail/lo $travail/odt/*.odt"
    [render-jdk17]="env JAVA_HOME=$jdk17 $ici/bin/cellule-pdp $rendre"
    [render-jdk25]="env JAVA_HOME=$jdk25 $ici/bin/cellule-pdp $rendre"
    [render-jdk25-ns]="env JAVA_HOME=$jdk25 $ici/bin/cellule-pdp $rendre --sans-signature"
)
defaut="libreoffice render-jdk17 render-jdk25 render-jdk25-ns"
if [ -n "${JAR_AVANT:-}" ]; then
    cp "$JAR_AVANT" "$travail/avant.jar"
    commandes[avant]="env JAVA_HOME=$jdk17 CELLULE_PDP_JAR=$travail/avant.jar ${LANCEUR_AVANT:-$ici/bin/cellule-pdp} $rendre"
    commandes[avant-jdk25]="env JAVA_HOME=$jdk25 CELLULE_PDP_JAR=$travail/avant.jar ${LANCEUR_AVANT:-$ici/bin/cellule-pdp} $rendre"
    commandes[avant-jdk25-ns]="${commandes[avant-jdk25]} --sans-signature"
    defaut="libreoffice avant render-jdk17 avant-jdk25 render-jdk25 avant-jdk25-ns render-jdk25-ns"
fi
if [ -n "${IMAGE:-}" ]; then
    lanceur=$IMAGE/bin/cellule-pdp-cli
    [ -x "$lanceur" ] || lanceur=$IMAGE/bin/cellule-pdp
    commandes[image]="$lanceur $rendre"
    commandes[image-ns]="${commandes[image]} --sans-signature"
    commandes[image-principal-ns]="$IMAGE/bin/cellule-pdp $rendre --sans-signature"
    defaut="$defaut image image-ns"
fi
concurrents=(${PDP_BENCH_CONTENDERS:-$defaut})
for c in "${concurrents[@]}"; do
    echo "mise en route : $c" >&2
    # a first run of LibreOffice on a new profile may exit with 81 (« restart »): a warm-up's status is not checked,
    # the timed runs' are
    ${commandes[$c]} > /dev/null 2>&1 || true
    # the launcher may finish its cache in the background: let it end before timing
    while pgrep -f "AOTMode=create.*$travail" > /dev/null; do sleep 1; done
done

python3 - "$tours" "${concurrents[@]}" > "$travail/resultat" <<FIN
import os, resource, shlex, statistics, subprocess, sys, time
commandes = {$(for c in "${concurrents[@]}"; do printf "'%s': '''%s''', " "$c" "${commandes[$c]}"; done)}
tours, noms = int(sys.argv[1]), sys.argv[2:]
mesures = {n: [] for n in noms}
for t in range(tours):
    for n in noms:
        avant = resource.getrusage(resource.RUSAGE_CHILDREN)
        debut = time.monotonic()
        # the glob of the .odt letters needs a shell
        subprocess.run(commandes[n], shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        mur = time.monotonic() - debut
        apres = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = apres.ru_utime - avant.ru_utime + apres.ru_stime - avant.ru_stime
        mesures[n].append((mur, cpu))
        print(f"tour {t + 1} {n:16} {mur:6.2f} s, CPU {cpu:6.2f} s, charge {os.getloadavg()[0]:.1f}", file=sys.stderr)
print(f"{'':16} | temps écoulé, médiane / plus lent | CPU, médiane  ({tours} tours, {os.cpu_count()} cœurs)")
for n in noms:
    murs, cpus = [m for m, _ in mesures[n]], [c for _, c in mesures[n]]
    print(f"{n:16} | {statistics.median(murs):6.2f} s / {max(murs):6.2f} s | {statistics.median(cpus):6.2f} s")
FIN
cat "$travail/resultat"
