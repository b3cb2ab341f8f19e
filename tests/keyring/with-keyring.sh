#!/bin/sh
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring: a real Secret Service,
# isolated from the user's own keyring (HOME and the XDG directories are a temporary directory).
set -eu
if ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null; then
    echo "gnome-keyring-daemon or dbus-run-session missing: installer/dev.sh test installs gnome-keyring and dbus-daemon" >&2
    exit 1
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export HOME="$dir" XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache" XDG_RUNTIME_DIR="$dir/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# --unlock reads the new login keyring's password on stdin; the daemon ends with the session bus.
dbus-run-session -- sh -c 'printf %s dts-test-keyring | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
