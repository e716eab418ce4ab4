#!/bin/sh
# Writes the release tarball: the amalgamation, the command's source, a
# CMakeLists.txt and a Makefile that build them, the pkg-config and CMake
# package templates, README and LICENSE. Nothing in it needs Python, gperf
# or SWIG to build. Each PATH=SOURCE copies SOURCE into the tree as PATH:
# the built man page (roff, so that the tree needs no scdoc) and the
# packages staged by the bindings (the gem's, the rock's, the Go module's
# directory).
#   usage: make-dist.sh SOURCE_DIR AMALGAMATION_DIR OUTPUT.tar.gz [PATH=SOURCE...]
# The tarball is reproducible: entries sorted, owned by 0:0, modes
# normalised, every time SOURCE_DATE_EPOCH, else the last commit's time.
set -eu
src=$1 amalgamation=$2 tarball=$3
shift 3
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
cp "$src/cmake/httpstatus.pc.in" "$src/cmake/httpstatusConfig.cmake.in" "$src"/dist/cmake/*.cmake \
  "$tree/cmake/"
for package in "$@"; do
  case $package in
    [a-z]*=/*) cp -R "${package#*=}" "$tree/${package%%=*}" ;;
    *) echo "make-dist.sh: $package: not PATH=/ABSOLUTE/SOURCE" >&2; exit 2 ;;
  esac
done

mkdir -p "$(dirname "$tarball")"
tar -C "$stage" --sort=name --owner=0 --group=0 --numeric-owner --mode=u+rw,go=rX \
  --mtime="@$epoch" --format=ustar -cf - "$name" | gzip -9n > "$tarball.tmp"
mv "$tarball.tmp" "$tarball"
