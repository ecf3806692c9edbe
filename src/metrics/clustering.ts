/**
 * Clustering: how often a member's partners are partners of each other (closed triads).
 *
 * Every variant runs on one triangle enumeration of the undirected view: the "forward" algorithm
 * (Schank & Wagner 2005; Latapy 2008) orients each tie from the lower- to the higher-ranked end
 * (rank = degree, then index) and intersects the forward lists (mark array), finding each triangle once in
 * O(m·√m). Corner contributions are then added per variant. The forward lists and the unweighted
 * triangle counts (local clustering, transitivity) are kept per index, so a second measure on the
 * same index does not redo them; brokerage (brokerage.ts) enumerates its closed pairs with the same
 * forward lists.
 */
import type { GraphIndex } from '../graph/graph-index.js';

/** Called once per triangle {u, v, w}, with the undirected-view positions of its three ties. */
export type TriangleVisitor = (u: number, v: number, w: number, puv: number, puw: number, pvw: number) => void;

/** Ties to higher-ranked neighbours: row v is `fOff[v]..fOff[v + 1]` of `fTgt` (neighbour) and `fPos` (position in the undirected view). */
export interface ForwardLists {
  fOff: Int32Array;
  fTgt: Int32Array;
  fPos: Int32Array;
}

/** Forward lists per index, shared by every triangle enumeration on it (an index is never changed after it is built). */
const forwardCache = new WeakMap<GraphIndex, ForwardLists>();

/**
 * Orients each tie of the undirected view from the lower- to the higher-ranked end, rank = (degree,
 * index), keeping neighbour-index order within a row (each tie is forward at one end). O(n + m);
 * computed once per index (read-only).
 */
export function forwardLists(index: GraphIndex): ForwardLists {
  const cached = forwardCache.get(index);
  if (cached !== undefined) return cached;
  const n = index.n;
  const off = index.undOffsets;
  const tgt = index.undTargets;
  // rank by (degree, index): counting sort on degree keeps index order within a degree.
  let maxDeg = 0;
  for (let v = 0; v < n; v++) if (off[v + 1] - off[v] > maxDeg) maxDeg = off[v + 1] - off[v];
  const bucket = new Int32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) bucket[off[v + 1] - off[v] + 1]++;
  for (let d = 0; d <= maxDeg; d++) bucket[d + 1] += bucket[d];
  const rank = new Int32Array(n);
  for (let v = 0; v < n; v++) rank[v] = bucket[off[v + 1] - off[v]]++;
  const forward = new Uint8Array(tgt.length);
  const fOff = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    const rv = rank[v];
    let c = 0;
    for (let p = off[v]; p < off[v + 1]; p++) {
      if (rank[tgt[p]] > rv) {
        forward[p] = 1;
        c++;
      }
    }
    fOff[v + 1] = fOff[v] + c;
  }
  const fTgt = new Int32Array(fOff[n]);
  const fPos = new Int32Array(fOff[n]);
  for (let p = 0, k = 0; p < tgt.length; p++) {
    if (forward[p] === 1) {
      fTgt[k] = tgt[p];
      fPos[k++] = p;
    }
  }
  const lists = { fOff, fTgt, fPos };
  forwardCache.set(index, lists);
  return lists;
}

/**
 * Enumerates every triangle of the undirected view once, u the lowest-ranked corner and v before w
 * in rank; `puv`, `puw` are positions in row u and `pvw` in row v. Visits come in a fixed order (u
 * ascending, then u's and v's forward neighbours in index order), so sums over triangles are
 * reproducible. O(m·√m) time, O(n + m) memory.
 */
export function forEachTriangle(index: GraphIndex, visit: TriangleVisitor): void {
  const n = index.n;
  const { fOff, fTgt, fPos } = forwardLists(index);
  // mark[w] = 1 + position of the tie u–w while u is the lowest-ranked corner.
  const mark = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    const uStart = fOff[u];
    const uEnd = fOff[u + 1];
    if (uEnd - uStart < 2) continue;
    for (let a = uStart; a < uEnd; a++) mark[fTgt[a]] = fPos[a] + 1;
    for (let a = uStart; a < uEnd; a++) {
      const v = fTgt[a];
      for (let b = fOff[v], bEnd = fOff[v + 1]; b < bEnd; b++) {
        const puw = mark[fTgt[b]] - 1;
        if (puw >= 0) visit(u, v, fTgt[b], fPos[a], puw, fPos[b]);
      }
    }
    for (let a = uStart; a < uEnd; a++) mark[fTgt[a]] = 0;
  }
}

