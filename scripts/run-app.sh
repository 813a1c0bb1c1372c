#!/usr/bin/env bash
# Builds the release configuration and starts the monitor. Extra arguments go to the program
# (e.g. a file to open, or `validate FILE`). Without a display, it starts under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
cmake --preset release >/dev/null
cmake --build --preset release
bin=build/release/app/ocpi-session-monitor
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "${1:-}" != validate ]]; then
    echo "run-app: no display found; starting under Xvfb (xvfb-run)" >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" "$bin" "$@"
fi
exec "$bin" "$@"
