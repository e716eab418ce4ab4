// What other software calls each code (identifiers), the ecosystems, the
// status lines, against the C library (c_dump identifiers and ecosystems),
// and what a bad ecosystem gives.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { hs, cDump } = require('./support.js');

const tables = { R: hs.entries(), U: hs.unofficialEntries() };

test('the ecosystems are the C library\'s, in its order', () => {
  const c = cDump('ecosystems');
  assert.ok(c.length > 10, 'c_dump listed ' + c.length + ' ecosystems');
  assert.deepStrictEqual(hs.ecosystems().map((eco) => eco.name + '\t' + eco.qualifier), c);
  assert.ok(Object.isFrozen(hs.ecosystems()) && hs.ecosystems().every(Object.isFrozen));
});

test('every identifier of every entry, in every ecosystem, is the C library\'s', () => {
  const c = cDump('identifiers');
  const js = [];
  let total = 0;
  for (const [table, entries] of Object.entries(tables)) {
    entries.forEach((e, position) => {
      for (const { name } of hs.ecosystems()) {
        const found = e.identifiers(name);
        assert.ok(Array.isArray(found) && Object.isFrozen(found), String(e) + ' ' + name);
        total += found.length;
        js.push([table, position, name].concat(found).join('\t'));
      }
    });
  }
  assert.strictEqual(c.length, (tables.R.length + tables.U.length) * hs.ecosystems().length);
  assert.deepStrictEqual(js, c);
  assert.ok(total > 1000, total + ' identifiers');
  assert.deepStrictEqual(hs.fromCode(404).identifiers(hs.ecosystems()[0].name), ['StatusNotFound']);
});

test('a status line is the code and phrase in HTTP/1.1\'s form', () => {
  for (const e of tables.R.concat(tables.U)) {
    assert.strictEqual(e.statusLine, 'HTTP/1.1 ' + e.code + ' ' + e.phrase + '\r\n');
  }
  assert.strictEqual(hs.fromCode(104).mdnUrl, null);
  assert.match(hs.fromCode(404).specUrl, /^https:\/\//);
  assert.ok(tables.U.every((e) => e.specUrl === null && e.mdnUrl === null));
});

test('a bad ecosystem throws TypeError or RangeError, never a crash', () => {
  const NOT_TEXT = [undefined, null, 0, 4n, true, {}, [], ['go'], () => 'go', Symbol('go'),
    new String('go'), new TextEncoder().encode('go')];
  const UNKNOWN = ['', 'GO', ' go', 'go\0', 'g\u00f6', '\ud800', '__proto__', 'constructor',
    'toString', 'x'.repeat(1 << 20)];
  for (const e of [hs.fromCode(404), tables.U[0]]) {
    for (const value of NOT_TEXT) {
      assert.throws(() => e.identifiers(value),
        { name: 'TypeError', message: /^identifiers: ecosystem must be a string, not / });
    }
    assert.throws(() => e.identifiers(), TypeError);
    for (const value of UNKNOWN) {
      assert.throws(() => e.identifiers(value),
        { name: 'RangeError', message: /^identifiers: unknown ecosystem ".{0,43}"; ecosystems\(\): go, / });
    }
  }
  const identifiers = Object.getPrototypeOf(hs.fromCode(404)).identifiers;
  for (const self of [undefined, {}, Object.create(Object.getPrototypeOf(hs.fromCode(404)))]) {
    assert.throws(() => identifiers.call(self, 'go'), { name: 'TypeError', message: /^identifiers: not called on an entry/ });
  }
});
