/**
 * Family `ba`: the Barabási–Albert preferential-attachment graph (Barabási & Albert 1999, "Emergence
 * of scaling in random networks", Science 286:509; networkx `barabasi_albert_graph`). A clique of
 * k+1 members starts it (k = round(m/n)); each later member ties to k or k+1 distinct earlier members
 * (so that the total is m), each drawn with probability proportional to its degree (uniform draw
 * from the list of tie endpoints). Heavy-tailed degrees, short paths, little clustering.
 */
import { EdgeSet, IntList, defaultRegions, streams, tieLine, writeMembers } from './common.mjs';

export function ba({ members: n, ties: m, seed = 1 }, out) {
  const { structure: rng, weights, members, regions: regionRng } = streams(seed);
  const k = Math.max(1, Math.round(m / n));
  const c0 = Math.min(n, k + 1);
  const set = new EdgeSet(n, m);
  const endpoints = new IntList(2 * m);
  const tie = (a, b) => {
    out.tie(tieLine(a, b, weights));
    endpoints.push(a);
    endpoints.push(b);
  };
  for (let a = 0; a < c0; a++) for (let b = a + 1; b < c0; b++) if (set.add(a, b)) tie(a, b);
  const rate = n > c0 ? Math.max(1, (m - set.size) / (n - c0)) : 0;
  const targets = new Int32Array(Math.ceil(rate) + 1);
  for (let v = c0; v < n; v++) {
    // Edges of member v: ⌊rate·(j+1)⌋ − ⌊rate·j⌋ with j = v − c0, at most v (the members before it).
    const j = v - c0;
    const want = Math.min(v, Math.floor(rate * (j + 1)) - Math.floor(rate * j));
    let got = 0;
    while (got < want) {
      const t = endpoints.pick(rng);
      if (set.add(v, t)) targets[got++] = t;
    }
    // Ties are added to the endpoint list after all of v's draws (networkx does the same).
    for (let i = 0; i < got; i++) tie(targets[i], v);
  }
  const regions = defaultRegions(n);
  writeMembers(n, () => Math.floor(regionRng() * regions), members, out);
  return { regions, k };
}
