/**
 * Eigenvector centrality against the exact leading eigenvector (dense numpy solve stored in
 * fixtures/eigenvector/exact.json by make-exact.py, or the analytic path eigenvector), to 1e-9, on the
 * graphs where a power iteration stalls: long paths, bipartite graphs, large weights, near-equal
 * components (issue: "Eigenvector centrality stops before it converges").
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexFromArcs, type GraphIndex } from '../../src/graph/graph-index.js';
import { eigenvector } from '../../src/metrics/eigenvector.js';
import { largestTridiagonalEigenvalue, lanczosLeading, tridiagonalEigenvector } from '../../src/graph/lanczos.js';
import { FIXTURES } from '../helpers/reference.js';

const TOL = 1e-9;

interface ExactCase {
  name: string;
  n: number;
  directed: boolean;
  lambda: number;
  arcs: [number, number, number][];
  x: number[];
}
const EXACT: ExactCase[] = JSON.parse(readFileSync(join(FIXTURES, 'eigenvector', 'exact.json'), 'utf8')).cases;

function build(n: number, arcs: [number, number, number][], directed: boolean, weighted = true): GraphIndex {
  const ids = Array.from({ length: n }, (_, i) => `m${i}`);
  return indexFromArcs(ids, directed, { src: arcs.map((a) => a[0]), dst: arcs.map((a) => a[1]), w: arcs.map((a) => a[2]) }, { weighted });
}

function path(n: number, w = 1, offset = 0): [number, number, number][] {
  return Array.from({ length: n - 1 }, (_, i) => [offset + i, offset + i + 1, w] as [number, number, number]);
}

/** Largest |a_i − b_i|. */
function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}

/** Unit eigenvector of the n-member path: x_k ∝ sin(kπ/(n+1)), k = 1..n. */
function pathVector(n: number): Float64Array {
  const x = new Float64Array(n);
  let s = 0;
  for (let k = 1; k <= n; k++) {
    x[k - 1] = Math.sin((k * Math.PI) / (n + 1));
    s += x[k - 1] * x[k - 1];
  }
  const norm = Math.sqrt(s);
  for (let k = 0; k < n; k++) x[k] /= norm;
  return x;
}

