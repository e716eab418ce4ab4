#!/bin/sh
# Builds the Debian packages from the release tarball, checks their names,
# control fields and contents with dpkg-deb, then runs lintian: no error,
# and no warning but those accepted below.
#   usage: debs.sh SOURCE_DIR TARBALL OUTPUT_DIR
set -eu
src=$1 tarball=$2 out=$3
version=$(basename "$tarball" .tar.gz | sed 's/^httpstatus-//')
major=${version%%.*}
arch=$(dpkg --print-architecture)
multiarch=$(dpkg-architecture -qDEB_HOST_MULTIARCH)
fail() { echo "FAIL: $*"; exit 1; }

sh "$src/dist/make-deb.sh" "$tarball" "$out" >/dev/null
lib=libhttpstatus${major}_$version-1_$arch.deb
dev=libhttpstatus-dev_$version-1_$arch.deb
cli=httpstatus_$version-1_$arch.deb
(cd "$out" && ls *.deb) > "$out/names"
printf '%s\n' "$cli" "$dev" "$lib" | diff - "$out/names" || fail "package file names"
cd "$out"

field() { dpkg-deb --field "$1" "$2"; }
[ "$(field "$lib" Section)" = libs ] || fail "$lib: section"
[ "$(field "$dev" Section)" = libdevel ] || fail "$dev: section"
field "$lib" Depends | grep -q '^libc6 (>= ' || fail "$lib: no libc6 dependency from dpkg-shlibdeps"
[ "$(field "$dev" Depends)" = "libhttpstatus$major (= $version-1)" ] || fail "$dev: Depends"
for deb in "$lib" "$dev" "$cli"; do
  field "$deb" Maintainer | grep -q '<.*@.*>' || fail "$deb: Maintainer"
  [ "$(field "$deb" Version)" = "$version-1" ] || fail "$deb: Version"
done
dpkg-deb --ctrl-tarfile "$lib" | tar -xO ./shlibs | grep -qx "libhttpstatus $major libhttpstatus$major (>= $version-1)" \
  || fail "$lib: shlibs"
dpkg-deb --ctrl-tarfile "$lib" | tar -xO ./triggers | grep -qx 'activate-noawait ldconfig' \
  || fail "$lib: no ldconfig trigger"

# Each package's files, and no file in two packages.
files() { dpkg-deb --fsys-tarfile "$1" | tar -t | grep -v '/$' | sed 's|^\./||' | sort; }
libdir=usr/lib/$multiarch
printf '%s\n' "$libdir/libhttpstatus.so.$major" "$libdir/libhttpstatus.so.$version" \
  "usr/share/doc/libhttpstatus$major/changelog.Debian.gz" "usr/share/doc/libhttpstatus$major/copyright" \
  | sort > lib.expected
files "$lib" | diff lib.expected - || fail "$lib: files"
for expected in usr/include/httpstatus.h "$libdir/libhttpstatus.a" "$libdir/libhttpstatus.so" \
    "$libdir/pkgconfig/httpstatus.pc" "$libdir/cmake/httpstatus/httpstatusConfig.cmake" \
    usr/share/doc/libhttpstatus-dev/copyright; do
  files "$dev" | grep -qx "$expected" || fail "$dev: no $expected"
done
for expected in usr/bin/httpstatus usr/share/man/man1/httpstatus.1.gz \
    usr/share/bash-completion/completions/httpstatus; do
  files "$cli" | grep -qx "$expected" || fail "$cli: no $expected"
done
files "$lib" > all; files "$dev" >> all; files "$cli" >> all
[ -z "$(sort all | uniq -d)" ] || fail "files in two packages: $(sort all | uniq -d)"
pc=$(dpkg-deb --fsys-tarfile "$dev" | tar -xO "./$libdir/pkgconfig/httpstatus.pc")
echo "$pc" | grep -qx 'prefix=/usr' || fail "$dev: httpstatus.pc has $(echo "$pc" | grep prefix=)"

# Warnings accepted, and why:
#   initial-upload-closes-no-bugs  the packages are not uploaded to Debian,
#                                  so there is no ITP bug to close
#   maintscript-calls-ldconfig     CPack writes a postinst and a postrm
#                                  calling ldconfig for a library under
#                                  /usr/lib; the trigger does it as well
accepted='initial-upload-closes-no-bugs|maintscript-calls-ldconfig'
lintian --tag-display-limit 0 "$lib" "$dev" "$cli" > lintian.txt 2>&1 || true
cat lintian.txt
grep '^E: ' lintian.txt && fail "lintian reports errors"
grep '^W: ' lintian.txt | grep -Ev "^W: [^ ]+: ($accepted) " && fail "lintian warnings not accepted"
ls -l *.deb
echo "3 packages built; dpkg-deb and lintian checks passed"
