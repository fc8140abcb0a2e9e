// The release archive (scripts/release.sh) as a portal's staff get it: its
// name carries the app version and the data edition; it holds the built
// site with its copies, the configs, DEPLOY.md and check-deploy.sh; its
// checksums verify; the same build gives the same bytes; and DEPLOY.md's
// nginx path, followed with the archive's own files, passes check-deploy.sh.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST } from './server.mjs';
import { startNginx } from './nginx.mjs';

const run = promisify(execFile);
const ROOT = new URL('../../', import.meta.url).pathname;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tz-release-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

const version = fs.readFileSync(path.join(ROOT, 'Cargo.toml'), 'utf8').match(/^version = "([^"]+)"/m)[1];
const edition = fs.readFileSync(path.join(ROOT, 'seeds/editions.csv'), 'utf8').trim().split(/\r?\n/).at(-1).split(',')[0];
const NAME = `taizhou-plan-${version}-edition-${edition}`;

/** Every file under `dir`, as paths relative to it. */
function files(dir) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name))).sort();
}

let top;
before(async () => {
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1764547200' };
  for (const out of ['a', 'b']) {
    await run('scripts/release.sh', ['--dist', DIST, '--out', path.join(tmp, out)], { cwd: ROOT, env });
  }
  await run('python3', ['-m', 'zipfile', '-e', path.join(tmp, 'a', `${NAME}.zip`), path.join(tmp, 'x')]);
  top = path.join(tmp, 'x', NAME);
});

test('the archive is named by the app version and the data edition, and the same build gives the same bytes', () => {
  assert.match(NAME, /^taizhou-plan-\d+\.\d+\.\d+-edition-\d+$/);
  const a = fs.readFileSync(path.join(tmp, 'a', `${NAME}.zip`));
  assert.ok(a.equals(fs.readFileSync(path.join(tmp, 'b', `${NAME}.zip`))), 'two runs, one archive');
  assert.deepEqual(fs.readdirSync(path.join(tmp, 'x')), [NAME], 'one folder at the top');
});

test('it holds the whole site with its copies, the configs, DEPLOY.md and check-deploy.sh', async () => {
  assert.deepEqual(files(path.join(top, 'dist')), files(DIST));
  assert.ok(files(DIST).some((f) => f.endsWith('.wasm.br')) && files(DIST).some((f) => f.endsWith('.wasm.gz')));
  for (const f of ['deploy/nginx/server.conf', 'deploy/nginx/taizhou-plan.conf', 'deploy/apache/.htaccess', 'deploy/iis/web.config']) {
    assert.ok(fs.readFileSync(path.join(top, f)).equals(fs.readFileSync(path.join(ROOT, f))), f);
  }
  assert.equal(fs.readFileSync(path.join(top, 'DEPLOY.md'), 'utf8'), fs.readFileSync(path.join(ROOT, 'deploy/DEPLOY.md'), 'utf8'));
  const deploy = fs.readFileSync(path.join(top, 'DEPLOY.md'), 'utf8');
  assert.match(deploy, /^# 部署说明/);
  assert.match(deploy, /^# DEPLOY\.md/m);
  // Executable for unzip (python's extractor, used here, does not restore modes).
  const { stdout } = await run('python3', ['-c', `import zipfile,sys
print(oct(zipfile.ZipFile(sys.argv[1]).getinfo(sys.argv[2]).external_attr >> 16))`, path.join(tmp, 'a', `${NAME}.zip`), `${NAME}/check-deploy.sh`]);
  assert.equal(stdout.trim(), '0o755', 'check-deploy.sh is executable');
});

test('its checksums verify (sha256sum -c), and the archive\'s own', async () => {
  const { stdout } = await run('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: top, maxBuffer: 16 << 20 });
  assert.equal(stdout.trim().split('\n').length, files(top).length - 1, 'every file but SHA256SUMS is listed');
  await run('sha256sum', ['-c', `${NAME}.zip.sha256`], { cwd: path.join(tmp, 'a') });
  // A changed file is caught.
  fs.appendFileSync(path.join(top, 'dist', 'data', 'figures.csv'), 'x');
  await assert.rejects(run('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: top }), (e) => /figures\.csv: FAILED/.test(e.stdout));
  fs.truncateSync(path.join(top, 'dist', 'data', 'figures.csv'), fs.statSync(path.join(DIST, 'data', 'figures.csv')).size);
});

test('DEPLOY.md\'s nginx path with the archive\'s own files passes the archive\'s check-deploy.sh', async () => {
  const nginx = await startNginx({ dir: path.join(top, 'dist'), deploy: path.join(top, 'deploy') });
  try {
    const { stdout } = await run('bash', [path.join(top, 'check-deploy.sh'), nginx.url]);
    assert.doesNotMatch(stdout, /FAIL/);
    assert.match(stdout, /部署正确/);
  } finally {
    await nginx.close();
  }
});
