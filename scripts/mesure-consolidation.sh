#!/usr/bin/env bash
# Times the consolidation of 100 cells' exports of a national year (see scripts/MesureConsolidation.java).
# Needs the model compiled: mvn -q -o -pl model compile
set -euo pipefail
cd "$(dirname "$0")/.."
exec java -cp model/target/classes scripts/MesureConsolidation.java "$@"
