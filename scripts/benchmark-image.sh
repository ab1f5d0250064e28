#!/usr/bin/env bash
# The installers' application images against each other, as users start them: `version`, the unsigned pack of a
# 40-item meeting (`render --sans-signature`) and the window until its login dialog is mapped (Xvfb, xdotool),
# each image in turn, ROUNDS times, printing for each image and measure the median elapsed time and the median CPU
# time (user + system; for the window, the process's CPU until the dialog is mapped). On a machine shared with other
# builds, the CPU time is what compares.
#
# Usage: scripts/benchmark-image.sh ROUNDS 'LABEL=IMAGE' ['LABEL=IMAGE' ...]
#   IMAGE: an application image folder (app/target/jpackage/cellule-pdp), run with nothing from this machine (no
#   PATH, no JAVA_HOME), as scripts/smoke-installer.sh runs it: the commands through bin/cellule-pdp-cli (their own
#   options and class archive), the window through bin/cellule-pdp.
#   e.g. scripts/benchmark-image.sh 5 jdk17=/tmp/jdk17/cellule-pdp jdk25-aot=app/target/jpackage/cellule-pdp
#   IMAGE may instead be a launcher script, e.g. bin/cellule-pdp: it runs the commands and the window with the first
#   image's jar (a copy, so that its caches are this run's), the system's PATH and JAVA_HOME, and its first run
#   records its archive or cache (waited for before timing).
# Needs xvfb and xdotool. The 40-item meeting is made by scripts/MesureRender.java (preparer) with the first image's
# jar.
set -euo pipefail
tours=${1:?nombre de tours}
shift
ici=$(cd "$(dirname "$0")/.." && pwd)
travail=$(mktemp -d)
ecran=${ECRAN:-:$((90 + RANDOM % 100))}
Xvfb "$ecran" -screen 0 1366x768x24 -nolisten tcp > /dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2> /dev/null; rm -rf "$travail"' EXIT
premiere=${1#*=}
echo "préparation de la base (séance de 40 points)…" >&2
# (the source launcher needs jdk.compiler, which the images' runtime has not: the PATH's java, 17 or later)
PDP_PASSWORD='Demo-PDP-2026!' java -cp "$premiere/lib/app/cellule-pdp.jar" "$ici/scripts/MesureRender.java" \
    preparer "$travail/base/cellule" > /dev/null
cp -p "$premiere/lib/app/cellule-pdp.jar" "$travail/cellule-pdp.jar"

python3 - "$tours" "$travail" "$ecran" "$@" <<'FIN'
import os, statistics, subprocess, sys, time
tours, travail, ecran = int(sys.argv[1]), sys.argv[2], sys.argv[3]
images = [a.split('=', 1) for a in sys.argv[4:]]
hz = os.sysconf('SC_CLK_TCK')
env = {'HOME': f'{travail}/home', 'PATH': '', 'LANG': 'C.UTF-8', 'DISPLAY': ecran,
       'CELLULE_PDP_JOURNAUX': f'{travail}/journaux', 'PDP_PASSWORD': 'Demo-PDP-2026!', 'CELLULE_PDP_MOT_DE_PASSE': 'demo'}

def lanceur_script(image):
    return os.path.isfile(image)

def commande(image, *arguments):
    if lanceur_script(image):
        return [image, '--db', f'{travail}/base/cellule', *arguments]
    # the commands through the console launcher when the image has one (its own options and archive), the window
    # through the main one
    lanceur = f'{image}/bin/cellule-pdp-cli' if arguments and os.path.exists(f'{image}/bin/cellule-pdp-cli') \
        else f'{image}/bin/cellule-pdp'
    return [lanceur, '--db', f'{travail}/base/cellule', *arguments]

# a launcher script needs the system's tools and finds its JDK itself; it keeps its caches beside a copy of the jar
env_script = {**env, 'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'CELLULE_PDP_JAR': f'{travail}/cellule-pdp.jar'}
if 'JAVA_HOME' in os.environ:
    env_script['JAVA_HOME'] = os.environ['JAVA_HOME']

def env_de(args):
    return env_script if lanceur_script(args[0]) else env

def processus(args):
    avant = os.times()
    debut = time.monotonic()
    subprocess.run(args, env=env_de(args), check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    mur = time.monotonic() - debut
    apres = os.times()
    return mur, apres.children_user - avant.children_user + apres.children_system - avant.children_system

def fenetre(image):
    debut = time.monotonic()
    app = subprocess.Popen(commande(image), env=env_de([image]), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ident = subprocess.run(['timeout', '120', 'xdotool', 'search', '--sync', '--onlyvisible', '--name', '^Cellule PDP$'],
                           env={**os.environ, 'DISPLAY': ecran}, capture_output=True, text=True).stdout.split()
    mur = time.monotonic() - debut
    champs = open(f'/proc/{app.pid}/stat').read().rsplit(')', 1)[1].split()
    cpu = (int(champs[11]) + int(champs[12])) / hz
    if ident:
        # « Quitter »
        subprocess.run(['xdotool', 'mousemove', '--window', ident[0], '302', '226', 'click', '1'],
                       env={**os.environ, 'DISPLAY': ecran}, stderr=subprocess.DEVNULL)
    try:
        app.wait(30)
    except subprocess.TimeoutExpired:
        app.kill()
        app.wait()
    return mur, cpu

mesures = {'version': lambda i: processus(commande(i, 'version')),
           'render --sans-signature': lambda i: processus(commande(i, '--user', 'helene.martinel', 'render', '--seance',
                                                                   'last', '--out', f'{travail}/pack', '--sans-signature')),
           'fenêtre de connexion': fenetre}
resultats = {(n, m): [] for n, _ in images for m in mesures}
for nom, image in images:
    for m, f in mesures.items():
        f(image)  # once first: the database's first opening by this build, the system's file cache
        # a launcher script makes its AOT cache in the background after its first run: let it end
        while subprocess.run(['pgrep', '-f', f'AOTMode=create.*{travail}'], stdout=subprocess.DEVNULL).returncode == 0:
            time.sleep(1)
for t in range(tours):
    for m, f in mesures.items():
        for nom, image in images:
            mur, cpu = f(image)
            resultats[(nom, m)].append((mur, cpu))
            print(f'tour {t + 1} {nom:14} {m:24} {mur:6.2f} s, CPU {cpu:6.2f} s, charge {os.getloadavg()[0]:.1f}',
                  file=sys.stderr, flush=True)
print(f"{'image':14} | {'mesure':24} | temps écoulé, médiane / plus lent | CPU, médiane  ({tours} tours)")
for (nom, m), v in resultats.items():
    murs, cpus = [a for a, _ in v], [b for _, b in v]
    print(f'{nom:14} | {m:24} | {statistics.median(murs):6.2f} s / {max(murs):6.2f} s | {statistics.median(cpus):6.2f} s')
FIN
