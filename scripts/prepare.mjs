#!/usr/bin/env node
// `prepare`: builds dist/ (TypeScript → JavaScript, then the HTML viewer bundle).
//
// npm runs `prepare` after `npm ci` / `npm install` in a clone (dev dependencies present) and also
// when someone installs this folder into another project (`npm install ../cluster-graph`): then npm
// links the folder without installing anything in it, so the build tools are missing. In that case
// this script first installs the folder's own dependencies (with --ignore-scripts, so it does not
// run itself again) — a linked folder needs its runtime dependencies in its own node_modules anyway.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

if (!existsSync(join(root, 'node_modules', 'typescript', 'package.json'))) {
  console.log('cluster-graph: installing the build tools into this folder (npm install --ignore-scripts)');
  run(npm, ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--include=dev']);
}
run(npm, ['run', 'build']);
