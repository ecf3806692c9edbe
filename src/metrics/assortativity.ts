/**
 * Newman assortativity: do members tie to members like themselves, by group (nominal) or by degree?
 *
 * Newman, M. E. J. (2003). Mixing patterns in networks. Physical Review E 67, 026126 (nominal);
 * Newman, M. E. J. (2002). Assortative mixing in networks. Physical Review Letters 89, 208701 (degree).
 * Both unweighted; both match networkx 2.8 (`attribute_assortativity_coefficient`,
 * `degree_assortativity_coefficient`) and igraph 0.10 (`assortativity_nominal`, `assortativity_degree`).
 */
import type { GraphIndex } from '../graph/graph-index.js';
import { checkGroups } from './mixing.js';

/**
 * Newman's nominal assortativity r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i), e = the mixing matrix
 * normalised to sum 1 (as networkx: every undirected tie seen from both ends, so e is symmetric; directed:
 * each arc once, row = source group), a and b its row and column sums. r = 1: ties only inside groups;
 * 0: mixing as by chance; negative: ties prefer other groups (minimum −Σab/(1 − Σab)).
 *
 * Unweighted (weights are ignored). Members with group −1 are left out with their ties (deviation:
 * networkx would treat a missing attribute, None, as a category of its own). Null when undefined: no tie
 * between members with a known group, or all of them in one group (1 − Σ ab = 0). O(n + m + k).
 */
export function attributeAssortativity(index: GraphIndex, groups: Int32Array): number | null {
  checkGroups(index, groups);
  let k = 0;
  for (let v = 0; v < index.n; v++) if (groups[v] + 1 > k) k = groups[v] + 1;
  const rowSum = new Float64Array(k);
  const colSum = new Float64Array(k);
  let diag = 0;
  let total = 0;
  const { n, outOffsets, outTargets } = index;
  // Directed: each arc (v → u) once; undirected: the out-rows list every edge from both ends.
  for (let v = 0; v < n; v++) {
    const g = groups[v];
    if (g < 0) continue;
    for (let p = outOffsets[v], end = outOffsets[v + 1]; p < end; p++) {
      const h = groups[outTargets[p]];
      if (h < 0) continue;
      rowSum[g]++;
      colSum[h]++;
      if (g === h) diag++;
      total++;
    }
  }
  if (total === 0) return null;
  let ab = 0;
  for (let g = 0; g < k; g++) ab += (rowSum[g] / total) * (colSum[g] / total);
  const denom = 1 - ab;
  if (!(Math.abs(denom) > 1e-15)) return null;
  return (diag / total - ab) / denom;
}

/**
 * Degree assortativity (Newman 2002): the Pearson correlation of the degrees at the two ends of a tie.
 * Undirected: over both ends of every edge (each edge gives (k_u, k_v) and (k_v, k_u)); directed: over
 * arcs, source OUT-degree against target IN-degree (networkx default x = 'out', y = 'in'; igraph
 * `assortativity_degree(directed=True)`). Degrees count distinct neighbours; weights are not used.
 * Positive: well-connected members tie to each other (a core); negative: hubs tie to peripheral members
 * (hub-and-spoke). Null when undefined (no ties, or zero variance at either end, e.g. a regular graph or
 * a star). Two-pass (means first) for accuracy. O(n + m).
 */
export function degreeAssortativity(index: GraphIndex): number | null {
  const { n, outOffsets, outTargets, inOffsets } = index;
  const m = outTargets.length; // arcs, or 2 × edges (both ends) when undirected
  if (m === 0) return null;
  const outDeg = (v: number): number => outOffsets[v + 1] - outOffsets[v];
  const inDeg = (v: number): number => inOffsets[v + 1] - inOffsets[v];
  let sx = 0;
  let sy = 0;
  for (let v = 0; v < n; v++) {
    const x = outDeg(v);
    for (let p = outOffsets[v], end = outOffsets[v + 1]; p < end; p++) {
      sx += x;
      sy += inDeg(outTargets[p]);
    }
  }
  const mx = sx / m;
  const my = sy / m;
  let cxy = 0;
  let vx = 0;
  let vy = 0;
  for (let v = 0; v < n; v++) {
    const dx = outDeg(v) - mx;
    for (let p = outOffsets[v], end = outOffsets[v + 1]; p < end; p++) {
      const dy = inDeg(outTargets[p]) - my;
      cxy += dx * dy;
      vx += dx * dx;
      vy += dy * dy;
    }
  }
  const denom = Math.sqrt(vx * vy);
  if (!(denom > 1e-12 * m)) return null;
  return cxy / denom;
}