describe('eigenvector centrality equals the exact leading eigenvector', () => {
  for (const c of EXACT) {
    it(`${c.name} (numpy dense solve)`, () => {
      const r = eigenvector(build(c.n, c.arcs, c.directed));
      expect(r.converged).toBe(true);
      expect(maxDiff(r.values, c.x)).toBeLessThan(TOL);
    });
  }

  it('path a–b–c with weights 10,000: 0.5 / 0.7071 / 0.5, the same as with weights 1', () => {
    for (const w of [1, 1e4, 1e6, 1e-3]) {
      const r = eigenvector(build(3, path(3, w), false));
      expect(maxDiff(r.values, [0.5, Math.SQRT1_2, 0.5]), `w = ${w}`).toBeLessThan(1e-12);
    }
  });

  for (const [n, w] of [[300, 1], [1000, 1], [1000, 1e6], [999, 0.01]] as const) {
    it(`path of ${n} members, weights ${w}: sin(kπ/(n+1)) normalised`, () => {
      const r = eigenvector(build(n, path(n, w), false));
      expect(r.converged).toBe(true);
      expect(maxDiff(r.values, pathVector(n))).toBeLessThan(TOL);
    });
  }

  it('complete bipartite graphs: x = 1/√(2p) on one side, 1/√(2q) on the other', () => {
    for (const [p, q, w] of [[20, 40, 100], [1, 30, 1e6], [7, 7, 1], [50, 3, 0.001]] as const) {
      const arcs: [number, number, number][] = [];
      for (let i = 0; i < p; i++) for (let j = 0; j < q; j++) arcs.push([i, p + j, w]);
      const r = eigenvector(build(p + q, arcs, false));
      expect(r.converged).toBe(true);
      const exact = Array.from({ length: p + q }, (_, v) => (v < p ? 1 / Math.sqrt(2 * p) : 1 / Math.sqrt(2 * q)));
      expect(maxDiff(r.values, exact), `${p}+${q} w=${w}`).toBeLessThan(TOL);
    }
  });

  it('path16 + path17: the 17-path carries the vector, the 16-path is 0', () => {
    const r = eigenvector(build(33, [...path(16), ...path(17, 1, 16)], false));
    const exact = [...new Array(16).fill(0), ...pathVector(17)];
    expect(maxDiff(r.values, exact)).toBeLessThan(TOL);
  });

  it('the same result for any scale of the weights (random graph, weights × 10^k)', () => {
    const c = EXACT.find((e) => e.name === 'random-80-log-weights')!;
    for (const scale of [1e-3, 1, 1e3, 1e6]) {
      const r = eigenvector(build(c.n, c.arcs.map(([s, d, w]) => [s, d, w * scale] as [number, number, number]), false));
      expect(maxDiff(r.values, c.x), `scale ${scale}`).toBeLessThan(TOL);
    }
  });

  it('unweighted option on a weighted index counts 1 per tie', () => {
    const r = eigenvector(build(300, path(300, 7.5), false), { weighted: false });
    expect(maxDiff(r.values, pathVector(300))).toBeLessThan(TOL);
  });

  it('components tied for the largest eigenvalue: the projection of the uniform start (uniform on both)', () => {
    const r = eigenvector(build(7, [[0, 1, 1], [1, 2, 1], [0, 2, 1], [3, 4, 1], [4, 5, 1], [3, 5, 1]], false));
    expect(r.converged).toBe(true);
    expect(maxDiff(r.values, [...new Array(6).fill(1 / Math.sqrt(6)), 0])).toBeLessThan(TOL);
  });

  it('reports non-convergence instead of a silent value (a long directed cycle: every eigenvalue near |λ|)', () => {
    const n = 50;
    const cycle = Array.from({ length: n }, (_, i) => [i, (i + 1) % n, i === 0 ? 2 : 1] as [number, number, number]);
    const r = eigenvector(build(n, cycle, true));
    expect(r.converged).toBe(false);
    expect(r.iterations).toBe(10000);
    const capped = eigenvector(build(1000, path(1000), false), { maxIterations: 20 });
    expect(capped.converged).toBe(false);
    expect(capped.iterations).toBe(20);
  });

  it('values are identical from run to run', () => {
    const c = EXACT.find((e) => e.name === 'random-200-w1e6')!;
    const a = eigenvector(build(c.n, c.arcs, false)).values;
    const b = eigenvector(build(c.n, c.arcs, false)).values;
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});

describe('Lanczos building blocks', () => {
  it('largest eigenvalue and eigenvector of a tridiagonal matrix (path: 2cos(π/(k+1)))', () => {
    for (const k of [1, 2, 5, 40]) {
      const alpha = new Float64Array(k);
      const beta = new Float64Array(k).fill(1);
      const theta = largestTridiagonalEigenvalue(alpha, beta, k);
      expect(theta).toBeCloseTo(k === 1 ? 0 : 2 * Math.cos(Math.PI / (k + 1)), 14);
      const s = new Float64Array(k);
      tridiagonalEigenvector(alpha, beta, k, theta, s);
      expect(maxDiff(s, pathVector(k))).toBeLessThan(1e-12);
    }
  });

  it('restarts when the basis is full and still converges', () => {
    const n = 200;
    const index = build(n, path(n), false);
    const product = (x: Float64Array, y: Float64Array): void => {
      for (let v = 0; v < n; v++) {
        let s = 0;
        for (let p = index.inOffsets[v]; p < index.inOffsets[v + 1]; p++) s += x[index.inSources[p]];
        y[v] = s;
      }
    };
    const r = lanczosLeading(n, product, new Float64Array(n).fill(1), { tolerance: 1e-14, maxProducts: 100000, maxBasis: 40 });
    expect(r.converged).toBe(true);
    expect(r.products).toBeGreaterThan(40);
    expect(r.value).toBeCloseTo(2 * Math.cos(Math.PI / (n + 1)), 13);
    expect(maxDiff(r.vector, pathVector(n))).toBeLessThan(TOL);
  });
});
