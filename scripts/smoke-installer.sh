#!/usr/bin/env bash
# Smoke test of the installed application: builds the application image with jpackage (Maven profile installateur)
# unless it is there already, then runs its launcher with an empty PATH (no system Java: the image's own runtime) on
# `version`, `demo` and `render`, and checks that a generated PDF gives its dates in French (the jlink runtime keeps
# jdk.localedata); on Linux, that the image's class archive is there and fits its runtime. On Linux, --deb also
# builds the .deb and runs the launcher of the package unpacked in a folder.
# Needs pdftotext (poppler-utils). Used by .ci/run and by .github/workflows/installers.yml.
set -euo pipefail
cd "$(dirname "$0")/.."

avec_deb=non
[ "${1:-}" = --deb ] && avec_deb=oui
image=app/target/jpackage
case "$(uname -s)" in
  Linux*) lanceur="$image/cellule-pdp/bin/cellule-pdp" ;;
  Darwin*) lanceur="$image/cellule-pdp.app/Contents/MacOS/cellule-pdp" ;;
  MINGW*|MSYS*|CYGWIN*) lanceur="$image/cellule-pdp/cellule-pdp-cli.exe" ;;
  *) echo "système inconnu : $(uname -s)" >&2; exit 1 ;;
esac

if [ ! -x "$lanceur" ] || { [ "$avec_deb" = oui ] && ! ls "$image"/*.deb >/dev/null 2>&1; }; then
  rm -rf "$image"
  mvn -q -B -pl app -am package -DskipTests -Dinstallateur
fi

travail="$(mktemp -d)"
trap 'rm -rf "$travail"' EXIT

# the launcher with nothing from this machine: no PATH, no JAVA_HOME, a home of its own
lancer() {
  env -i HOME="$travail/home" PATH= LANG=C.UTF-8 CELLULE_PDP_JOURNAUX="$travail/journaux" \
      PDP_PASSWORD='Demo-PDP-2026!' CELLULE_PDP_MOT_DE_PASSE=demo "$@"
}

essayer() {
  local lanceur="$1" base="$travail/base-$2" sortie
  sortie="$(lancer "$lanceur" version | tr -d '\r')"
  echo "$sortie"
  [ "$sortie" = "Cellule PDP $(sed -n 's|^  <version>\(.*\)</version>|\1|p' pom.xml | head -n 1)" ] \
    || { echo "version inattendue : $sortie" >&2; exit 1; }
  lancer "$lanceur" --db "$base" demo | tail -n 1
  lancer "$lanceur" --db "$base" --user helene.martinel render --seance last --out "$travail/documents-$2" | tail -n 1
  local pdf
  pdf="$(find "$travail/documents-$2" -name '01-*.pdf' | head -n 1)"
  [ -n "$pdf" ] || { echo "aucun PDF produit" >&2; exit 1; }
  # a date written in full: « 19 novembre 2026 », never « 19 Nov 2026 »
  if ! pdftotext "$pdf" - | grep -Eq '[0-9]{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) [0-9]{4}'; then
    echo "pas de date en français dans $pdf :" >&2
    pdftotext "$pdf" - | head -n 20 >&2
    exit 1
  fi
  echo "dates en français dans $(basename "$pdf") : $(pdftotext "$pdf" - | grep -Eo '[0-9]{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) [0-9]{4}' | head -n 1)"
  [ -s "$travail/journaux/cellule-pdp.log" ] || { echo "pas de journal écrit" >&2; exit 1; }
}

# Linux: each launcher of the image maps a class archive of its own (the window's, the commands': scripts/cache-aot-
# image.sh, decision 0056), and the runtime can use it with that launcher's own options (-Xshare:on fails where the
# archive does not fit the runtime, the jar or the options); on a JDK 25 runtime its classes are AOT-linked, which
# any difference in the module options would silently disable. $1: the image's folder
archive() {
  local dossier="$1" cfg lanceur options journal aot=
  grep -q '^JAVA_VERSION="2[5-9]' "$dossier/lib/runtime/release" && aot=-Xlog:aot
  for cfg in "$dossier"/lib/app/*.cfg; do
    lanceur="$(basename "$cfg" .cfg)"
    [ -s "$dossier/lib/app/$lanceur.jsa" ] || { echo "pas d'archive de classes pour $lanceur" >&2; exit 1; }
    grep -q "^java-options=-XX:SharedArchiveFile=\$APPDIR/$lanceur.jsa$" "$cfg" \
      || { echo "$cfg ne donne pas son archive de classes" >&2; exit 1; }
    # the launcher's options, where it is installed, but the silencing of the archive's messages
    options="$(sed -n 's/^java-options=//p' "$cfg" | grep -v '^-Xlog:' | sed "s|\$APPDIR|$dossier/lib/app|g")"
    # shellcheck disable=SC2086
    journal="$(lancer "$dossier/lib/runtime/bin/java" -Xshare:on -Xlog:cds $aot $options \
        -cp "$dossier/lib/app/cellule-pdp.jar" fr.cellulepdp.app.Launcher version 2>&1)" \
      || { echo "$lanceur : le runtime ne peut pas utiliser son archive de classes" >&2;
           grep -i 'error\|mismatch' <<<"$journal" >&2; exit 1; }
    if [ -n "$aot" ] && ! grep -q 'Using AOT-linked classes: true' <<<"$journal"; then
      echo "$lanceur : classes de l'archive non liées d'avance (AOT)" >&2
      grep -i 'disabled\|mismatch' <<<"$journal" >&2
      exit 1
    fi
    echo "$lanceur : archive de classes utilisable, $(du -h "$dossier/lib/app/$lanceur.jsa" | cut -f1)," \
      "runtime $(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$dossier/lib/runtime/release")"
  done
}

essayer "$lanceur" image
[ "$(uname -s)" != Linux ] || archive "$image/cellule-pdp"

if [ "$avec_deb" = oui ]; then
  paquet="$(ls "$image"/*.deb | head -n 1)"
  dpkg-deb -x "$paquet" "$travail/racine"
  installe="$(find "$travail/racine" -path '*/bin/cellule-pdp' -type f | head -n 1)"
  essayer "$installe" deb
  archive "$(dirname "$(dirname "$installe")")"
  contenu="$(dpkg-deb -c "$paquet")"
  grep -q '\.desktop$' <<<"$contenu" || { echo "pas d'entrée de menu dans $paquet" >&2; exit 1; }
  echo "$(basename "$paquet") : $(du -h "$paquet" | cut -f1), entrée de menu présente"
fi
echo "installateur : essai réussi"
