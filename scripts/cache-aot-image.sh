#!/usr/bin/env bash
# Gives the application image built with a JDK 25 runtime (mvn -q -pl app -am package -DskipTests -Dinstallateur
# -Dinstallateur.jdk=/usr/lib/jvm/temurin-25-jdk-amd64) an ahead-of-time cache, made by its own runtime: a training
# run of `render` on a demo database, the cache written beside the jar (lib/app/cellule-pdp.aot), and both
# launchers' .cfg told to map it. A cache only serves the runtime that made it, and the jar it was trained on
# (same name, size and date, wherever it is installed). With a runtime older than 25 the image is left as it is.
# Run it after the image is built, before the .deb (jpackage --type deb --app-image IMAGE) is made from it.
# Usage: scripts/cache-aot-image.sh [IMAGE (app/target/jpackage/cellule-pdp)]
set -euo pipefail
image=$(cd "${1:-$(dirname "$0")/../app/target/jpackage/cellule-pdp}" && pwd)
java=$image/lib/runtime/bin/java
majeure=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$image/lib/runtime/release")
if [ ! -x "$java" ] || [ "${majeure:-0}" -lt 25 ]; then
    echo "runtime ${majeure:-inconnu} : pas de cache AOT (JDK 25 ou plus requis), image inchangée" >&2
    exit 0
fi
travail=$(mktemp -d)
trap 'rm -rf "$travail"' EXIT
export PDP_PASSWORD='Demo-PDP-2026!' CELLULE_PDP_MOT_DE_PASSE=demo CELLULE_PDP_JOURNAUX=$travail/journaux
principal=fr.cellulepdp.app.Launcher
"$java" -cp "$image/lib/app/cellule-pdp.jar" "$principal" --db "$travail/base/cellule" demo > /dev/null
"$java" -XX:AOTCacheOutput="$image/lib/app/cellule-pdp.aot" -Xlog:aot*=off,cds*=off \
    -cp "$image/lib/app/cellule-pdp.jar" "$principal" --db "$travail/base/cellule" --user helene.martinel \
    render --seance last > /dev/null
for cfg in "$image"/lib/app/*.cfg; do
    grep -q '^\[JavaOptions\]' "$cfg" || printf '\n[JavaOptions]\n' >> "$cfg"
    # $APPDIR: the installed image's lib/app, wherever the package puts it
    sed -i '/^\[JavaOptions\]/a java-options=-XX:AOTCache=$APPDIR/cellule-pdp.aot\njava-options=-Xlog:aot*=off,cds*=off' "$cfg"
done
echo "cache AOT : $(du -h "$image/lib/app/cellule-pdp.aot" | cut -f1) ; $(ls "$image"/lib/app/*.cfg | wc -l) lanceurs"
