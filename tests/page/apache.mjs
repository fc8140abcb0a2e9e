// A real Apache 2.4 (Debian's apache2-bin) serving dist/ at a sub-path with
// the shipped deploy/apache/.htaccess, on loopback, for the deployment tests.
// The folder is reached through an Alias (the harder case for its rewrite
// rules) and the server knows no types of its own: the file must carry them.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, freePort, runServer } from './server.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
export const APACHE = process.env.APACHE || '/usr/sbin/apache2';
const MODULES = '/usr/lib/apache2/modules';
export const APACHE_BASE = '/tzjj/plan-2025/';


/** A copy of dist/ with the shipped .htaccess in it, as the release has it. */
function site(prefix) {
  const dir = path.join(prefix, 'site');
  fs.cpSync(DIST, dir, { recursive: true });
  fs.copyFileSync(path.join(ROOT, 'deploy/apache/.htaccess'), path.join(dir, '.htaccess'));
  return dir;
}

function config(prefix, port, dir) {
  const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'alias', 'rewrite', 'headers', 'env', 'deflate', 'filter']
    .map((m) => `LoadModule ${m}_module ${MODULES}/mod_${m}.so`).join('\n');
  const root = process.getuid?.() === 0;
  return `${modules}
ServerName localhost
Listen 127.0.0.1:${port}
PidFile ${prefix}/httpd.pid
ErrorLog ${prefix}/error.log
Mutex file:${prefix}
DefaultRuntimeDir ${prefix}
TypesConfig /dev/null
${root ? 'User www-data\nGroup www-data' : ''}
DocumentRoot ${prefix}/empty
# A portal that compresses everything itself: the copies must not be compressed again.
AddOutputFilterByType DEFLATE text/html text/css text/javascript application/wasm text/csv
Alias ${APACHE_BASE} ${dir}/
<Directory ${dir}>
    AllowOverride FileInfo Indexes
    Require all granted
</Directory>
`;
}

/** `apache2 -t` on the config with the shipped .htaccess's lines in its <Directory>: throws with Apache's message. */
export function apacheSyntax() {
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'tz-apache-t-'));
  try {
    const conf = config(prefix, 8, DIST).replace('AllowOverride FileInfo Indexes',
      `AllowOverride None\n${fs.readFileSync(path.join(ROOT, 'deploy/apache/.htaccess'), 'utf8')}`);
    fs.mkdirSync(path.join(prefix, 'empty'));
    fs.writeFileSync(path.join(prefix, 'httpd.conf'), conf);
    const run = spawnSync(APACHE, ['-t', '-f', path.join(prefix, 'httpd.conf')], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`apache2 -t: ${run.stderr}${run.stdout}`);
    return run.stderr + run.stdout;
  } finally {
    fs.rmSync(prefix, { recursive: true, force: true });
  }
}

/** Starts Apache in the foreground; resolves to { origin, url, close } once it answers. */
export async function startApache() {
  if (!fs.existsSync(APACHE)) throw new Error(`${APACHE} is missing: scripts/setup.sh installs apache2-bin`);
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'tz-apache-'));
  fs.chmodSync(prefix, 0o755);
  fs.mkdirSync(path.join(prefix, 'empty'));
  const port = await freePort();
  fs.writeFileSync(path.join(prefix, 'httpd.conf'), config(prefix, port, site(prefix)));
  const origin = `http://127.0.0.1:${port}`;
  const { close } = await runServer('apache', APACHE, ['-f', path.join(prefix, 'httpd.conf'), '-DFOREGROUND'], { prefix, url: origin + APACHE_BASE });
  return { origin, url: origin + APACHE_BASE, close };
}
