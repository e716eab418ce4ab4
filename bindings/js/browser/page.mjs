// Loads the package's ES module and its .wasm as a browser does (the
// server run.mjs starts puts the package under /package/ and the spec
// tables under /spec/), runs every table, writes the verdict into the
// page and posts it to /result, which run.mjs waits for.
import { parseSpecTable, mismatches, SPEC_TABLES } from './spec_tables.mjs';

const result = document.getElementById('result');
try {
  const hs = (await import('/package/index.mjs')).default;
  let rows = 0;
  const wrong = [];
  for (const [file, lookup] of Object.entries(SPEC_TABLES)) {
    const table = parseSpecTable(await (await fetch('/spec/' + file)).text(), file);
    rows += table.length;
    wrong.push(...mismatches(table, hs[lookup], file));
  }
  result.textContent = wrong.length === 0 && rows > 0
    ? 'PASS rows=' + rows + ' version=' + hs.version + ' ' + navigator.userAgent
    : 'FAIL rows=' + rows + '\n' + wrong.join('\n');
} catch (error) {
  result.textContent = 'FAIL ' + (error && error.stack || error);
}
await fetch('/result', { method: 'POST', body: result.textContent });
