// What every suite here shares: the staged package (HTTPSTATUS_JS_PACKAGE)
// and the C library's answers (HTTPSTATUS_C_DUMP, c_dump.c).
'use strict';
const { execFileSync } = require('node:child_process');
const path = require('node:path');

function need(name) {
  const value = process.env[name];
  if (!value) throw new Error(name + ' is not set (ctest sets it: see CMakeLists.txt)');
  return value;
}

const packageDir = need('HTTPSTATUS_JS_PACKAGE');
const hs = require(path.join(packageDir, 'index.js'));

// Runs c_dump with a mode and input; its output's lines.
function cDump(mode, input) {
  const out = execFileSync(need('HTTPSTATUS_C_DUMP'), [mode], {
    input: input || '', maxBuffer: 1 << 28, encoding: 'latin1',
  });
  return out.split('\n').slice(0, -1);
}

// The line c_dump answers prints for a query, computed through the package.
const positionOf = new Map(hs.entries().map((e, i) => [e, i]));
const unofficialPositionOf = new Map(hs.unofficialEntries().map((e, i) => [e, i]));
const pos = (e) => (e === null ? -1 : positionOf.get(e));
const unofficialPos = (e) => (e === null || e === undefined ? -1 : unofficialPositionOf.get(e));

function answerCode(code) {
  return pos(hs.fromCode(code)) + ' ' + (hs.classOf(code) || '-') + ' ' + unofficialPos(hs.unofficial(code)[0]);
}

function answerText(bytes) {
  return [pos(hs.fromName(bytes)), pos(hs.fromPhrase(bytes)), pos(hs.find(bytes)),
    pos(hs.suggest(bytes)), unofficialPos(hs.unofficialFind(bytes))].join(' ');
}

module.exports = { hs, packageDir, cDump, answerCode, answerText, need };
