#!/bin/sh
# Prints the ABI of BUILD_DIR/core/libhttpstatus.so (built with -g) as abidw
# sees it, limited to the public headers. No path, location or build
# directory is written, so the dump changes only when the ABI does.
#   usage: abi/dump.sh BUILD_DIR
set -eu
build=$1
src=$(cd "$(dirname "$0")/.." && pwd)
exec abidw --no-corpus-path --no-comp-dir-path --no-show-locs \
  --headers-dir "$src/core/include" --headers-dir "$build/generated" \
  "$build/core/libhttpstatus.so"
