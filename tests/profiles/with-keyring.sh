#!/bin/sh
# Runs a command with a real, headless Secret Service (gnome-keyring) on a private D-Bus session, with HOME and the
# XDG locations in a fresh temporary directory that is removed afterwards. Usage: with-keyring.sh PROGRAM [ARGS...]
set -eu
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null 2>&1 || { echo "with-keyring: $tool is missing (scripts/setup-debian.sh installs it)" >&2; exit 1; }
done
tmp=$(mktemp -d "${TMPDIR:-/tmp}/osm-keyring.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir -p "$tmp/home/.config" "$tmp/home/.local/share" "$tmp/home/.cache" "$tmp/run"
chmod 700 "$tmp/run"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
       XDG_CACHE_HOME="$tmp/home/.cache" XDG_RUNTIME_DIR="$tmp/run" OSM_WITH_KEYRING=1
unset DISPLAY WAYLAND_DISPLAY
# Under the asan preset: GLib/libsecret keep one-time allocations until exit.
LSAN_OPTIONS="suppressions=$(cd "$(dirname "$0")" && pwd)/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export LSAN_OPTIONS
set +e
dbus-run-session -- sh -c 'printf pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' sh "$@"
status=$?
set -e
exit $status
