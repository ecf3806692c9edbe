#!/usr/bin/env node
/**
 * Writes the measured tables of docs/performance.md from bench/results.jsonl (`npm run docs`).
 *
 *   node scripts/docs-performance.mjs           # rewrite the generated block of docs/performance.md
 *   node scripts/docs-performance.mjs --check   # exit 1 when docs/performance.md is out of date
 *
 * Only the text between GENERATED_BEGIN and GENERATED_END is replaced; the prose around it is
 * hand-written. The tables hold, for every (family, size, options), the latest line of the results file
 * (family "cluster" when a line has none; options = the CLI flags beyond `analyze --format json`), and
 * the per-phase and peer-step timings of the latest default-options line of each (family, size).
 * The output depends only on the results file: the same file gives the same bytes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GENERATED_BEGIN = '<!-- generated:bench begin -->';
export const GENERATED_END = '<!-- generated:bench end -->';
export const DEFAULT_FAMILY = 'cluster';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const RESULTS_PATH = join(ROOT, 'bench', 'results.jsonl');
export const DOC_PATH = join(ROOT, 'docs', 'performance.md');

const BASE_CLI = 'analyze --format json';
const SIZE_ORDER = ['S', 'M', 'L'];

/** What each `--timings` phase covers (phases without an entry are shown by name only). */
const PHASES = {
  read: 'read the CSV files into the members graph and the tie table',
  index: 'build the CSR index',
  degree: 'degree and strength',
  components: 'components',
  'paths-start': 'start the all-sources pass (in workers when large)',
  'communities-start': 'start Louvain (in a worker on 20,000 ties or more)',
  'ei-permutations': 'groups and the E-I permutation test (here, or started in workers)',
  'eigenvector-pagerank': 'eigenvector and PageRank',
  clustering: 'clustering and transitivity',
  cohesion: 'k-cores and efficiency',
  'structural-holes': 'structural holes',
  'core-periphery': 'core–periphery',
  brokerage: 'brokerage',
  paths: 'all-sources pass: the wait for the blocks left, or this thread\'s share of them',
  centralization: 'Freeman centralization',
  'ei-index': 'E-I index (and the wait for the permutations)',
  resilience: 'articulation points, bridges, fragmentation',
  'key-players': 'key players (second pass, when needed)',
  communities: 'Louvain (or the wait for its worker)',
  assembly: 'assembly of the report',
  'render-write': 'render and write the JSON',
};

/** Parses the results file: one JSON object per non-blank line. */
export function parseResults(text) {
  const records = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let value;
    try {
      value = JSON.parse(line);
    } catch (err) {
      throw new Error(`bench/results.jsonl, line ${i + 1}: not JSON (${err.message})`);
    }
    if (typeof value !== 'object' || value === null || typeof value.size !== 'string' || typeof value.date !== 'string') {
      throw new Error(`bench/results.jsonl, line ${i + 1}: expected an object with "date" and "size"`);
    }
    records.push({ ...value, line: i + 1 });
  });
  return records;
}

/** The family of a line ("cluster" when it names none). */
export function familyOf(r) {
  return typeof r.family === 'string' && r.family !== '' ? r.family : DEFAULT_FAMILY;
}

/** The options of a line: the CLI flags beyond `analyze --format json` ('' = defaults). */
export function optionsOf(r) {
  const cli = typeof r.cli === 'string' ? r.cli.trim() : BASE_CLI;
  return cli.startsWith(BASE_CLI) ? cli.slice(BASE_CLI.length).trim() : cli;
}

function sizeRank(r) {
  const i = SIZE_ORDER.indexOf(r.size);
  return i >= 0 ? i : SIZE_ORDER.length;
}

function compareRows(a, b) {
  const fa = familyOf(a);
  const fb = familyOf(b);
  if (fa !== fb) return fa === DEFAULT_FAMILY ? -1 : fb === DEFAULT_FAMILY ? 1 : fa < fb ? -1 : 1;
  return (
    sizeRank(a) - sizeRank(b) ||
    (a.members ?? 0) - (b.members ?? 0) ||
    (a.size < b.size ? -1 : a.size > b.size ? 1 : 0) ||
    (optionsOf(a) < optionsOf(b) ? -1 : optionsOf(a) > optionsOf(b) ? 1 : 0)
  );
}

