// A real nginx (Debian's package) serving dist/ with the shipped config,
// deploy/nginx/server.conf and the snippet it includes, at a sub-path of its
// own, on loopback: for the deployment's page tests and for Lighthouse
// (`tests/page/lighthouse.mjs --nginx`). Only what a machine needs to differ
// is changed: the port, the folder, the snippet's path, and, when asked,
// brotli_static removed (a server without the module).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, freePort, runServer } from './server.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
export const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
/** Another sub-path than the example's: the config must not care. */
export const NGINX_BASE = '/tzjj/plan-2025/';


/**
 * Starts nginx in the foreground on a free port; resolves to
 * { origin, url, close } once it answers. `brotli: false` serves without the
 * brotli module; `extra` is more server-level config (a portal's page, say);
 * `dir` and `deploy` another site and configs (a release archive's).
 */
export async function startNginx({ brotli = true, extra = '', dir = DIST, deploy = path.join(ROOT, 'deploy') } = {}) {
  for (const file of [NGINX, ...(brotli ? [BROTLI_MODULE] : [])]) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: scripts/setup.sh installs nginx and its brotli module`);
  }
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'tz-nginx-'));
  const port = await freePort();
  let server = fs.readFileSync(path.join(deploy, 'nginx/server.conf'), 'utf8');
  const edits = [
    ['listen 80;', `listen 127.0.0.1:${port};`],
    ['location ^~ /zwgk/sjfb/zzy/ {', `location ^~ ${NGINX_BASE} {`],
    ['alias /srv/taizhou-plan/;', `alias ${dir}/;`],
    ['include snippets/taizhou-plan.conf;', `include ${path.join(deploy, 'nginx/taizhou-plan.conf')};`],
    ...(brotli ? [] : [['brotli_static on;', '']]),
  ];
  for (const [from, to] of edits) {
    if (!server.includes(from)) throw new Error(`deploy/nginx/server.conf no longer has \`${from}\``);
    server = server.replace(from, to);
  }
  server = server.replace(/\n}\s*$/, `\n${extra}\n}\n`);
  const root = process.getuid?.() === 0;
  fs.writeFileSync(path.join(prefix, 'nginx.conf'), `
${brotli ? `load_module ${BROTLI_MODULE};` : ''}
${root ? `user ${os.userInfo().username};` : ''}
daemon off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  ${server}
}
`);
  const origin = `http://127.0.0.1:${port}`;
  const { close } = await runServer('nginx', NGINX, ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')],
    { prefix, url: origin + NGINX_BASE, signal: 'SIGQUIT' });
  return { origin, url: origin + NGINX_BASE, close };
}
