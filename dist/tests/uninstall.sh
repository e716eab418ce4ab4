#!/bin/sh
# `make install` then the `uninstall` target of the source tree's build,
# into a prefix where lib/ (holding another file) and an empty include/
# exist already: the pkg-config file names the prefix's paths in full, and
# uninstall removes every installed file and every directory install
# created, and nothing else.
#   usage: uninstall.sh BUILD_DIR
set -eu
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
prefix=$work/prefix
mkdir -p "$prefix/lib" "$prefix/include"
touch "$prefix/lib/other"
(cd "$prefix" && find . | sort) > "$work/before"

cmake --install "$build" --prefix "$prefix" >/dev/null
installed=$(wc -l < "$build/install_manifest.txt")
cflags=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags httpstatus | sed 's/ *$//')
[ "$cflags" = "-I$prefix/include" ] || fail "pkg-config --cflags printed '$cflags'"
libs=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --libs httpstatus | sed 's/ *$//')
[ "$libs" = "-L$prefix/lib -lhttpstatus" ] || fail "pkg-config --libs printed '$libs'"

cmake --build "$build" --target uninstall >/dev/null
(cd "$prefix" && find . | sort) > "$work/after"
diff "$work/before" "$work/after" || fail "uninstall left the prefix changed as above"
echo "$installed installed files removed, and the directories install created"