/**
 * Triangle counts per index, kept so that local clustering and transitivity (and any later call on
 * the same index) share one enumeration.
 */
const triangleCache = new WeakMap<GraphIndex, Float64Array>();

/** Triangles at every member (undirected view, unweighted); computed once per index (read-only). */
function triangleCounts(index: GraphIndex): Float64Array {
  const cached = triangleCache.get(index);
  if (cached !== undefined) return cached;
  const tri = new Float64Array(index.n);
  forEachTriangle(index, (u, v, w) => {
    tri[u]++;
    tri[v]++;
    tri[w]++;
  });
  triangleCache.set(index, tri);
  return tri;
}

/**
 * Per undirected-view position p (row i, neighbour j): s_ij = c(i→j) + c(j→i), where c(a→b) =
 * f(weight of arc a→b) or 0 when there is no arc. f = 1 (unweighted) or (w / max w)^(1/3).
 */
function mutualArcValues(index: GraphIndex, cubeRootOf: number | null): Float64Array {
  const n = index.n;
  const s = new Float64Array(index.undTargets.length);
  const f = (w: number): number => (cubeRootOf === null ? 1 : Math.cbrt(w / cubeRootOf));
  for (let i = 0; i < n; i++) {
    let po = index.outOffsets[i];
    const oEnd = index.outOffsets[i + 1];
    let pi = index.inOffsets[i];
    const iEnd = index.inOffsets[i + 1];
    for (let p = index.undOffsets[i]; p < index.undOffsets[i + 1]; p++) {
      const j = index.undTargets[p];
      let value = 0;
      if (po < oEnd && index.outTargets[po] === j) value += f(index.outWeights[po++]);
      if (pi < iEnd && index.inSources[pi] === j) value += f(index.inWeights[pi++]);
      s[p] = value;
    }
  }
  return s;
}

/**
 * Fagiolo (2007) directed clustering with per-pair values s (see {@link mutualArcValues}):
 * C_i = [(S)^3]_ii / (2 (d_tot(d_tot−1) − 2 d_↔)), S_ij = s_ij; 0 when no closed triad.
 */
function fagiolo(index: GraphIndex, s: Float64Array): Float64Array {
  const n = index.n;
  const t = new Float64Array(n);
  forEachTriangle(index, (u, v, w, puv, puw, pvw) => {
    const x = 2 * s[puv] * s[puw] * s[pvw]; // ordered (j, k) pairs: each triangle twice per corner
    t[u] += x;
    t[v] += x;
    t[w] += x;
  });
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (t[i] === 0) continue;
    const dTot = index.outOffsets[i + 1] - index.outOffsets[i] + index.inOffsets[i + 1] - index.inOffsets[i];
    const dBi = dTot - (index.undOffsets[i + 1] - index.undOffsets[i]);
    values[i] = t[i] / (2 * (dTot * (dTot - 1) - 2 * dBi));
  }
  return values;
}

function maxOf(values: Float64Array): number {
  let max = 0;
  for (let k = 0; k < values.length; k++) if (values[k] > max) max = values[k];
  return max;
}

/**
 * Local clustering coefficient, unweighted.
 *
 * Undirected (Watts & Strogatz 1998): C_i = T_i / (k_i(k_i−1)/2), T_i = triangles through i,
 * k_i = distinct neighbours; 0 when k_i < 2 (networkx 2.8 `clustering`; igraph gives NaN there).
 * Directed (Fagiolo 2007, Phys. Rev. E 76:026107): C_i = [(A+Aᵀ)³]_ii / (2(d_tot(d_tot−1) − 2d_↔)),
 * d_tot = in + out degree, d_↔ = reciprocated neighbours; 0 when i closes no triad (networkx 2.8
 * `clustering` on a DiGraph). Weights are ignored. O(m·√m).
 */
export function localClustering(index: GraphIndex): Float64Array {
  const n = index.n;
  if (index.directed) return fagiolo(index, mutualArcValues(index, null));
  const tri = triangleCounts(index);
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = index.undOffsets[i + 1] - index.undOffsets[i];
    if (k >= 2) values[i] = tri[i] / ((k * (k - 1)) / 2);
  }
  return values;
}

