// Runs index.html in headless Chromium and fails unless the page says PASS.
// usage: node run.mjs CHROMIUM PACKAGE_DIR SPEC_DIR
// Serves, on a loopback port, this folder as /browser/, the staged package
// as /package/ and the spec tables as /spec/; Chromium runs from a fresh
// profile with everything that would reach the network turned off. The
// page posts its verdict to /result: the run waits for that post, however
// slow a loaded machine makes the page, up to two minutes.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const [chromium, packageDir, specDir] = process.argv.slice(2);
const roots = { browser: fileURLToPath(new URL('.', import.meta.url)), package: packageDir, spec: specDir };
const types = { '.html': 'text/html', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.md': 'text/plain' };

let reportVerdict;
const posted = new Promise((resolve) => { reportVerdict = resolve; });
const server = createServer((request, response) => {
  if (request.method === 'POST' && request.url === '/result') {
    let body = '';
    request.on('data', (d) => { body += d; });
    request.on('end', () => { response.end(); reportVerdict(body); });
    return;
  }
  const [, root, ...rest] = new URL(request.url, 'http://localhost').pathname.split('/');
  const file = normalize(rest.join('/'));
  try {
    if (!roots[root] || file.startsWith('..')) throw new Error('outside');
    const body = readFileSync(join(roots[root], file));
    response.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/browser/index.html`;

const profile = mkdtempSync(join(tmpdir(), 'httpstatus-chromium-'));
const child = spawn(chromium, [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
  `--user-data-dir=${profile}`, url,
], { stdio: ['ignore', 'ignore', 'pipe'] });
let log = '';
child.stderr.on('data', (d) => { log += d; });
const exited = new Promise((resolve) => child.on('close', (status) => resolve(`chromium exited with ${status}`)));
let timer;
const timedOut = new Promise((resolve) => { timer = setTimeout(() => resolve('no verdict within 120 s'), 120000); });
const verdict = await Promise.race([posted, exited, timedOut]);
clearTimeout(timer);
child.kill();
await exited;
server.close();
rmSync(profile, { recursive: true, force: true });

if (!verdict.startsWith('PASS')) {
  console.error(`the page says:\n${verdict}\n${log.slice(-3000)}`);
  process.exit(1);
}
console.log(verdict);