/** Latest line (by date, then by position in the file) per key. */
function latestBy(records, key) {
  const latest = new Map();
  for (const r of records) {
    const k = key(r);
    const prev = latest.get(k);
    if (!prev || r.date > prev.date || (r.date === prev.date && r.line > prev.line)) latest.set(k, r);
  }
  return [...latest.values()].sort(compareRows);
}

/** The latest measurement of every (family, size, options), in table order. */
export function latestMeasurements(records) {
  return latestBy(records, (r) => JSON.stringify([familyOf(r), r.size, optionsOf(r)]));
}

/** Per (family, size): the latest default-options line, else the latest line of any options. */
export function latestPerSize(records) {
  const defaults = records.filter((r) => optionsOf(r) === '');
  const withDefaults = new Set(defaults.map((r) => JSON.stringify([familyOf(r), r.size])));
  const rest = records.filter((r) => !withDefaults.has(JSON.stringify([familyOf(r), r.size])));
  return latestBy([...defaults, ...rest], (r) => JSON.stringify([familyOf(r), r.size]));
}

const isNum = (x) => typeof x === 'number' && Number.isFinite(x);
const DASH = '—';

function fixed(x, digits) {
  return isNum(x) ? x.toFixed(digits) : DASH;
}

function thousands(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function count(x) {
  return isNum(x) ? thousands(x) : DASH;
}

function ms(x) {
  if (!isNum(x)) return DASH;
  return x >= 100 ? thousands(Math.round(x)) : x.toFixed(1);
}

function cell(text) {
  return String(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function row(cells) {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function sampling(r) {
  const s = r.sampling;
  if (!s || typeof s !== 'object') return DASH;
  if (s.exact) return 'exact';
  const pivots = s.betweenness?.pivots;
  return isNum(pivots) ? `${pivots} pivots` : 'sampled';
}

function peer(p, digits = 2) {
  if (!p || typeof p !== 'object') return DASH;
  if (typeof p.error === 'string') return 'failed';
  return isNum(p.wallS) ? `${p.wallS.toFixed(digits)} s` : DASH;
}

function columnName(r, perSize) {
  const family = familyOf(r);
  const options = optionsOf(r);
  const base = family === DEFAULT_FAMILY ? r.size : `${family} ${r.size}`;
  return perSize && options !== '' ? `${base} (${options})` : base;
}

function mainTable(records) {
  const lines = [
    row(['family', 'size', 'members', 'ties', 'options', 'measured (UTC)', 'cores', 'load', 'wall', 'peak RSS', 'sampling', 'python-igraph', 'ratio to igraph', 'networkx', 'ratio to networkx']),
    `|${' --- |'.repeat(15)}`,
  ];
  for (const r of latestMeasurements(records)) {
    lines.push(
      row([
        familyOf(r),
        r.size,
        count(r.members),
        count(r.ties),
        optionsOf(r) === '' ? 'defaults' : `\`${optionsOf(r)}\``,
        r.date.slice(0, 16).replace('T', ' '),
        isNum(r.cores) ? String(r.cores) : DASH,
        Array.isArray(r.loadavg) && isNum(r.loadavg[0]) ? r.loadavg[0].toFixed(2) : DASH,
        isNum(r.wallS) ? `${r.wallS.toFixed(2)} s` : DASH,
        isNum(r.peakRssMiB) ? `${Math.round(r.peakRssMiB)} MiB` : DASH,
        sampling(r),
        peer(r.igraph),
        fixed(r.ratioToIgraph, 2),
        peer(r.networkx),
        fixed(r.ratioToNetworkx, 2),
      ]),
    );
  }
  return lines.join('\n');
}

function keysInOrder(objects) {
  const keys = [];
  for (const o of objects) for (const k of Object.keys(o ?? {})) if (!keys.includes(k)) keys.push(k);
  return keys;
}

function phaseTable(columns) {
  const used = columns.filter((r) => r.phasesMs && typeof r.phasesMs === 'object');
  if (used.length === 0) return '(no line carries per-phase timings)';
  const lines = [
    row(['phase', 'what', ...used.map((r) => columnName(r, true))]),
    `|${' --- |'.repeat(2)}${' ---: |'.repeat(used.length)}`,
  ];
  for (const k of keysInOrder(used.map((r) => r.phasesMs))) {
    lines.push(row([`\`${k}\``, PHASES[k] ?? '', ...used.map((r) => ms(r.phasesMs[k]))]));
  }
  lines.push(row(['wall', 'start of process → JSON written', ...used.map((r) => (isNum(r.wallS) ? thousands(Math.round(r.wallS * 1000)) : DASH))]));
  return lines.join('\n');
}

function peerTable(columns, name, label) {
  const used = columns.filter((r) => r[name] && typeof r[name] === 'object' && r[name].timingsS);
  if (used.length === 0) return null;
  const lines = [
    row([`${label} step (s)`, ...used.map((r) => columnName(r, true))]),
    `|${' --- |'}${' ---: |'.repeat(used.length)}`,
  ];
  for (const k of keysInOrder(used.map((r) => r[name].timingsS))) {
    lines.push(row([`\`${k}\``, ...used.map((r) => fixed(r[name].timingsS[k], 3))]));
  }
  lines.push(row(['wall (process)', ...used.map((r) => fixed(r[name].wallS, 3))]));
  const notes = [];
  for (const r of used) {
    for (const [what, why] of Object.entries(r[name].skipped ?? {})) notes.push(`- ${columnName(r, true)}, ${what} not run: ${why}`);
  }
  return notes.length > 0 ? `${lines.join('\n')}\n\n${notes.join('\n')}` : lines.join('\n');
}

/** The generated block (without the markers) for these results. */
export function renderBenchTables(records) {
  if (records.length === 0) return '_No measurements yet: run `npm run bench`, then `npm run docs`._';
  const perSize = latestPerSize(records);
  const parts = [
    `_Generated by \`npm run docs\` from the ${records.length} lines of \`bench/results.jsonl\`; do not edit by hand._`,
    '',
    'Latest measurement of each size and set of options (wall: start of process → JSON written; ratio: cluster-graph ÷ peer, measured side by side in the same run):',
    '',
    mainTable(records),
    '',
    'Per phase (ms, `--timings`; latest line of each size with default options; with worker threads the phases overlap, see [Threads](#threads)):',
    '',
    phaseTable(perSize),
  ];
  const ig = peerTable(perSize, 'igraph', 'python-igraph');
  if (ig) parts.push('', 'python-igraph on the same lines (s, its own timer):', '', ig);
  const nx = peerTable(perSize, 'networkx', 'networkx');
  if (nx) parts.push('', 'networkx on the same lines (s, its own timer):', '', nx);
  return parts.join('\n');
}

/** `doc` with the text between the markers replaced by the tables of `records`. */
export function updatePerformanceDoc(doc, records) {
  const begin = doc.indexOf(GENERATED_BEGIN);
  const end = doc.indexOf(GENERATED_END);
  if (begin < 0 || end < begin) throw new Error(`docs/performance.md: the markers ${GENERATED_BEGIN} … ${GENERATED_END} are missing`);
  return `${doc.slice(0, begin + GENERATED_BEGIN.length)}\n\n${renderBenchTables(records)}\n\n${doc.slice(end)}`;
}

/** The performance page as it should be for the current results file. */
export function expectedPerformanceDoc(docPath = DOC_PATH, resultsPath = RESULTS_PATH) {
  return updatePerformanceDoc(readFileSync(docPath, 'utf8'), parseResults(readFileSync(resultsPath, 'utf8')));
}

function main(args) {
  const current = readFileSync(DOC_PATH, 'utf8');
  const next = expectedPerformanceDoc();
  if (args.includes('--check')) {
    if (current !== next) {
      console.error('docs/performance.md is out of date with bench/results.jsonl: run `npm run docs`.');
      process.exit(1);
    }
    return;
  }
  if (current !== next) writeFileSync(DOC_PATH, next);
  console.error(current === next ? 'docs/performance.md is up to date.' : 'docs/performance.md updated from bench/results.jsonl.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
