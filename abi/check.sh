#!/bin/sh
# Fails when the ABI of the library in BUILD_DIR is not the committed
# baseline abi/libhttpstatus.abi, and when the baseline itself changed
# incompatibly since BASE_REV without a new SONAME. The policy is in
# abi/README.md.
#   usage: abi/check.sh BUILD_DIR [BASE_REV]
# BASE_REV is a git revision (HEAD^, main); without one, or when it has no
# baseline, only the first check runs.
set -eu
build=$1 base_rev=${2:-}
abi=$(cd "$(dirname "$0")" && pwd)
baseline=$abi/libhttpstatus.abi
current=$build/libhttpstatus.abi
"$abi/dump.sh" "$build" > "$current"

# classify.py exits 0 (same ABI), 4 (compatible change), 8 (incompatible).
classify() {
  status=0
  python3 "$abi/classify.py" "$1" "$2" || status=$?
  if [ "$status" -ne 0 ] && [ "$status" -ne 4 ] && [ "$status" -ne 8 ]; then
    echo "abi: could not compare $1 with $2" >&2
    exit 2
  fi
}
soname() {
  sed -n "s/^<abi-corpus .*soname='\([^']*\)'.*/\1/p" "$1"
}

classify "$baseline" "$current"
case $status in
  8) echo "abi: INCOMPATIBLE change (above). Undo it, or bump" \
          "HTTPSTATUS_VERSION_MAJOR in core/include/httpstatus.h (the SONAME)" \
          "and run 'make abi-baseline', in the same change." >&2
     exit 1;;
  4) echo "abi: compatible change (above) missing from abi/libhttpstatus.abi:" \
          "run 'make abi-baseline' and commit the baseline with the change." >&2
     exit 1;;
esac
echo "abi: $(soname "$current") matches abi/libhttpstatus.abi"

if [ -z "$base_rev" ] || ! git -C "$abi" cat-file -e "$base_rev:./libhttpstatus.abi" 2>/dev/null; then
  echo "abi: no baseline at '$base_rev' to compare the committed one with: skipped"
  exit 0
fi
previous=$build/libhttpstatus.previous.abi
git -C "$abi" show "$base_rev:./libhttpstatus.abi" > "$previous"
classify "$previous" "$baseline"
if [ "$status" -eq 8 ] && [ "$(soname "$previous")" = "$(soname "$baseline")" ]; then
  echo "abi: the baseline changed incompatibly since $base_rev (above) and" \
       "the SONAME is still $(soname "$baseline"): bump HTTPSTATUS_VERSION_MAJOR." >&2
  exit 1
fi
echo "abi: since $base_rev: $(soname "$previous") -> $(soname "$baseline")," \
     "$(case $status in 0) echo no change;; 4) echo compatible;; *) echo incompatible, with a new SONAME;; esac)"
