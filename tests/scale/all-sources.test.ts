import { describe, expect, it } from 'vitest';
import { indexFromArcs, type GraphIndex } from '../../src/graph/graph-index.js';
import { createRng } from '../../src/graph/random.js';
import { runBlock } from '../../src/metrics/paths/all-sources.js';
import { keyPlayerEfficiencies, traverseSources } from '../../src/analysis/workers.js';
import { betweenness } from '../../src/metrics/paths/betweenness.js';
import { closeness, harmonic } from '../../src/metrics/paths/closeness.js';
import { globalEfficiency } from '../../src/metrics/efficiency.js';
import { allPairsHopSums } from '../../src/graph/bit-bfs.js';
import { bfs, createBfsBuffers } from '../../src/graph/traversal.js';

/** A random graph with pendant members, a separate small component and isolates. */
function randomIndex(n: number, m: number, directed: boolean, seed: number): GraphIndex {
  const rng = createRng(seed);
  const src: number[] = [];
  const dst: number[] = [];
  const core = Math.floor(n * 0.8);
  for (let e = 0; e < m; e++) {
    src.push(Math.floor(rng() * core));
    dst.push(Math.floor(rng() * core));
  }
  for (let v = core; v < n - 3; v++) {
    src.push(v);
    dst.push(Math.floor(rng() * core)); // pendants
  }
  src.push(n - 3);
  dst.push(n - 2); // a separate pair; n − 1 isolated
  return indexFromArcs(Array.from({ length: n }, (_, i) => `m${i}`), directed, { src, dst, w: src.map(() => 1) });
}

describe('all-sources kernel', () => {
  for (const directed of [false, true]) {
    it(`reproduces betweenness, closeness, harmonic exactly (${directed ? 'directed' : 'undirected'})`, async () => {
      const index = randomIndex(120, 260, directed, 3);
      const n = index.n;
      const sources = Int32Array.from({ length: n }, (_, i) => i);
      const blocks = await traverseSources(index, sources, true, new Uint8Array(n), 1);
      // One block of every source gives the sequential sum: bit-identical to betweenness().
      const one = runBlock(index, { sources, exact: true, inComponent: new Uint8Array(n) });
      const raw = betweenness(index, { normalized: false });
      const scaled = Float64Array.from(one.betweenness, (x) => (directed ? x : x / 2));
      expect(Array.from(scaled)).toEqual(Array.from(raw));
      // Blocked sums agree to rounding.
      const summed = new Float64Array(n);
      for (const b of blocks) for (let v = 0; v < n; v++) summed[v] += b.betweenness[v];
      for (let v = 0; v < n; v++) expect(Math.abs(summed[v] - one.betweenness[v])).toBeLessThanOrEqual(1e-9 * Math.max(1, one.betweenness[v]));
      const c = closeness(index);
      const h = harmonic(index);
      const reach = directed ? one.inReach! : one.rowReach;
      const dist = directed ? one.inDist! : one.rowDist;
      const inv = directed ? one.inInverse! : one.rowInverse;
      for (let v = 0; v < n; v++) {
        const expected = dist[v] > 0 ? (reach[v] / dist[v]) * (reach[v] / (n - 1)) : 0;
        expect(expected).toBe(c[v]);
        expect(inv[v]).toBe(h[v]);
      }
      let e = 0;
      for (let s = 0; s < n; s++) e += one.rowInverse[s];
      expect(e / (n * (n - 1))).toBeCloseTo(globalEfficiency(index), 12);
    });
  }
});

describe('key-player efficiencies by DAG dominance', () => {
  for (const directed of [false, true]) {
    it(`equal the recomputed global efficiency without each member (${directed ? 'directed' : 'undirected'})`, async () => {
      const index = randomIndex(90, 150, directed, 11);
      const n = index.n;
      const candidates = Array.from({ length: n }, (_, i) => i);
      const { whole, without } = await keyPlayerEfficiencies(index, candidates, null, 1);
      expect(whole).toBeCloseTo(globalEfficiency(index, { direction: 'und' }), 12);
      const removed = new Uint8Array(n);
      for (const v of candidates) {
        removed[v] = 1;
        const expected = globalEfficiency(index, { removed, direction: 'und' });
        removed[v] = 0;
        expect(Math.abs(without[v] - expected), `member ${v}`).toBeLessThan(1e-12);
      }
    });
  }

  it('pivot estimate equals the mean over the pivots of the exact rows', async () => {
    const index = randomIndex(80, 200, false, 5);
    const n = index.n;
    const pivots = Int32Array.from([3, 10, 17, 40, 55, 61]);
    const { without } = await keyPlayerEfficiencies(index, [10, 20], pivots, 1);
    const removed = new Uint8Array(n);
    removed[20] = 1;
    const buf = createBfsBuffers(n);
    let sum = 0;
    for (const s of pivots) {
      const r = bfs(index, s, 'und', buf, removed);
      for (let k = 1; k < r; k++) sum += 1 / buf.dist[buf.queue[k]];
    }
    expect(without[1]).toBeCloseTo(sum / (pivots.length * (n - 2)), 12);
  });
});

describe('bit-parallel BFS with a source subset', () => {
  it('sums only over the given sources', () => {
    const index = randomIndex(70, 160, true, 2);
    const n = index.n;
    const only = [1, 5, 9, 33];
    const got = allPairsHopSums(index, 'out', undefined, only);
    const buf = createBfsBuffers(n);
    const inverse = new Float64Array(n);
    for (const s of only) {
      const r = bfs(index, s, 'out', buf);
      for (let k = 1; k < r; k++) inverse[buf.queue[k]] += 1 / buf.dist[buf.queue[k]];
    }
    for (let v = 0; v < n; v++) expect(got.inverse[v]).toBeCloseTo(inverse[v], 12);
  });
});
