#!/bin/sh
# Compiles the amalgamation alone, as a user who vendors it would: the two
# files in an empty directory, each C compiler in strict C99 with every
# warning an error.
#   usage: plain_cc.sh AMALGAMATION_DIR
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$1/httpstatus.c" "$1/httpstatus.h" "$work/"
cd "$work"
for cc in gcc clang; do
  "$cc" -std=c99 -Wall -Wextra -Wpedantic -Werror -c httpstatus.c -o "$cc.o"
  echo "$cc: compiled"
done
