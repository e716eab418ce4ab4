#!/bin/sh
# Installs the packed tarball with `npm install --offline` into a fresh
# folder, then runs the first ```js example of the installed README.md with
# a PATH that holds node alone (no compiler, no npm): each line that
# prints must print what its trailing `// ` comment says. Then the same
# package as an ES module, and its statuses drop-in.
# usage: npm_install.sh NODE NPM TARBALL
set -eu
node=$(command -v "$1") npm=$(command -v "$2") tarball=$3
work=$(mktemp -d) rm=$(command -v rm)
trap '"$rm" -rf "$work"' EXIT
mkdir "$work/app" "$work/bin"
ln -s "$node" "$work/bin/node"
cd "$work/app"
printf '{ "name": "install-test", "private": true }\n' > package.json
"$npm" install --offline --no-audit --no-fund --silent "$tarball"
name=$(tar -xzOf "$tarball" package/package.json | "$node" -p 'JSON.parse(require("fs").readFileSync(0)).name')

PATH=$work/bin
export PATH
if command -v cc gcc clang emcc npm >/dev/null 2>&1; then
  echo "npm_install.sh: a compiler or npm is still on PATH" >&2; exit 1
fi
node - "$name" <<'NODE'
const fs = require('fs');
const name = process.argv[2];
const readme = fs.readFileSync(require.resolve(name + '/package.json').replace(/package\.json$/, 'README.md'), 'utf8');
const example = (readme.match(/```js\n([\s\S]*?)```/) || [])[1];
if (!example) throw new Error('README.md has no ```js example');
const expected = example.split('\n').filter((l) => /console\.log/.test(l)).map((l) => l.split('// ')[1]);
const { execFileSync } = require('child_process');
const printed = execFileSync(process.execPath, ['-e', example], { encoding: 'utf8' }).trimEnd().split('\n');
if (JSON.stringify(printed) !== JSON.stringify(expected)) {
  console.error('README example printed:\n' + printed.join('\n') + '\nits comments say:\n' + expected.join('\n'));
  process.exit(1);
}
console.log('README example: ' + printed.length + ' lines as documented');
NODE
node --input-type=module -e "
import hs from '$name';
import status from '$name/statuses';
if (hs.find('im a teapot').code !== 418 || status('not found') !== 404) process.exit(1);
console.log('ES module: ' + hs.find('im a teapot'));
"
