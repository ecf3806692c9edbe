/**
 * Path-length summaries: diameter and average shortest-path length of the main component.
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import { passFamily, runPass, type PathSummary, type PivotOptions } from './path-family.js';

export type { PathSummary } from './path-family.js';

export interface PathSummaryOptions extends PivotOptions {
  /** Diameter and average path length with tie length 1/weight (Dijkstra) instead of hops. */
  weighted?: boolean;
}

/**
 * Diameter and average shortest-path length of the largest connected component (undirected graphs)
 * or the largest strongly connected component (directed graphs; ties between equal sizes → the
 * component with the lowest member index).
 *
 * - diameter = max d(i,j) over the component;
 * - average path length L = Σ_{i≠j} d(i,j) / (c(c−1)) over the c members of the component
 *   (ordered pairs; Watts & Strogatz 1998 "characteristic path length").
 *
 * Weights: `weighted: true` uses length 1/weight (strong tie = short tie) for both (Dijkstra; the
 * diameter is then the longest weighted shortest path, networkx `diameter` via `eccentricity(sp =
 * all_pairs_dijkstra_path_length(distance = 1/w))`, fixtures/paths). A component of one member gives
 * diameter 0 and L = 0 (networkx returns 0 for the trivial graph); a graph without members gives nulls. Matches networkx 2.8 `diameter` and
 * `average_shortest_path_length` on the (strongly) connected subgraph, and igraph 0.10 on the same
 * subgraph (igraph's `unconn=True` on the whole graph uses all components: a different number).
 * Tie weights must be positive for `weighted: true` (length 1/w).
 * A reducer of the one all-sources pass (path-family.ts), as in the analysis. Sampling: `pivots: k`
 * (seeded by `seed`) averages over the pivots inside the component and takes the largest distance
 * they see (a lower bound of the diameter). Cost O(n·m) (Dijkstra O(n·m log n)); sampled O(k·m).
 */
export function pathSummary(index: GraphIndex, options: PathSummaryOptions = {}): PathSummary {
  return passFamily(index, runPass(index, options), true, true).paths;
}
