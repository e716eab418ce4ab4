// ns per call of the package, its statuses drop-in and statuses itself,
// with a plain object lookup for scale, and the targets: find and the
// drop-in's status('Not Found') no slower than statuses('Not Found');
// fromCode and the drop-in's status(404) within 2x of a plain object
// lookup. Not a test: `cmake --build build --target bench_js` runs it.
// usage: node bench.js PACKAGE_DIR STATUSES_MODULE_DIR
'use strict';
const path = require('path');
const [packageDir, statusesDir] = process.argv.slice(2);
const hs = require(path.join(packageDir, 'index.js'));
const dropIn = require(path.join(packageDir, 'statuses.js'));
const statuses = require(statusesDir);

// The keys, from statuses' table and the library's entries.
const statusCodes = statuses.codes.slice();
const statusPhrases = statusCodes.map((c) => statuses.message[c]);
const entries = hs.entries();
const codes = entries.map((e) => e.code);
const names = entries.map((e) => e.name);
const phrases = entries.map((e) => e.phrase);
const lowerPhrases = phrases.map((p) => p.toLowerCase());
const typos = lowerPhrases.map((p) => p.slice(0, p.length >> 1) + p.slice((p.length >> 1) + 1));
const unofficialPhrases = hs.unofficialEntries().map((e) => e.phrase.toLowerCase());
const plain = {};
for (const e of entries) plain[e.code] = e.phrase;

const CALLS = 1000000; // calls per measurement
const RUNS = 7; // interleaved runs; the median is reported
let sink = 0; // what each call gives is kept, so the JIT cannot drop it

// ns per call of fn over keys, about calls calls.
function measure(fn, keys, calls) {
  const passes = Math.max(1, Math.round((calls || CALLS) / keys.length));
  const start = process.hrtime.bigint();
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < keys.length; i++) if (fn(keys[i])) sink++;
  }
  return Number(process.hrtime.bigint() - start) / (passes * keys.length);
}

const rows = [
  ['plain object: obj[code] (codes)', (k) => plain[k], codes],
  ['fromCode (codes)', hs.fromCode, codes],
  ['drop-in status(code) (statuses\' codes)', dropIn, statusCodes],
  ['statuses(code) (its codes)', statuses, statusCodes],
  ['find (statuses\' phrases)', hs.find, statusPhrases],
  ['drop-in status(phrase) (statuses\' phrases)', dropIn, statusPhrases],
  ['statuses(phrase) (its phrases)', statuses, statusPhrases],
  ['find (lower-case phrases)', hs.find, lowerPhrases],
  ['find (NAMEs)', hs.find, names],
  ['fromName (NAMEs)', hs.fromName, names],
  ['fromPhrase (phrases)', hs.fromPhrase, phrases],
  ['classOf (codes)', hs.classOf, codes],
  ['unofficialFind (lower-case phrases)', hs.unofficialFind, unofficialPhrases],
  ['suggest (phrases with a letter dropped)', hs.suggest, typos, CALLS / 200],
];
const samples = rows.map(() => []);
for (const [, fn, keys, calls] of rows) measure(fn, keys, calls); // warm up the JIT
for (let run = 0; run < RUNS; run++) rows.forEach(([, fn, keys, calls], i) => samples[i].push(measure(fn, keys, calls)));
const median = (xs) => xs.slice().sort((a, b) => a - b)[xs.length >> 1];
const ns = Object.fromEntries(rows.map(([label], i) => [label, median(samples[i])]));

const targets = {
  'fromCode (codes)': ['plain object: obj[code] (codes)', 2],
  'drop-in status(code) (statuses\' codes)': ['plain object: obj[code] (codes)', 2],
  'find (statuses\' phrases)': ['statuses(phrase) (its phrases)', 1],
  'drop-in status(phrase) (statuses\' phrases)': ['statuses(phrase) (its phrases)', 1],
};
console.log(`node ${process.version}, ${RUNS} runs of ${CALLS} calls, median ns per call`);
console.log('| Call (keys) | ns | ratio, target |\n|---|---:|---|');
for (const [label] of rows) {
  const target = targets[label];
  let verdict = '';
  if (target) {
    const ratio = ns[label] / ns[target[0]];
    verdict = `${ratio.toFixed(2)}x \`${target[0].split(' (')[0]}\`, <= ${target[1]}x ${ratio <= target[1] ? 'PASS' : 'MISS'}`;
  }
  console.log(`| ${label} | ${ns[label].toFixed(1)} | ${verdict} |`);
}
if (sink < 0) console.log(sink);
