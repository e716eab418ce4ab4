// The package in worker threads: each loads its own instance of the module
// and answers as the main thread does, all at once.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const path = require('node:path');
const { Worker } = require('node:worker_threads');
const { hs, packageDir } = require('./support.js');

const TEXTS = ['404', 'not found', 'HTTP/1.1 503', 'im a teapot', 'not fund', 'teapot', '499', 'client closed request', 'nonsense'];
const answers = (lib) => TEXTS.map((t) => [lib.find(t), lib.suggest(t), lib.unofficialFind(t)].map((e) => (e ? e.code : null)));

test('eight workers at once answer as the main thread', async () => {
  const expected = answers(hs);
  const source = `
    const { parentPort, workerData } = require('node:worker_threads');
    const lib = require(workerData.index);
    const texts = ${JSON.stringify(TEXTS)};
    let last;
    for (let round = 0; round < 2000; round++) {
      last = texts.map((t) => [lib.find(t), lib.suggest(t), lib.unofficialFind(t)].map((e) => (e ? e.code : null)));
    }
    parentPort.postMessage(last);`;
  const results = await Promise.all(Array.from({ length: 8 }, () => new Promise((resolve, reject) => {
    const worker = new Worker(source, { eval: true, workerData: { index: path.join(packageDir, 'index.js') } });
    worker.once('message', resolve);
    worker.once('error', reject);
  })));
  for (const result of results) assert.deepStrictEqual(result, expected);
  assert.deepStrictEqual(expected[0], [404, 404, null]);
});
