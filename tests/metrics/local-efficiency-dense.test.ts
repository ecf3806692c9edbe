/**
 * Local efficiency on dense graphs (issue 11): the bitset search and the clique closed form give
 * networkx's values (fixtures/efficiency/dense.json, make-dense.py) and a brute-force definition,
 * and a complete graph of 300 members no longer takes seconds.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexFromArcs, type GraphIndex } from '../../src/graph/graph-index.js';
import { localEfficiency } from '../../src/metrics/efficiency.js';
import { FIXTURES } from '../helpers/reference.js';

interface DenseCase {
  n: number;
  p: number;
  seed: number;
  ties: number;
  mean: number;
  values: number[];
}
const DENSE: DenseCase[] = JSON.parse(readFileSync(join(FIXTURES, 'efficiency', 'dense.json'), 'utf8')).cases;

/** The graph of make-dense.py: 32-bit LCG, tie i–j (i < j, lexicographic) when u < p. */
function lcgPairs(n: number, p: number, seed: number): [number, number][] {
  let s = seed >>> 0;
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
      if (s / 4294967296 < p) pairs.push([i, j]);
    }
  }
  return pairs;
}

function build(n: number, pairs: [number, number][], directed = false): GraphIndex {
  const ids = Array.from({ length: n }, (_, i) => `m${i}`);
  return indexFromArcs(ids, directed, { src: pairs.map((e) => e[0]), dst: pairs.map((e) => e[1]), w: pairs.map(() => 1) });
}

/** The definition, by plain BFS inside each induced neighbourhood (sets and arrays, no tricks). */
function bruteForce(n: number, pairs: [number, number][]): number[] {
  const adj: Set<number>[] = Array.from({ length: n }, () => new Set<number>());
  for (const [a, b] of pairs) {
    if (a === b) continue;
    adj[a].add(b);
    adj[b].add(a);
  }
  return adj.map((nb) => {
    const members = [...nb];
    const k = members.length;
    if (k < 2) return 0;
    let sum = 0;
    for (const s of members) {
      const dist = new Map<number, number>([[s, 0]]);
      const queue = [s];
      for (let h = 0; h < queue.length; h++) {
        const x = queue[h];
        for (const y of adj[x]) {
          if (!nb.has(y) || dist.has(y)) continue;
          dist.set(y, dist.get(x)! + 1);
          queue.push(y);
        }
      }
      for (const [y, d] of dist) if (y !== s) sum += 1 / d;
    }
    return sum / (k * (k - 1));
  });
}

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs(a[i] - b[i]));
  return d;
}

describe('local efficiency on dense graphs', () => {
  for (const c of DENSE) {
    it(`networkx values on ${c.n} members at density ${c.p}`, () => {
      const pairs = lcgPairs(c.n, c.p, c.seed);
      expect(pairs.length).toBe(c.ties);
      const le = localEfficiency(build(c.n, pairs));
      expect(maxDiff(le.values, c.values)).toBeLessThan(1e-12);
      expect(Math.abs(le.mean - c.mean)).toBeLessThan(1e-12);
    });
  }

  it('complete graph of 300 members: every value 1, in well under the old 10 s', () => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < 300; i++) for (let j = i + 1; j < 300; j++) pairs.push([i, j]);
    const index = build(300, pairs);
    const t = performance.now();
    const le = localEfficiency(index);
    const ms = performance.now() - t;
    expect(Array.from(le.values).every((x) => x === 1)).toBe(true);
    expect(le.mean).toBe(1);
    expect(ms).toBeLessThan(2000);
  });

  it('a 220-member graph at density 0.75 runs in well under the old 2 s', () => {
    const index = build(220, lcgPairs(220, 0.75, 7));
    const t = performance.now();
    localEfficiency(index);
    expect(performance.now() - t).toBeLessThan(1000);
  });

  it('equals the brute-force definition at every density (both searches, cliques, word boundaries)', () => {
    let seed = 1;
    for (const n of [2, 3, 31, 32, 33, 45]) {
      for (const p of [0.05, 0.2, 0.5, 0.8, 0.97, 1]) {
        const pairs = lcgPairs(n, p, seed++);
        const le = localEfficiency(build(n, pairs));
        expect(maxDiff(le.values, bruteForce(n, pairs)), `n=${n} p=${p}`).toBeLessThan(1e-12);
      }
    }
  });

  it('a directed input uses the undirected view, also on the bitset search', () => {
    const pairs = lcgPairs(60, 0.7, 99);
    const arcs = pairs.map(([a, b], i) => (i % 2 === 0 ? [a, b] : [b, a]) as [number, number]);
    expect(maxDiff(localEfficiency(build(60, arcs, true)).values, bruteForce(60, pairs))).toBeLessThan(1e-12);
  });
});
