#!/bin/sh
# Installs the Debian packages built by debs.sh with dpkg -i, builds the
# README's C example against the system paths through pkg-config, runs it
# and the command, then purges the packages and checks that none of their
# files and directories is left. Needs root (CI runs it): skipped, exit
# 77, otherwise, and when the packages are installed already.
#   usage: deb_install.sh SOURCE_DIR DEB_DIR
set -eu
src=$1 debs=$2
skip() { echo "SKIPPED: $*"; exit 77; }
fail() { echo "FAIL: $*"; exit 1; }
[ "$(id -u)" = 0 ] || skip "installing Debian packages needs root"
# One run at a time on a machine, whatever the build directory.
exec 9> /run/lock/httpstatus-deb-install.lock
flock -n 9 || skip "another run of this test holds /run/lock/httpstatus-deb-install.lock"
packages=$(for deb in "$debs"/*.deb; do dpkg-deb --field "$deb" Package; done)
for package in $packages; do
  if dpkg -s "$package" >/dev/null 2>&1; then skip "$package is installed already; not touching it"; fi
done
[ ! -e /usr/include/httpstatus.h ] || skip "/usr/include/httpstatus.h exists; not touching it"

work=$(mktemp -d)
purge() { dpkg --purge $packages >/dev/null 2>&1 || true; rm -rf "$work"; }
trap purge EXIT
# Every path the packages hold that does not exist now: purge must remove
# them all again.
for deb in "$debs"/*.deb; do
  dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\.||; s|/$||'
done | sort -u | while read -r path; do
  [ -z "$path" ] || [ -e "$path" ] || echo "$path"
done > "$work/new-paths"
[ -s "$work/new-paths" ] || fail "the packages hold nothing new"

dpkg -i "$debs"/*.deb >/dev/null
ldconfig -p | grep -q 'libhttpstatus\.so\.0 ' || fail "the ldconfig trigger did not run"
sed -n '/^```c$/,/^```$/p' "$src/README.md" | sed '1d;$d' > "$work/example.c"
cc -Wall -Wextra -Werror -o "$work/example" "$work/example.c" $(pkg-config --cflags --libs httpstatus)
out=$("$work/example")
[ "$out" = '413 CONTENT_TOO_LARGE (client_error)' ] || fail "the example printed '$out'"
out=$(httpstatus 404)
case $out in "404 Not Found - "*) ;; *) fail "httpstatus 404 printed '$out'";; esac
echo "installed: the example and the command run"

dpkg --purge $packages >/dev/null
for package in $packages; do
  if dpkg -s "$package" >/dev/null 2>&1; then fail "$package still known to dpkg"; fi
done
left=$(while read -r path; do [ ! -e "$path" ] || echo "$path"; done < "$work/new-paths")
[ -z "$left" ] || fail "left after purge: $left"
! ldconfig -p | grep -q 'libhttpstatus' || fail "libhttpstatus still in the ldconfig cache"
echo "purged: $(wc -l < "$work/new-paths") paths gone"
