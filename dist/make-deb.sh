#!/bin/sh
# Builds the Debian packages from the release tarball, as Debian builds a
# package: dpkg-buildflags' hardening flags, prefix /usr, then cpack.
#   usage: make-deb.sh TARBALL OUTPUT_DIR
# Writes OUTPUT_DIR/*.deb; OUTPUT_DIR/work holds the build.
set -eu
tarball=$1 out=$2
name=$(basename "$tarball" .tar.gz)
work=$out/work
rm -rf "$work" "$out"/*.deb
mkdir -p "$work"
tar -xzf "$tarball" -C "$work"
eval "$(dpkg-buildflags --export=sh)"
CFLAGS="$CFLAGS $CPPFLAGS" # CMake does not read CPPFLAGS
export CFLAGS LDFLAGS
cmake -S "$work/$name" -B "$work/build" -DCMAKE_BUILD_TYPE=None \
  -DCMAKE_INSTALL_PREFIX=/usr -DHTTPSTATUS_DEBIAN=ON >/dev/null
cmake --build "$work/build" >/dev/null
(cd "$work/build" && cpack -G DEB -B "$(cd "$out" && pwd)" >/dev/null)
rm -rf "$out/_CPack_Packages"
ls "$out"/*.deb
