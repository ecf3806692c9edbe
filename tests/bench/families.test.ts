/**
 * The benchmark graph families (bench/families/*.mjs through bench/generate.mjs): the streamed
 * `cluster` writes the bytes of the original in-memory generator; every family is seeded, writes
 * the counts it promises, no self-loop, no repeated pair, known ids and weights 1–5; and the
 * structural claims hold (biconnected: no cut vertex; tree: cut vertices and bridges everywhere;
 * ws: high clustering and long paths). Also the typed-array tie set against a JS Set.
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { generateCluster, generateFamily, writeFamily, type Family } from '../../bench/generate.mjs';
import { EdgeSet, Adjacency } from '../../bench/families/common.mjs';
import { indexFromArcs, type GraphIndex } from '../../src/graph/graph-index.js';
import { articulationPointsAndBridges } from '../../src/metrics/resilience.js';
import { transitivity } from '../../src/metrics/clustering.js';
import { createRng } from '../../src/graph/random.js';

const ROOT = join(import.meta.dirname, '..', '..');

interface Parsed {
  ids: string[];
  regions: Set<string>;
  edges: [number, number][];
  weights: number[];
}

function parse(text: { members: string; ties: string }): Parsed {
  const mLines = text.members.trimEnd().split('\n');
  expect(mLines[0]).toBe('id,name,type,level,region');
  const ids = mLines.slice(1).map((l) => l.split(',')[0]);
  const regions = new Set(mLines.slice(1).map((l) => l.split(',')[4]));
  const at = new Map(ids.map((id, i) => [id, i]));
  const tLines = text.ties.trimEnd().split('\n');
  expect(tLines[0]).toBe('source,target,weight');
  const edges: [number, number][] = [];
  const weights: number[] = [];
  for (const line of tLines.slice(1)) {
    const [a, b, w] = line.split(',');
    expect(at.has(a) && at.has(b), line).toBe(true);
    edges.push([at.get(a)!, at.get(b)!]);
    weights.push(Number(w));
  }
  return { ids, regions, edges, weights };
}

function indexOf(p: Parsed): GraphIndex {
  return indexFromArcs(p.ids, false, { src: p.edges.map((e) => e[0]), dst: p.edges.map((e) => e[1]), w: p.weights });
}

/** Component count and mean shortest-path length (BFS from every member; small graphs only). */
function paths(n: number, edges: [number, number][]): { components: number; mean: number } {
  const adj: number[][] = Array.from({ length: n }, () => []);
  for (const [a, b] of edges) {
    adj[a].push(b);
    adj[b].push(a);
  }
  let sum = 0;
  let pairs = 0;
  let components = 0;
  const seen = new Uint8Array(n);
  const dist = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (!seen[s]) components++;
    dist.fill(-1);
    dist[s] = 0;
    const queue = [s];
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q];
      seen[v] = 1;
      for (const w of adj[v]) {
        if (dist[w] < 0) {
          dist[w] = dist[v] + 1;
          sum += dist[w];
          pairs++;
          queue.push(w);
        }
      }
    }
  }
  return { components, mean: sum / pairs };
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 16);

const FAMILIES: Family[] = ['cluster', 'er', 'ba', 'sbm', 'ws', 'tree', 'biconnected', 'complete', 'dense'];

describe('the cluster family', () => {
  it('writes the bytes of the original in-memory generator for the same seed (SHA-256 prefixes recorded from it)', () => {
    for (const [members, ties, seed, membersHash, tiesHash] of [
      [1000, 5000, 1, 'c9df7476057189b0', '95615bf4f1a9dac7'],
      [2000, 9000, 4, 'ebaec1d20be960ef', 'a4f9a73d4ca3158a'],
      [40, 700, 2, 'acaeef3e603c3c11', 'c8dff6179e1600e7'], // dense: the attempt limit ends it below 700
    ] as const) {
      const b = generateFamily('cluster', { members, ties, seed });
      expect(sha(b.members)).toBe(membersHash);
      expect(sha(b.ties)).toBe(tiesHash);
      expect(generateCluster({ members, ties, seed })).toEqual(b);
    }
  });
});

describe('every family', () => {
  for (const family of FAMILIES) {
    it(`${family}: seeded, promised counts, simple graph, weights 1–5, cluster-like members`, () => {
      // complete and dense keep their own member count (300, 220) unless --members is given.
      const fixed = family === 'complete' || family === 'dense';
      const options = fixed ? {} : { members: 600, ties: 3000 };
      const text = generateFamily(family, { ...options, seed: 7 });
      expect(generateFamily(family, { ...options, seed: 7 })).toEqual(text);
      expect(generateFamily(family, { ...options, seed: 8 }).ties).not.toBe(text.ties);
      const p = parse(text);
      const n = family === 'complete' ? 300 : family === 'dense' ? 220 : 600;
      expect(p.ids.length).toBe(n);
      expect(new Set(p.ids).size).toBe(n);
      if (family === 'complete') expect(p.edges.length).toBe((300 * 299) / 2);
      else if (family === 'dense') expect(Math.abs(p.edges.length / ((220 * 219) / 2) - 0.75)).toBeLessThan(0.02);
      else expect(p.edges.length).toBe(3000);
      const pairs = new Set<number>();
      for (const [a, b] of p.edges) {
        expect(a).not.toBe(b);
        pairs.add(Math.min(a, b) * n + Math.max(a, b));
      }
      expect(pairs.size).toBe(p.edges.length);
      expect(p.weights.every((w) => Number.isInteger(w) && w >= 1 && w <= 5)).toBe(true);
      expect(new Set(p.weights).size).toBe(5);
      const types = new Set(text.members.trimEnd().split('\n').slice(1).map((l) => l.split(',')[2]));
      expect(types.has('school') && types.has('business') && types.has('university')).toBe(true);
      expect(p.regions.size).toBeGreaterThan(1);
    });
  }
});

