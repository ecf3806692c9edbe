#!/usr/bin/env node
/**
 * Benchmark of the real CLI: `npm run bench [-- options]` (build first: npm run build).
 *
 *   node bench/run.mjs                      # S and M
 *   node bench/run.mjs --size L             # L only (100k members / 1M ties)
 *   node bench/run.mjs --size S,M,L --peers # also python-igraph (and networkx on S) on the same CSV
 *   options: --threads N --sample K --exact (passed to the CLI), --peers-dir DIR (default ../shared/bench)
 *
 * For each size: generates the seeded cluster once (cached in bench/data/<size>/, gitignored), runs
 * `cluster-graph analyze members.csv ties.csv --format json --out … --timings` in a fresh process,
 * measures its wall time (start of process to JSON written) and peak resident memory
 * (`/usr/bin/time -f %M` when present, else the CLI's own maxRSS), reads the per-phase timings the CLI
 * prints on stderr, prints a table and appends one JSON line per size to bench/results.jsonl.
 * With --peers the peer scripts run right after, on the same folder, and the ratio is printed:
 * only ratios measured side by side on the same machine mean anything on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = { S: [1000, 5000], M: [10000, 50000], L: [100000, 1000000] };

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const value = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const sizes = value('size', 'S,M').split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
for (const s of sizes) if (!SIZES[s]) throw new Error(`unknown size ${s}: use S, M or L`);
const peers = flag('peers');
const peersDir = resolve(ROOT, value('peers-dir', '../shared/bench'));
const cliExtra = [];
if (value('threads')) cliExtra.push('--threads', value('threads'));
if (value('sample')) cliExtra.push('--sample', value('sample'));
if (flag('exact')) cliExtra.push('--exact');

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('bench: dist/ is missing — run `npm run build` first.');
  process.exit(2);
}
const hasTime = existsSync('/usr/bin/time');

function dataset(size) {
  const dir = join(ROOT, 'bench', 'data', size);
  if (!existsSync(join(dir, 'members.csv')) || !existsSync(join(dir, 'ties.csv'))) {
    const [members, ties] = SIZES[size];
    mkdirSync(dir, { recursive: true });
    console.error(`bench: generating ${size} (${members} members, ${ties} ties) in ${dir} …`);
    const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), '--members', String(members), '--ties', String(ties), '--seed', '1', '--out', dir], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`generate failed for ${size}`);
  }
  return dir;
}

function runOurs(dir) {
  const out = join(dir, 'report.json');
  const cli = [join(ROOT, 'bin', 'cluster-graph.js'), 'analyze', join(dir, 'members.csv'), join(dir, 'ties.csv'), '--format', 'json', '--out', out, '--quiet', '--timings', ...cliExtra];
  const cmd = hasTime ? '/usr/bin/time' : process.execPath;
  const argv = hasTime ? ['-f', 'BENCH_MAXRSS_KB=%M', process.execPath, ...cli] : cli;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 << 20 });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`cluster-graph failed (${r.status}):\n${r.stderr}`);
  const line = r.stderr.split('\n').find((l) => l.startsWith('{"timings"'));
  const timings = line ? JSON.parse(line) : null;
  const rss = /BENCH_MAXRSS_KB=(\d+)/.exec(r.stderr);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return {
    wallS: round(wall, 3),
    peakRssMiB: round((rss ? Number(rss[1]) : timings?.maxRssKiB ?? NaN) / 1024, 1),
    phasesMs: timings?.timings ?? null,
    sampling: report.options.sampling ?? null,
  };
}

function runPeer(script, size, dir) {
  const path = join(peersDir, script);
  if (!existsSync(path)) return { error: `${path} not found` };
  const r = spawnSync('/usr/bin/python3', [path, size, dir], { encoding: 'utf8', env: { ...process.env, OMP_NUM_THREADS: '1' }, maxBuffer: 64 << 20 });
  if (r.status !== 0) return { error: (r.stderr || '').trim().split('\n').slice(-1)[0] || `exit ${r.status}` };
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop());
  } catch {
    return { error: 'unreadable output' };
  }
}

const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;

const rows = [];
for (const size of sizes) {
  const dir = dataset(size);
  const ours = runOurs(dir);
  const line = {
    date: new Date().toISOString(),
    size,
    members: SIZES[size][0],
    ties: SIZES[size][1],
    cores: cpus().length,
    loadavg: loadavg().map((x) => round(x, 2)),
    cli: ['analyze', '--format', 'json', ...cliExtra].join(' '),
    ...ours,
  };
  if (peers) {
    const ig = runPeer('bench_igraph.py', size, dir);
    line.igraph = ig.error ? { error: ig.error } : { wallS: ig.wall_s, timingsS: ig.timings_s, skipped: ig.skipped };
    if (!ig.error) line.ratioToIgraph = round(ours.wallS / ig.wall_s, 3);
    if (size === 'S') {
      const nx = runPeer('bench_networkx.py', size, dir);
      line.networkx = nx.error ? { error: nx.error } : { wallS: nx.wall_s, timingsS: nx.timings_s };
      if (!nx.error) line.ratioToNetworkx = round(ours.wallS / nx.wall_s, 3);
    }
  }
  appendFileSync(join(ROOT, 'bench', 'results.jsonl'), JSON.stringify(line) + '\n');
  rows.push(line);
}

// Table.
const fmt = (x, d = 2) => (x === undefined || x === null || Number.isNaN(x) ? '–' : typeof x === 'number' ? x.toFixed(d) : String(x));
console.log('\nsize  members    ties       wall s  peak MiB  igraph s  ratio  sampling');
for (const r of rows) {
  const s = r.sampling;
  const sampling = s ? (s.exact ? 'exact' : `pivots ${s.betweenness.pivots}`) : '–';
  console.log(
    `${r.size.padEnd(5)} ${String(r.members).padEnd(10)} ${String(r.ties).padEnd(10)} ${fmt(r.wallS).padStart(6)}  ${fmt(r.peakRssMiB, 0).padStart(8)}  ${fmt(r.igraph?.wallS).padStart(8)}  ${fmt(r.ratioToIgraph).padStart(5)}  ${sampling}`,
  );
}
for (const r of rows) {
  if (!r.phasesMs) continue;
  const phases = Object.entries(r.phasesMs)
    .map(([k, v]) => `${k} ${v >= 100 ? Math.round(v) : v.toFixed(1)}`)
    .join(', ');
  console.log(`\n${r.size} phases (ms): ${phases}`);
  if (r.igraph?.timingsS) console.log(`${r.size} igraph (s): ${Object.entries(r.igraph.timingsS).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (r.networkx?.wallS) console.log(`${r.size} networkx: ${r.networkx.wallS} s (ratio ${r.ratioToNetworkx})`);
}
console.log(`\nappended ${rows.length} line(s) to bench/results.jsonl; \`npm run docs\` updates docs/performance.md`);
