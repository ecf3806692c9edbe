/**
 * Modularity of a partition of the members (Newman & Girvan 2004; Newman 2006; directed: Leicht &
 * Newman 2008), exactly as `networkx.algorithms.community.modularity` (networkx 2.8) computes it.
 */
import type { GraphIndex } from '../graph/graph-index.js';

export interface ModularityOptions {
  /** Resolution γ (Reichardt & Bornholdt 2006): > 1 favours smaller communities. Default 1. */
  resolution?: number;
}

/**
 * Checks an assignment against the index and returns the number of community labels (max + 1).
 * Labels must be non-negative integers; they need not be contiguous.
 */
export function communityLabelCount(index: GraphIndex, assignment: ArrayLike<number>): number {
  if (assignment.length !== index.n) {
    throw new RangeError(`modularity: assignment has ${assignment.length} entries, the graph has ${index.n} members`);
  }
  let max = -1;
  for (let i = 0; i < index.n; i++) {
    const c = assignment[i];
    if (!Number.isInteger(c) || c < 0) throw new RangeError(`modularity: invalid community ${c} for member ${index.ids[i]}`);
    if (c > max) max = c;
  }
  return max + 1;
}

/**
 * Modularity Q of the partition `assignment` (community label per member, indexed like `index.ids`).
 *
 * - Undirected: Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], with m the total tie weight, L_c the weight of
 *   the ties inside c and d_c the sum of the strengths (weighted degrees) of c's members
 *   (Newman & Girvan 2004, Phys. Rev. E 69:026113; weighted: Newman 2004, Phys. Rev. E 70:056131).
 * - Directed: Q = Σ_c [ L_c / m − γ d_c^out d_c^in / m² ], with m the total arc weight, L_c the
 *   weight of the arcs inside c and d_c^out, d_c^in the summed out- and in-strengths of c's members
 *   (Leicht & Newman 2008, Phys. Rev. Lett. 100:118703).
 *
 * Weights: tie weight = intensity; weighted or not follows `index.weighted` (when false every tie
 * counts 1, whatever weight the arrays hold — e.g. a reciprocated pair merged by a symmetrised view). For the symmetrised view of a directed graph pass `undirectedView(index)`
 * (reciprocal arcs merged, weights summed).
 *
 * Peer: networkx 2.8 `community.modularity(G, communities, weight, resolution)`; igraph 0.10
 * `modularity()` gives the same number (checked in the reference files). Self-loops do not occur
 * (the index drops them).
 *
 * Undefined: a graph without ties (m = 0) gives NaN (networkx raises ZeroDivisionError, igraph
 * returns NaN). O(n + m).
 */
export function modularity(index: GraphIndex, assignment: ArrayLike<number>, options: ModularityOptions = {}): number {
  const resolution = options.resolution ?? 1;
  const k = communityLabelCount(index, assignment);
  const n = index.n;
  const internal = new Float64Array(k);
  const outStrength = new Float64Array(k);
  const inStrength = new Float64Array(k);
  const { outOffsets, outTargets, outWeights } = index;
  // An unweighted index counts every tie 1, even if its arrays hold summed weights (merged pairs).
  const weighted = index.weighted;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const ci = assignment[i];
    let s = 0;
    for (let p = outOffsets[i], end = outOffsets[i + 1]; p < end; p++) {
      const w = weighted ? outWeights[p] : 1;
      s += w;
      if (assignment[outTargets[p]] === ci) internal[ci] += w;
    }
    outStrength[ci] += s;
    total += s;
  }
  if (index.directed) {
    const { inOffsets, inWeights } = index;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let p = inOffsets[i], end = inOffsets[i + 1]; p < end; p++) s += weighted ? inWeights[p] : 1;
      inStrength[assignment[i]] += s;
    }
  }
  if (!(total > 0)) return NaN;
  let q = 0;
  if (index.directed) {
    // total = m (each arc seen once); internal[c] = L_c.
    const m = total;
    for (let c = 0; c < k; c++) q += internal[c] / m - (resolution * outStrength[c] * inStrength[c]) / (m * m);
  } else {
    // total = 2m and internal[c] = 2 L_c (each tie seen from both ends); d_c = outStrength[c].
    const m2 = total;
    for (let c = 0; c < k; c++) {
      const share = outStrength[c] / m2;
      q += internal[c] / m2 - resolution * share * share;
    }
  }
  return q;
}
