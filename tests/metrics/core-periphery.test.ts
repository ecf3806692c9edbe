import { describe, it, expect } from 'vitest';
import { indexFromArcs, type GraphIndex } from '../../src/graph/graph-index.js';
import { createRng } from '../../src/graph/random.js';
import { corePeriphery } from '../../src/metrics/core-periphery.js';
import { DATASETS, loadReference } from '../helpers/reference.js';

function graphOf(n: number, edges: [number, number][], directed = false): GraphIndex {
  const ids = Array.from({ length: n }, (_, i) => `v${i}`);
  return indexFromArcs(ids, directed, { src: edges.map((e) => e[0]), dst: edges.map((e) => e[1]), w: edges.map(() => 1) });
}

function complete(n: number): [number, number][] {
  const edges: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) edges.push([i, j]);
  return edges;
}

/** Complete split graph: core = the given members (a clique), everyone else tied to every core member. */
function splitGraph(n: number, core: number[]): GraphIndex {
  const inCore = new Set(core);
  const edges: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (inCore.has(i) || inCore.has(j)) edges.push([i, j]);
  return graphOf(n, edges);
}

/** Pearson correlation of adjacency and ideal pattern over unordered pairs, computed directly. */
function correlation(index: GraphIndex, core: ArrayLike<number>): number {
  const n = index.n;
  const inCore = new Uint8Array(n);
  for (let k = 0; k < core.length; k++) inCore[core[k]] = 1;
  const a: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < n; i++) {
    const nb = new Set(index.undTargets.subarray(index.undOffsets[i], index.undOffsets[i + 1]));
    for (let j = i + 1; j < n; j++) {
      a.push(nb.has(j) ? 1 : 0);
      d.push(inCore[i] || inCore[j] ? 1 : 0);
    }
  }
  const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
  const ma = mean(a);
  const md = mean(d);
  let sab = 0;
  let saa = 0;
  let sdd = 0;
  for (let k = 0; k < a.length; k++) {
    sab += (a[k] - ma) * (d[k] - md);
    saa += (a[k] - ma) ** 2;
    sdd += (d[k] - md) ** 2;
  }
  return sab / Math.sqrt(saa * sdd);
}

/** Σ_{i≠j} (a_ij − s·c_i c_j)² minimised over the scale s (c is unit length). */
function continuousLoss(index: GraphIndex, c: Float64Array): number {
  const n = index.n;
  let ac = 0;
  let cc = 0;
  let aa = 0;
  for (let i = 0; i < n; i++) {
    for (let p = index.undOffsets[i]; p < index.undOffsets[i + 1]; p++) ac += c[i] * c[index.undTargets[p]];
    aa += index.undOffsets[i + 1] - index.undOffsets[i];
    for (let j = 0; j < n; j++) if (j !== i) cc += (c[i] * c[j]) ** 2;
  }
  return aa - (ac * ac) / cc;
}

