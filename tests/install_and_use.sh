#!/bin/sh
# Installs the build into a temporary prefix, then builds the README's C
# example against it through pkg-config and through find_package, and runs
# both.  usage: install_and_use.sh SOURCE_DIR BUILD_DIR
set -eu
src=$1 build=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --install "$build" --prefix "$work/prefix" >/dev/null
# The first C block of the README is the example.
sed -n '/^```c$/,/^```$/p' "$src/README.md" | sed '1d;$d' > "$work/example.c"
test -s "$work/example.c"

PKG_CONFIG_PATH=$work/prefix/lib/pkgconfig
export PKG_CONFIG_PATH
cc -Wall -Wextra -Werror -o "$work/by-pkg-config" "$work/example.c" \
  $(pkg-config --cflags --libs httpstatus) -Wl,-rpath,"$work/prefix/lib"

mkdir "$work/consumer"
cp "$work/example.c" "$work/consumer/"
cat > "$work/consumer/CMakeLists.txt" <<'CMAKE'
cmake_minimum_required(VERSION 3.25)
project(example C)
find_package(httpstatus 0.1 REQUIRED)
add_executable(example example.c)
target_link_libraries(example PRIVATE httpstatus::httpstatus_static)
CMAKE
cmake -S "$work/consumer" -B "$work/consumer/build" \
  -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/consumer/build" >/dev/null

expected='413 CONTENT_TOO_LARGE (client_error)'
for program in "$work/by-pkg-config" "$work/consumer/build/example"; do
  out=$("$program")
  [ "$out" = "$expected" ] || { echo "$program printed '$out'"; exit 1; }
done
[ "$("$work/prefix/bin/httpstatus" 404)" = "$("$build/cli/httpstatus" 404)" ]
echo "installed library, header, CLI, pkg-config file and CMake package work"
