#!/usr/bin/env node
/**
 * Seeded generator of realistic synthetic clusters, written as CSV (members.csv, ties.csv).
 * Members get a type (with the sector and level that go with it) and a region; ties form inside
 * regional communities by preferential attachment with triadic closure, plus a share of cross-region
 * and vertical ties to national bodies. Weights 1..5.
 *
 *   node bench/generate.mjs --members 1000 --ties 5000 --seed 1 --out /tmp/cluster-1k
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRng } from '../dist/core/random.js';

const TYPES = [
  ['school', 'institution', 0.55],
  ['college', 'institution', 0.08],
  ['university', 'regional', 0.05],
  ['research', 'national', 0.03],
  ['business', 'institution', 0.15],
  ['inspectorate', 'regional', 0.04],
  ['state', 'national', 0.02],
  ['ngo', 'institution', 0.06],
  ['teacher-training', 'national', 0.02],
];

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

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const get = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const out = get('out', 'bench/data');
  const { members, ties } = generateCluster({ members: Number(get('members', 1000)), ties: Number(get('ties', 5000)), seed: Number(get('seed', 1)) });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'members.csv'), members);
  writeFileSync(join(out, 'ties.csv'), ties);
  process.stdout.write(`wrote ${out}/members.csv and ties.csv\n`);
}