/**
 * Weighted clustering of Onnela et al. (2005, Phys. Rev. E 71:065103), networkx 2.8
 * `clustering(G, weight=...)`. With ŵ = w / max w (max over all ties of the graph):
 * undirected C_i = (2 / (k_i(k_i−1))) Σ_{triangles ijh} (ŵ_ij ŵ_ih ŵ_jh)^(1/3), 0 when k_i < 2;
 * directed: Fagiolo's formula with A replaced by ŵ^(1/3) (networkx on a DiGraph). Weights are
 * intensities; on an unweighted index every ŵ = 1 and the value equals {@link localClustering}.
 */
export function clusteringOnnela(index: GraphIndex): Float64Array {
  const n = index.n;
  if (index.directed) {
    const max = maxOf(index.outWeights);
    return fagiolo(index, mutualArcValues(index, max > 0 ? max : 1));
  }
  const max = maxOf(index.undWeights) || 1;
  const wt = index.undWeights;
  const sum = new Float64Array(n);
  forEachTriangle(index, (u, v, w, puv, puw, pvw) => {
    const x = Math.cbrt((wt[puv] / max) * (wt[puw] / max) * (wt[pvw] / max));
    sum[u] += x;
    sum[v] += x;
    sum[w] += x;
  });
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const k = index.undOffsets[i + 1] - index.undOffsets[i];
    if (k >= 2 && sum[i] !== 0) values[i] = (2 * sum[i]) / (k * (k - 1));
  }
  return values;
}

/**
 * Weighted clustering of Barrat et al. (2004, PNAS 101:3747), igraph 0.10
 * `transitivity_local_undirected(weights=...)`:
 * C_i = (1 / (s_i(k_i−1))) Σ_{j,h} ((w_ij + w_ih)/2) a_ij a_ih a_jh (ordered pairs j,h), i.e. each
 * triangle ijh adds w_ij + w_ih; s_i = strength, k_i = distinct neighbours. NaN when k_i < 2 (igraph).
 * Runs on the undirected view (directed graphs: reciprocal arcs merged, weights summed — the
 * reference's `@undirected`). Unweighted index → equals {@link localClustering} (NaN for k < 2).
 */
export function clusteringBarrat(index: GraphIndex): Float64Array {
  const n = index.n;
  const wt = index.undWeights;
  const sum = new Float64Array(n);
  forEachTriangle(index, (u, v, w, puv, puw, pvw) => {
    sum[u] += wt[puv] + wt[puw];
    sum[v] += wt[puv] + wt[pvw];
    sum[w] += wt[puw] + wt[pvw];
  });
  const values = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const start = index.undOffsets[i];
    const end = index.undOffsets[i + 1];
    const k = end - start;
    if (k < 2) {
      values[i] = Number.NaN;
      continue;
    }
    let strength = 0;
    for (let p = start; p < end; p++) strength += wt[p];
    values[i] = sum[i] / (strength * (k - 1));
  }
  return values;
}

/**
 * Average clustering: mean of local values over all members, zeros included (networkx 2.8
 * `average_clustering`; igraph `transitivity_avglocal_undirected(mode="zero")`). NaN entries (e.g.
 * Barrat's k < 2) are left out of the mean, which gives igraph's default `mode="nan"` average.
 * NaN when no value is defined (e.g. no members).
 */
export function averageClustering(values: Float64Array): number {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    sum += v;
    count++;
  }
  return count === 0 ? Number.NaN : sum / count;
}

/**
 * Transitivity (global clustering; Newman, Strogatz & Watts 2001): 3 × triangles / connected
 * triples = Σ_i T_i / Σ_i k_i(k_i−1)/2, on the undirected view (unweighted; directed graphs are
 * symmetrised, as the reference's `transitivity@undirected`). 0 when there is no triangle
 * (networkx 2.8 `transitivity`; igraph `transitivity_undirected` gives NaN without triples).
 */
export function transitivity(index: GraphIndex): number {
  const tri = triangleCounts(index);
  let closed = 0;
  let triples = 0;
  for (let i = 0; i < index.n; i++) {
    const k = index.undOffsets[i + 1] - index.undOffsets[i];
    closed += tri[i];
    triples += (k * (k - 1)) / 2;
  }
  return closed === 0 ? 0 : closed / triples;
}
