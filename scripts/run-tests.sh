#!/usr/bin/env bash
# Builds and runs every test: the dev build (warnings are errors), then the same suite under
# AddressSanitizer + UndefinedBehaviorSanitizer. Headless: Qt's offscreen platform.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

cmake --preset dev
cmake --build --preset dev -j "$jobs"
ctest --preset dev

if [[ "${OSM_SKIP_ASAN:-0}" != 1 ]]; then
    cmake --preset asan
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan
fi
