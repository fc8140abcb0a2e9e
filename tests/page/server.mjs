// A static file server for dist/, mounted under a sub-path, for the page tests
// and the benchmark. Loopback only. It sends the build's precompressed
// copies (.br, then .gz, as nginx's brotli_static and gzip_static do) and
// otherwise compresses (gzip) as the portals' web servers do, so
// Lighthouse's simulated network sees the bytes a visitor downloads.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import net from 'node:net';
import { spawn } from 'node:child_process';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.csv': 'text/csv; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml', '.json': 'application/json',
};

// What a web server's gzip module compresses (not PNGs, already compressed).
const COMPRESSED = new Set(['.html', '.js', '.wasm', '.css', '.csv', '.txt', '.svg', '.json', '.bin']);

/** gzip bodies by file and modification time: compressed once per build. */
const gzipped = new Map();
function gzip(file, body) {
  const key = `${file}:${fs.statSync(file).mtimeMs}`;
  if (!gzipped.has(key)) gzipped.set(key, zlib.gzipSync(body, { level: 9 }));
  return gzipped.get(key);
}

// TZ_DIST: another build's dist/, to bench two builds in one sitting.
export const DIST = path.resolve(process.env.TZ_DIST || new URL('../../dist', import.meta.url).pathname);
export const BASE = '/zwgk/sjfb/zzy/';

/** The policy a strict portal sends; the page must run under it. */
export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
  + "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors *";

/**
 * Serves `dir` (DIST unless told) under BASE on 127.0.0.1; resolves to
 * { origin, url, close }. `headers` are added to every response (e.g. a
 * Content-Security-Policy).
 */
export function serve(headers = {}, dir = DIST) {
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://x');
    if (!pathname.startsWith(BASE)) { res.writeHead(404); return res.end('not under the sub-path'); }
    let rel = decodeURIComponent(pathname.slice(BASE.length)) || 'index.html';
    const file = path.join(dir, rel);
    if (!file.startsWith(dir)) { res.writeHead(403); return res.end(); }
    fs.readFile(file, (err, body) => {
      if (err) { res.writeHead(404); return res.end('not found'); }
      const type = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', vary: 'accept-encoding' };
      const accepts = req.headers['accept-encoding'] || '';
      for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (COMPRESSED.has(path.extname(file)) && new RegExp(`\\b${encoding}\\b`).test(accepts) && fs.existsSync(file + ext)) {
          res.writeHead(200, { ...type, 'content-encoding': encoding, ...headers });
          return res.end(fs.readFileSync(file + ext));
        }
      }
      if (COMPRESSED.has(path.extname(file)) && /\bgzip\b/.test(accepts)) {
        res.writeHead(200, { ...type, 'content-encoding': 'gzip', ...headers });
        return res.end(gzip(file, body));
      }
      res.writeHead(200, { ...type, ...headers });
      res.end(body);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const origin = `http://127.0.0.1:${server.address().port}`;
    resolve({ origin, url: origin + BASE, close: () => new Promise((r) => server.close(r)) });
  }));
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function chromiumPath() {
  return process.env.CHROMIUM || '/usr/bin/chromium';
}

/** A port free on loopback now, for a server started by another program (nginx, Apache). */
export const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

/**
 * Runs a web server program (nginx, Apache) in the foreground, its files in
 * `prefix`, until `url` answers; resolves to { close }, which stops it with
 * `signal` and removes `prefix`. One that exits (a config error) fails at
 * once with what it said and its error.log.
 */
export async function runServer(name, command, args, { prefix, url, signal = 'SIGTERM' }) {
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const log = path.join(prefix, 'error.log');
  const said = () => stderr + (fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '');
  const deadline = Date.now() + 10000;
  for (;;) {
    const code = await Promise.race([exited, new Promise((r) => setTimeout(r, 50, 'running'))]);
    if (code !== 'running') throw new Error(`${name} exited (${code}): ${said()}`);
    if (await fetch(url, { method: 'HEAD' }).then((r) => r.ok, () => false)) break;
    if (Date.now() > deadline) { child.kill(); throw new Error(`${name} did not answer ${url} in 10 s: ${said()}`); }
  }
  return { close: async () => { child.kill(signal); await exited; fs.rmSync(prefix, { recursive: true, force: true }); } };
}
