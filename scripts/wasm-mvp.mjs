// Does a WebAssembly module use the two post-MVP proposals that Chromium
// 80–95 cannot compile? Reference types (externref, funcref values: Chromium
// 96) and multi-value (a function with more than one result: Chromium 85).
// Reads the module's declarations (types, imports, tables, globals), where
// both show in what wasm-bindgen and LLVM emit; the old kernels' page tests
// are the proof that the module runs there.
//
//   node scripts/wasm-mvp.mjs FILE.wasm     prints what it found; exit 1 if any

import fs from 'node:fs';

const REF_TYPES = new Map([[0x6f, 'externref'], [0x70, 'funcref']]);

/** Names what in `bytes` (a .wasm) needs a post-MVP proposal; [] if nothing. */
export function postMvp(bytes) {
  let at = 8;
  const found = [];
  const u32 = () => {
    let result = 0, shift = 0, b;
    do { b = bytes[at++]; result |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    return result >>> 0;
  };
  const valtype = (where) => {
    const t = bytes[at++];
    if (REF_TYPES.has(t)) found.push(`${REF_TYPES.get(t)} in ${where}`);
    return t;
  };
  const limits = () => { const flag = bytes[at++]; u32(); if (flag & 1) u32(); };
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a WebAssembly module');
  while (at < bytes.length) {
    const id = bytes[at++];
    const size = u32();
    const end = at + size;
    if (id === 1) {
      for (let n = u32(), i = 0; i < n; i++) {
        if (bytes[at++] !== 0x60) throw new Error('unknown type form');
        for (let p = u32(); p > 0; p--) valtype(`type ${i}'s parameters`);
        const results = u32();
        if (results > 1) found.push(`type ${i} has ${results} results (multi-value)`);
        for (let r = results; r > 0; r--) valtype(`type ${i}'s results`);
      }
    } else if (id === 2) {
      for (let n = u32(); n > 0; n--) {
        at += u32(); at += u32();
        const kind = bytes[at++];
        if (kind === 0) u32();
        else if (kind === 1) { if (bytes[at++] === 0x6f) found.push('an imported externref table'); limits(); }
        else if (kind === 2) limits();
        else if (kind === 3) { valtype('an imported global'); at++; }
      }
    } else if (id === 4) {
      const tables = u32();
      // More than one table needs reference types too.
      if (tables > 1) found.push(`${tables} tables`);
      for (let n = tables; n > 0; n--) {
        if (bytes[at++] === 0x6f) found.push('an externref table');
        limits();
      }
    }
    at = end;
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = postMvp(fs.readFileSync(process.argv[2]));
  for (const f of found) console.log(f);
  process.exit(found.length ? 1 : 0);
}
