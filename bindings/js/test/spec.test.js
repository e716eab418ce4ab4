// The shared spec tables (tests/spec/find.md, suggest.md), every row, as
// bytes and, where the bytes are UTF-8, as the string they spell.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { hs, need } = require('./support.js');

const tables = import('../browser/spec_tables.mjs');
const specDir = need('HTTPSTATUS_SPEC_DIR');

test('every row of every spec table', async () => {
  const { parseSpecTable, mismatches, SPEC_TABLES } = await tables;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const [file, lookup] of Object.entries(SPEC_TABLES)) {
    const rows = parseSpecTable(fs.readFileSync(path.join(specDir, file), 'latin1'), file);
    assert.ok(rows.length > 40, file + ' has ' + rows.length + ' rows');
    assert.deepStrictEqual(mismatches(rows, hs[lookup], file), []);
    const asText = rows.flatMap((row) => {
      try { return [{ ...row, input: decoder.decode(row.input) }]; } catch { return []; }
    });
    assert.deepStrictEqual(mismatches(asText, hs[lookup], file + ' (as strings)'), []);
  }
});

test('the table reader rejects what the tables\' rules forbid', async () => {
  const { parseSpecTable } = await tables;
  assert.throws(() => parseSpecTable('| a\\q | 404 |', 't'), /bad escape/);
  assert.throws(() => parseSpecTable('| a | 4040 |', 't'), /bad answer/);
  assert.deepStrictEqual(parseSpecTable('| \\x20a\\|\\0 | none |', 't')[0].input, new Uint8Array([32, 97, 124, 0]));
});
