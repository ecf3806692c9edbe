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
 * generateCluster() below is the original in-memory `cluster` generator, kept for the tests that
 * import it; bench/families/cluster.mjs writes the same bytes for the same seed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../dist/graph/random.js';
import { FAMILIES, FIXED_MEMBERS, SIZES } from './families/index.mjs';
import { TYPES, fileSink, memorySink } from './families/common.mjs';

export function generateCluster({ members, ties, seed = 1 }) {
  const rng = createRng(seed);
  const regions = Math.max(2, Math.round(Math.sqrt(members / 10)));
  const ids = [];
  const rows = ['id,name,type,level,region'];
  const regionOf = new Int32Array(members);
  const national = [];
  const byRegion = Array.from({ length: regions }, () => []);
  for (let i = 0; i < members; i++) {
    let r = rng();
    let t = TYPES[0];
    for (const type of TYPES) {
      if (r < type[2]) {
        t = type;
        break;
      }
      r -= type[2];
    }
    const region = Math.floor(rng() * regions);
    const id = `M${String(i + 1).padStart(6, '0')}`;
    ids.push(id);
    regionOf[i] = region;
    if (t[1] === 'national') national.push(i);
    byRegion[region].push(i);
    rows.push(`${id},${t[0]} ${i + 1},${t[0]},${t[1]},R${region + 1}`);
  }
  const seen = new Set();
  const adj = Array.from({ length: members }, () => []);
  const degreeList = []; // preferential attachment: an endpoint list
  const tieRows = ['source,target,weight'];
  const add = (a, b) => {
    if (a === b) return false;
    const key = a < b ? a * members + b : b * members + a;
    if (seen.has(key)) return false;
    seen.add(key);
    adj[a].push(b);
    adj[b].push(a);
    degreeList.push(a, b);
    tieRows.push(`${ids[a]},${ids[b]},${1 + Math.floor(rng() * 5)}`);
    return true;
  };
  let attempts = 0;
  while (tieRows.length - 1 < ties && attempts < ties * 50) {
    attempts++;
    const a = Math.floor(rng() * members);
    const u = rng();
    let b;
    if (u < 0.35 && adj[a].length > 0) {
      // triadic closure: a friend of a friend
      const f = adj[a][Math.floor(rng() * adj[a].length)];
      b = adj[f].length ? adj[f][Math.floor(rng() * adj[f].length)] : f;
    } else if (u < 0.75) {
      // preferential attachment inside the region
      const pool = byRegion[regionOf[a]];
      b = degreeList.length && rng() < 0.5 ? degreeList[Math.floor(rng() * degreeList.length)] : pool[Math.floor(rng() * pool.length)];
      if (regionOf[b] !== regionOf[a] && rng() < 0.7) b = pool[Math.floor(rng() * pool.length)];
    } else if (u < 0.85 && national.length) {
      b = national[Math.floor(rng() * national.length)];
    } else {
      b = Math.floor(rng() * members);
    }
    add(a, b);
  }
  return { members: rows.join('\n') + '\n', ties: tieRows.join('\n') + '\n' };
}

/**
 * Options of one family at one size: members and ties from `size` (S, M, L, XL) unless given;
 * complete and dense keep their own member count.
 */
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
