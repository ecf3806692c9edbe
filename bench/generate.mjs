#!/usr/bin/env node
/**
 * Seeded generator of synthetic clusters, written as CSV (members.csv, ties.csv) plus meta.json
 * (family, seed, parameters, the counts written).
 *
 * Families (bench/families/*.mjs): cluster (default, below), er, ba, sbm, ws, tree, biconnected,
 * complete, dense. `cluster`: members get a type (with the sector and level that go with it) and a
 * region; ties form inside regional communities by preferential attachment with triadic closure,
 * plus a share of cross-region and vertical ties to national bodies. Weights 1..5.
 *
 *   node bench/generate.mjs --members 1000 --ties 5000 --seed 1 --out /tmp/cluster-1k
 *   node bench/generate.mjs --family ws --size M --out /tmp/ws-M
 *   node bench/generate.mjs --family complete --members 300 --out /tmp/k300
 *
 * The command line streams: lines go to the files in chunks and the families keep ties in typed
 * arrays, so --size XL (1,000,000 members / 10,000,000 ties) runs in well under a GiB.
 * generateCluster() is the `cluster` family in memory, for the tests that import it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAMILIES, FIXED_MEMBERS, SIZES } from './families/index.mjs';
import { fileSink, memorySink } from './families/common.mjs';

/** The `cluster` family in memory: { members, ties } CSV texts (the tests' seeded clusters). */
export function generateCluster({ members, ties, seed = 1 }) {
  return generateFamily('cluster', { members, ties, seed });
}

export function familyOptions(family, { size, members, ties, seed = 1 } = {}) {
  if (!FAMILIES[family]) throw new Error(`unknown family "${family}": use ${Object.keys(FAMILIES).join(', ')}`);
  if (size !== undefined && !SIZES[size]) throw new Error(`unknown size "${size}": use ${Object.keys(SIZES).join(', ')}`);
  const [m0, t0] = SIZES[size ?? 'S'];
  return { members: members ?? FIXED_MEMBERS[family] ?? m0, ties: ties ?? t0, seed };
}

/** One family in memory: { members, ties } CSV texts (small graphs and tests). */
export function generateFamily(family, options) {
  const sink = memorySink();
  FAMILIES[family](familyOptions(family, options), sink);
  return sink.text();
}

/** One family streamed to <out>/members.csv, ties.csv and meta.json; returns the meta object. */
export function writeFamily(family, options, out) {
  const opts = familyOptions(family, options);
  mkdirSync(out, { recursive: true });
  const sink = fileSink(join(out, 'members.csv'), join(out, 'ties.csv'));
  const t0 = process.hrtime.bigint();
  const info = FAMILIES[family](opts, sink);
  sink.close();
  const meta = { family, seed: opts.seed, requested: { members: opts.members, ties: opts.ties }, ...sink.counts(), info, generateS: Number(process.hrtime.bigint() - t0) / 1e9 };
  writeFileSync(join(out, 'meta.json'), JSON.stringify(meta) + '\n');
  return meta;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`Usage: node bench/generate.mjs [--family F] [--size S|M|L|XL] [--members N] [--ties M] [--seed K] [--out DIR]

  --family  cluster (default), er, ba, sbm, ws, tree, biconnected, complete, dense
  --size    S 1k/5k, M 10k/50k, L 100k/1M, XL 1M/10M members/ties (default S); --members/--ties override
  --seed    seed of every random draw (default 1)
  --out     folder for members.csv, ties.csv and meta.json (default bench/data)
`);
    process.exit(0);
  }
  const get = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const num = (name) => {
    const v = get(name);
    if (v === undefined) return undefined;
    if (!/^[0-9]+$/.test(v)) {
      process.stderr.write(`generate: --${name} expects a whole number, got "${v}"\n`);
      process.exit(2);
    }
    return Number(v);
  };
  const family = get('family', 'cluster');
  const size = get('size')?.toUpperCase();
  const out = get('out', 'bench/data');
  let meta;
  try {
    meta = writeFamily(family, { size, members: num('members'), ties: num('ties'), seed: num('seed') ?? 1 }, out);
  } catch (e) {
    process.stderr.write(`generate: ${e.message}\n`);
    process.exit(2);
  }
  process.stdout.write(`wrote ${out}/members.csv and ties.csv: ${family}, ${meta.members} members, ${meta.ties} ties, ${meta.generateS.toFixed(1)} s\n`);
}
