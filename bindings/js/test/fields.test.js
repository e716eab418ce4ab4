// Every field of every entry, registered and unofficial, against the C
// library's (c_dump entries), and the entries' shape.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { hs, packageDir, cDump } = require('./support.js');

const FLAG_NAMES = ['cacheable', 'no_content', 'redirect', 'keeps_method', 'retryable', 'interim'];

// c_dump's escape: each byte below 0x20, 0x7f and '\' as \xHH.
const escape = (text) => text.replace(/[\x00-\x1f\x7f\\]/g,
  (c) => '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0'));

function asLine(table, e) {
  return [table, e.code, e.statusClass, e.registry, e.flags, e.name, e.phrase, e.description,
    e.spec, e.origin, e.specUrl === null ? '-' : e.specUrl, e.mdnUrl === null ? '-' : e.mdnUrl,
    escape(e.statusLine)].join('\t');
}

test('every field of every entry is the C library\'s', () => {
  const c = cDump('entries');
  const js = hs.entries().map((e) => asLine('R', e)).concat(hs.unofficialEntries().map((e) => asLine('U', e)));
  assert.ok(c.length > 100, 'c_dump listed ' + c.length + ' entries');
  assert.deepStrictEqual(js, c);
});

test('properties name the bits of flags, and each predicate agrees', () => {
  for (const e of hs.entries().concat(hs.unofficialEntries())) {
    const names = FLAG_NAMES.filter((_, bit) => e.flags & (1 << bit));
    assert.deepStrictEqual(e.properties, names, String(e));
    assert.strictEqual(e.isCacheable(), names.includes('cacheable'));
    assert.strictEqual(e.isNoContent(), names.includes('no_content'));
    assert.strictEqual(e.isRedirect(), names.includes('redirect'));
    assert.strictEqual(e.keepsMethod(), names.includes('keeps_method'));
    assert.strictEqual(e.isRetryable(), names.includes('retryable'));
    assert.strictEqual(e.isInterim(), names.includes('interim'));
    assert.strictEqual(e.isClientError(), e.statusClass === 'client_error');
    assert.strictEqual(e.isServerError(), e.code >= 500 && e.code < 600);
    assert.strictEqual(e.isInformational(), e.code >= 100 && e.code < 200);
    assert.strictEqual(e.isSuccess(), e.code >= 200 && e.code < 300);
    assert.strictEqual(e.isRedirection(), e.code >= 300 && e.code < 400);
    assert.strictEqual(e.isUnofficial(), e.registry === 'unofficial');
    assert.strictEqual(String(e), e.code + ' ' + e.phrase);
  }
  assert.ok(hs.fromCode(404).isClientError() && hs.fromCode(301).isRedirect());
});

test('entries, their lists and the API are frozen', () => {
  const e = hs.fromCode(404);
  assert.ok(Object.isFrozen(e) && Object.isFrozen(e.properties) && Object.isFrozen(hs));
  assert.ok(Object.isFrozen(hs.entries()) && Object.isFrozen(hs.unofficialEntries()));
  assert.ok(Object.isFrozen(hs.unofficial(499)) && Object.isFrozen(hs.unofficial(404)));
  assert.throws(() => { 'use strict'; e.code = 200; }, TypeError);
  assert.throws(() => { 'use strict'; hs.entries().push(e); }, TypeError);
  assert.throws(() => { 'use strict'; Object.getPrototypeOf(e).isCacheable = () => true; }, TypeError);
  assert.strictEqual(hs.fromCode(404).code, 404);
});

test('index.d.ts declares every field and predicate an entry has', () => {
  const dts = fs.readFileSync(path.join(packageDir, 'index.d.ts'), 'utf8');
  const e = hs.fromCode(200);
  const keys = Object.keys(e).concat(Object.keys(Object.getPrototypeOf(e)));
  for (const key of keys) assert.match(dts, new RegExp('\\b' + key + '\\b'), key);
  for (const key of Object.keys(hs)) assert.match(dts, new RegExp('export (const|function) ' + key + '\\b'), key);
});

test('the ES module gives the same API and the same entries', async () => {
  const esm = await import(path.join(packageDir, 'index.mjs'));
  assert.deepStrictEqual(Object.keys(esm.default).sort(), Object.keys(hs).sort());
  for (const key of Object.keys(hs)) assert.strictEqual(typeof esm[key], typeof hs[key], key);
  assert.deepStrictEqual(esm.entries().map(String), hs.entries().map(String));
  assert.deepStrictEqual(esm.find('HTTP/1.1 404 Not Found').name, 'NOT_FOUND');
  assert.strictEqual(esm.version, hs.version);
});
