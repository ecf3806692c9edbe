/**
 * Family `biconnected`: a partnership graph with ONE biconnected component and no articulation point
 * — preferential attachment inside heavy-tailed communities, triadic closure, weights 1–5.
 *
 * 1. Community sizes are Pareto, s = ⌊8·U^(−1/1.5)⌋ (tail exponent α = 2.5), at most n/10, at least 3;
 *    each community is one region.
 * 2. Inside a community (Holme & Kim 2002, "Growing scale-free networks with tunable clustering",
 *    Phys. Rev. E 65:026107): a triangle, then each new member ties to k ≥ 2 earlier members, the
 *    first by preferential attachment (inside the community), each next one a partner of the previous
 *    target with probability 1/2 (triad formation), else again by preferential attachment. A triangle
 *    plus members with ≥ 2 ties each (ears) is biconnected. 80 % of the ties are made here.
 * 3. The communities form a ring: one tie from a member x_c of community c to a member y_{c+1} ≠
 *    x_{c+1} of the next. A cycle of biconnected blocks whose entry and exit members differ is
 *    biconnected (removing one member leaves its block connected and at most one ring tie cut).
 * 4. The rest: a uniform member ties to a partner of a partner (triadic closure, 1/2) or to a member
 *    drawn by preferential attachment over the whole graph. Adding ties never creates a cut vertex.
 */
import { Adjacency, EdgeSet, IntList, streams, tieLine, writeMembers } from './common.mjs';

export const MIN_COMMUNITY = 8;
export const TAIL = 2.5;
export const INSIDE_SHARE = 0.8;

export function biconnected({ members: n, ties: m, seed = 1 }, out) {
  if (n < 6) throw new Error('biconnected: at least 6 members');
  const { structure: rng, weights, members } = streams(seed);
  // 1. Community sizes.
  const cap = Math.max(MIN_COMMUNITY, Math.floor(n / 10));
  const sizes = [];
  let placed = 0;
  while (placed < n) {
    let s = Math.min(cap, Math.floor(MIN_COMMUNITY * Math.pow(1 - rng(), -1 / (TAIL - 1))));
    if (n - placed - s < 3) s = n - placed;
    sizes.push(s);
    placed += s;
  }
  const C = sizes.length;
  const first = new Int32Array(C + 1);
  for (let c = 0; c < C; c++) first[c + 1] = first[c] + sizes[c];
  const communityOf = new Int32Array(n);
  for (let c = 0; c < C; c++) communityOf.fill(c, first[c], first[c + 1]);

  const set = new EdgeSet(n, m);
  const adj = new Adjacency(n, 2 * m);
  const endpoints = new IntList(2 * m);
  const tie = (a, b) => {
    if (!set.add(a, b)) return false;
    adj.link(a, b);
    endpoints.push(a);
    endpoints.push(b);
    out.tie(tieLine(a, b, weights));
    return true;
  };

  // 2. Inside each community: per-member tie counts ⌊rate·(j+1)⌋ − ⌊rate·j⌋, at least 2.
  const inside = Math.round(m * INSIDE_SHARE);
  const rate = Math.max(2, (inside - 3 * C) / Math.max(1, n - 3 * C));
  let j = 0;
  const targets = new Int32Array(Math.ceil(rate) + 2);
  const chosen = (t, got) => {
    for (let i = 0; i < got; i++) if (targets[i] === t) return true;
    return false;
  };
  for (let c = 0; c < C; c++) {
    const f = first[c];
    const segment = endpoints.length; // this community's endpoints start here
    tie(f, f + 1);
    tie(f + 1, f + 2);
    tie(f, f + 2);
    for (let v = f + 3; v < first[c + 1]; v++, j++) {
      const want = Math.min(v - f, Math.max(2, Math.floor(rate * (j + 1)) - Math.floor(rate * j)));
      const paPick = () => endpoints.data[segment + Math.floor(rng() * (endpoints.length - segment))];
      let got = 0;
      let prev = -1;
      while (got < want) {
        let t = -1;
        if (prev >= 0 && rng() < 0.5) t = adj.at(prev, Math.floor(rng() * adj.deg[prev]));
        if (t < 0 || chosen(t, got)) t = paPick();
        if (chosen(t, got)) continue;
        targets[got++] = t;
        prev = t;
      }
      // The new member's ties join the lists after its draws (as in ba).
      for (let i = 0; i < got; i++) tie(targets[i], v);
    }
  }
  // 3. The ring of communities.
  if (C >= 2) {
    const exit = new Int32Array(C);
    const entry = new Int32Array(C);
    for (let c = 0; c < C; c++) {
      exit[c] = first[c] + Math.floor(rng() * sizes[c]);
      do entry[c] = first[c] + Math.floor(rng() * sizes[c]);
      while (entry[c] === exit[c]);
    }
    for (let c = 0; c < C; c++) tie(exit[c], entry[(c + 1) % C]);
  }
  // 4. Closure and preferential attachment across the graph until m ties.
  let attempts = 0;
  while (set.size < m && attempts++ < 50 * m) {
    const a = Math.floor(rng() * n);
    let b;
    if (rng() < 0.5) {
      const f = adj.at(a, Math.floor(rng() * adj.deg[a]));
      b = adj.at(f, Math.floor(rng() * adj.deg[f]));
    } else {
      b = endpoints.pick(rng);
    }
    tie(a, b);
  }
  writeMembers(n, (i) => communityOf[i], members, out);
  return { regions: C, communities: C, largestCommunity: sizes.reduce((a, b) => Math.max(a, b), 0) };
}
