/**
 * Closeness (Wasserman–Faust / reachable-only) and harmonic centrality on the indexed core: reducers
 * over the one all-sources pass (all-sources.ts, hop counts; weighted-sources.ts, length 1/weight),
 * the same reduction the analysis uses (path-family.ts).
 *
 * In-house rather than graphology-metrics: graphology reads weights as lengths (we need length =
 * 1/weight), and the typed-array BFS / Dijkstra per member on the CSR index keeps the all-pairs cost
 * at O(n·m) (O(n·m log n) weighted) without graphology look-ups.
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import { passFamily, pivotsOf, runPass, type Pass, type PivotOptions } from './path-family.js';

/** Which distances a directed measure uses: 'in' = d(u→v) (reached by others), 'out' = d(v→u). */
export type DistanceDirection = 'in' | 'out';

export interface ClosenessOptions extends PivotOptions {
  /** Path length = Σ 1/weight (Dijkstra) instead of hops. Default false. */
  weighted?: boolean;
  /** Wasserman–Faust scaling by (r−1)/(n−1) (networkx default). False: reachable-only (igraph 0.10). Default true. */
  wfImproved?: boolean;
  /** Directed graphs: 'in' (default, networkx) or 'out'. Ignored on undirected graphs. */
  direction?: DistanceDirection;
}

export interface HarmonicOptions extends PivotOptions {
  /** Path length = Σ 1/weight (Dijkstra) instead of hops. Default false. */
  weighted?: boolean;
  /** Directed graphs: 'in' (default, = networkx `harmonic_centrality`) or 'out'. Ignored on undirected graphs. */
  direction?: DistanceDirection;
}

/**
 * The pass whose reduction gives the distances of `direction`: exact — each source's own row (one
 * search per member; 'in' of a directed graph: rows of the reversed graph); sampled — the pivots'
 * columns (distances from the pivots to v; 'out': on the reversed graph).
 */
function distancePass(index: GraphIndex, weighted: boolean, direction: DistanceDirection, sampling: PivotOptions): Pass {
  const sampled = pivotsOf(index.n, sampling) !== null;
  const reversed = index.directed && (sampled ? direction === 'out' : direction === 'in');
  return runPass(index, { weighted, pivots: sampling.pivots, seed: sampling.seed, reversed });
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
 * - Sampling: `pivots: k` (seeded by `seed`) estimates C(v) from k pivot sources (Eppstein & Wang
 *   2004): r and Σd over the pivots other than v that reach v, (r−1)/(n−1) estimated by r̂/k_v. Exact
 *   when k ≥ n. networkx has no sampled closeness; the estimator is the analysis's above its size limit.
 * Peers: networkx 2.8 `closeness_centrality(G, distance=, wf_improved=)`, igraph 0.10 `closeness`.
 * Cost O(n·m) (weighted O(n·m log n)); sampled O(k·m).
 */
export function closeness(index: GraphIndex, options: ClosenessOptions = {}): Float64Array {
  const { weighted = false, wfImproved = true, direction = 'in' } = options;
  return passFamily(index, distancePass(index, weighted, direction, options), wfImproved, true).closeness;
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
 * - Sampling: `pivots: k` (seeded by `seed`) estimates H(v) = ((n−1)/k_v) Σ 1/d(s,v) over the k_v
 *   pivots s ≠ v (Eppstein & Wang 2004). Exact when k ≥ n.
 * Isolates 0. Cost O(n·m) (weighted O(n·m log n)); sampled O(k·m).
 */
export function harmonic(index: GraphIndex, options: HarmonicOptions = {}): Float64Array {
  const { weighted = false, direction = 'in' } = options;
  return passFamily(index, distancePass(index, weighted, direction, options), true, true).harmonic;
}
