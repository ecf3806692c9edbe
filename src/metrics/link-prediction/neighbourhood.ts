/**
 * Neighbourhood link-prediction scores (Liben-Nowell & Kleinberg 2007, "The link-prediction problem
 * for social networks", JASIST 58(7), 1019–1031; Lü & Zhou 2011, Physica A 390, 1150–1170), on the
 * undirected unweighted simple view ({@link LinkView}), Γ(x) the neighbours of x:
 *
 * - common neighbours CN(u,v) = |Γ(u) ∩ Γ(v)| — networkx 2.8 `len(list(common_neighbors(G, u, v)))`;
 * - Jaccard J(u,v) = |Γ(u) ∩ Γ(v)| / |Γ(u) ∪ Γ(v)| (0 when the union is empty) — networkx
 *   `jaccard_coefficient`;
 * - Adamic–Adar AA(u,v) = Σ_{w∈Γ(u)∩Γ(v)} 1/ln|Γ(w)| (Adamic & Adar 2003, Social Networks 25(3),
 *   211–230) — networkx `adamic_adar_index`;
 * - resource allocation RA(u,v) = Σ_{w∈Γ(u)∩Γ(v)} 1/|Γ(w)| (Zhou, Lü & Zhang 2009, Eur. Phys. J. B
 *   71, 623–630) — networkx `resource_allocation_index`.
 *
 * All four are 0 unless u and v share a neighbour, so only pairs two steps apart are enumerated: for
 * each source u, every w ∈ Γ(u) and every x ∈ Γ(w) (x ≠ u, x not a neighbour of u) accumulate into
 * dense scratch arrays (no Map). Work Σ_w |Γ(w)|² over the sources' neighbours. Weights: not used.
 */
import type { LinkView } from './view.js';

/** Scores of enumerated candidate pairs (parallel arrays, `count` entries). */
export interface TwoHopPairs {
  count: number;
  /** The source (for all sources: the lower index) and the other member. */
  u: Int32Array;
  v: Int32Array;
  commonNeighbours: Float64Array;
  jaccard: Float64Array;
  adamicAdar: Float64Array;
  resourceAllocation: Float64Array;
}

export interface TwoHopOptions {
  /** Only pairs from these sources (each pair (source, x) for every x two steps away). Default: every unordered pair once (u < v). */
  sources?: readonly number[] | null;
  /** Keep only pairs for which this returns true. */
  accept?: (u: number, v: number) => boolean;
}

/** A growable set of parallel arrays. */
class PairBuffer {
  count = 0;
  u = new Int32Array(256);
  v = new Int32Array(256);
  cn = new Float64Array(256);
  aa = new Float64Array(256);
  ra = new Float64Array(256);
  jac = new Float64Array(256);

  push(u: number, v: number, cn: number, jac: number, aa: number, ra: number): void {
    if (this.count === this.u.length) this.grow();
    const k = this.count++;
    this.u[k] = u;
    this.v[k] = v;
    this.cn[k] = cn;
    this.jac[k] = jac;
    this.aa[k] = aa;
    this.ra[k] = ra;
  }

  private grow(): void {
    const size = this.u.length * 2;
    const g = <T extends Int32Array | Float64Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(size);
      b.set(a);
      return b;
    };
    this.u = g(this.u, Int32Array);
    this.v = g(this.v, Int32Array);
    this.cn = g(this.cn, Float64Array);
    this.aa = g(this.aa, Float64Array);
    this.ra = g(this.ra, Float64Array);
    this.jac = g(this.jac, Float64Array);
  }

  result(): TwoHopPairs {
    const k = this.count;
    return {
      count: k,
      u: this.u.slice(0, k),
      v: this.v.slice(0, k),
      commonNeighbours: this.cn.slice(0, k),
      jaccard: this.jac.slice(0, k),
      adamicAdar: this.aa.slice(0, k),
      resourceAllocation: this.ra.slice(0, k),
    };
  }
}

/**
 * The four neighbourhood scores of every non-adjacent pair at distance two (the only pairs where they
 * are not 0), in source order then the other member's index order.
 */
export function twoHopScores(view: LinkView, options: TwoHopOptions = {}): TwoHopPairs {
  const { n, offsets, targets, degree } = view;
  const accept = options.accept;
  const all = options.sources === undefined || options.sources === null;
  const sources = all ? null : options.sources!;
  const cn = new Float64Array(n);
  const aa = new Float64Array(n);
  const ra = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1); // mark[x] = u when x is u or a neighbour of u
  const touched = new Int32Array(n);
  const out = new PairBuffer();
  const invLog = new Float64Array(n);
  for (let w = 0; w < n; w++) invLog[w] = degree[w] > 1 ? 1 / Math.log(degree[w]) : 0;
  const total = all ? n : sources!.length;
  for (let s = 0; s < total; s++) {
    const u = all ? s : sources![s];
    mark[u] = u;
    for (let p = offsets[u]; p < offsets[u + 1]; p++) mark[targets[p]] = u;
    let t = 0;
    for (let p = offsets[u]; p < offsets[u + 1]; p++) {
      const w = targets[p];
      const iw = 1 / degree[w];
      const lw = invLog[w];
      for (let q = offsets[w]; q < offsets[w + 1]; q++) {
        const x = targets[q];
        if (mark[x] === u || (all && x < u)) continue;
        if (cn[x] === 0) touched[t++] = x;
        cn[x] += 1;
        aa[x] += lw;
        ra[x] += iw;
      }
    }
    // The other members in index order (deterministic output order).
    const list = touched.subarray(0, t).sort();
    for (let k = 0; k < t; k++) {
      const x = list[k];
      const c = cn[x];
      if (accept === undefined || accept(u, x)) {
        out.push(u, x, c, c / (degree[u] + degree[x] - c), aa[x], ra[x]);
      }
      cn[x] = 0;
      aa[x] = 0;
      ra[x] = 0;
    }
  }
  return out.result();
}

/** The four scores of one pair (merge of the two sorted rows; common neighbours in index order). */
export function pairNeighbourhoodScores(view: LinkView, u: number, v: number): { commonNeighbours: number; jaccard: number; adamicAdar: number; resourceAllocation: number } {
  const { offsets, targets, degree } = view;
  let c = 0;
  let aa = 0;
  let ra = 0;
  let p = offsets[u];
  let q = offsets[v];
  while (p < offsets[u + 1] && q < offsets[v + 1]) {
    const a = targets[p];
    const b = targets[q];
    if (a === b) {
      c++;
      aa += degree[a] > 1 ? 1 / Math.log(degree[a]) : 0;
      ra += 1 / degree[a];
      p++;
      q++;
    } else if (a < b) p++;
    else q++;
  }
  const union = degree[u] + degree[v] - c;
  return { commonNeighbours: c, jaccard: union > 0 ? c / union : 0, adamicAdar: aa, resourceAllocation: ra };
}
