// The build's precompressed copies (scripts/postbuild.mjs, step 6): every
// file a server would compress has a .gz and a .br beside it, each the same
// bytes once decompressed, and smaller; a server that sends them (the test
// server, as nginx's gzip_static / brotli_static) gives the WebAssembly as
// br or gzip by what the browser accepts, and the page runs on them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST } from './server.mjs';
import { setup, open, env } from './helpers.mjs';

setup();

const COMPRESSIBLE = /\.(html|js|css|wasm|csv|svg|json|txt|bin)$/;

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : [p];
  });
}

test('every compressible file of the site has a .gz and a .br of the same bytes, smaller than it', () => {
  const all = files(DIST);
  const compressible = all.filter((f) => COMPRESSIBLE.test(f));
  assert.ok(compressible.some((f) => f.endsWith('.wasm')) && compressible.some((f) => f.endsWith('.csv')) && compressible.some((f) => f.endsWith('.svg')));
  const wrong = [];
  for (const file of compressible) {
    const body = fs.readFileSync(file);
    for (const [ext, decode] of [['.gz', zlib.gunzipSync], ['.br', zlib.brotliDecompressSync]]) {
      if (!fs.existsSync(file + ext)) { wrong.push(`${path.relative(DIST, file)}${ext} is missing`); continue; }
      const packed = fs.readFileSync(file + ext);
      if (!decode(packed).equals(body)) wrong.push(`${path.relative(DIST, file)}${ext} is not the same bytes`);
      if (body.length > 1000 && packed.length >= body.length) wrong.push(`${path.relative(DIST, file)}${ext} is not smaller`);
    }
  }
  assert.deepEqual(wrong, []);
  // Brotli is the smaller where it matters most.
  const wasm = compressible.filter((f) => f.endsWith('.wasm'));
  for (const w of wasm) assert.ok(fs.statSync(w + '.br').size < fs.statSync(w + '.gz').size, `${w}: br smaller than gzip`);
});

/** GET `url` with this Accept-Encoding: status, headers, body length. */
function get(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

test('the WebAssembly is sent as br or gzip by what the browser accepts, and the page runs on it', async () => {
  const wasm = fs.readdirSync(DIST).find((f) => f.endsWith('_bg.wasm'));
  const url = env.server.url + wasm;
  const br = await get(url, 'gzip, deflate, br');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'application/wasm');
  assert.ok(zlib.brotliDecompressSync(br.body).equals(fs.readFileSync(path.join(DIST, wasm))));
  const gz = await get(url, 'gzip, deflate');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.ok(zlib.gunzipSync(gz.body).equals(fs.readFileSync(path.join(DIST, wasm))));
  const { page, context, problems } = await open('?indicator=market_leading_products');
  await page.waitForFunction(() => document.querySelector('.chart-full canvas')?.width > 0, null, { timeout: 15000 });
  assert.deepEqual(problems, []);
  await context.close();
});
