/**
 * Katz index (Katz 1953, "A new status index derived from sociometric analysis", Psychometrika 18(1),
 * 39–43; as a link predictor Liben-Nowell & Kleinberg 2007): S = Σ_{k≥1} β^k A^k = (I − βA)⁻¹ − I, the
 * number of walks between u and v of every length, a walk of length k discounted by β^k, on the
 * undirected unweighted simple view (A its 0/1 adjacency matrix). The series converges for
 * β < 1/λ_max; the default β = 0.5/λ_max (λ_max from the Lanczos solver, src/graph/lanczos.ts) makes a
 * walk one step longer count at most half as much, whatever the graph's density.
 *
 * Computed per source u by the truncated power series x_k = β A x_{k−1}, x_0 = e_u, S_u· = Σ x_k, a
 * sparse product per step, until ‖x_k‖₁ ≤ 1e-15 ‖S_u·‖₁ (with β λ_max = 0.5 the terms halve:
 * about 50 steps). No dense inverse: O(m) memory, O(steps · m) per source. Peer: the dense
 * [(I − βA)⁻¹ − I]_uv (numpy.linalg.inv) on small graphs (fixtures/link-prediction/make-scores.py);
 * networkx has no pairwise Katz. Symmetric: S_uv = S_vu. Weights: not used.
 */
import { lanczosLeading } from '../../graph/lanczos.js';
import type { LinkView } from './view.js';

/** λ_max of the adjacency matrix of the view (0 without ties). */
export function largestEigenvalue(view: LinkView): number {
  const { n, offsets, targets } = view;
  if (targets.length === 0) return 0;
  const product = (x: Float64Array, y: Float64Array) => {
    for (let v = 0; v < n; v++) {
      let s = 0;
      for (let p = offsets[v]; p < offsets[v + 1]; p++) s += x[targets[p]];
      y[v] = s;
    }
  };
  const start = new Float64Array(n).fill(1);
  const r = lanczosLeading(n, product, start, { tolerance: 1e-12, maxProducts: 2000, maxBasis: 60 });
  return r.value;
}

/** The default Katz β: 0.5/λ_max (1 without ties: every score is then 0 anyway). */
export function defaultKatzBeta(view: LinkView): number {
  const lambda = largestEigenvalue(view);
  return lambda > 0 ? 0.5 / lambda : 1;
}

/** Scratch vectors for {@link katzFrom}. */
export interface KatzScratch {
  x: Float64Array;
  y: Float64Array;
}

export function katzScratch(n: number): KatzScratch {
  return { x: new Float64Array(n), y: new Float64Array(n) };
}

/** Row u of the Katz matrix into `out` (length n; out[u] holds the closed walks, not a score). */
export function katzFrom(view: LinkView, u: number, beta: number, out: Float64Array, scratch: KatzScratch = katzScratch(view.n)): void {
  const { n, offsets, targets } = view;
  let x = scratch.x;
  let y = scratch.y;
  x.fill(0);
  out.fill(0);
  x[u] = 1;
  for (let step = 0; step < 10000; step++) {
    let norm = 0;
    let total = 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      for (let p = offsets[v]; p < offsets[v + 1]; p++) s += x[targets[p]];
      s *= beta;
      y[v] = s;
      norm += s;
      total += out[v] += s;
    }
    const t = x;
    x = y;
    y = t;
    if (norm === 0 || norm <= 1e-15 * total) break;
  }
}
