// 100,000 random texts and codes through the package and through the C
// library (c_dump answers): every answer the same. The texts are keys of
// the library (NAMEs, phrases, codes, status lines) with random edits, and
// random bytes. HTTPSTATUS_SEED picks the sequence; the seed is printed.
'use strict';
const test = require('node:test');
const assert = require('node:assert');
const { hs, cDump, answerCode, answerText } = require('./support.js');

const COUNT = 100000;
const seed = process.env.HTTPSTATUS_SEED ? Number(process.env.HTTPSTATUS_SEED) >>> 0 : (Date.now() ^ (Math.random() * 2 ** 32)) >>> 0;

// mulberry32: small, seedable, good enough to pick test input.
function random32(state) {
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function generate(random) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const all = hs.entries().concat(hs.unofficialEntries());
  const keys = all.flatMap((e) => [e.name, e.phrase, String(e.code), 'HTTP/1.1 ' + e.code + ' ' + e.phrase, e.code + ' ' + e.name]);
  const bytesOf = (s) => Array.from(new TextEncoder().encode(s));
  const noise = [0, 9, 10, 32, 39, 45, 95, 47, 46, 48, 52, 65, 97, 122, 127, 0x80, 0xc3, 0xa9, 0xff];
  const queries = [];
  for (let i = 0; i < COUNT; i++) {
    if (random() < 0.2) {
      const code = random() < 0.9 ? Math.floor(random() * 1200) - 100 : Math.floor(random() * 2e6) - 1e6;
      queries.push({ code });
      continue;
    }
    let bytes = random() < 0.1
      ? Array.from({ length: Math.floor(random() * 80) }, () => Math.floor(random() * 256))
      : bytesOf(pick(keys));
    for (let edits = Math.floor(random() * 4); edits > 0; edits--) {
      const at = Math.floor(random() * (bytes.length + 1));
      const kind = random();
      if (kind < 0.25) bytes.splice(at, 1);
      else if (kind < 0.5) bytes.splice(at, 0, pick(noise));
      else if (kind < 0.75) bytes[at] = bytes[at] ^ 0x20;
      else bytes.splice(at, 1, pick(noise));
      bytes = bytes.filter((b) => b !== undefined).map((b) => b & 0xff);
    }
    queries.push({ bytes: Uint8Array.from(bytes) });
  }
  return queries;
}

test(`${COUNT} random texts and codes answer as in C (HTTPSTATUS_SEED=${seed})`, () => {
  console.log(`# HTTPSTATUS_SEED=${seed}`);
  const queries = generate(random32(seed));
  const input = queries.map((q) => (q.bytes ? 't ' + Buffer.from(q.bytes).toString('hex') : 'c ' + q.code)).join('\n') + '\n';
  const c = cDump('answers', input);
  assert.strictEqual(c.length, queries.length);
  let found = 0;
  queries.forEach((q, i) => {
    const js = q.bytes ? answerText(q.bytes) : answerCode(q.code);
    if (js !== c[i]) {
      assert.fail(`query ${i} (${q.bytes ? 'bytes ' + Buffer.from(q.bytes).toString('hex') : 'code ' + q.code}): ` +
                  `JavaScript says ${js}, C says ${c[i]} (HTTPSTATUS_SEED=${seed})`);
    }
    if (!/^-1 -1 -1 -1 -1$|^-1 - -1$/.test(js)) found++;
  });
  // The mix must reach the lookups, not only miss.
  assert.ok(found > COUNT / 3, `only ${found} queries found something`);
});
