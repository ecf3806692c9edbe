/**
 * Burt's structural-hole measures (Burt 1992, "Structural Holes: The Social Structure of Competition",
 * Harvard University Press, ch. 2): effective size, efficiency, constraint and hierarchy, matching
 * networkx 2.8 `structuralholes.py` (effective_size, constraint) and igraph 0.10 `constraint`.
 */
import type { GraphIndex } from '../core/graph-index.js';

export interface StructuralHolesResult {
  /** Burt's effective size e_i (non-redundant contacts). NaN for isolates. */
  effectiveSize: Float64Array;
  /** e_i / |N(i)|. NaN for isolates. */
  efficiency: Float64Array;
  /** Burt's aggregate constraint C_i = Σ_j c_ij. NaN for isolates. */
  constraint: Float64Array;
  /** Burt's hierarchy (concentration of constraint on one contact). NaN for isolates; 1 for a single contact. */
  hierarchy: Float64Array;
}

/**
 * Burt's structural holes on all neighbours of each member (in and out for a directed graph).
 *
 * With the mutual tie strength a_ij + a_ji (here: the undirected view's weight, which for a directed
 * index is the sum of both arcs, and for an unweighted directed index counts 2 for a reciprocated pair):
 * p_ij = (a_ij + a_ji)/Σ_k(a_ik + a_ki) (share of i's ties invested in j) and
 * m_jq = (a_jq + a_qj)/max_l(a_jl + a_lj) (j's tie to q relative to j's strongest tie); N(i) the
 * neighbours of i, N = |N(i)|.
 * - effective size e_i = Σ_{j∈N(i)} [1 − Σ_{q∈N(i), q≠j} p_iq m_jq]; unweighted undirected this is
 *   Borgatti's N − 2t/N (t = ties among i's neighbours), which networkx uses in that case.
 * - efficiency = e_i / N.
 * - dyadic constraint c_ij = (p_ij + Σ_{q∈N(i), q≠i,j} p_iq p_qj)²; constraint C_i = Σ_j c_ij
 *   (a triangle gives 1.125, an isolated dyad 1, a star's centre 1/N).
 * - hierarchy H_i = Σ_j r_j ln r_j / (N ln N), r_j = c_ij / (C_i/N) (Burt 1992; not in
 *   networkx/igraph; on undirected graphs = JUNG 2 `StructuralHoles.hierarchy`): 0 when every contact constrains
 *   equally (a star's centre), towards 1 as the constraint concentrates on one contact. With a single
 *   contact the formula is 0/0 (ln 1 = 0); like JUNG we return 1 (all constraint from that contact).
 *
 * Weights: used when `index.weighted` (tie weight = strength, no 1/w lengths). An unweighted undirected
 * index uses 1 per neighbour (also for `undirectedView` of an unweighted directed index, whose merged
 * weights would otherwise be 2 for reciprocated pairs) — as networkx on the symmetrised graph.
 * Weights must be positive: a member whose ties all weigh 0 gets NaN.
 *
 * Peers: networkx `effective_size`/`constraint` (weight=None or "weight") on undirected graphs, exactly;
 * igraph `constraint`. Directed graphs: the all-neighbour values (= igraph); networkx looks at successors
 * only for the isolate test and returns NaN for members with in-ties only — a documented deviation.
 *
 * Undefined (NaN): all four for isolates (networkx and igraph: NaN too). Hierarchy with one contact: 1 (see above).
 *
 * Complexity: O(Σ_j d_j²) with sorted rows and dense scratch arrays (no Maps).
 */
export function structuralHoles(index: GraphIndex): StructuralHolesResult {
  const n = index.n;
  const offsets = index.undOffsets;
  const targets = index.undTargets;
  const unit = !index.directed && !index.weighted;
  const weights = unit ? new Float64Array(targets.length).fill(1) : index.undWeights;

  // Row sums and maxima of the mutual weights (stored inverted).
  const invSum = new Float64Array(n);
  const invMax = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let s = 0;
    let m = -Infinity;
    for (let p = offsets[v]; p < offsets[v + 1]; p++) {
      const w = weights[p];
      s += w;
      if (w > m) m = w;
    }
    invSum[v] = 1 / s;
    invMax[v] = 1 / m;
  }

  const effectiveSize = new Float64Array(n);
  const efficiency = new Float64Array(n);
  const constraint = new Float64Array(n);
  const hierarchy = new Float64Array(n);
  // Scratch: P[q] = p_iq for q ∈ N(i); mark[q] = i + 1 when q ∈ N(i).
  const P = new Float64Array(n);
  const mark = new Int32Array(n);
  const cij: number[] = [];

  for (let i = 0; i < n; i++) {
    const start = offsets[i];
    const end = offsets[i + 1];
    const deg = end - start;
    if (deg === 0) {
      effectiveSize[i] = NaN;
      efficiency[i] = NaN;
      constraint[i] = NaN;
      hierarchy[i] = NaN;
      continue;
    }
    const si = invSum[i];
    for (let p = start; p < end; p++) {
      const q = targets[p];
      P[q] = weights[p] * si;
      mark[q] = i + 1;
    }
    let redundancy = 0;
    let C = 0;
    cij.length = 0;
    for (let p = start; p < end; p++) {
      const j = targets[p];
      let indirect = 0; // Σ_q p_iq p_qj
      let red = 0; // Σ_q p_iq w_jq  (divided by max_j below)
      for (let r = offsets[j], re = offsets[j + 1]; r < re; r++) {
        const q = targets[r];
        if (mark[q] !== i + 1) continue; // q ∉ N(i) (this also skips q = i)
        const pw = P[q] * weights[r];
        indirect += pw * invSum[q];
        red += pw;
      }
      redundancy += red * invMax[j];
      const c = (P[j] + indirect) ** 2;
      cij.push(c);
      C += c;
    }
    const e = deg - redundancy;
    effectiveSize[i] = e;
    efficiency[i] = e / deg;
    constraint[i] = C;
    if (deg === 1) hierarchy[i] = 1; // JUNG's convention: all constraint comes from the one contact
    else {
      let h = 0;
      for (const c of cij) {
        const rj = (c * deg) / C;
        if (rj > 0) h += rj * Math.log(rj);
      }
      hierarchy[i] = h / (deg * Math.log(deg));
    }
  }
  return { effectiveSize, efficiency, constraint, hierarchy };
}
