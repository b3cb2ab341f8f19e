#!/usr/bin/env bash
# tests/gui/screenshots.sh OUTDIR — a PNG of every wizard page, the precheck details, the task file
# preview and the monitor during a sandbox run (for review), on a virtual X display (Xvfb).
set -euo pipefail
(($# == 1)) || { echo "usage: tests/gui/screenshots.sh OUTDIR" >&2; exit 2; }
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
OUT=$(mkdir -p "$1" && cd "$1" && pwd)
STUDIO=${DTS_STUDIO:-$ROOT/build/app/dts-studio}
[[ -x $STUDIO ]] || cmake --build "$ROOT/build" --target dts-studio >/dev/null
# The studio's store and the task's state in a throw-away home: no recent task or saved connection shows.
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
export XDG_DATA_HOME=$HOME_DIR QT_SCALE_FACTOR=${QT_SCALE_FACTOR:-1}
unset QT_QPA_PLATFORM
xvfb-run -a -s "-screen 0 1400x1000x24 -dpi 96" "$STUDIO" --sandbox --scale 0.05 --screenshots "$OUT"
ls "$OUT"/*.png
