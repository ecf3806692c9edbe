/**
 * Density and reciprocity: how many of the possible partnerships exist, and how many are returned.
 */
import type { GraphIndex } from '../graph/graph-index.js';

/**
 * Density: share of possible ties that exist. Undirected D = 2m / (n(n−1)); directed
 * D = m / (n(n−1)) (arcs over ordered pairs). n < 2 → 0. Weights are not used (a weighted graph has
 * the density of its ties). Wasserman & Faust (1994, §4.2); matches networkx 2.8 `density` and igraph
 * `density(loops=False)`. O(1).
 */
export function density(index: GraphIndex): number {
  const n = index.n;
  if (n < 2) return 0;
  const possible = n * (n - 1);
  return index.directed ? index.m / possible : (2 * index.m) / possible;
}

/**
 * Reciprocity (overall): share of arcs whose reverse arc also exists,
 * r = |{(i,j) ∈ A : (j,i) ∈ A}| / |A| (Wasserman & Faust 1994, §13.2; Garlaschelli & Loffredo 2004
 * call it r). Weights are not used. Null for undirected graphs (every tie is mutual: not defined,
 * networkx raises) and for graphs without arcs. Matches networkx 2.8 `overall_reciprocity` and igraph
 * `reciprocity(mode="default")`. O(1) from the index: reciprocated pairs = m − (ties of the
 * undirected view).
 */
export function reciprocity(index: GraphIndex): number | null {
  if (!index.directed || index.m === 0) return null;
  const undTies = index.undTargets.length / 2;
  const mutualPairs = index.m - undTies;
  return (2 * mutualPairs) / index.m;
}
