#!/bin/sh
# Installs statuses and mocha from npm (package-lock.json) into WORK, then:
#   compare  runs compare.test.js: the drop-in against the real statuses;
#   suite    runs statuses' own test/test.js against the drop-in, with mocha;
#   bench    runs bench.js (ns per call, beside statuses' own).
# usage: run.sh compare|suite|bench NODE NPM PACKAGE WORK [BENCH_JS]
#
# statuses publishes no tests on npm (its tarball holds index.js,
# codes.json and the docs), and this project does not copy them: the suite
# reads test/test.js from STATUSES_TEST_JS when set (a checkout of
# jshttp/statuses at v2.0.2), else downloads that one file from GitHub at
# the tag, checked against its SHA-256. Without either it says so and
# exits 77, which ctest reports as skipped; compare runs regardless.
set -eu
mode=$1 node=$2 npm=$3 package=$4 work=$5
here=$(cd "$(dirname "$0")" && pwd)
test_js_url=https://raw.githubusercontent.com/jshttp/statuses/v2.0.2/test/test.js
test_js_sha256=21d01591924e8d5d386a6eb12b9150a83dca8aafac76eb1d5c1ad2cca034d9b4

mkdir -p "$work"
# npm ci only when the lock changed since the last install; from npm's
# cache when it has the packages.
if ! cmp -s "$here/package-lock.json" "$work/package-lock.json" || [ ! -d "$work/node_modules" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$work/"
  (cd "$work" && "$npm" ci --prefer-offline --no-audit --no-fund --silent)
fi

case $mode in
  compare)
    STATUSES_MODULE=$work/node_modules/statuses HTTPSTATUS_JS_PACKAGE=$package \
      exec "$node" --test "$here/compare.test.js" ;;
  bench)
    exec "$node" "$6" "$package" "$work/node_modules/statuses" ;;
  suite) ;;
  *) echo "run.sh: unknown mode $mode" >&2; exit 2 ;;
esac

# statuses' suite requires '..' from its test/ folder: a folder whose main
# module is the drop-in.
suite=$work/suite
rm -rf "$suite" && mkdir -p "$suite/test"
if [ -n "${STATUSES_TEST_JS:-}" ]; then
  cp "$STATUSES_TEST_JS" "$suite/test/test.js"
elif ! "$node" -e '
  fetch(process.argv[1], { signal: AbortSignal.timeout(10000) })
    .then((r) => { if (!r.ok) throw new Error(r.status); return r.text(); })
    .then((t) => require("fs").writeFileSync(process.argv[2], t))
    .catch((e) => { console.error(String(e.cause || e)); process.exit(1); });
' "$test_js_url" "$suite/test/test.js"; then
  echo "statuses' test/test.js is not on npm and $test_js_url cannot be reached:" \
       "set STATUSES_TEST_JS to a copy of it to run statuses' suite" >&2
  exit 77
fi
echo "$test_js_sha256  $suite/test/test.js" | sha256sum -c --quiet -
printf '{ "main": "index.js" }\n' > "$suite/package.json"
printf "module.exports = require('%s/statuses.js');\n" "$package" > "$suite/index.js"
cd "$suite" && exec "$node" "$work/node_modules/mocha/bin/mocha.js" --reporter dot test/test.js
