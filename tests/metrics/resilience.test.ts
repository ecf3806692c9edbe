import { describe, it, expect } from 'vitest';
import { indexFromArcs, undirectedView, type GraphIndex } from '../../src/graph/graph-index.js';
import { createRng } from '../../src/graph/random.js';
import { articulationPointsAndBridges, removalImpact } from '../../src/metrics/resilience.js';
import { keyPlayers } from '../../src/metrics/key-players.js';
import { DATASETS, loadReference, expectClose } from '../helpers/reference.js';

function graphOf(n: number, edges: [number, number][], directed = false): GraphIndex {
  const ids = Array.from({ length: n }, (_, i) => `v${i}`);
  return indexFromArcs(ids, directed, {
    src: edges.map((e) => e[0]),
    dst: edges.map((e) => e[1]),
    w: edges.map(() => 1),
  });
}

function randomGraph(seed: number, n: number, p: number): GraphIndex {
  const rng = createRng(seed);
  const edges: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (rng() < p) edges.push([i, j]);
  return graphOf(n, edges);
}

/** Undirected edge list of an index (i < j), independent of the code under test. */
function edgesOf(index: GraphIndex): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < index.n; i++) {
    for (let p = index.undOffsets[i]; p < index.undOffsets[i + 1]; p++) {
      const j = index.undTargets[p];
      if (i < j) out.push([i, j]);
    }
  }
  return out;
}

/** Component sizes by union–find, ignoring member `skip` and edge number `skipEdge`. */
function componentSizes(n: number, edges: [number, number][], skip = -1, skipEdge = -1): number[] {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  edges.forEach(([a, b], e) => {
    if (a === skip || b === skip || e === skipEdge) return;
    parent[find(a)] = find(b);
  });
  const sizes = new Map<number, number>();
  for (let v = 0; v < n; v++) if (v !== skip) sizes.set(find(v), (sizes.get(find(v)) ?? 0) + 1);
  return [...sizes.values()];
}

function bruteRemoval(index: GraphIndex): { fragmentation: number[]; largest: number[]; base: number } {
  const n = index.n;
  const edges = edgesOf(index);
  const frag = (sizes: number[], total: number): number =>
    total < 2 ? NaN : 1 - sizes.reduce((s, x) => s + x * (x - 1), 0) / (total * (total - 1));
  const fragmentation: number[] = [];
  const largest: number[] = [];
  for (let v = 0; v < n; v++) {
    const sizes = componentSizes(n, edges, v);
    fragmentation.push(frag(sizes, n - 1));
    largest.push(sizes.length ? Math.max(...sizes) : 0);
  }
  return { fragmentation, largest, base: frag(componentSizes(n, edges), n) };
}

function bruteCuts(index: GraphIndex): { aps: number[]; bridges: [number, number][] } {
  const n = index.n;
  const edges = edgesOf(index);
  const base = componentSizes(n, edges);
  const aps: number[] = [];
  for (let v = 0; v < n; v++) {
    // Removing v drops one member: it is a cut vertex iff the number of components grows.
    const isolated = index.undOffsets[v + 1] === index.undOffsets[v];
    const after = componentSizes(n, edges, v).length;
    if (after > base.length - (isolated ? 1 : 0)) aps.push(v);
  }
  const bridges = edges.filter((_, e) => componentSizes(n, edges, -1, e).length > base.length);
  return { aps, bridges };
}

function expectRemovalMatchesBrute(index: GraphIndex, label: string): void {
  const got = removalImpact(index);
  const want = bruteRemoval(index);
  for (let v = 0; v < index.n; v++) {
    expectClose(got.fragmentation[v], Number.isNaN(want.fragmentation[v]) ? null : want.fragmentation[v], 1e-12, `${label} F[${v}]`);
    expect(got.largestComponent[v], `${label} largest[${v}]`).toBe(want.largest[v]);
  }
  expectClose(got.baseFragmentation, Number.isNaN(want.base) ? null : want.base, 1e-12, `${label} base`);
}

