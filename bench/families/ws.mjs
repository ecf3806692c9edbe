/**
 * Family `ws`: the Watts–Strogatz small world (Watts & Strogatz 1998, "Collective dynamics of
 * 'small-world' networks", Nature 393:440; the rewiring of networkx `watts_strogatz_graph`). A ring
 * where each member ties to its k = ⌊m/n⌋ next members (the first m − k·n members also to their
 * (k+1)-th), then each lattice tie (u, u+j) is, with probability β = 0.05, moved to (u, w) with w
 * uniform among the members u is not tied to. Long paths and high clustering (≈ 0.5 for k = 5).
 * Regions are arcs of the ring. Exactly m ties, each written when it is decided (a decided tie is
 * never removed again, so the output streams).
 */
import { EdgeSet, defaultRegions, streams, tieLine, writeMembers } from './common.mjs';

export const REWIRE = 0.05;

export function ws({ members: n, ties: m, seed = 1, rewire = REWIRE }, out) {
  const { structure: rng, weights, members } = streams(seed);
  const k = Math.floor(m / n);
  const extra = m - k * n;
  if (2 * (k + (extra > 0 ? 1 : 0)) >= n) throw new Error(`ws: ${m} ties are too many for a ring of ${n} members`);
  const set = new EdgeSet(n, m);
  const reach = (u) => (u < extra ? k + 1 : k);
  for (let u = 0; u < n; u++) for (let j = 1; j <= reach(u); j++) set.add(u, (u + j) % n);
  for (let j = 1; j <= k + 1; j++) {
    for (let u = 0; u < n && (j <= k || u < extra); u++) {
      const v = (u + j) % n;
      if (rng() < rewire) {
        let w;
        do w = Math.floor(rng() * n);
        while (w === u || set.has(u, w));
        set.delete(u, v);
        set.add(u, w);
        out.tie(tieLine(u, w, weights));
      } else {
        out.tie(tieLine(u, v, weights));
      }
    }
  }
  const regions = defaultRegions(n);
  writeMembers(n, (i) => Math.floor((i * regions) / n), members, out);
  return { regions, k, rewire };
}
