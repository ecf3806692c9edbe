/**
 * Closeness (Wasserman–Faust / reachable-only) and harmonic centrality on the indexed core.
 *
 * In-house rather than graphology-metrics: graphology reads weights as lengths (we need length =
 * 1/weight), and running the shared BFS / typed-array Dijkstra per member on the CSR index keeps the
 * all-pairs cost at O(n·m) (O(n·m log n) weighted) without graphology look-ups.
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import { adjacency, bfs, createBfsBuffers, type Direction } from '../../graph/traversal.js';
import { createDijkstraBuffers, dijkstra, inverseLengths } from '../../graph/heap.js';

/** Which distances a directed measure uses: 'in' = d(u→v) (reached by others), 'out' = d(v→u). */
export type DistanceDirection = 'in' | 'out';

export interface ClosenessOptions {
  /** Path length = Σ 1/weight (Dijkstra) instead of hops. Default false. */
  weighted?: boolean;
  /** Wasserman–Faust scaling by (r−1)/(n−1) (networkx default). False: reachable-only (igraph 0.10). Default true. */
  wfImproved?: boolean;
  /** Directed graphs: 'in' (default, networkx) or 'out'. Ignored on undirected graphs. */
  direction?: DistanceDirection;
}

export interface HarmonicOptions {
  /** Path length = Σ 1/weight (Dijkstra) instead of hops. Default false. */
  weighted?: boolean;
  /** Directed graphs: 'in' (default, = networkx `harmonic_centrality`) or 'out'. Ignored on undirected graphs. */
  direction?: DistanceDirection;
}

/**
 * Calls `visit(v, reached, order, dist)` for every member v with the distances between v and the
 * members it is connected to in the requested direction. `dist` is indexed by member; `order` lists
 * the `reached` members (v first). Distances come from the shared BFS (hops) or Dijkstra (1/w).
 */
function forEachDistanceRow(
  index: GraphIndex,
  weighted: boolean,
  direction: DistanceDirection,
  visit: (v: number, reached: number, order: Int32Array, dist: ArrayLike<number>) => void,
): void {
  const n = index.n;
  // An index built with `weighted: false` has unit lengths: BFS gives the same distances.
  const useLengths = weighted && index.weighted;
  // Distances TO v (incoming) = a traversal from v along predecessors.
  const dir: Direction = index.directed ? (direction === 'in' ? 'in' : 'out') : 'und';
  if (useLengths) {
    const buffers = createDijkstraBuffers(n);
    const lengths = inverseLengths(adjacency(index, dir).weights);
    for (let v = 0; v < n; v++) {
      const reached = dijkstra(index, v, dir, lengths, buffers);
      visit(v, reached, buffers.order, buffers.dist);
    }
  } else {
    const buffers = createBfsBuffers(n);
    let previous = -1;
    for (let v = 0; v < n; v++) {
      previous = bfs(index, v, dir, buffers, undefined, previous);
      visit(v, previous, buffers.queue, buffers.dist);
    }
  }
}

/**
 * Closeness centrality (Bavelas 1950; Freeman 1979; disconnected-graph scaling Wasserman & Faust 1994,
 * eq. 5.3):
 *   C(v) = ((r−1)/(n−1)) · ((r−1)/Σ_u d(u,v))      (wfImproved, default; networkx 2.8)
 *   C(v) = (r−1)/Σ_u d(u,v)                         (wfImproved = false; igraph 0.10 normalized)
 * with r = number of members that reach v, v included, and the sum over those members. Equals
 * (n−1)/Σd on a connected graph. Members nobody reaches (isolates) get 0, as networkx (igraph: NaN);
 * the value is never NaN. n ≤ 1 → 0.
 * - Directed: `direction: 'in'` (default) uses incoming distances d(u→v), as networkx's
 *   `closeness_centrality` on a DiGraph; 'out' uses outgoing distances d(v→u) (igraph mode="out").
 * - Weights: ignored by default; `weighted: true` uses length = 1/weight (Dijkstra; closeness does not
 *   depend on path ties, so no tolerance is needed).
 * Peers: networkx 2.8 `closeness_centrality(G, distance=, wf_improved=)`, igraph 0.10 `closeness`.
 * Cost O(n·m) (weighted O(n·m log n)).
 */
export function closeness(index: GraphIndex, options: ClosenessOptions = {}): Float64Array {
  const { weighted = false, wfImproved = true, direction = 'in' } = options;
  const n = index.n;
  const result = new Float64Array(n);
  forEachDistanceRow(index, weighted, direction, (v, reached, order, dist) => {
    let total = 0;
    for (let k = 1; k < reached; k++) total += dist[order[k]];
    if (total > 0 && n > 1) {
      let c = (reached - 1) / total;
      if (wfImproved) c *= (reached - 1) / (n - 1);
      result[v] = c;
    }
  });
  return result;
}

/**
 * Harmonic centrality (Marchiori & Latora 2000, Physica A 285:539; Rochat 2009; Boldi & Vigna 2014):
 *   H(v) = Σ_{u ≠ v} 1/d(u,v), with 1/∞ = 0 (so it is defined on disconnected graphs), raw — not divided
 *   by n−1 (networkx; igraph and sna divide by n−1).
 * - Directed: `direction: 'in'` (default) sums over incoming distances d(u→v): this is what networkx 2.8
 *   `harmonic_centrality` computes on a DiGraph (reference key `harmonic_in`); 'out' sums 1/d(v→u)
 *   (`harmonic_out`, igraph mode="out").
 * - Weights: ignored by default; `weighted: true` uses length = 1/weight (Dijkstra).
 * Peers: networkx 2.8 `harmonic_centrality`, igraph 0.10 `harmonic_centrality` × (n−1).
 * Isolates 0. Cost O(n·m) (weighted O(n·m log n)).
 */
export function harmonic(index: GraphIndex, options: HarmonicOptions = {}): Float64Array {
  const { weighted = false, direction = 'in' } = options;
  const result = new Float64Array(index.n);
  forEachDistanceRow(index, weighted, direction, (v, reached, order, dist) => {
    let total = 0;
    for (let k = 1; k < reached; k++) total += 1 / dist[order[k]];
    result[v] = total;
  });
  return result;
}