describe('articulation points and bridges', () => {
  for (const name of DATASETS) {
    it(`matches the reference on ${name}`, () => {
      const { index, ref } = loadReference(name);
      const suffix = ref.directed ? '@undirected' : '';
      const apRef: string[] = ref.graph[`articulation_points${suffix}`].value;
      const brRef: [string, string][] = ref.graph[`bridges${suffix}`].value;
      const { articulationPoints, bridges } = articulationPointsAndBridges(index);
      // Ascending member indices.
      for (let k = 1; k < articulationPoints.length; k++) expect(articulationPoints[k]).toBeGreaterThan(articulationPoints[k - 1]);
      expect(Array.from(articulationPoints, (v) => index.ids[v]).sort()).toEqual([...apRef].sort());
      const asIds = bridges.map(([a, b]) => [index.ids[a], index.ids[b]].sort().join('|')).sort();
      expect(asIds).toEqual(brRef.map((p) => [...p].sort().join('|')).sort());
      for (let k = 0; k < bridges.length; k++) {
        expect(bridges[k][0]).toBeLessThan(bridges[k][1]);
        if (k > 0) expect(bridges[k - 1][0] < bridges[k][0] || (bridges[k - 1][0] === bridges[k][0] && bridges[k - 1][1] < bridges[k][1])).toBe(true);
      }
      // The directed dataset gives the same answer as its explicit undirected view.
      const viaView = articulationPointsAndBridges(undirectedView(index));
      expect(Array.from(viaView.articulationPoints)).toEqual(Array.from(articulationPoints));
      expect(viaView.bridges).toEqual(bridges);
    });
  }

  it('handles small and degenerate graphs', () => {
    expect(articulationPointsAndBridges(graphOf(0, []))).toEqual({ articulationPoints: new Int32Array(0), bridges: [] });
    expect(articulationPointsAndBridges(graphOf(1, []))).toEqual({ articulationPoints: new Int32Array(0), bridges: [] });
    const single = articulationPointsAndBridges(graphOf(2, [[0, 1]]));
    expect(Array.from(single.articulationPoints)).toEqual([]);
    expect(single.bridges).toEqual([[0, 1]]);
    // Two triangles joined by the tie 2–3, plus an isolate 6 and a separate edge 7–8.
    const g = graphOf(9, [[0, 1], [1, 2], [0, 2], [2, 3], [3, 4], [4, 5], [3, 5], [7, 8]]);
    const r = articulationPointsAndBridges(g);
    expect(Array.from(r.articulationPoints)).toEqual([2, 3]);
    expect(r.bridges).toEqual([[2, 3], [7, 8]]);
    // A directed 3-cycle has no cut vertex in its undirected view.
    expect(Array.from(articulationPointsAndBridges(graphOf(3, [[0, 1], [1, 2], [2, 0]], true)).articulationPoints)).toEqual([]);
  });

  it('agrees with brute force on random graphs', () => {
    for (let s = 0; s < 40; s++) {
      const g = randomGraph(1000 + s, 5 + (s % 25), [0.05, 0.1, 0.2, 0.4][s % 4]);
      const got = articulationPointsAndBridges(g);
      const want = bruteCuts(g);
      expect(Array.from(got.articulationPoints), `seed ${s}`).toEqual(want.aps);
      expect(got.bridges, `seed ${s}`).toEqual(want.bridges);
    }
  });

  it('does not overflow the stack on a path of 100 000 members', () => {
    const n = 100_000;
    const edges: [number, number][] = [];
    for (let i = 0; i + 1 < n; i++) edges.push([i, i + 1]);
    const g = graphOf(n, edges);
    const r = articulationPointsAndBridges(g);
    expect(r.articulationPoints.length).toBe(n - 2);
    expect(r.articulationPoints[0]).toBe(1);
    expect(r.bridges.length).toBe(n - 1);
    const impact = removalImpact(g);
    expect(impact.largestComponent[n >> 1]).toBe(n >> 1); // members 0..n/2−1 remain together
    expect(impact.largestComponent[10]).toBe(n - 11);
    expect(impact.fragmentation[0]).toBe(0);
  });
});

