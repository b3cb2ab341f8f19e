#!/usr/bin/env bash
# Set-up for a fresh Debian 12 machine (root or sudo): installs what is missing, builds, then
#   run   — the main job on the embedded default (a local sandbox source and destination): dts-studio
#           --sandbox when there is a display, otherwise dts run --sandbox in the terminal
#   test  — every test (unit, integration against real mariadbd, GUI offscreen)
#   build — just the build
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libgl-dev
  qt6-svg-dev qtkeychain-qt6-dev libqcustomplot-dev libmariadb-dev libspdlog-dev libfmt-dev libzstd-dev zlib1g-dev libavro-dev
  libprotobuf-dev protobuf-compiler
  mariadb-server mariadb-client
  sysbench mydumper percona-toolkit
  xvfb xauth openssl
  gnome-keyring dbus-daemon
  help2man dpkg-dev time
)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    as_root apt-get update -qq
    # Tests start their own mariadbd; the distribution's service is not needed.
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

# The oracles (tests/oracles, tests/oracles/tablestore) are the vendors' npm SDKs run by node: Debian's
# nodejs and npm unless the machine already has a node with npm. Installed from the committed lock files
# (npm ci); skipped when node_modules already satisfies them, so later runs need no network.
install_oracles() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
  fi
  local dir
  for dir in tests/oracles tests/oracles/tablestore; do
    if ! (cd "$dir" && [ -d node_modules ] && npm ls --omit=dev >/dev/null 2>&1); then
      (cd "$dir" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
    fi
  done
}

build() {
  cmake --preset default >/dev/null
  cmake --build --preset default -j "$(nproc)"
}

case "${1:-}" in
  run)
    install_missing; build
    shift
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      exec build/app/dts-studio --sandbox "$@"
    fi
    echo "no display: running the sandbox task in the terminal (dts run --sandbox)"
    exec build/app/dts run --sandbox "$@"
    ;;
  test)
    install_missing; install_oracles; build
    export QT_QPA_PLATFORM=offscreen
    ctest --preset default -j 2
    ;;
  build)
    install_missing; build
    ;;
  *)
    echo "usage: installer/dev.sh run|test|build" >&2
    exit 2
    ;;
esac
