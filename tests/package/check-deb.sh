#!/usr/bin/env bash
# Builds the Debian package from this build tree and checks it: control fields, dependencies found by
# dpkg-shlibdeps, every file a user expects, and that the unpacked binaries run (outside the build tree).
# Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log" >&2; fail "cpack did not build the package"; }
deb=$(ls "$work"/out/dts-studio_*.deb 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no dts-studio_*.deb in the cpack output"
echo "package: $(basename "$deb") ($(du -h "$deb" | cut -f1))"

info=$(dpkg-deb --info "$deb")
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = dts-studio ] || fail "Package is '$(field Package)'"
[ -n "$(field Version)" ] || fail "no Version"
depends=$(field Depends)
echo "Depends: $depends"
# Linked libraries must come from dpkg-shlibdeps, the SQLite driver (loaded as a plugin) by name.
for lib in libqt6core6 libqt6widgets6 libqt6network6 libqt6sql6 libmariadb3 libqcustomplot libzstd1 libprotobuf libspdlog libqt6sql6-sqlite; do
    grep -q "$lib" <<<"$depends" || fail "Depends lacks $lib"
done
grep -q '^ Description:' <<<"$info" || fail "no Description"

contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
for f in ./usr/bin/dts ./usr/bin/dts-studio ./usr/share/applications/dts-studio.desktop \
         ./usr/share/icons/hicolor/scalable/apps/dts-studio.svg ./usr/share/man/man1/dts.1.gz \
         ./usr/share/doc/dts-studio/copyright ./usr/share/doc/dts-studio/examples/example.json; do
    grep -qx "$f" <<<"$contents" || fail "the package lacks $f"
done
if grep -q '^\./usr/local\|/build/' <<<"$contents"; then fail "files outside /usr or from the build tree"; fi

root="$work/root"
dpkg-deb -x "$deb" "$root"
"$root/usr/bin/dts" --version | grep -q . || fail "the packaged dts does not run"
DTS_SOURCE_PASSWORD=x DTS_DEST_PASSWORD=x "$root/usr/bin/dts" task validate "$root/usr/share/doc/dts-studio/examples/example.json" >/dev/null ||
    fail "the packaged dts rejects the packaged example task"
QT_QPA_PLATFORM=offscreen "$root/usr/bin/dts-studio" --help | grep -q -- --sandbox || fail "the packaged dts-studio does not run"
zcat "$root/usr/share/man/man1/dts.1.gz" | grep -q 'dts precheck' || fail "the man page does not describe dts precheck"
grep -q '^Exec=dts-studio' "$root/usr/share/applications/dts-studio.desktop" || fail "the desktop file does not start dts-studio"

# Every dependency satisfiable here (dpkg's own check, without installing). Needs root for dpkg's lock.
if [ "$(id -u)" -eq 0 ]; then
    dpkg --dry-run -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log" >&2; fail "dpkg would not install it"; }
    echo "dpkg --dry-run -i: ok"
else
    echo "dpkg --dry-run -i: not run (needs root)"
fi
echo "ok"
