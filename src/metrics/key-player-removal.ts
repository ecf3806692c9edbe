/**
 * E(G − v) of the key players (Borgatti 2006) from the shortest-path DAG of each source: the removal
 * of v changes only the distances of the members v dominates (every shortest path to them passes
 * through v), so the row of s in G − v is row_s − 1/d(s,v) + Σ_{t dominated} (1/d' − 1/d).
 * Hop counts here ({@link removalChange}); tie length 1/weight in key-player-removal-weighted.ts.
 * The one code path of E(G − v): the all-sources pass (paths/all-sources.ts) calls
 * {@link removalChange} for the candidates it carries, {@link runKeyPlayerBlock} is the pass of its own
 * (candidates known only after betweenness, directed graphs), {@link reduceKeyPlayerBlocks} turns
 * either's block sums into E(G) and E(G − v), and `keyPlayers` (key-players.ts) uses them.
 *
 * Pure: typed arrays in, typed arrays out (worker threads run it on shared copies).
 */
import type { KeyPlayerBlockResult, TraversalGraph } from './paths/pass-types.js';
import { runWeightedKeyPlayerBlock } from './key-player-removal-weighted.js';

/** Reusable buffers of {@link removalChange}. */
export interface DominanceScratch {
  preds: Int32Array;
  domPreds: Int32Array;
  dominated: Uint8Array;
  newDist: Int32Array;
  dset: Int32Array;
  order: Int32Array;
  bucketNext: Int32Array;
  bfsQueue: Int32Array;
  /** Sort keys of the starts (distance · n + member), see {@link sortStarts}. */
  keys: Float64Array;
}

export function createDominanceScratch(n: number): DominanceScratch {
  return {
    preds: new Int32Array(n),
    domPreds: new Int32Array(n),
    dominated: new Uint8Array(n),
    newDist: new Int32Array(n).fill(-1),
    dset: new Int32Array(n),
    order: new Int32Array(n),
    bucketNext: new Int32Array(n),
    bfsQueue: new Int32Array(n),
    keys: new Float64Array(n),
  };
}

/** Below this many starts an insertion sort; above, a numeric sort of packed keys (hubs dominate thousands). */
const INSERTION_STARTS = 24;

/**
 * Sorts `order[0..ns)` by (newDist, member index) — a total order, so every sort gives the same
 * sequence (and the same settle order and sums). Insertion sort for the usual handful of starts; for
 * a hub's large dominated sets (quadratic there: 2/3 of the kernel's time on Barabási–Albert graphs),
 * the keys newDist · n + member (exact integers below 2^53) sorted by the typed-array sort.
 */
export function sortStarts(order: Int32Array, ns: number, newDist: Int32Array, keys: Float64Array): void {
  if (ns <= INSERTION_STARTS) {
    for (let i = 1; i < ns; i++) {
      const x = order[i];
      const dx = newDist[x];
      let j = i - 1;
      while (j >= 0 && (newDist[order[j]] > dx || (newDist[order[j]] === dx && order[j] > x))) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = x;
    }
    return;
  }
  const n = keys.length;
  for (let i = 0; i < ns; i++) keys[i] = newDist[order[i]] * n + order[i];
  const sorted = keys.subarray(0, ns).sort();
  for (let i = 0; i < ns; i++) order[i] = sorted[i] % n;
}

/**
 * Change of Σ_t 1/d(s,t) when member v (reached from s, v ≠ s) is removed, from the BFS distances
 * `dist` of s and the number of shortest-path DAG predecessors `sc.preds` of every reached member:
 * −1/d(s,v) + Σ_{t dominated by v} (1/d'(s,t) − 1/d(s,t)), 1/∞ = 0.
 *
 * Dominance (Borgatti's key players need E(G − v) exactly): t's distance changes iff every shortest
 * s–t path passes through v, i.e. all of t's DAG predecessors are v or dominated; the dominated set D
 * grows from v's DAG successors. New distances inside D come from a BFS restricted to D, started from
 * D's non-dominated neighbours w at d(s,w) + 1 (bucketed by start distance, merged with the FIFO).
 */
