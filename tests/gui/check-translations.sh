#!/bin/sh
# Every user-visible string of the current sources is translated in translations/dts_zh_CN.ts: lupdate
# runs over the sources into a copy of the committed file, and no entry may come out unfinished.
# Arguments: the lupdate project (.cmake, written by qt_add_translations), Qt's GenerateLUpdateProject
# script, the lupdate binary, the committed .ts file.
set -eu
project_in=$1 generate=$2 lupdate=$3 ts=$4
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cmake -DIN_FILE="$project_in" -DOUT_FILE="$dir/project.json" -P "$generate"
cp "$ts" "$dir/check.ts"
"$lupdate" -silent -project "$dir/project.json" -ts "$dir/check.ts"
if grep -q 'type="unfinished"' "$dir/check.ts"; then
    echo "untranslated strings in $(basename "$ts") (run: cmake --build build --target update_translations, then translate):" >&2
    grep -B3 'type="unfinished"' "$dir/check.ts" | grep '<source>' | sed 's/^ */  /' >&2
    exit 1
fi
echo "$(grep -c '<message' "$dir/check.ts") strings, all translated"