describe('removal impact (fragmentation of every member at once)', () => {
  for (const name of DATASETS) {
    it(`matches brute-force removal on ${name}`, () => {
      const { index } = loadReference(name);
      expectRemovalMatchesBrute(index, name);
    });
  }

  it('matches brute-force removal on random graphs', () => {
    for (let s = 0; s < 60; s++) {
      const g = randomGraph(2000 + s, 1 + (s % 30), [0.03, 0.08, 0.15, 0.3, 0.6][s % 5]);
      expectRemovalMatchesBrute(g, `seed ${s}`);
    }
  });

  it('gives hand-checked values', () => {
    // Path of 5: removing the centre leaves two pairs: F = 1 − 2·(2·1)/(4·3) = 2/3.
    const path = removalImpact(graphOf(5, [[0, 1], [1, 2], [2, 3], [3, 4]]));
    expect(path.fragmentation[2]).toBeCloseTo(2 / 3, 14);
    expect(path.fragmentation[1]).toBeCloseTo(1 - 6 / 12, 14); // {0} and {2,3,4}
    expect(path.fragmentation[0]).toBe(0);
    expect(Array.from(path.largestComponent)).toEqual([4, 3, 2, 3, 4]);
    expect(path.baseFragmentation).toBe(0);
    // Empty graph, single member, two members.
    expect(removalImpact(graphOf(0, [])).baseFragmentation).toBeNaN();
    const one = removalImpact(graphOf(1, []));
    expect(one.fragmentation[0]).toBeNaN();
    expect(one.largestComponent[0]).toBe(0);
    const two = removalImpact(graphOf(2, []));
    expect(two.baseFragmentation).toBe(1);
    expect(two.fragmentation[0]).toBeNaN();
    expect(two.largestComponent[0]).toBe(1);
  });
});

/** Global efficiency by Floyd–Warshall, independent of src/metrics/efficiency.ts. */
function efficiencyBrute(index: GraphIndex, skip: number): number {
  const n = index.n;
  const d = Array.from({ length: n }, () => new Array<number>(n).fill(Infinity));
  for (const [a, b] of edgesOf(index)) if (a !== skip && b !== skip) d[a][b] = d[b][a] = 1;
  for (let i = 0; i < n; i++) d[i][i] = 0;
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
  let sum = 0;
  let count = 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    if (i === j || i === skip || j === skip) continue;
    count++;
    if (d[i][j] < Infinity) sum += 1 / d[i][j];
  }
  return sum / count;
}

