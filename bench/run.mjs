#!/usr/bin/env node
/**
 * Benchmark of the real CLI: `npm run bench [-- options]` (build first: npm run build).
 *
 *   node bench/run.mjs                      # family cluster, S and M
 *   node bench/run.mjs --size L             # L only (100k members / 1M ties)
 *   node bench/run.mjs --size S,M,L --peers # also python-igraph (and networkx on sparse S) on the same CSV
 *   node bench/run.mjs --family all --peers # every family at M, each beside igraph
 *   node bench/run.mjs --family ws,tree --size S,M
 *   node bench/run.mjs --size XL            # 1M members / 10M ties: never run by default
 *   options: --threads N --sample K --exact (passed to the CLI), --peers-dir DIR (default ../shared/bench)
 *
 * Families (bench/families/): cluster (default), er, ba, sbm, ws, tree, biconnected, complete, dense;
 * `all` = all of them. Sizes: S, M, L, XL; the default is S,M for `cluster` alone, else M. complete
 * and dense keep their own member count at every size.
 *
 * For each family and size: generates the seeded graph once (cached in bench/data/<family>-<size>/,
 * gitignored; regenerated when its meta.json does not match), runs
 * `cluster-graph analyze members.csv ties.csv --format json --out … --timings` in a fresh process,
 * measures its wall time (start of process to JSON written) and peak resident memory
 * (`/usr/bin/time -f %M` when present, else the CLI's own maxRSS), reads the per-phase timings the CLI
 * prints on stderr, prints a table and appends one JSON line per (family, size) to bench/results.jsonl
 * (lines without a `family` field, written before families existed, are family `cluster`).
 * With --peers the peer scripts run right after, on the same folder, and the ratio is printed:
 * only ratios measured side by side on the same machine mean anything on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { FAMILIES, FIXED_MEMBERS, SIZES } = await import('./families/index.mjs').catch((e) => {
  console.error(`bench: cannot load the generators (${e.message}) — run \`npm run build\` first.`);
  process.exit(2);
});

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`Usage: npm run bench -- [--family all|cluster,er,ba,sbm,ws,tree,biconnected,complete,dense]
                      [--size S,M,L,XL] [--peers] [--peers-dir DIR] [--threads N] [--sample K] [--exact]

  --family  graph families to run (default cluster; all = every family)
  --size    S 1k/5k, M 10k/50k, L 100k/1M, XL 1M/10M members/ties (default S,M for cluster alone,
            else M; complete and dense keep 300 and 220 members at every size)
  --peers   run python-igraph (and networkx on sparse S) on the same folder and print the ratio
  Data is cached in bench/data/<family>-<size>/; one JSON line per family and size goes to
  bench/results.jsonl. Build first: npm run build.
`);
  process.exit(0);
}
const flag = (name) => args.includes(`--${name}`);
const value = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const usage = (message) => {
  console.error(`bench: ${message}`);
  process.exit(2);
};
const list = (text) => text.split(',').map((s) => s.trim()).filter(Boolean);
const familyArg = list(value('family', 'cluster').toLowerCase());
const families = familyArg.includes('all') ? Object.keys(FAMILIES) : familyArg;
for (const f of families) if (!FAMILIES[f]) usage(`--family: unknown family "${f}"; expected all or a comma-separated list of ${Object.keys(FAMILIES).join(', ')}`);
const defaultSizes = families.length === 1 && families[0] === 'cluster' ? 'S,M' : 'M';
const sizes = list(value('size', defaultSizes).toUpperCase());
for (const s of sizes) if (!SIZES[s]) usage(`--size: unknown size "${s}"; expected a comma-separated list of ${Object.keys(SIZES).join(', ')}`);
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

function dataset(family, size) {
  const dir = join(ROOT, 'bench', 'data', `${family}-${size}`);
  const metaPath = join(dir, 'meta.json');
  const members = FIXED_MEMBERS[family] ?? SIZES[size][0];
  const ties = SIZES[size][1];
  const wanted = (meta) => meta.family === family && meta.seed === 1 && meta.requested.members === members && meta.requested.ties === ties;
  let meta = null;
  if (existsSync(join(dir, 'members.csv')) && existsSync(join(dir, 'ties.csv')) && existsSync(metaPath)) {
    meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    if (!wanted(meta)) meta = null;
  }
  if (!meta) {
    mkdirSync(dir, { recursive: true });
    console.error(`bench: generating ${family} ${size} (${members} members${FIXED_MEMBERS[family] ? '' : `, ${ties} ties`}) in ${dir} …`);
    const gen = [join(ROOT, 'bench', 'generate.mjs'), '--family', family, '--size', size, '--seed', '1', '--out', dir];
    const r = spawnSync(process.execPath, gen, { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`generate failed for ${family} ${size}`);
    meta = JSON.parse(readFileSync(metaPath, 'utf8'));
  }
  return { dir, meta };
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
  // The peer scripts know S/M (everything exact) and L (large mode: no exact betweenness/closeness).
  const label = size === 'XL' ? 'L' : size;
  const r = spawnSync('/usr/bin/python3', [path, label, dir], { encoding: 'utf8', env: { ...process.env, OMP_NUM_THREADS: '1' }, maxBuffer: 64 << 20 });
  if (r.status !== 0) return { error: (r.stderr || '').trim().split('\n').slice(-1)[0] || `exit ${r.status}` };
  try {
    return JSON.parse(r.stdout.trim().split('\n').pop());
  } catch {
    return { error: 'unreadable output' };
  }
}

const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;

const rows = [];
for (const family of families) {
  for (const size of sizes) {
    const { dir, meta } = dataset(family, size);
    const ours = runOurs(dir);
    const line = {
      date: new Date().toISOString(),
      family,
      size,
      members: meta.members,
      ties: meta.ties,
      cores: cpus().length,
      loadavg: loadavg().map((x) => round(x, 2)),
      cli: ['analyze', '--format', 'json', ...cliExtra].join(' '),
      ...ours,
    };
    if (peers) {
      const ig = runPeer('bench_igraph.py', size, dir);
      line.igraph = ig.error ? { error: ig.error } : { wallS: ig.wall_s, timingsS: ig.timings_s, skipped: ig.skipped };
      if (!ig.error) line.ratioToIgraph = round(ours.wallS / ig.wall_s, 3);
      // networkx (pure Python) only on S and sparse: K_300's 44,850 ties take it past 10 minutes.
      if (size === 'S' && meta.ties <= 10000) {
        const nx = runPeer('bench_networkx.py', size, dir);
        line.networkx = nx.error ? { error: nx.error } : { wallS: nx.wall_s, timingsS: nx.timings_s };
        if (!nx.error) line.ratioToNetworkx = round(ours.wallS / nx.wall_s, 3);
      }
    }
    appendFileSync(join(ROOT, 'bench', 'results.jsonl'), JSON.stringify(line) + '\n');
    rows.push(line);
    if (peers) console.error(`bench: ${family} ${size}: ${line.wallS} s, igraph ${line.igraph.wallS ?? line.igraph.error}${line.ratioToIgraph ? `, ratio ${line.ratioToIgraph}` : ''}`);
  }
}

// Table.
const fmt = (x, d = 2) => (x === undefined || x === null || Number.isNaN(x) ? '–' : typeof x === 'number' ? x.toFixed(d) : String(x));
console.log('\nfamily       size  members    ties       wall s  peak MiB  igraph s  ratio  sampling');
for (const r of rows) {
  const s = r.sampling;
  const sampling = s ? (s.exact ? 'exact' : `pivots ${s.betweenness.pivots}`) : '–';
  console.log(
    `${r.family.padEnd(12)} ${r.size.padEnd(5)} ${String(r.members).padEnd(10)} ${String(r.ties).padEnd(10)} ${fmt(r.wallS).padStart(6)}  ${fmt(r.peakRssMiB, 0).padStart(8)}  ${fmt(r.igraph?.wallS).padStart(8)}  ${fmt(r.ratioToIgraph).padStart(5)}  ${sampling}`,
  );
}
for (const r of rows) {
  if (!r.phasesMs) continue;
  const phases = Object.entries(r.phasesMs)
    .map(([k, v]) => `${k} ${v >= 100 ? Math.round(v) : v.toFixed(1)}`)
    .join(', ');
  const label = `${r.family} ${r.size}`;
  console.log(`\n${label} phases (ms): ${phases}`);
  if (r.igraph?.timingsS) console.log(`${label} igraph (s): ${Object.entries(r.igraph.timingsS).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  if (r.networkx?.wallS) console.log(`${label} networkx: ${r.networkx.wallS} s (ratio ${r.ratioToNetworkx})`);
}
console.log(`\nappended ${rows.length} line(s) to bench/results.jsonl; \`npm run docs\` updates docs/performance.md`);
