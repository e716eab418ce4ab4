#!/bin/sh
# Runs the lookup dump built against the CMake-built library and the one
# built against the amalgamation (or another build of the library); their
# outputs must be identical. A cross build runs both under its EMULATOR.
#   usage: differential.sh DUMP_CMAKE DUMP_AMALGAMATION [EMULATOR...]
set -eu
cmake_dump=$1 other_dump=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$@" "$cmake_dump" > "$work/cmake.txt"
"$@" "$other_dump" > "$work/amalgamation.txt"
lines=$(wc -l < "$work/cmake.txt")
# A dump that lost its keys would compare equal to another empty one.
[ "$lines" -gt 50000 ] || { echo "only $lines lines dumped"; exit 1; }
if ! cmp -s "$work/cmake.txt" "$work/amalgamation.txt"; then
  echo "$other_dump answers differently from $cmake_dump:"
  diff "$work/cmake.txt" "$work/amalgamation.txt" | head -20
  exit 1
fi
echo "$lines lookups agree"