describe('key players', () => {
  it('star: the centre gives F = 1 and DF = 1', () => {
    const star = graphOf(6, [[0, 1], [0, 2], [0, 3], [0, 4], [0, 5]]);
    const r = keyPlayers(star, { k: 3 });
    expect(r.length).toBe(3);
    expect(r[0]).toMatchObject({ id: 'v0', index: 0, fragmentation: 1, largestComponent: 1, distanceFragmentation: 1 });
    // Whole star: E = (10 pairs·1 + 20 pairs·1/2) / 30 = 2/3 → loss 2/3.
    expectClose(r[0].efficiencyLoss, 2 / 3, 1e-12, 'loss');
    expect(r.slice(1).map((p) => p.index)).toEqual([1, 2]);
    expect(r[1].fragmentation).toBe(0);
  });

  it('path of 5: the centre gives F = 2/3', () => {
    const path = graphOf(5, [[0, 1], [1, 2], [2, 3], [3, 4]]);
    const r = keyPlayers(path);
    expect(r.map((p) => p.index)).toEqual([2, 1, 3, 0, 4]);
    expectClose(r[0].fragmentation, 2 / 3, 1e-14, 'F');
    // Without 2: pairs 0–1 and 3–4 at distance 1 → Σ 1/d = 4 over 12 ordered pairs.
    expectClose(r[0].distanceFragmentation, 1 - 4 / 12, 1e-14, 'DF');
    // Without 0: path of 4, Σ 1/d = 2·(3 + 2·1/2 + 1/3) = 26/3 over 12.
    expectClose(r[3].distanceFragmentation, 1 - 26 / 36, 1e-14, 'DF end');
  });

  it('complete graph: F = 0 and DF = 0', () => {
    const edges: [number, number][] = [];
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) edges.push([i, j]);
    for (const p of keyPlayers(graphOf(6, edges), { k: 6 })) {
      expect(p.fragmentation).toBe(0);
      expect(p.distanceFragmentation).toBe(0);
      expect(p.efficiencyLoss).toBe(0);
      expect(p.largestComponent).toBe(5);
    }
  });

  it('uses the given candidates and the betweenness tie-breaker', () => {
    const path = graphOf(5, [[0, 1], [1, 2], [2, 3], [3, 4]]);
    expect(keyPlayers(path, { candidates: Int32Array.from([4, 0]) }).map((p) => p.index)).toEqual([0, 4]);
    // Complete graph: all ties on F and largestComponent, betweenness decides the choice.
    const edges: [number, number][] = [];
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) edges.push([i, j]);
    const chosen = keyPlayers(graphOf(5, edges), { k: 2, betweenness: Float64Array.from([0, 1, 0, 3, 0]) });
    expect(chosen.map((p) => p.index).sort()).toEqual([1, 3]);
    expect(() => keyPlayers(path, { candidates: Int32Array.from([7]) })).toThrow(RangeError);
  });

  it('handles degenerate graphs', () => {
    expect(keyPlayers(graphOf(0, []))).toEqual([]);
    const [one] = keyPlayers(graphOf(1, []));
    expect(one.fragmentation).toBeNaN();
    expect(one.distanceFragmentation).toBeNaN();
    const two = keyPlayers(graphOf(2, [[0, 1]]));
    expect(two.map((p) => p.index)).toEqual([0, 1]);
    expect(two[0].efficiencyLoss).toBeNaN();
  });

  for (const name of DATASETS) {
    it(`DF and efficiency loss match a Floyd–Warshall brute force on ${name}`, () => {
      const { index } = loadReference(name);
      const impact = removalImpact(index);
      const all = keyPlayers(index, { k: index.n });
      expect(all.length).toBe(index.n);
      const whole = efficiencyBrute(index, -1);
      for (const p of all) {
        const without = efficiencyBrute(index, p.index);
        expectClose(p.distanceFragmentation, 1 - without, 1e-12, `${name} DF ${p.id}`);
        expectClose(p.efficiencyLoss, whole - without, 1e-12, `${name} loss ${p.id}`);
        expectClose(p.fragmentation, impact.fragmentation[p.index], 0, `${name} F ${p.id}`);
      }
      for (let k = 1; k < all.length; k++) {
        const a = all[k - 1];
        const b = all[k];
        // DF values equal up to 1e-12 (relative) are tied: E(G − v) sums of symmetric members round
        // differently in the dominance kernel; ties go by index.
        const tied = Math.abs(a.distanceFragmentation - b.distanceFragmentation) <= 1e-12 * Math.max(a.distanceFragmentation, b.distanceFragmentation);
        const ordered = a.fragmentation > b.fragmentation ||
          (a.fragmentation === b.fragmentation && ((!tied && a.distanceFragmentation > b.distanceFragmentation) ||
            (tied && a.index < b.index)));
        expect(ordered, `${name} order at ${k}`).toBe(true);
      }
      // Top-3 choice: the members with the highest F first.
      const top = keyPlayers(index, { k: 3 });
      const sortedF = Array.from(impact.fragmentation).sort((x, y) => y - x);
      expect(top.map((p) => p.fragmentation).sort((x, y) => y - x)).toEqual(sortedF.slice(0, 3));
    });
  }
});