describe('core–periphery (Borgatti & Everett 1999)', () => {
  it('recovers the core of a complete split graph exactly, fit 1', () => {
    const core = [1, 4, 5, 9];
    const g = splitGraph(12, core);
    const r = corePeriphery(g);
    expect(Array.from(r.core)).toEqual(core);
    expect(r.fit).toBeCloseTo(1, 12);
    // Core members get the higher (and equal) coreness.
    const minCore = Math.min(...core.map((v) => r.coreness[v]));
    for (let v = 0; v < 12; v++) if (!core.includes(v)) expect(r.coreness[v]).toBeLessThan(minCore);
  });

  it("a star's core is its centre", () => {
    const g = graphOf(7, [[3, 0], [3, 1], [3, 2], [3, 4], [3, 5], [3, 6]]);
    const r = corePeriphery(g);
    expect(Array.from(r.core)).toEqual([3]);
    expect(r.fit).toBeCloseTo(1, 12);
    expect(r.coreness[3]).toBeGreaterThan(r.coreness[0]);
    let norm = 0;
    for (const c of r.coreness) norm += c * c;
    expect(norm).toBeCloseTo(1, 12);
  });

  it('gives uniform continuous coreness on a complete graph', () => {
    const r = corePeriphery(graphOf(6, complete(6)));
    for (const c of r.coreness) expect(Math.abs(c - 1 / Math.sqrt(6))).toBeLessThan(1e-9);
    expect(r.fit).toBeNaN();
    expect(Array.from(r.core)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('handles degenerate graphs', () => {
    for (const n of [0, 1, 2, 5]) {
      const r = corePeriphery(graphOf(n, []));
      expect(r.core.length).toBe(0);
      expect(r.fit).toBeNaN();
      expect(Array.from(r.coreness)).toEqual(new Array(n).fill(0));
      expect(r.iterations).toBe(0);
    }
    // Isolates get coreness 0; a triangle plus isolates: the triangle members are the core side.
    const r = corePeriphery(graphOf(6, [[0, 1], [1, 2], [0, 2]]));
    expect(r.coreness[4]).toBe(0);
    expect(r.coreness[0]).toBeCloseTo(1 / Math.sqrt(3), 10);
    expect(r.fit).toBeCloseTo(correlation(graphOf(6, [[0, 1], [1, 2], [0, 2]]), r.core), 12);
  });

  it('is deterministic for a fixed seed and reports the correlation of its core', () => {
    const rng = createRng(7);
    const edges: [number, number][] = [];
    const n = 60;
    // A noisy core of 10 members.
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
      const p = i < 10 && j < 10 ? 0.8 : i < 10 || j < 10 ? 0.35 : 0.04;
      if (rng() < p) edges.push([i, j]);
    }
    const g = graphOf(n, edges);
    const a = corePeriphery(g, { seed: 5, restarts: 6 });
    const b = corePeriphery(g, { seed: 5, restarts: 6 });
    expect(Array.from(a.core)).toEqual(Array.from(b.core));
    expect(a.fit).toBe(b.fit);
    expect(Array.from(a.coreness)).toEqual(Array.from(b.coreness));
    expect(a.fit).toBeCloseTo(correlation(g, a.core), 10);
    // Local optimum: no single flip improves the correlation.
    for (let v = 0; v < n; v++) {
      const flipped = a.core.includes(v) ? Array.from(a.core).filter((x) => x !== v) : [...a.core, v];
      if (flipped.length < 1 || flipped.length > n - 2) continue;
      expect(correlation(g, flipped)).toBeLessThanOrEqual(a.fit + 1e-9);
    }
    // Most of the planted core is found.
    const planted = Array.from(a.core).filter((v) => v < 10).length;
    expect(planted).toBeGreaterThanOrEqual(8);
  });

  it('the continuous coreness is a stationary point of the least-squares loss', () => {
    const { index } = loadReference('karate');
    const r = corePeriphery(index);
    const base = continuousLoss(index, r.coreness);
    // Small perturbations (re-normalised) never lower the loss.
    const rng = createRng(3);
    for (let t = 0; t < 20; t++) {
      const c = Float64Array.from(r.coreness, (x) => x + (rng() - 0.5) * 1e-3);
      expect(continuousLoss(index, c)).toBeGreaterThanOrEqual(base - 1e-9);
    }
  });

  for (const name of DATASETS) {
    it(`runs on ${name}: fit equals the correlation of the core, coreness unit length`, () => {
      const { index } = loadReference(name);
      const r = corePeriphery(index);
      expect(r.core.length).toBeGreaterThan(0);
      expect(r.fit).toBeGreaterThan(0);
      expect(r.fit).toBeCloseTo(correlation(index, r.core), 10);
      let norm = 0;
      for (const c of r.coreness) {
        expect(c).toBeGreaterThanOrEqual(0);
        norm += c * c;
      }
      expect(norm).toBeCloseTo(1, 10);
      expect(r.iterations).toBeLessThan(1000);
    });
  }
});
