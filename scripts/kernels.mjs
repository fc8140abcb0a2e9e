// Old headless Chromium kernels for the page tests in the browsers of
// government desks (README, "Browsers"): the builds that the npm package
// chrome-aws-lambda shipped, one Chromium major per package version.
//
//   node scripts/kernels.mjs            fetch and unpack every kernel missing
//   node scripts/kernels.mjs --list     print "major<TAB>path" per kernel
//
// Each is fetched with `npm pack` (the npm registry, the one place this
// machine and CI reach), checked against the integrity recorded below,
// decompressed with Node's brotli and unpacked under
// ~/.cache/taizhou-plan/kernels/chromium-<major>/, where later runs find it
// and skip the download (about 50 MB each).
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';

// Chromium major → the package version that carries it, and its integrity
// as the registry gives it (npm view chrome-aws-lambda@V dist.integrity).
export const KERNELS = [
  { major: 78, version: '1.20.4', integrity: 'sha512-+zuq/BO9TpAvlXIpyGto6YytnEe0NBpZS5HVGnaMqRhL0cagDEhrzAYqaQfK4HZnafA7HW1wkFacl7CAI990LQ==' },
  { major: 80, version: '2.1.1', integrity: 'sha512-Wer2QuygxsCov5bM2+8CLa6qYpNsc5AxYTlgTne00aFoxFP491LGJRxOQtGnYtsJP6UG4pB0SfrwTyPnLys1Lw==' },
  { major: 83, version: '3.1.1', integrity: 'sha512-ikOcpFgobiiUvDXtBft+jxVz2CsauRV58owDtVyF1ocl/YN+/eqdIrrmbItm3yeJGnb9RtKxzFAqGcpBTQbTCA==' },
  { major: 88, version: '5.5.0', integrity: 'sha512-nYSDzTsVEVsvIFaUUAUN53ulXBLKSRXFS+eVYZOLZD5SA1If59rqBAiy4raMgorQwXWqjSsjK1SF4As+qzPLqA==' },
  { major: 92, version: '10.1.0', integrity: 'sha512-NZQVf+J4kqG4sVhRm3WNmOfzY0OtTSm+S8rg77pwePa9RCYHzhnzRs8YvNI6L9tALIW6RpmefWiPURt3vURXcw==' },
];

const cache = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'taizhou-plan', 'kernels');

export const kernelDir = (major) => path.join(cache, `chromium-${major}`);

// The unpacked kernel: its binary and the libraries it needs beside it.
export function kernel(major) {
  const dir = kernelDir(major);
  return {
    major,
    executablePath: path.join(dir, 'chromium'),
    env: { ...process.env, LD_LIBRARY_PATH: `${path.join(dir, 'lib', 'lib')}:${path.join(dir, 'lib')}` },
  };
}

const ready = (major) => fs.existsSync(path.join(kernelDir(major), '.complete'));

function fetchOne({ major, version, integrity }) {
  const dir = kernelDir(major);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `tz-kernel-${major}-`));
  try {
    const out = execFileSync('npm', ['pack', `chrome-aws-lambda@${version}`, '--silent', '--pack-destination', work],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim().split('\n').pop();
    const tgz = path.join(work, out);
    const [algo, want] = integrity.split('-');
    const got = crypto.createHash(algo).update(fs.readFileSync(tgz)).digest('base64');
    if (got !== want) throw new Error(`kernels: chrome-aws-lambda@${version} does not match its recorded integrity`);
    execFileSync('tar', ['-xzf', tgz, '-C', work]);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(path.join(dir, 'lib'), { recursive: true });
    const bin = path.join(work, 'package', 'bin');
    const unbrotli = (name) => zlib.brotliDecompressSync(fs.readFileSync(path.join(bin, name)));
    fs.writeFileSync(path.join(dir, 'chromium'), unbrotli('chromium.br'), { mode: 0o755 });
    for (const archive of ['aws.tar.br', 'swiftshader.tar.br']) {
      if (!fs.existsSync(path.join(bin, archive))) continue;
      const tar = path.join(work, archive.replace(/\.br$/, ''));
      fs.writeFileSync(tar, unbrotli(archive));
      execFileSync('tar', ['-xf', tar, '-C', path.join(dir, 'lib')]);
    }
    fs.writeFileSync(path.join(dir, '.complete'), `chrome-aws-lambda@${version}\n`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export function ensureKernels(say = (s) => process.stderr.write(`[kernels] ${s}\n`)) {
  for (const k of KERNELS) {
    if (ready(k.major)) continue;
    say(`fetching Chromium ${k.major} (chrome-aws-lambda@${k.version}, about 50 MB once)`);
    fetchOne(k);
  }
  return KERNELS.map((k) => kernel(k.major));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kernels = ensureKernels();
  if (process.argv.includes('--list')) {
    for (const k of kernels) console.log(`${k.major}\t${k.executablePath}`);
  }
}
