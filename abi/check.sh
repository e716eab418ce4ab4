#!/bin/sh
# Fails when the ABI of the library in BUILD_DIR is not the committed
# baseline abi/libhttpstatus.abi, and when the baseline itself changed
# incompatibly since BASE_REV without moving the SONAME. The policy is in
# tests/README.md ("A stable ABI").
#   usage: abi/check.sh BUILD_DIR [BASE_REV]
# BASE_REV (a git revision, e.g. HEAD^ or main) is skipped when absent or
# when it has no baseline.
set -eu
build=$1 base_rev=${2:-}
abi=$(cd "$(dirname "$0")" && pwd)
baseline=$abi/libhttpstatus.abi
current=$build/libhttpstatus.abi
"$abi/dump.sh" "$build" > "$current"

# abidiff's exit status is a bit set: 1 error, 2 usage error, 4 the ABI
# changed, 8 the change is incompatible (e.g. a function removed).
compare() {
  status=0
  abidiff --no-default-suppression "$1" "$2" || status=$?
  if [ $((status & 3)) -ne 0 ]; then
    echo "abi: abidiff could not compare $1 with $2 (exit status $status)" >&2
    exit 2
  fi
  return $status
}
soname() {
  sed -n "s/^<abi-corpus .*soname='\([^']*\)'.*/\1/p" "$1"
}

status=0
compare "$baseline" "$current" || status=$?
if [ $status -ne 0 ]; then
  if [ $((status & 8)) -ne 0 ]; then
    echo "abi: INCOMPATIBLE change (above). Either undo it, or bump" \
         "HTTPSTATUS_VERSION_MAJOR in core/include/httpstatus.h (the SONAME)" \
         "and run 'make abi-baseline', in the same change." >&2
  else
    echo "abi: compatible change (above) that abi/libhttpstatus.abi lacks:" \
         "run 'make abi-baseline' and commit the baseline with the change." >&2
  fi
  exit 1
fi
echo "abi: $(soname "$current") matches abi/libhttpstatus.abi"

# The baseline may only change incompatibly together with the SONAME.
if [ -n "$base_rev" ] && git -C "$abi" cat-file -e "$base_rev:./libhttpstatus.abi" 2>/dev/null; then
  previous=$build/libhttpstatus.$(git -C "$abi" rev-parse --short "$base_rev").abi
  git -C "$abi" show "$base_rev:./libhttpstatus.abi" > "$previous"
  status=0
  compare "$previous" "$baseline" || status=$?
  if [ $((status & 8)) -ne 0 ] && [ "$(soname "$previous")" = "$(soname "$baseline")" ]; then
    echo "abi: the baseline changed incompatibly since $base_rev (above) but" \
         "the SONAME is still $(soname "$baseline"): bump HTTPSTATUS_VERSION_MAJOR." >&2
    exit 1
  fi
  echo "abi: no incompatible change since $base_rev without a new SONAME"
else
  echo "abi: no baseline at '${base_rev:-}' to compare the committed one with: skipped"
fi
