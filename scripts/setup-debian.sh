#!/usr/bin/env bash
# Installs what building, running and testing OCPI Session Monitor needs on Debian 12 (run as root).
# qt6-svg-dev renders the PNG icons; the next-to-last row is for the Debian package and its check
# (scripts/package-check.sh); the last one is a headless Secret Service for the keychain test.
# Idempotent: packages already present are not fetched again.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6sql6 qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qtkeychain-qt6-dev
    libsimdjson-dev libgl-dev libqt6opengl6-dev libqt6svg6 qt6-svg-dev
    xvfb xauth time bc
    dpkg-dev desktop-file-utils appstream file
    gnome-keyring dbus dbus-daemon libsecret-tools dbus-x11
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
    if [[ $(id -u) -ne 0 ]]; then
        echo "setup-debian: these packages are missing and installing them needs root: ${missing[*]}" >&2
        exit 1
    fi
    echo "setup-debian: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
