/**
 * Test helper: seeded random graph families as indexes (members "v0".."v{n−1}"), for comparing the
 * Louvain engine with its oracle. Weights 1..5 when `weighted`, else 1.
 */
import { indexFromArcs, type GraphIndex } from '../../src/graph/graph-index.js';
import { createRng, randomInt, type Rng } from '../../src/graph/random.js';

function build(n: number, directed: boolean, weighted: boolean, rng: Rng, arcs: [number, number][]): GraphIndex {
  const seen = new Set<number>();
  const src: number[] = [];
  const dst: number[] = [];
  const w: number[] = [];
  for (const [a, b] of arcs) {
    if (a === b) continue;
    const key = directed ? a * n + b : Math.min(a, b) * n + Math.max(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    src.push(a);
    dst.push(b);
    w.push(weighted ? 1 + randomInt(rng, 5) : 1);
  }
  return indexFromArcs(Array.from({ length: n }, (_, i) => `v${i}`), directed, { src, dst, w });
}

/** Erdős–Rényi G(n, m): m ties between uniformly drawn pairs. */
export function erdosRenyi(n: number, m: number, seed: number, opts: { directed?: boolean; weighted?: boolean } = {}): GraphIndex {
  const rng = createRng(seed);
  const arcs: [number, number][] = [];
  for (let e = 0; e < m; e++) arcs.push([randomInt(rng, n), randomInt(rng, n)]);
  return build(n, opts.directed ?? false, opts.weighted ?? false, rng, arcs);
}

/**
 * Planted partition: `groups` groups of `size` members; each pair (ordered pair when directed) is tied
 * with probability pIn inside a group, pOut across.
 */
export function plantedPartition(
  groups: number,
  size: number,
  pIn: number,
  pOut: number,
  seed: number,
  opts: { directed?: boolean; weighted?: boolean } = {},
): GraphIndex {
  const rng = createRng(seed);
  const n = groups * size;
  const directed = opts.directed ?? false;
  const arcs: [number, number][] = [];
  for (let a = 0; a < n; a++) {
    for (let b = directed ? 0 : a + 1; b < n; b++) {
      if (a === b) continue;
      const p = Math.floor(a / size) === Math.floor(b / size) ? pIn : pOut;
      if (rng() < p) arcs.push([a, b]);
    }
  }
  return build(n, directed, opts.weighted ?? false, rng, arcs);
}

/**
 * Barabási–Albert preferential attachment: each new member ties to `k` earlier members drawn by
 * degree (directed: the new member's arcs point to them, or back with probability ½).
 */
export function barabasiAlbert(n: number, k: number, seed: number, opts: { directed?: boolean; weighted?: boolean } = {}): GraphIndex {
  const rng = createRng(seed);
  const ends: number[] = [];
  const arcs: [number, number][] = [];
  for (let v = 0; v <= k; v++) for (let u = 0; u < v; u++) {
    arcs.push([v, u]);
    ends.push(u, v);
  }
  for (let v = k + 1; v < n; v++) {
    for (let t = 0; t < k; t++) {
      const u = ends[randomInt(rng, ends.length)];
      arcs.push(opts.directed && rng() < 0.5 ? [u, v] : [v, u]);
      ends.push(u, v);
    }
  }
  return build(n, opts.directed ?? false, opts.weighted ?? false, rng, arcs);
}
