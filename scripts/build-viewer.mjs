#!/usr/bin/env node
// Bundles the HTML report's browser code (src/report/viewer/main.ts, with sigma and graphology) into
// ONE script file, dist/report/viewer-bundle.js, that src/report/html.ts reads as text and inlines.
// Deterministic (no timestamps, no source maps); written atomically (temp file + rename).
import { build } from 'esbuild';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'report', 'viewer-bundle.js');
const result = await build({
  entryPoints: [join(root, 'src', 'report', 'viewer', 'main.ts')],
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2020'],
  minify: true,
  legalComments: 'none',
  charset: 'ascii',
  write: false,
  logLevel: 'warning',
});
let code = result.outputFiles[0].text;
// The bundle is inlined in a <script> element: no "</script" or "<!--" may appear in it.
code = code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
mkdirSync(dirname(out), { recursive: true });
const tmp = `${out}.${process.pid}.tmp`;
writeFileSync(tmp, code);
renameSync(tmp, out);
console.log(`viewer bundle: ${out} (${code.length} bytes)`);
