#!/usr/bin/env bash
# Builds and runs every test: the dev build (warnings are errors), then the same suite under
# AddressSanitizer + UndefinedBehaviorSanitizer. Headless: Qt's offscreen platform. As root, the Debian
# package is checked in between (scripts/package-check.sh; OSM_SKIP_PACKAGE=1 skips it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

cmake --preset dev
cmake --build --preset dev -j "$jobs"
ctest --preset dev

# The Debian package: built by CPack from the dev build (so it holds the dev build's RelWithDebInfo binary,
# stripped; no second build needed), installed, checked and removed. Needs root for apt-get.
if [[ "${OSM_SKIP_PACKAGE:-0}" != 1 && $(id -u) -eq 0 ]]; then
    scripts/package-check.sh build/dev
fi

if [[ "${OSM_SKIP_ASAN:-0}" != 1 ]]; then
    cmake --preset asan
    cmake --build --preset asan -j "$jobs"
    ctest --preset asan
fi
