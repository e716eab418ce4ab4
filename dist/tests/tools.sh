# Sourced by the tests: without_generators DIR fills DIR with links to the
# tools a release-tree build uses, and nothing else: no python3, gperf or
# swig. Use it as PATH.
without_generators() {
  mkdir -p "$1"
  for tool in sh make cmake cc gcc clang as ld ld.bfd ar ranlib strip nm objdump readelf \
      cat cp chmod dirname ln ls mkdir mv rm rmdir sed sort tar gzip install uname \
      mktemp pkg-config pkgconf; do
    found=$(command -v "$tool") || continue
    ln -s "$found" "$1/$tool"
  done
  for generator in python3 python gperf swig; do
    if PATH=$1 command -v "$generator" >/dev/null; then
      echo "$generator is still on the restricted PATH" >&2
      return 1
    fi
  done
}
