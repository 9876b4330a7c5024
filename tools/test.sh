#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, and runs every test with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j"$(nproc)"
# The core library must build without Qt (proves the boundary).
cmake --preset core-only >/dev/null
cmake --build --preset core-only -j"$(nproc)"
ctest --preset core-only
ctest --preset ci
