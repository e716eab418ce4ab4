// The drop-in against the real statuses (STATUSES_MODULE, from npm): the
// same tables and sets, and the same answer or the same error for every
// code from -10 to 1100 and every text below. The one difference allowed is
// the documented extension: a message statuses rejects, which hs.find
// finds, answers with the code found.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');

const statuses = require(process.env.STATUSES_MODULE);
const packageDir = process.env.HTTPSTATUS_JS_PACKAGE;
const dropIn = require(path.join(packageDir, 'statuses.js'));
const hs = require(path.join(packageDir, 'index.js'));

function outcome(fn, arg) {
  try {
    return { value: fn(arg) };
  } catch (error) {
    return { error: error.constructor.name + ': ' + error.message };
  }
}

test('the same tables and sets', () => {
  for (const key of ['message', 'code', 'codes', 'redirect', 'empty', 'retry']) {
    assert.deepStrictEqual(dropIn[key], statuses[key], key);
  }
});

test('the same answer or error for every code and every known text', () => {
  const args = [undefined, null, true, {}, [], [404], 404n, NaN, Infinity, -0, 404.5, 1e21, '', ' ', '404 ', ' 404', '404abc',
    '4o4', '0x194', '-404', '1e3', 'constructor', '__proto__', 'hasOwnProperty', 'toString', 'too many bugs', 'Ok', 'oK'];
  for (let code = -10; code <= 1100; code++) args.push(code, String(code));
  for (const [code, message] of Object.entries(statuses.message)) {
    args.push(message, message.toLowerCase(), message.toUpperCase(), Number(code));
  }
  let compared = 0;
  for (const arg of args) {
    const want = outcome(statuses, arg);
    const got = outcome(dropIn, arg);
    compared++;
    if (want.error && /invalid status message/.test(want.error) && got.value !== undefined) {
      assert.strictEqual(got.value, hs.find(arg).code, 'an extension must be what find finds: ' + String(arg));
      continue;
    }
    assert.deepStrictEqual(got, want, String(arg));
  }
  assert.ok(compared > 2000);
});

test('the extension: texts statuses rejects that the library finds', () => {
  const cases = { 'HTTP/1.1 404 Not Found': 404, NOT_FOUND: 404, 'Request Entity Too Large': 413,
    'Content Too Large': 413, 'unprocessable content': 422, notfound: 404, 'im a teapot': 418 };
  for (const [text, code] of Object.entries(cases)) {
    assert.throws(() => statuses(text), /invalid status message/, text);
    assert.strictEqual(dropIn(text), code, text);
  }
  // Found by the library, but a code statuses does not list: still an error.
  assert.throws(() => dropIn('Switch Proxy'), /invalid status message/);
});

test('the ES module drop-in is the same', async () => {
  const esm = (await import(path.join(packageDir, 'statuses.mjs'))).default;
  for (const key of ['message', 'code', 'codes', 'redirect', 'empty', 'retry']) {
    assert.deepStrictEqual(esm[key], dropIn[key], key);
  }
  assert.strictEqual(esm('not found'), 404);
});
