/**
 * Family `cluster`, the benchmark's original generator (the same seed writes the same CSV bytes as
 * before the families existed: tests/bench/families.test.ts checks their hashes), on typed arrays
 * (EdgeSet, Adjacency, an Int32Array endpoint list) and written line by line, so it reaches
 * 1,000,000 members / 10,000,000 ties.
 *
 * Members get a type (with its level) and one of ≈√(n/10) regions; ties form inside regions by
 * preferential attachment with triadic closure (35 %), plus ties to national bodies and random ties.
 */
import { createRng } from '../../dist/graph/random.js';
import { Adjacency, EdgeSet, IntList, TYPES, idOf } from './common.mjs';

export function cluster({ members: n, ties, seed = 1 }, out) {
  const rng = createRng(seed);
  const regions = Math.max(2, Math.round(Math.sqrt(n / 10)));
  const regionOf = new Int32Array(n);
  const nationalList = new IntList(64);
  for (let i = 0; i < n; i++) {
    let r = rng();
    let t = TYPES[0];
    for (const type of TYPES) {
      if (r < type[2]) {
        t = type;
        break;
      }
      r -= type[2];
    }
    const region = Math.floor(rng() * regions);
    regionOf[i] = region;
    if (t[1] === 'national') nationalList.push(i);
    out.member(`${idOf(i)},${t[0]} ${i + 1},${t[0]},${t[1]},R${region + 1}`);
  }
  const national = nationalList.data.subarray(0, nationalList.length);
  // Members of each region in index order (CSR).
  const regionStart = new Int32Array(regions + 1);
  for (let i = 0; i < n; i++) regionStart[regionOf[i] + 1]++;
  for (let r = 0; r < regions; r++) regionStart[r + 1] += regionStart[r];
  const byRegion = new Int32Array(n);
  const fill = regionStart.slice(0, regions);
  for (let i = 0; i < n; i++) byRegion[fill[regionOf[i]]++] = i;
  const poolPick = (r) => byRegion[regionStart[r] + Math.floor(rng() * (regionStart[r + 1] - regionStart[r]))];

  const seen = new EdgeSet(n, ties);
  const adj = new Adjacency(n, 2 * ties);
  const degreeList = new IntList(2 * ties);
  let count = 0;
  const add = (a, b) => {
    if (!seen.add(a, b)) return;
    adj.link(a, b);
    degreeList.push(a);
    degreeList.push(b);
    out.tie(`${idOf(a)},${idOf(b)},${1 + Math.floor(rng() * 5)}`);
    count++;
  };
  let attempts = 0;
  while (count < ties && attempts < ties * 50) {
    attempts++;
    const a = Math.floor(rng() * n);
    const u = rng();
    let b;
    if (u < 0.35 && adj.deg[a] > 0) {
      // triadic closure: a friend of a friend
      const f = adj.at(a, Math.floor(rng() * adj.deg[a]));
      b = adj.deg[f] ? adj.at(f, Math.floor(rng() * adj.deg[f])) : f;
    } else if (u < 0.75) {
      // preferential attachment inside the region
      const ra = regionOf[a];
      b = degreeList.length && rng() < 0.5 ? degreeList.pick(rng) : poolPick(ra);
      if (regionOf[b] !== ra && rng() < 0.7) b = poolPick(ra);
    } else if (u < 0.85 && national.length) {
      b = national[Math.floor(rng() * national.length)];
    } else {
      b = Math.floor(rng() * n);
    }
    add(a, b);
  }
  return { regions };
}
