#!/bin/sh
# Builds the source twice, from two copies in differently named
# directories, a second apart and under different umasks, and fails unless
# every artefact listed in artefacts.txt comes out byte for byte the same.
#   usage: tests/reproducible/check.sh WORK_DIR
# The builds follow reproducible-builds.org's rules: SOURCE_DATE_EPOCH (the
# last commit's time) for any timestamp, the source and build directories
# mapped away with -ffile-prefix-map, deterministic archives (ar D), and
# -Wdate-time, which the project's -Werror turns into a build error on
# __DATE__ and __TIME__. CC picks the compiler, BUILD_TYPE the CMake build
# type (RelWithDebInfo: debug information is where paths leak).
set -eu
src=$(cd "$(dirname "$0")/../.." && pwd)
list=$src/tests/reproducible/artefacts.txt
work=$1
build_type=${BUILD_TYPE:-RelWithDebInfo}
SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$src" log -1 --format=%ct 2>/dev/null || echo 1)}
export SOURCE_DATE_EPOCH

targets=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$list" | awk '{print $1}' | sort -u)

# The working tree as it is, edits included, without build output (the
# whole directory but build/ when git cannot list it).
copy_source() {
  mkdir -p "$1"
  if git -C "$src" rev-parse --git-dir > /dev/null 2>&1; then
    # Files deleted but not yet committed are listed too: skip them.
    # shellcheck disable=SC2016 # $f expands in the inner shell
    (cd "$src" && git ls-files -z --cached --others --exclude-standard |
       xargs -0 sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh |
       tar --null -T - -cf -) | tar -xf - -C "$1"
  else
    (cd "$src" && tar --exclude=./build --exclude=./.git -cf - .) | tar -xf - -C "$1"
  fi
}

# build TREE UMASK: copies the source to TREE/source, builds into TREE/build.
build() {
  tree=$1
  rm -rf "$tree"
  copy_source "$tree/source"
  (
    umask "$2"
    flags="-ffile-prefix-map=$tree/source=. -ffile-prefix-map=$tree/build=. -Wdate-time"
    cmake -S "$tree/source" -B "$tree/build" -DCMAKE_BUILD_TYPE="$build_type" \
      -DBUILD_TESTING=OFF -DHTTPSTATUS_BINDINGS=OFF -DHTTPSTATUS_BENCHMARKS=OFF \
      "-DCMAKE_C_FLAGS=$flags" \
      "-DCMAKE_C_ARCHIVE_CREATE=<CMAKE_AR> qcD <TARGET> <LINK_FLAGS> <OBJECTS>" \
      "-DCMAKE_C_ARCHIVE_APPEND=<CMAKE_AR> qD <TARGET> <LINK_FLAGS> <OBJECTS>" \
      "-DCMAKE_C_ARCHIVE_FINISH=<CMAKE_RANLIB> -D <TARGET>" > "$tree/configure.log"
    # shellcheck disable=SC2086 # one word per target
    cmake --build "$tree/build" -j 2 --target $targets > "$tree/build.log" 2>&1 ||
      { cat "$tree/build.log" >&2; echo "reproducible: the build in $tree failed" >&2; exit 1; }
  )
}

mkdir -p "$work"
work=$(cd "$work" && pwd)
build "$work/one" 022
sleep 1
build "$work/second-build" 077

# the one file PATTERN names in build directory DIR
the_file() {
  # shellcheck disable=SC2086 # the pattern is meant to expand
  set -- "$1"/$2
  if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    echo "reproducible: '$*' is not exactly one file" >&2
    return 1
  fi
  echo "$1"
}

status=0 compared=0
sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$list" | {
  while read -r _target patterns; do
    for pattern in $patterns; do
      a=$(the_file "$work/one/build" "$pattern") || exit 1
      b=$(the_file "$work/second-build/build" "$pattern") || exit 1
      compared=$((compared + 1))
      if grep -q -F "$work" "$a"; then
        echo "reproducible: ${a#"$work/one/build/"}: holds the path of its build" >&2
        status=1
      elif cmp -s "$a" "$b"; then
        echo "reproducible: ${a#"$work/one/build/"}: identical ($(wc -c < "$a") bytes)"
      else
        echo "reproducible: ${a#"$work/one/build/"}: DIFFERS between the two builds;" \
             "the strings that differ:" >&2
        strings -a "$a" > "$work/one.strings"
        strings -a "$b" > "$work/second-build.strings"
        diff "$work/one.strings" "$work/second-build.strings" | head -20 >&2 || true
        status=1
      fi
    done
  done
  [ "$compared" -gt 0 ] || { echo "reproducible: nothing listed in $list" >&2; exit 1; }
  exit $status
}
