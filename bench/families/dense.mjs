/**
 * Families `complete` and `dense`: the complete graph K_n (every pair tied, n(n−1)/2 ties; n = 300
 * by default) and the dense Erdős–Rényi graph G(n, p) with p = 0.75 (each pair tied independently
 * with probability p; Gilbert 1959, "Random graphs", Ann. Math. Stat. 30:1141; networkx
 * `gnp_random_graph`; n = 220 by default). Their size does not follow --size: they measure the
 * dense end, where m ≈ n²/2. Regions are random.
 */
import { defaultRegions, streams, tieLine, writeMembers } from './common.mjs';

export const COMPLETE_MEMBERS = 300;
export const DENSE_MEMBERS = 220;
export const DENSE_P = 0.75;

function pairs(n, seed, keep, out) {
  const { structure: rng, weights, members, regions: regionRng } = streams(seed);
  for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) if (keep(rng)) out.tie(tieLine(a, b, weights));
  const regions = defaultRegions(n);
  writeMembers(n, () => Math.floor(regionRng() * regions), members, out);
  return { regions };
}

export function complete({ members: n = COMPLETE_MEMBERS, seed = 1 }, out) {
  return pairs(n, seed, () => true, out);
}

export function dense({ members: n = DENSE_MEMBERS, seed = 1, p = DENSE_P }, out) {
  return { ...pairs(n, seed, (rng) => rng() < p, out), p };
}