export function removalChange(offsets: Int32Array, targets: Int32Array, dist: Int32Array, v: number, sc: DominanceScratch): number {
  const { preds, domPreds, dominated, newDist, dset, order, bfsQueue } = sc;
  let nd = 0;
  let scan = 0;
  dset[nd++] = v;
  dominated[v] = 1;
  while (scan < nd) {
    const x = dset[scan++];
    const nx = dist[x] + 1;
    for (let p = offsets[x], end = offsets[x + 1]; p < end; p++) {
      const u = targets[p];
      if (dist[u] !== nx) continue;
      if (++domPreds[u] === preds[u]) {
        dominated[u] = 1;
        dset[nd++] = u;
      }
    }
  }
  let change = -1 / dist[v];
  if (nd > 1) {
    let ns = 0;
    for (let q = 1; q < nd; q++) {
      const t = dset[q];
      let best = -1;
      for (let p = offsets[t], end = offsets[t + 1]; p < end; p++) {
        const w = targets[p];
        if (dominated[w] === 1 || dist[w] < 0) continue;
        const d = dist[w] + 1;
        if (best < 0 || d < best) best = d;
      }
      if (best > 0) {
        newDist[t] = best;
        order[ns++] = t;
      }
    }
    sortStarts(order, ns, newDist, sc.keys);
    let si = 0;
    let qh = 0;
    let qt = 0;
    while (si < ns || qh < qt) {
      let x: number;
      if (qh < qt && (si >= ns || newDist[bfsQueue[qh]] <= newDist[order[si]])) x = bfsQueue[qh++];
      else x = order[si++];
      if (dominated[x] === 2) continue;
      dominated[x] = 2; // settled
      const dx = newDist[x];
      change += 1 / dx - 1 / dist[x];
      for (let p = offsets[x], end = offsets[x + 1]; p < end; p++) {
        const u = targets[p];
        if (dominated[u] !== 1 || u === v) continue;
        if (newDist[u] < 0 || dx + 1 < newDist[u]) {
          newDist[u] = dx + 1;
          bfsQueue[qt++] = u;
        }
      }
    }
    for (let q = 1; q < nd; q++) {
      const t = dset[q];
      if (dominated[t] !== 2) change -= 1 / dist[t];
    }
  }
  for (let q = 0; q < nd; q++) {
    const x = dset[q];
    dominated[x] = 0;
    newDist[x] = -1;
    const nx = dist[x] + 1;
    for (let p = offsets[x], end = offsets[x + 1]; p < end; p++) {
      const u = targets[p];
      if (dist[u] === nx) domPreds[u] = 0;
    }
  }
  return change;
}

/**
 * Key-player efficiencies, one BFS per source (undirected view) for all candidates (Dijkstra with
 * lengths 1/weight when `g.weightedPaths`: {@link runWeightedKeyPlayerBlock}), with
 * {@link removalChange}: the row of s in G − v is row_s − 1/d(s,v) + Σ_{t dominated} (1/d' − 1/d).
 * Exact; the cost per source is one BFS plus the dominated sets' degrees (usually small).
 */
export function runKeyPlayerBlock(g: TraversalGraph, sources: Int32Array, candidates: Int32Array): KeyPlayerBlockResult {
  if (g.weightedPaths === true) return runWeightedKeyPlayerBlock(g, sources, candidates);
  const n = g.n;
  const offsets = g.undOffsets;
  const targets = g.undTargets;
  const C = candidates.length;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sc = createDominanceScratch(n);
  const preds = sc.preds;
  const without = new Float64Array(C);
  const counted = new Float64Array(C);
  let whole = 0;
  let reached = 0;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    for (let k = 0; k < reached; k++) dist[queue[k]] = -1;
    let head = 0;
    let tail = 0;
    dist[s] = 0;
    preds[s] = 0;
    queue[tail++] = s;
    let row = 0;
    while (head < tail) {
      const v = queue[head++];
      const next = dist[v] + 1;
      for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
        const u = targets[p];
        const du = dist[u];
        if (du < 0) {
          dist[u] = next;
          preds[u] = 1;
          queue[tail++] = u;
          row += 1 / next;
        } else if (du === next) {
          preds[u]++;
        }
      }
    }
    reached = tail;
    whole += row;
    for (let c = 0; c < C; c++) {
      const v = candidates[c];
      if (v === s) continue;
      counted[c] += 1;
      without[c] += dist[v] < 0 ? row : row + removalChange(offsets, targets, dist, v, sc);
    }
  }
  return { whole, without, sources: counted };
}

/**
 * E(G) and E(G − v) per candidate from the key-player block sums (of {@link runKeyPlayerBlock} or of
 * the all-sources pass that carried the candidates), reduced in block order over `sources` sources:
 * E(G) = Σ_s Σ_t 1/d(s,t) / (|S| (n − 1)); E(G − v) = Σ_{s ≠ v} Σ_{t ≠ v} 1/d'(s,t) / (|S \ {v}| (n − 2))
 * (Latora & Marchiori 2001 on G and G − v; |S| = n exact, the pivots when sampled). NaN when undefined.
 */
export function reduceKeyPlayerBlocks(results: readonly KeyPlayerBlockResult[], n: number, sources: number, candidates: number): { whole: number; without: Float64Array } {
  let whole = 0;
  const total = new Float64Array(candidates);
  const counted = new Float64Array(candidates);
  for (const r of results) {
    whole += r.whole;
    for (let c = 0; c < candidates; c++) {
      total[c] += r.without[c];
      counted[c] += r.sources[c];
    }
  }
  const without = new Float64Array(candidates);
  for (let c = 0; c < candidates; c++) without[c] = n - 1 >= 2 && counted[c] > 0 ? total[c] / (counted[c] * (n - 2)) : NaN;
  return { whole: n >= 2 && sources > 0 ? whole / (sources * (n - 1)) : NaN, without };
}
