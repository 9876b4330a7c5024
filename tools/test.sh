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
# The core library's tests under AddressSanitizer and UndefinedBehaviorSanitizer, where Clang is installed
# (docs/testing.md); about three minutes on two cores.
if command -v clang++ >/dev/null 2>&1; then
    cmake --preset sanitize >/dev/null
    cmake --build --preset sanitize -j"$(nproc)"
    ctest --preset sanitize
fi
