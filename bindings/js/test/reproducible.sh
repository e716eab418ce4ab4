#!/bin/sh
# Compiles httpstatus.wasm again, from copies of its sources in another
# directory a second later, and fails unless the result is byte for byte
# the one the build made: no path, time or random name in the module.
# usage: reproducible.sh WASM GLUE_C AMALGAMATION_DIR EMCC FLAG...
set -eu
wasm=$1 glue=$2 amalgamation=$3
shift 3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/elsewhere/src"
cp "$glue" "$amalgamation/httpstatus.c" "$amalgamation/httpstatus.h" "$work/elsewhere/src/"
sleep 1
cd "$work/elsewhere/src"
"$@" -I. httpstatus_wasm.c httpstatus.c -o "$work/again.wasm"
if ! cmp "$wasm" "$work/again.wasm"; then
  echo "reproducible.sh: a second build of httpstatus.wasm differs" >&2
  exit 1
fi
echo "httpstatus.wasm: $(wc -c < "$wasm") bytes, the same from a second build elsewhere"
