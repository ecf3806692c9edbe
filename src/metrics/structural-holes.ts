/**
 * Burt's structural-hole measures (Burt 1992, "Structural Holes: The Social Structure of Competition",
 * Harvard University Press, ch. 2): effective size, efficiency, constraint and hierarchy, matching
 * networkx 2.8 `structuralholes.py` (effective_size, constraint) and igraph 0.10 `constraint`.
 */
import type { GraphIndex } from '../graph/graph-index.js';

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
 * In-house computation: the two sums over q ∈ N(i) ∩ N(j) behind c_ij and e_i (Σ_q p_iq p_qj and
 * Σ_q p_iq a_jq) are taken for both directions of a tie {i, j} in one pass over the row of its
 * lower-degree end, looking the other end's neighbours up in a position array; q comes in index
 * order, as in a scan of either row. Then each member adds its contacts' terms in row order.
 *
 * Complexity: O(n + m + Σ_{ties ij} min(d_i, d_j)) with dense scratch arrays (no Maps).
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
  let maxDeg = 0;
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
    if (offsets[v + 1] - offsets[v] > maxDeg) maxDeg = offsets[v + 1] - offsets[v];
  }

  // Per undirected-view position p (row i, neighbour j), side by side: sums[2p] = Σ_q p_iq p_qj and
  // sums[2p + 1] = Σ_q p_iq a_jq, q ∈ N(i) ∩ N(j) in index order.
  const sums = new Float64Array(2 * targets.length);
  // at[q] = 1 + position of q in row h while h's row is spread out, else 0.
  const at = new Int32Array(n);
  for (let h = 0; h < n; h++) {
    const hStart = offsets[h];
    const hEnd = offsets[h + 1];
    const dh = hEnd - hStart;
    if (dh === 0) continue;
    for (let p = hStart; p < hEnd; p++) at[targets[p]] = p + 1;
    const sh = invSum[h];
    for (let p = hStart; p < hEnd; p++) {
      const l = targets[p];
      const lStart = offsets[l];
      const lEnd = offsets[l + 1];
      const dl = lEnd - lStart;
      if (dl > dh || (dl === dh && l > h)) continue; // the tie is done from its lower-degree end l
      const sl = invSum[l];
      let indirectHL = 0;
      let sharedHL = 0;
      let indirectLH = 0;
      let sharedLH = 0;
      let pLH = -1; // position of h in row l
      for (let r = lStart; r < lEnd; r++) {
        const q = targets[r];
        const rh = at[q] - 1;
        if (rh < 0) {
          if (q === h) pLH = r;
          continue;
        }
        const wlq = weights[r];
        const whq = weights[rh];
        const pwHL = whq * sh * wlq; // p_hq a_lq
        indirectHL += pwHL * invSum[q];
        sharedHL += pwHL;
        const pwLH = wlq * sl * whq; // p_lq a_hq
        indirectLH += pwLH * invSum[q];
        sharedLH += pwLH;
      }
      sums[2 * p] = indirectHL;
      sums[2 * p + 1] = sharedHL;
      sums[2 * pLH] = indirectLH;
      sums[2 * pLH + 1] = sharedLH;
    }
    for (let p = hStart; p < hEnd; p++) at[targets[p]] = 0;
  }

  const effectiveSize = new Float64Array(n);
  const efficiency = new Float64Array(n);
  const constraint = new Float64Array(n);
  const hierarchy = new Float64Array(n);
  const cij = new Float64Array(maxDeg);
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
    let redundancy = 0;
    let C = 0;
    for (let p = start; p < end; p++) {
      redundancy += sums[2 * p + 1] * invMax[targets[p]];
      const c = (weights[p] * si + sums[2 * p]) ** 2;
      cij[p - start] = c;
      C += c;
    }
    const e = deg - redundancy;
    effectiveSize[i] = e;
    efficiency[i] = e / deg;
    constraint[i] = C;
    if (deg === 1) hierarchy[i] = 1; // JUNG's convention: all constraint comes from the one contact
    else {
      let h = 0;
      for (let t = 0; t < deg; t++) {
        const rj = (cij[t] * deg) / C;
        if (rj > 0) h += rj * Math.log(rj);
      }
      hierarchy[i] = h / (deg * Math.log(deg));
    }
  }
  return { effectiveSize, efficiency, constraint, hierarchy };
}
