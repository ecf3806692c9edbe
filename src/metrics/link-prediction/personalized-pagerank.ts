/**
 * Personalised PageRank as a link predictor (Jeh & Widom 2003, "Scaling personalized web search",
 * WWW '03; Page, Brin, Motwani & Winograd 1999; as a predictor Lü & Zhou 2011 "local random walk" /
 * "rooted PageRank", Liben-Nowell & Kleinberg 2007): π_u is the stationary distribution of a walk on
 * the undirected unweighted simple view that follows a random tie with probability α and jumps back
 * to u with probability 1 − α; π_u = (1 − α) e_u (I − α P)⁻¹, P = D⁻¹A. The pair score is
 * s_uv + s_vu = π_u(v) + π_v(u), α = 0.85. networkx 2.8: `pagerank(G, alpha, personalization={u: 1})[v]`
 * (dangling members, i.e. isolates, jump back to u as networkx's default `dangling`).
 *
 * Computed per source by sparse power iteration x ← α xP + (1 − α) e_u until the L1 change is
 * ≤ 1e-13 (about 190 steps). On an undirected graph π_v(u) = π_u(v)·d_u/d_v (Π D⁻¹ =
 * (1 − α)(D − αA)⁻¹ is symmetric), so one solve from u gives both directions of every pair (u, v).
 * Weights: not used.
 */
import type { LinkView } from './view.js';

export const PPR_ALPHA = 0.85;

/** π_u into `out` (length n). `scratch` a vector of length n. */
export function personalizedPagerankFrom(view: LinkView, u: number, alpha: number, out: Float64Array, scratch: Float64Array = new Float64Array(view.n)): void {
  const { n, offsets, targets, degree } = view;
  out.fill(0);
  if (degree[u] === 0) {
    out[u] = 1;
    return;
  }
  let x = out;
  let y = scratch;
  x[u] = 1;
  for (let step = 0; step < 100000; step++) {
    // y = α x P + (1 − α) e_u: pull from the neighbours (P = D⁻¹A, A symmetric).
    let change = 0;
    for (let v = 0; v < n; v++) {
      let s = 0;
      for (let p = offsets[v]; p < offsets[v + 1]; p++) {
        const w = targets[p];
        s += x[w] / degree[w];
      }
      s *= alpha;
      if (v === u) s += 1 - alpha;
      change += Math.abs(s - x[v]);
      y[v] = s;
    }
    const t = x;
    x = y;
    y = t;
    if (change <= 1e-13) break;
  }
  if (x !== out) out.set(x);
}

/** The pair score s_uv + s_vu from π_u (see the symmetry above); 0 when either member is isolated. */
export function pprPairScore(view: LinkView, pi: Float64Array, u: number, v: number): number {
  const du = view.degree[u];
  const dv = view.degree[v];
  if (du === 0 || dv === 0) return 0;
  return pi[v] * (1 + du / dv);
}
