#!/usr/bin/env bash
# Gives an application image (mvn -q -pl app -am package -DskipTests -Dinstallateur: app/target/jpackage/cellule-pdp)
# one class archive per launcher, made by the image's own runtime with that launcher's options, and tells each
# launcher's .cfg to map its own (lib/app/LAUNCHER.jsa):
#   cellule-pdp      the window, trained up to its login dialog (under Xvfb, the dialog found with xdotool, then
#                    « Quitter »; without them, or without a display, the script says so and makes none)
#   cellule-pdp-cli  the commands, trained on `demo` and `render` of the demo's last meeting
# Training records the classes each run loads (-XX:DumpLoadedClassList); the lists of a launcher are merged, then one
# static archive of their classes is dumped (-Xshare:dump -XX:SharedClassListFile). On a JDK 25 runtime (or later)
# it is an ahead-of-time cache (-XX:+AOTClassLinking, JEP 483: the classes loaded and linked at start, their lambdas
# and constant-pool entries resolved); on JDK 17 to 24 an application class-data-sharing archive. The window has an
# archive of its own because an AOT cache of the commands' classes too made it 45-75 MB larger in memory (decision
# 0056). An archive only serves the runtime that made it, with the same object headers and module options, and the
# jar it was trained on (same name, size and date, wherever the image is installed): else the JVM starts without it.
# Run after the image is built, before the .deb (jpackage --type deb --app-image IMAGE) is made from it: the
# installateur-linux profile of app/pom.xml does. CELLULE_PDP_CACHE=non leaves the image as it is.
# Usage: scripts/cache-aot-image.sh [IMAGE (app/target/jpackage/cellule-pdp)]
set -euo pipefail
image=$(cd "${1:-$(dirname "$0")/../app/target/jpackage/cellule-pdp}" && pwd)
if [ "${CELLULE_PDP_CACHE:-oui}" = non ]; then
    echo "CELLULE_PDP_CACHE=non : image sans archive de classes" >&2
    exit 0
fi
java=$image/lib/runtime/bin/java
jar=$image/lib/app/cellule-pdp.jar
majeure=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release")
if [ ! -x "$java" ] || [ "${majeure:-0}" -lt 17 ]; then
    echo "runtime ${majeure:-inconnu} : pas d'archive de classes, image inchangée" >&2
    exit 0
fi
travail=$(mktemp -d)
xvfb=
trap '[ -z "$xvfb" ] || kill "$xvfb" 2> /dev/null; rm -rf "$travail"' EXIT
export PDP_PASSWORD='Demo-PDP-2026!' CELLULE_PDP_MOT_DE_PASSE=demo CELLULE_PDP_JOURNAUX=$travail/journaux
export HOME=$travail/home
principal=fr.cellulepdp.app.Launcher
# On JDK 25: compact object headers (JEP 519: 8-byte headers instead of 12, the window's heap and resident memory
# smaller: README, « The window's memory »); and JavaFX's native libraries and use of sun.misc.Unsafe from the class
# path allowed, which JDK 25 would otherwise warn about on the standard error at every start. The archive is made
# with the same options as the launchers': it cannot serve a run whose object headers differ, and a run whose native
# access differs cannot use its module graph, and so none of its linked classes.
options25=
if [ "$majeure" -ge 25 ]; then
    options25='-XX:+UseCompactObjectHeaders --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow'
fi
# a launcher's own options (the window's bounded heap, C1 alone), so that its archive fits the runs it serves
options_de() {
    echo "$(sed -n 's/^java-options=\(-Xmx.*\|-XX:TieredStopAtLevel.*\)$/\1/p' "$image/lib/app/$1.cfg" | tr '\n' ' ') $options25"
}
base=$travail/base/cellule
commandes=$(options_de cellule-pdp-cli)
# shellcheck disable=SC2086
"$java" $commandes -XX:DumpLoadedClassList="$travail/demo.cellule-pdp-cli" -cp "$jar" "$principal" --db "$base" \
    demo > /dev/null
# shellcheck disable=SC2086
"$java" $commandes -XX:DumpLoadedClassList="$travail/render.cellule-pdp-cli" -cp "$jar" "$principal" --db "$base" \
    --user helene.martinel render --seance last --out "$travail/documents" > /dev/null

