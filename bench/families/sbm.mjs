/**
 * Family `sbm`: a stochastic block model (Holland, Laskey & Leinhardt 1983, "Stochastic blockmodels:
 * first steps", Social Networks 5:109) with B ≈ √(n/10) equal blocks (the regions) and 85 % of the
 * m ties inside blocks. Drawn with fixed counts, like G(n, m): the inside ties are distinct pairs
 * uniform among all same-block pairs, the others uniform among all cross-block pairs — the SBM
 * conditioned on its two tie counts (p_in ≈ 0.85·m / (B·s(s−1)/2), p_out ≈ 0.15·m / cross pairs).
 */
import { EdgeSet, defaultRegions, streams, tieLine, writeMembers } from './common.mjs';

export const INSIDE_SHARE = 0.85;

export function sbm({ members: n, ties: m, seed = 1 }, out) {
  const { structure: rng, weights, members } = streams(seed);
  const blocks = defaultRegions(n);
  const blockOf = (i) => Math.floor((i * blocks) / n);
  const start = (b) => Math.ceil((b * n) / blocks); // first member of block b
  const size = (b) => start(b + 1) - start(b);
  // Same-block pairs per block, cumulative, to draw a block in proportion to its pairs.
  const cum = new Float64Array(blocks + 1);
  for (let b = 0; b < blocks; b++) cum[b + 1] = cum[b] + (size(b) * (size(b) - 1)) / 2;
  const insidePairs = cum[blocks];
  const crossPairs = (n * (n - 1)) / 2 - insidePairs;
  const inside = Math.min(insidePairs, Math.round(m * INSIDE_SHARE));
  const cross = Math.min(crossPairs, m - inside);
  const set = new EdgeSet(n, inside + cross);
  while (set.size < inside) {
    const x = rng() * insidePairs;
    let lo = 0;
    let hi = blocks - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid + 1] <= x) lo = mid + 1;
      else hi = mid;
    }
    const a = start(lo) + Math.floor(rng() * size(lo));
    const b = start(lo) + Math.floor(rng() * size(lo));
    if (set.add(a, b)) out.tie(tieLine(a, b, weights));
  }
  while (set.size < inside + cross) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (blockOf(a) !== blockOf(b) && set.add(a, b)) out.tie(tieLine(a, b, weights));
  }
  writeMembers(n, blockOf, members, out);
  return { regions: blocks, inside, cross };
}
