#!/bin/sh
# Runs the lookup dump built against the CMake-built library and the one
# built against the amalgamation; their outputs must be identical.
#   usage: differential.sh DUMP_CMAKE DUMP_AMALGAMATION
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$1" > "$work/cmake.txt"
"$2" > "$work/amalgamation.txt"
lines=$(wc -l < "$work/cmake.txt")
# A dump that lost its keys would compare equal to another empty one.
[ "$lines" -gt 50000 ] || { echo "only $lines lines dumped"; exit 1; }
if ! cmp -s "$work/cmake.txt" "$work/amalgamation.txt"; then
  echo "the amalgamation answers differently from the CMake-built library:"
  diff "$work/cmake.txt" "$work/amalgamation.txt" | head -20
  exit 1
fi
echo "$lines lookups agree"