# the window, up to its login dialog; then « Quitter »
ecran=${DISPLAY:-}
if [ -z "$ecran" ] && command -v Xvfb > /dev/null; then
    ecran=:$((200 + $$ % 500))
    Xvfb "$ecran" -screen 0 1366x768x24 -nolisten tcp > /dev/null 2>&1 &
    xvfb=$!
    sleep 1
fi
if [ -n "$ecran" ] && command -v xdotool > /dev/null; then
    # shellcheck disable=SC2046
    DISPLAY=$ecran "$java" $(options_de cellule-pdp) -XX:DumpLoadedClassList="$travail/fenetre.cellule-pdp" \
        -cp "$jar" "$principal" --db "$base" > /dev/null 2>&1 &
    app=$!
    dialogue=$(DISPLAY=$ecran timeout 180 xdotool search --sync --onlyvisible --name '^Cellule PDP$' | head -n 1 || true)
    if [ -n "$dialogue" ]; then
        sleep 1
        DISPLAY=$ecran xdotool mousemove --window "$dialogue" 302 226 click 1 2> /dev/null || true
    else
        rm -f "$travail/fenetre.cellule-pdp"
    fi
    for _ in $(seq 30); do kill -0 "$app" 2> /dev/null || break; sleep 1; done
    kill "$app" 2> /dev/null || true
    wait "$app" 2> /dev/null || true
fi

liaison=
[ "$majeure" -ge 25 ] && liaison=-XX:+AOTClassLinking
for cfg in "$image"/lib/app/*.cfg; do
    lanceur=$(basename "$cfg" .cfg)
    archive=$image/lib/app/$lanceur.jsa
    rm -f "$archive"
    grep -q '^\[JavaOptions\]' "$cfg" || printf '\n[JavaOptions]\n' >> "$cfg"
    sed -i '/SharedArchiveFile=\|-Xlog:aot\|-Xlog:cds\|UseCompactObjectHeaders\|--enable-native-access\|--sun-misc-unsafe/d' "$cfg"
    if ls "$travail"/*."$lanceur" > /dev/null 2>&1; then
        # each class once, numbered anew (a list's ids are its own); the lambdas' and constant pools' lines once each
        awk '/^#/ { next }
             /^@/ { if (!vu[$0]++) arobases[++na] = $0; next }
             !($1 in classes) { classes[$1] = n; ordre[n++] = $1 }
             END { for (i = 0; i < n; i++) print ordre[i] " id: " i; for (i = 1; i <= na; i++) print arobases[i] }' \
            "$travail"/*."$lanceur" > "$travail/classes-$lanceur"
        # shellcheck disable=SC2046
        "$java" -Xshare:dump $liaison $(options_de "$lanceur") -XX:SharedClassListFile="$travail/classes-$lanceur" \
            -XX:SharedArchiveFile="$archive" -cp "$jar" > "$travail/dump.log" 2>&1 \
            || { cat "$travail/dump.log" >&2; exit 1; }
        [ -s "$archive" ] || { echo "archive de $lanceur non créée" >&2; cat "$travail/dump.log" >&2; exit 1; }
        echo "$lanceur : archive de classes (JDK $majeure) $(du -h "$archive" | cut -f1)," \
            "$(grep -vc '^@' "$travail/classes-$lanceur") classes"
        # $APPDIR: the installed image's lib/app, wherever the package puts it; the JVM's messages about the archive
        # (classes it could not keep) would go to standard output
        ajout='java-options=-XX:SharedArchiveFile=$APPDIR/'"$lanceur"'.jsa\njava-options=-Xlog:cds*=off'
        [ "$majeure" -lt 25 ] || ajout="$ajout"'\njava-options=-Xlog:aot*=off'
    else
        echo "$lanceur : pas d'archive de classes (pas d'écran : Xvfb et xdotool pour la fenêtre)" >&2
        ajout=
    fi
    for option in $options25; do
        ajout="${ajout:+$ajout\\n}java-options=$option"
    done
    [ -z "$ajout" ] || sed -i "/^\[JavaOptions\]/a $ajout" "$cfg"
done
