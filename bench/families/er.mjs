/**
 * Family `er`: the Erdős–Rényi graph G(n, m) — m distinct ties drawn uniformly among all n(n−1)/2
 * pairs (Erdős & Rényi 1959, "On random graphs I", Publ. Math. Debrecen 6:290; networkx
 * `gnm_random_graph`). No structure at all: the baseline. Regions are drawn at random.
 */
import { EdgeSet, defaultRegions, streams, tieLine, writeMembers } from './common.mjs';

export function er({ members: n, ties: m, seed = 1 }, out) {
  const { structure: rng, weights, members, regions: regionRng } = streams(seed);
  const target = Math.min(m, (n * (n - 1)) / 2);
  const set = new EdgeSet(n, target);
  while (set.size < target) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (set.add(a, b)) out.tie(tieLine(a, b, weights));
  }
  const regions = defaultRegions(n);
  writeMembers(n, () => Math.floor(regionRng() * regions), members, out);
  return { regions };
}