describe('structural claims', () => {
  it('biconnected: one component and not one articulation point or bridge, at several seeds and sizes', () => {
    for (const [members, ties, seed] of [
      [600, 3000, 1],
      [2000, 10000, 2],
      [300, 900, 3],
    ]) {
      const p = parse(generateFamily('biconnected', { members, ties, seed }));
      const { articulationPoints, bridges } = articulationPointsAndBridges(indexOf(p));
      expect(articulationPoints.length).toBe(0);
      expect(bridges.length).toBe(0);
      expect(paths(members, p.edges).components).toBe(1);
      expect(p.regions.size).toBeGreaterThan(5); // the communities
    }
  });

  it('tree: connected, every hanging tie a bridge, most members cut vertices', () => {
    const p = parse(generateFamily('tree', { members: 2000, ties: 10000, seed: 1 }));
    const { articulationPoints, bridges } = articulationPointsAndBridges(indexOf(p));
    expect(paths(2000, p.edges).components).toBe(1);
    expect(bridges.length).toBe(1800); // n − core: core = 10 % of 2,000
    expect(articulationPoints.length).toBeGreaterThan(0.6 * 2000);
  });

  it('ws: high clustering and longer paths than er with the same counts', () => {
    const ws = parse(generateFamily('ws', { members: 1000, ties: 5000, seed: 1 }));
    const er = parse(generateFamily('er', { members: 1000, ties: 5000, seed: 1 }));
    expect(transitivity(indexOf(ws))).toBeGreaterThan(0.45);
    expect(transitivity(indexOf(er))).toBeLessThan(0.05);
    expect(paths(1000, ws.edges).mean).toBeGreaterThan(1.4 * paths(1000, er.edges).mean);
  });

  it('ba: heavy-tailed degrees (the largest far above er)', () => {
    const degreeMax = (p: Parsed) => {
      const d = new Int32Array(p.ids.length);
      for (const [a, b] of p.edges) d[a]++, d[b]++;
      return Math.max(...d);
    };
    expect(degreeMax(parse(generateFamily('ba', { members: 2000, ties: 10000, seed: 1 })))).toBeGreaterThan(
      3 * degreeMax(parse(generateFamily('er', { members: 2000, ties: 10000, seed: 1 }))),
    );
  });

  it('sbm: 85 % of the ties inside blocks (= regions)', () => {
    const text = generateFamily('sbm', { members: 1000, ties: 5000, seed: 1 });
    const region = text.members.trimEnd().split('\n').slice(1).map((l) => l.split(',')[4]);
    const p = parse(text);
    expect(p.edges.filter(([a, b]) => region[a] === region[b]).length).toBe(4250);
  });
});

describe('typed-array helpers', () => {
  it('EdgeSet agrees with a JS Set through adds, deletes and growth', () => {
    const rng = createRng(3);
    const n = 200;
    const set = new EdgeSet(n, 4); // starts tiny: must rehash many times
    const ref = new Set<number>();
    for (let i = 0; i < 20000; i++) {
      const a = Math.floor(rng() * n);
      const b = Math.floor(rng() * n);
      const key = Math.min(a, b) * n + Math.max(a, b);
      if (rng() < 0.3) expect(set.delete(a, b)).toBe(ref.delete(key));
      else {
        const fresh = a !== b && !ref.has(key);
        expect(set.add(a, b)).toBe(fresh);
        if (fresh) ref.add(key);
      }
      expect(set.size).toBe(ref.size);
    }
    for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) expect(set.has(a, b)).toBe(a !== b && ref.has(Math.min(a, b) * n + Math.max(a, b)));
  });

  it('Adjacency keeps insertion order through block moves', () => {
    const rng = createRng(5);
    const adj = new Adjacency(50, 10); // small pool: grows
    const ref: number[][] = Array.from({ length: 50 }, () => []);
    for (let i = 0; i < 3000; i++) {
      const v = Math.floor(rng() * rng() * 50); // skewed: some lists get long
      const w = Math.floor(rng() * 50);
      adj.push(v, w);
      ref[v].push(w);
    }
    for (let v = 0; v < 50; v++) expect(Array.from({ length: adj.deg[v] }, (_, k) => adj.at(v, k))).toEqual(ref[v]);
  });
});

describe('generate.mjs command line', () => {
  it('streams a family to files with meta.json, the same bytes as in memory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-bench-'));
    const meta = writeFamily('ws', { members: 500, ties: 2600, seed: 3 }, dir);
    expect(meta).toMatchObject({ family: 'ws', seed: 3, members: 500, ties: 2600 });
    const text = generateFamily('ws', { members: 500, ties: 2600, seed: 3 });
    expect(readFileSync(join(dir, 'members.csv'), 'utf8')).toBe(text.members);
    expect(readFileSync(join(dir, 'ties.csv'), 'utf8')).toBe(text.ties);
    expect(JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')).ties).toBe(2600);
  });

  it('rejects an unknown family or size with exit code 2 and a message, no stack trace', () => {
    for (const args of [['--family', 'lattice'], ['--size', 'XXL'], ['--members', 'ten']]) {
      const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'generate.mjs'), ...args, '--out', mkdtempSync(join(tmpdir(), 'cg-bench-'))], { encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/^generate: (unknown family "lattice"|unknown size "XXL"|--members expects a whole number)/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
