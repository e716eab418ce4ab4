#!/bin/sh
# The release tarball as a user gets it: its contents and reproducibility,
# then a build from it with the CMake build and with the plain Makefile,
# each with no python3, gperf or swig on PATH, an install into a prefix,
# the README's C example built through pkg-config against that install,
# and an uninstall that leaves the prefix as it was.
# Each NAME=DIR is a binding's package that the tarball holds as NAME/,
# the same files as the directory DIR the build staged.
#   usage: tarball.sh TARBALL SOURCE_DIR [NAME=DIR...]
set -eu
tarball=$1 src=$2
shift 2
name=$(basename "$tarball" .tar.gz)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
. "$src/dist/tests/tools.sh"
fail() { echo "FAIL: $*"; exit 1; }

# Contents: exactly these files and the packages', owned by 0:0.
tar -tzf "$tarball" | LC_ALL=C sort > "$work/listing"
{ for package in "$@"; do
    (cd "${package#*=}" && find . -mindepth 1 \( -type d -printf '%P/\n' -o -printf '%P\n' \)) |
      sed "s|^|${package%%=*}/|"
    echo "${package%%=*}/"
  done; cat; } <<LIST | sed "s|^|$name/|" | LC_ALL=C sort > "$work/expected"

CMakeLists.txt
INSTALL.md
LICENSE
Makefile
README.md
cli/
cli/cli.c
cli/cli.h
cli/httpstatus.1
cli/httpstatus.bash
cli/lines.c
cli/lines.h
cli/list.c
cli/list.h
cli/main.c
cli/names.c
cli/names.h
cli/options.c
cli/options.h
cli/print.c
cli/print.h
cmake/
cmake/HttpstatusDebian.cmake
cmake/HttpstatusPkgConfig.cmake
cmake/HttpstatusUninstall.cmake
cmake/HttpstatusVersion.cmake
cmake/httpstatus.pc.in
cmake/httpstatusConfig.cmake.in
cmake/record-created-dirs.cmake
cmake/uninstall.cmake
httpstatus.c
httpstatus.h
LIST
diff "$work/expected" "$work/listing" || fail "the tarball holds other files than listed above"
tar -tvzf "$tarball" | grep -v ' 0/0 ' && fail "entries not owned by 0/0"
tar -xzf "$tarball" -C "$work"
tree=$work/$name
build=$(dirname "$(dirname "$tarball")")
grep -rlF -e "$src" -e "$build" "$tree" && fail "the tarball names paths of the build machine"
# From here on, the packages are the unpacked tree's.
staged=$#
for package in "$@"; do
  diff -r "${package#*=}" "$tree/${package%%=*}" || fail "${package%%=*}/ differs from ${package#*=}"
  set -- "$@" "${package%%=*}=$tree/${package%%=*}"
done
shift "$staged"

# Reproducible: two builds of it at different times, under different
# umasks, are the same bytes.
SOURCE_DATE_EPOCH=1700000000 sh "$src/dist/make-dist.sh" "$src" "$tree" "$work/1/$name.tar.gz" "cli/httpstatus.1=$tree/cli/httpstatus.1" "$@"
sleep 1
(umask 077 && SOURCE_DATE_EPOCH=1700000000 sh "$src/dist/make-dist.sh" "$src" "$tree" "$work/2/$name.tar.gz" "cli/httpstatus.1=$tree/cli/httpstatus.1" "$@")
cmp "$work/1/$name.tar.gz" "$work/2/$name.tar.gz" || fail "two builds of the tarball differ"
TZ=UTC tar -tvzf "$work/1/$name.tar.gz" | grep -v ' 2023-11-14 22:13 ' && fail "an entry's time is not SOURCE_DATE_EPOCH"

without_generators "$work/tools"
sed -n '/^```c$/,/^```$/p' "$tree/README.md" | sed '1d;$d' > "$work/example.c"
test -s "$work/example.c" || fail "README.md has no C example"
expected='413 CONTENT_TOO_LARGE (client_error)'

# Builds the README's example against PREFIX through pkg-config and runs
# it, then the installed command.
use_install() {
  prefix=$1
  cflags=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags httpstatus | sed 's/ *$//')
  [ "$cflags" = "-I$prefix/include" ] || fail "pkg-config --cflags printed '$cflags'"
  PKG_CONFIG_PATH=$prefix/lib/pkgconfig PATH=$work/tools \
    cc -Wall -Wextra -Werror -o "$work/example" "$work/example.c" \
    $(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags --libs httpstatus) \
    -Wl,-rpath,"$prefix/lib"
  out=$("$work/example")
  [ "$out" = "$expected" ] || fail "the example printed '$out'"
  out=$("$prefix/bin/httpstatus" 404)
  case $out in "404 Not Found - "*) ;; *) fail "httpstatus 404 printed '$out'";; esac
}

# The CMake build, into a prefix that does not exist yet: uninstall
# removes it again.
strict='-Wall -Wextra -Wpedantic -Werror'
PATH=$work/tools CFLAGS=$strict cmake -S "$tree" -B "$work/build" >/dev/null
PATH=$work/tools cmake --build "$work/build" >/dev/null
PATH=$work/tools cmake --install "$work/build" --prefix "$work/cmake-prefix" >/dev/null
use_install "$work/cmake-prefix"
mkdir "$work/consumer"
cp "$work/example.c" "$work/consumer/"
cat > "$work/consumer/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.21)
project(example C)
find_package(httpstatus 0.1 REQUIRED)
add_executable(example example.c)
target_link_libraries(example PRIVATE httpstatus::httpstatus_static)
CMAKE
PATH=$work/tools cmake -S "$work/consumer" -B "$work/consumer/build" \
  -DCMAKE_PREFIX_PATH="$work/cmake-prefix" >/dev/null
PATH=$work/tools cmake --build "$work/consumer/build" >/dev/null
[ "$("$work/consumer/build/example")" = "$expected" ] || fail "the find_package example"
PATH=$work/tools cmake --build "$work/build" --target uninstall >/dev/null
[ ! -e "$work/cmake-prefix" ] || { find "$work/cmake-prefix"; fail "cmake uninstall left the above"; }
echo "CMake build: installed, used through pkg-config and find_package, uninstalled"

# The plain Makefile, into a prefix where lib/ (holding another file) and
# an empty include/ exist already: uninstall keeps both.
cp -R "$tree" "$work/plain"
mkdir -p "$work/make-prefix/lib" "$work/make-prefix/include"
touch "$work/make-prefix/lib/other"
(cd "$work/make-prefix" && find . | sort) > "$work/before"
PATH=$work/tools make -C "$work/plain" CFLAGS="-O2 $strict" >/dev/null
PATH=$work/tools make -C "$work/plain" install PREFIX="$work/make-prefix" >/dev/null
use_install "$work/make-prefix"
PATH=$work/tools make -C "$work/plain" uninstall PREFIX="$work/make-prefix" >/dev/null
(cd "$work/make-prefix" && find . | sort) > "$work/after"
diff "$work/before" "$work/after" || fail "make uninstall left the prefix changed as above"
echo "plain Makefile: installed, used through pkg-config, uninstalled"
