// Runs index.html in headless Chromium and fails unless the page says PASS.
// usage: node run.mjs CHROMIUM PACKAGE_DIR SPEC_DIR
// Serves, on a loopback port, this folder as /browser/, the staged package
// as /package/ and the spec tables as /spec/; Chromium runs from a fresh
// profile with everything that would reach the network turned off, and
// prints the page's DOM once its scripts are done.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const [chromium, packageDir, specDir] = process.argv.slice(2);
const roots = { browser: fileURLToPath(new URL('.', import.meta.url)), package: packageDir, spec: specDir };
const types = { '.html': 'text/html', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.md': 'text/plain' };

const server = createServer((request, response) => {
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
  `--user-data-dir=${profile}`, '--virtual-time-budget=60000', '--dump-dom', url,
], { stdio: ['ignore', 'pipe', 'pipe'] });
let dom = '', log = '';
child.stdout.on('data', (d) => { dom += d; });
child.stderr.on('data', (d) => { log += d; });
const timer = setTimeout(() => child.kill(), 120000);
const status = await new Promise((resolve) => child.on('close', resolve));
clearTimeout(timer);
server.close();
rmSync(profile, { recursive: true, force: true });

const verdict = (dom.match(/<pre id="result">([\s\S]*?)<\/pre>/) || [])[1];
if (status !== 0 || verdict === undefined || !verdict.startsWith('PASS')) {
  console.error(`chromium exited with ${status}; the page says:\n${verdict}\n${log.slice(-3000)}`);
  process.exit(1);
}
console.log(verdict);
