/**
 * E(G − v) of the key players with tie length 1/weight (`paths: 'weighted'`): the weighted form of the
 * hop-count dominance update of key-player-removal.ts. From each source's Dijkstra, the shortest-path
 * DAG ({@link dagPredecessors}, the predicate of the weighted Brandes step) and, per candidate v, the
 * Dijkstra restricted to the members v dominates ({@link removalChangeWeighted}).
 *
 * Pure: typed arrays in, typed arrays out; deterministic (Dijkstra settles in one fixed order).
 */
import { asIndex, type KeyPlayerBlockResult, type TraversalGraph } from './paths/pass-types.js';
import { createDijkstraBuffers, dijkstra, IndexedMinHeap, inverseLengths, sameLength } from '../graph/heap.js';

/** Reusable buffers of {@link removalChangeWeighted}. */
export interface WeightedDominanceScratch {
  /** Shortest-path DAG predecessors of each reached member ({@link dagPredecessors}). */
  preds: Int32Array;
  domPreds: Int32Array;
  /** 0 = not dominated, 1 = dominated, 2 = dominated and settled in G − v. */
  dominated: Uint8Array;
  /** Distance in G − v of a dominated member (Infinity until reached). */
  newDist: Float64Array;
  dset: Int32Array;
  heap: IndexedMinHeap;
}

export function createWeightedDominanceScratch(n: number): WeightedDominanceScratch {
  return {
    preds: new Int32Array(n),
    domPreds: new Int32Array(n),
    dominated: new Uint8Array(n),
    newDist: new Float64Array(n).fill(Infinity),
    dset: new Int32Array(n),
    heap: new IndexedMinHeap(n),
  };
}

/**
 * Settle positions (`position`) and the number of shortest-path DAG predecessors (`preds`) of the
 * `reached` members of a Dijkstra (`dist`, settle `order`): x precedes u iff u is settled after x and
 * d(x) + len(x,u) equals d(u) up to the relative tolerance of `sameLength` — the predicate of the
 * weighted Brandes step, so the DAG is the one betweenness counts paths on.
 */
export function dagPredecessors(
  offsets: Int32Array,
  targets: Int32Array,
  lengths: Float64Array,
  dist: Float64Array,
  order: Int32Array,
  reached: number,
  position: Int32Array,
  preds: Int32Array,
): void {
  for (let k = 0; k < reached; k++) {
    const v = order[k];
    position[v] = k;
    preds[v] = 0;
  }
  for (let k = 0; k < reached; k++) {
    const x = order[k];
    const dx = dist[x];
    for (let p = offsets[x], end = offsets[x + 1]; p < end; p++) {
      const u = targets[p];
      const du = dist[u];
      if (du === Infinity || position[u] <= k) continue;
      if (sameLength(dx + lengths[p], du)) preds[u]++;
    }
  }
}

/**
 * Change of Σ_t 1/d(s,t) when member v (reached from s, v ≠ s) is removed, lengths 1/w:
 * −1/d(s,v) + Σ_{t dominated by v} (1/d'(s,t) − 1/d(s,t)), 1/∞ = 0 — as `removalChange` of
 * all-sources.ts with hop counts. t is dominated (its distance changes) iff all its DAG predecessors
 * ({@link dagPredecessors}) are v or dominated. New distances inside the dominated set D come from a
 * Dijkstra restricted to D, started at every t ∈ D from min over its non-dominated reached neighbours w
 * of d(s,w) + len(w,t): a shortest s–t path in G − v leaves the members outside D (whose distances
 * are unchanged) for the last time at such a w. Undirected view only (len(w,t) = len(t,w)).
 */
export function removalChangeWeighted(
  offsets: Int32Array,
  targets: Int32Array,
  lengths: Float64Array,
  dist: Float64Array,
  position: Int32Array,
  v: number,
  sc: WeightedDominanceScratch,
): number {
  const { preds, domPreds, dominated, newDist, dset, heap } = sc;
  let nd = 0;
  let scan = 0;
  dset[nd++] = v;
  dominated[v] = 1;
  while (scan < nd) {
    const x = dset[scan++];
    const dx = dist[x];
    const kx = position[x];
    for (let p = offsets[x], end = offsets[x + 1]; p < end; p++) {
      const u = targets[p];
      const du = dist[u];
      if (du === Infinity || position[u] <= kx || !sameLength(dx + lengths[p], du)) continue;
      if (++domPreds[u] === preds[u]) {
        dominated[u] = 1;
        dset[nd++] = u;
      }
    }
  }
  let change = -1 / dist[v];
  if (nd > 1) {
    for (let q = 1; q < nd; q++) {
      const t = dset[q];
      let best = Infinity;
      for (let p = offsets[t], end = offsets[t + 1]; p < end; p++) {
        const w = targets[p];
        if (dominated[w] !== 0 || dist[w] === Infinity) continue;
        const d = dist[w] + lengths[p];
        if (d < best) best = d;
      }
      if (best < Infinity) {
        newDist[t] = best;
        heap.push(t, best);
      }
    }
    while (heap.size > 0) {
      const x = heap.pop();
      dominated[x] = 2; // settled
      const dx = newDist[x];
      change += 1 / dx - 1 / dist[x];
      for (let p = offsets[x], end = offsets[x + 1]; p < end; p++) {
        const u = targets[p];
        if (dominated[u] !== 1 || u === v) continue;
        const alt = dx + lengths[p];
        if (alt < newDist[u]) {
          newDist[u] = alt;
          heap.push(u, alt);
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
    newDist[x] = Infinity;
    const dx = dist[x];
    const kx = position[x];
    for (let p = offsets[x], end = offsets[x + 1]; p < end; p++) {
      const u = targets[p];
      const du = dist[u];
      if (du !== Infinity && position[u] > kx && sameLength(dx + lengths[p], du)) domPreds[u] = 0;
    }
  }
  return change;
}

/** `runKeyPlayerBlock` of key-player-removal.ts with lengths 1/weight on the undirected view. */
export function runWeightedKeyPlayerBlock(g: TraversalGraph, sources: Int32Array, candidates: Int32Array): KeyPlayerBlockResult {
  const n = g.n;
  const index = asIndex(g);
  const offsets = g.undOffsets;
  const targets = g.undTargets;
  const lengths = inverseLengths(g.undWeights);
  const C = candidates.length;
  const buffers = createDijkstraBuffers(n);
  const { dist, order } = buffers;
  const position = new Int32Array(n);
  const sc = createWeightedDominanceScratch(n);
  const without = new Float64Array(C);
  const counted = new Float64Array(C);
  let whole = 0;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    const reached = dijkstra(index, s, 'und', lengths, buffers);
    let row = 0;
    for (let k = 1; k < reached; k++) row += 1 / dist[order[k]];
    whole += row;
    dagPredecessors(offsets, targets, lengths, dist, order, reached, position, sc.preds);
    for (let c = 0; c < C; c++) {
      const v = candidates[c];
      if (v === s) continue;
      counted[c] += 1;
      without[c] += dist[v] === Infinity ? row : row + removalChangeWeighted(offsets, targets, lengths, dist, position, v, sc);
    }
  }
  return { whole, without, sources: counted };
}
