/**
 * Family `tree`: tree-heavy — a dense core with pendant chains. The core (10 % of the members, more
 * if the ties do not fit at ≤ 80 % density) is a random recursive tree (so it is connected) filled up
 * with uniform random ties; every other member hangs by exactly ONE tie from an earlier member: the
 * previous one (the chain goes on, 75 %), else a random core member (a new chain, 60 % of the rest),
 * else a random earlier chain member (a branch). The n − c hanging ties are all bridges and every
 * member with something hanging from it is an articulation point. Chain members inherit the region
 * of the member they hang from; core regions are random.
 */
import { EdgeSet, defaultRegions, streams, tieLine, writeMembers } from './common.mjs';

export const CORE_SHARE = 0.1;
export const CHAIN_ON = 0.75;
export const NEW_CHAIN_FROM_CORE = 0.6;

export function tree({ members: n, ties: m, seed = 1 }, out) {
  const { structure: rng, weights, members, regions: regionRng } = streams(seed);
  let c = Math.min(n, Math.max(3, Math.round(CORE_SHARE * n)));
  while (c < n && m - (n - c) > 0.8 * ((c * (c - 1)) / 2)) c++;
  const coreTies = Math.max(c - 1, Math.min((c * (c - 1)) / 2, m - (n - c)));
  const regions = defaultRegions(n);
  const regionOf = new Int32Array(n);
  const set = new EdgeSet(n, coreTies + n);
  const tie = (a, b) => {
    if (set.add(a, b)) out.tie(tieLine(a, b, weights));
  };
  for (let v = 0; v < c; v++) {
    regionOf[v] = Math.floor(regionRng() * regions);
    if (v > 0) tie(Math.floor(rng() * v), v);
  }
  while (set.size < coreTies) tie(Math.floor(rng() * c), Math.floor(rng() * c));
  for (let v = c; v < n; v++) {
    let parent;
    if (v > c && rng() < CHAIN_ON) parent = v - 1;
    else if (v === c || rng() < NEW_CHAIN_FROM_CORE) parent = Math.floor(rng() * c);
    else parent = c + Math.floor(rng() * (v - c));
    regionOf[v] = regionOf[parent];
    tie(parent, v);
  }
  writeMembers(n, (i) => regionOf[i], members, out);
  return { regions, core: c, coreTies };
}
