#!/bin/sh
# Writes the release tarball: the amalgamation, the command's source, a
# CMakeLists.txt and a Makefile that build them, the pkg-config and CMake
# package templates, README and LICENSE. Nothing in it needs Python, gperf
# or SWIG to build.
#   usage: make-dist.sh SOURCE_DIR AMALGAMATION_DIR OUTPUT.tar.gz [MAN_PAGE]
# MAN_PAGE is the built httpstatus(1), shipped as roff so that the release
# tree needs no scdoc.
# The tarball is reproducible: entries sorted, owned by 0:0, modes
# normalised, every time SOURCE_DATE_EPOCH, else the last commit's time.
set -eu
src=$1 amalgamation=$2 tarball=$3 man_page=${4:-}
name=$(basename "$tarball" .tar.gz)
case $name in httpstatus-[0-9]*) ;; *) echo "make-dist.sh: $tarball: not httpstatus-VERSION.tar.gz" >&2; exit 2;; esac
epoch=${SOURCE_DATE_EPOCH:-$(git -C "$src" log -1 --format=%ct 2>/dev/null || echo 0)}

stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
tree=$stage/$name
mkdir -p "$tree/cli" "$tree/cmake"
cp "$amalgamation/httpstatus.c" "$amalgamation/httpstatus.h" "$tree/"
cp "$src/dist/release/CMakeLists.txt" "$src/dist/release/Makefile" "$tree/"
cp "$src/dist/release/INSTALL.md" "$src/README.md" "$src/LICENSE" "$tree/"
cp "$src"/cli/*.c "$src"/cli/*.h "$src/cli/httpstatus.bash" "$tree/cli/"
# The release CMakeLists.txt installs the man page when the tree has it.
if [ -n "$man_page" ]; then cp "$man_page" "$tree/cli/httpstatus.1"; fi
cp "$src/cmake/httpstatus.pc.in" "$src/cmake/httpstatusConfig.cmake.in" "$src"/dist/cmake/*.cmake \
  "$tree/cmake/"

mkdir -p "$(dirname "$tarball")"
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner --mode=u+rw,go=rX \
  --mtime="@$epoch" --format=ustar -cf - "$name" | gzip -9n > "$tarball.tmp"
mv "$tarball.tmp" "$tarball"
