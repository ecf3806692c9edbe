/**
 * Reading a workbook against reading the same CSV files (issue 16: within 3× the CSV time and 2 GiB):
 *
 *   npm run build && node bench/sheets.mjs [--size S|M|L] [--dir DIR]
 *
 * Generates the cluster family at the size (bench/generate.mjs, seed 1) unless DIR holds it, writes
 * DIR/cluster.xlsx (sheets Members and Ties, numbers as numbers, shared strings, as Excel writes them),
 * then reads both with readCluster in fresh processes, CSV and workbook alternately, twice each, and
 * prints the best wall time and peak RSS of each and their ratio.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const value = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const size = value('size', 'L');
const dir = value('dir', mkdtempSync(join(tmpdir(), `cg-sheets-${size}-`)));

if (process.argv[2] === '--read') {
  const { readCluster } = await import(join(ROOT, 'dist', 'index.js'));
  const t0 = performance.now();
  const data = await readCluster(process.argv[3] === 'csv' ? { members: join(process.argv[4], 'members.csv'), ties: join(process.argv[4], 'ties.csv') } : { members: join(process.argv[4], 'cluster.xlsx') });
  process.stdout.write(JSON.stringify({ ms: performance.now() - t0, members: data.members.ids.length, ties: data.ties.count }));
  process.exit(0);
}

if (!existsSync(join(dir, 'members.csv'))) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '--family', 'cluster', '--size', size, '--seed', '1', '--out', dir], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(1);
}
if (!existsSync(join(dir, 'cluster.xlsx'))) {
  const { loadSheetJs } = await import(join(ROOT, 'dist', 'io', 'sheets', 'library.js'));
  const X = await loadSheetJs();
  const table = (f) => readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l !== '').map((l, i) => l.split(',').map((v) => (i > 0 && /^\d+(\.\d+)?$/.test(v) ? Number(v) : v)));
  const wb = X.utils.book_new();
  X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet(table('members.csv'), { dense: true }), 'Members');
  X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet(table('ties.csv'), { dense: true }), 'Ties');
  writeFileSync(join(dir, 'cluster.xlsx'), X.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: true }));
}

const best = { csv: null, xlsx: null };
for (let round = 0; round < 2; round++) {
  for (const kind of ['csv', 'xlsx']) {
    const r = spawnSync('/usr/bin/time', ['-f', 'MAXRSS_KB=%M', process.execPath, fileURLToPath(import.meta.url), '--read', kind, dir], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    const res = JSON.parse(r.stdout);
    res.rssMiB = Number(/MAXRSS_KB=(\d+)/.exec(r.stderr)[1]) / 1024;
    if (best[kind] === null || res.ms < best[kind].ms) best[kind] = res;
  }
}
const line = { date: new Date().toISOString(), size, members: best.csv.members, ties: best.csv.ties, csvMs: Math.round(best.csv.ms), xlsxMs: Math.round(best.xlsx.ms), ratio: +(best.xlsx.ms / best.csv.ms).toFixed(2), csvPeakRssMiB: Math.round(best.csv.rssMiB), xlsxPeakRssMiB: Math.round(best.xlsx.rssMiB) };
process.stdout.write(JSON.stringify(line) + '\n');
