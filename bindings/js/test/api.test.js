// The API's contract: wrong types throw TypeError, bad input gives null
// and never a crash, text is taken as UTF-8 bytes.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { hs } = require('./support.js');

const TEXT_FUNCTIONS = ['fromName', 'fromPhrase', 'find', 'suggest', 'unofficialFind'];
const CODE_FUNCTIONS = ['fromCode', 'classOf', 'unofficial'];
const NOT_TEXT = [undefined, null, 404, 4n, true, {}, [], ['404'], () => 'x', Symbol('x'), new Uint16Array(2), new ArrayBuffer(3)];
const NOT_CODE = [undefined, null, '404', 404n, true, {}, [], [404], () => 404, Symbol('x'), new Number(404)];

test('wrong types throw TypeError, naming the function', () => {
  for (const name of TEXT_FUNCTIONS) {
    for (const value of NOT_TEXT) assert.throws(() => hs[name](value), { name: 'TypeError', message: new RegExp('^' + name) });
    assert.throws(() => hs[name](), TypeError);
  }
  for (const name of CODE_FUNCTIONS) {
    for (const value of NOT_CODE) assert.throws(() => hs[name](value), { name: 'TypeError', message: new RegExp('^' + name) });
  }
});

test('numbers that are no code find nothing', () => {
  for (const code of [0, -1, -404, 306, 999, 1000, 404.5, NaN, Infinity, -Infinity, 2 ** 31 + 404, 2 ** 32 + 404, Number.MAX_VALUE, -0.5]) {
    assert.strictEqual(hs.fromCode(code), null, String(code));
    if (code !== 306) assert.deepStrictEqual(hs.unofficial(code), [], String(code));
  }
  assert.strictEqual(hs.unofficial(306)[0].registry, 'unofficial');
  assert.strictEqual(hs.classOf(499), 'client_error');
  for (const code of [99, 600, -1, 404.5, NaN, 1e300]) assert.strictEqual(hs.classOf(code), null, String(code));
});

test('text the C lookups reject gives null', () => {
  for (const name of ['find', 'unofficialFind', 'fromName', 'fromPhrase']) {
    for (const text of ['', 'not found\u00e9', 'n\u00f6t found', '\ud800', '404\0', '\0', 'x'.repeat(100000)]) {
      assert.strictEqual(hs[name](text), null, name + ' ' + JSON.stringify(text.slice(0, 20)));
    }
  }
  assert.strictEqual(hs.suggest(''), null);
  assert.strictEqual(hs.suggest('x'.repeat(100000)), null);
  assert.strictEqual(hs.find(new Uint8Array([0x34, 0x30, 0x34, 0x80])), null);
});

test('text is its UTF-8 bytes, of any length', () => {
  assert.strictEqual(hs.find('im a teapot').phrase, "I'm a teapot".length ? hs.fromCode(418).phrase : '');
  assert.strictEqual(hs.find(new TextEncoder().encode(' HTTP/1.1 404 Not Found\r\n')).code, 404);
  assert.strictEqual(hs.fromName(new TextEncoder().encode('NOT_FOUND')).code, 404);
  assert.strictEqual(hs.fromName(new Uint8Array([0x4e, 0xff])), null);
  for (const name of ['fromName', 'fromPhrase', 'find', 'suggest', 'unofficialFind']) {
    assert.strictEqual(hs[name](new Uint8Array(1 << 22).fill(0x41)), null, name + ' of 4 MiB of bytes');
  }
  // Memory grows for long input, and lookups after it still answer.
  const padded = ' '.repeat(3 << 20) + 'not' + '_'.repeat(1 << 20) + 'found' + '\t'.repeat(1 << 20);
  assert.strictEqual(hs.find(padded).code, 404);
  assert.strictEqual(hs.unofficialFind(' '.repeat(1 << 20) + '499').code, 499);
  assert.strictEqual(hs.find('404').code, 404);
  // Non-ASCII goes to suggest as UTF-8: one é is two bytes, one edit more.
  assert.strictEqual(hs.suggest('Internal Sever Errör').code, 500);
  assert.strictEqual(hs.suggest('\ud800\udfff'), null);
});

test('old NAMEs and phrases find their entries', () => {
  assert.strictEqual(hs.fromPhrase('Payload Too Large').code, 413);
  assert.strictEqual(hs.fromPhrase('Request Entity Too Large').code, 413);
  assert.strictEqual(hs.fromName('REQUEST_ENTITY_TOO_LARGE').code, 413);
  assert.strictEqual(hs.fromPhrase('not found'), null);
  assert.strictEqual(hs.fromName('constructor'), null);
  assert.strictEqual(hs.fromName('__proto__'), null);
});
