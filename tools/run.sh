#!/usr/bin/env bash
# Installs what is missing, builds, and starts Infosäkkollen Desktop with the bundled questionnaire.
# Extra arguments go to the program (e.g. a .isk file to open).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
cmake --preset dev >/dev/null
cmake --build --preset dev -j"$(nproc)"
exec build/src/app/infosakkollen "$@"
