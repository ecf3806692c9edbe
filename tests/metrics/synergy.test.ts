import { describe, expect, it } from 'vitest';
import { UndirectedGraph, DirectedGraph } from 'graphology';
import { buildIndex, indexFromArcs, undirectedView, type GraphIndex } from '../../src/graph/graph-index.js';
import type { ClusterGraph, MemberAttributes, TieAttributes, ClusterGraphAttributes, Orientation } from '../../src/model/types.js';
import { crossGroupShare, mixingMatrix, orientationShares, tieArrays } from '../../src/metrics/mixing.js';
import { eiIndex } from '../../src/metrics/ei-index.js';
import { attributeAssortativity, degreeAssortativity } from '../../src/metrics/assortativity.js';
import { DATASETS, expectClose, expectNodeValues, loadReference, type DatasetName } from '../helpers/reference.js';

type Attr = 'type' | 'sector' | 'level';

/** Groups from a member attribute: names sorted, −1 for a missing value. */
function groupsOf(graph: ClusterGraph, index: GraphIndex, attr: Attr): { groups: Int32Array; groupNames: string[] } {
  const values = index.ids.map((id) => graph.getNodeAttribute(id, attr));
  const groupNames = [...new Set(values.filter((v): v is string => v !== null))].sort();
  const groups = Int32Array.from(values, (v) => (v === null ? -1 : groupNames.indexOf(v)));
  return { groups, groupNames };
}

/** Reference E-I blocks per dataset: [label, attribute, use the undirected view, reference block]. */
function eiCases(name: DatasetName): [string, Attr, boolean, any][] {
  const { ref } = loadReference(name);
  const ei = ref.ei_index ?? {};
  if (ref.directed) {
    const out: [string, Attr, boolean, any][] = [];
    for (const view of ['directed', 'undirected'] as const) {
      for (const attr of Object.keys(ei[view] ?? {})) out.push([`${view} ${attr}`, attr as Attr, view === 'undirected', ei[view][attr]]);
    }
    return out;
  }
  return Object.keys(ei).map((attr) => [attr, attr as Attr, false, ei[attr]]);
}

function smallUndirected(n: number, edges: [number, number, number?][]): GraphIndex {
  const ids = Array.from({ length: n }, (_, i) => `v${i}`);
  return indexFromArcs(ids, false, {
    src: edges.map((e) => e[0]),
    dst: edges.map((e) => e[1]),
    w: edges.map((e) => e[2] ?? 1),
  });
}

describe('E-I index against the reference', () => {
  const all = DATASETS.flatMap((name) => eiCases(name).map((c) => [name, ...c] as const));
  it('has reference blocks to test (karate, florentine, school-cluster × 6)', () => {
    expect(all.length).toBe(8);
  });
  for (const [name, label, attr, undirected, block] of all) {
    it(`${name} ${label}`, () => {
      const { graph, index: full } = loadReference(name);
      const index = undirected ? undirectedView(full) : full;
      const { groups, groupNames } = groupsOf(graph, index, attr);
      const r = eiIndex(index, groups, groupNames, { permutations: 0 });
      const o = block.overall;
      expect(r.E).toBe(o.E);
      expect(r.I).toBe(o.I);
      expectClose(r.EI, o.EI, 1e-12, 'EI');
      expectClose(r.E_weighted, o.E_weighted, 1e-12, 'E_weighted');
      expectClose(r.I_weighted, o.I_weighted, 1e-12, 'I_weighted');
      expectClose(r.EI_weighted, o.EI_weighted, 1e-12, 'EI_weighted');
      const groupKeys = Object.keys(block.group);
      expect(groupKeys.sort()).toEqual([...groupNames].sort());
      for (const g of r.groups) {
        const e = block.group[g.group];
        expect(g.E).toBe(e.E);
        expect(g.I).toBe(e.I);
        for (const key of ['EI', 'E_weighted', 'I_weighted', 'EI_weighted', 'EI_member_sum'] as const) {
          expectClose(g[key], e[key], 1e-12, `${g.group} ${key}`);
        }
      }
      const pick = (k: 'E' | 'I' | 'EI') => Object.fromEntries(Object.entries(block.node).map(([id, v]: [string, any]) => [id, v[k]]));
      expectNodeValues(index, r.member.E, pick('E'), 1e-12, 'E');
      expectNodeValues(index, r.member.I, pick('I'), 1e-12, 'I');
      expectNodeValues(index, r.member.EI, pick('EI'), 1e-12, 'EI');
    });
  }
});

describe('E-I index: range, baseline, edge cases', () => {
  it('hand-checked path with two groups', () => {
    // 0-1-2-3, groups A A B B: E = 1 (1-2), I = 2.
    const index = smallUndirected(4, [[0, 1], [1, 2, 3], [2, 3]]);
    const r = eiIndex(index, Int32Array.from([0, 0, 1, 1]), ['A', 'B'], { permutations: 0 });
    expect([r.E, r.I]).toEqual([1, 2]);
    expectClose(r.EI, -1 / 3, 1e-15, 'EI');
    expectClose(r.EI_weighted, (3 - 2) / 5, 1e-15, 'EI_weighted');
    // P_int = 1 + 1 = 2, P_ext = 4, L = 3: E_max = 3, E_min = 1 → [-1/3, 1]; baseline (4-2)/6.
    expect(r.pairs).toEqual({ internal: 2, external: 4 });
    expectClose(r.range[0], -1 / 3, 1e-15, 'min');
    expectClose(r.range[1], 1, 1e-15, 'max');
    expectClose(r.baseline, 1 / 3, 1e-15, 'baseline');
    expect(Array.from(r.member.EI)).toEqual([-1, 0, 0, -1]);
    const a = r.groups[0];
    expect([a.E, a.I, a.EI, a.EI_member_sum]).toEqual([1, 1, 0, -1 / 3]);
  });

  it('directed range counts ordered pairs', () => {
    const ids = ['a', 'b', 'c'];
    const index = indexFromArcs(ids, true, { src: [0, 1, 0], dst: [1, 0, 2], w: [1, 1, 1] });
    const r = eiIndex(index, Int32Array.from([0, 0, 1]), ['X', 'Y'], { permutations: 0 });
    expect([r.E, r.I]).toEqual([1, 2]);
    // ordered pairs: internal 2 (a→b, b→a), external 4; L = 3 → E ∈ [1, 3].
    expect(r.pairs).toEqual({ internal: 2, external: 4 });
    expect(r.range).toEqual([-1 / 3, 1]);
    expect(Array.from(r.member.E)).toEqual([1, 0, 1]);
    expect(Array.from(r.member.I)).toEqual([2, 2, 0]);
  });

  it('isolates and missing groups give NaN member values and are left out', () => {
    // 0-1 (A-A), 1-2 (A-missing), 3 isolate (B)
    const index = smallUndirected(4, [[0, 1], [1, 2]]);
    const r = eiIndex(index, Int32Array.from([0, 0, -1, 1]), ['A', 'B'], { permutations: 100 });
    expect([r.E, r.I, r.ties, r.members]).toEqual([0, 1, 1, 3]);
    expect(r.EI).toBe(-1);
    expect(Number.isNaN(r.member.EI[2])).toBe(true);
    expect(Number.isNaN(r.member.EI[3])).toBe(true);
    expect(r.member.EI[1]).toBe(-1);
    expect(r.groups[1].size).toBe(1);
    expect(Number.isNaN(r.groups[1].EI)).toBe(true);
  });

  it('empty graph and single member', () => {
    const empty = indexFromArcs([], false, { src: [], dst: [], w: [] });
    const r0 = eiIndex(empty, new Int32Array(0), [], {});
    expect(Number.isNaN(r0.EI)).toBe(true);
    expect(r0.permutation).toBeNull();
    expect(Number.isNaN(r0.baseline)).toBe(true);
    const one = smallUndirected(1, []);
    const r1 = eiIndex(one, Int32Array.from([0]), ['A'], {});
    expect(Number.isNaN(r1.member.EI[0])).toBe(true);
    expect(r1.range.every(Number.isNaN)).toBe(true);
  });

  it('rejects groups that do not fit', () => {
    const index = smallUndirected(2, [[0, 1]]);
    expect(() => eiIndex(index, Int32Array.from([0]), ['A'])).toThrow(RangeError);
    expect(() => eiIndex(index, Int32Array.from([0, 2]), ['A', 'B'])).toThrow(RangeError);
  });
});

describe('E-I permutation test', () => {
  it('is seeded, consistent and bounded', () => {
    const { graph, index } = loadReference('karate');
    const { groups, groupNames } = groupsOf(graph, index, 'type');
    const a = eiIndex(index, groups, groupNames, { permutations: 2000, seed: 7 }).permutation!;
    const b = eiIndex(index, groups, groupNames, { permutations: 2000, seed: 7 }).permutation!;
    const c = eiIndex(index, groups, groupNames, { permutations: 2000, seed: 8 }).permutation!;
    expect(a).toEqual(b);
    expect(a.mean).not.toBe(c.mean);
    // The clubs are strongly homophilous: no random labelling is as internal as the observed one.
    expectClose(a.observed, -0.717948717948718, 1e-12, 'observed');
    expect(a.pLessEqual).toBe(0);
    expect(a.pGreaterEqual).toBe(1);
    expect(a.pTwoSided).toBe(0);
    expect(a.min).toBeGreaterThan(a.observed);
    expect(a.max).toBeLessThanOrEqual(1);
    // Random labels keep group sizes, so the permutation mean sits near the structural baseline.
    const r = eiIndex(index, groups, groupNames, { permutations: 0 });
    expect(Math.abs(a.mean - r.baseline)).toBeLessThan(0.05);
    expect(a.sd).toBeGreaterThan(0);
  });

  it('exact p-values on a 4-member graph (all 6 labellings equally likely)', () => {
    // Path 0-1-2-3 with labels A A B B: E-I of each of the 6 distinct labellings of {A,A,B,B}:
    // AABB, BBAA → E=1 (EI −1/3); ABAB, BABA → E=3 (1); ABBA, BAAB → E=2 (1/3).
    const index = smallUndirected(4, [[0, 1], [1, 2], [2, 3]]);
    const t = eiIndex(index, Int32Array.from([0, 0, 1, 1]), ['A', 'B'], { permutations: 60000, seed: 1 }).permutation!;
    expect(t.observed).toBeCloseTo(-1 / 3, 12);
    expect(t.pLessEqual).toBeCloseTo(1 / 3, 1.5);
    expect(t.pGreaterEqual).toBe(1);
    expect(t.mean).toBeCloseTo(1 / 3, 1.5);
    expect(t.min).toBeCloseTo(-1 / 3, 12);
    expect(t.max).toBe(1);
    // Baseline (4 − 2)/6 = 1/3 is the exact mean. |EI − 1/3|: AABB, BBAA, ABAB, BABA are 2/3 away → 2/3.
    expectClose(eiIndex(index, Int32Array.from([0, 0, 1, 1]), ['A', 'B'], { permutations: 0 }).baseline, 1 / 3, 1e-15, 'baseline');
    expect(t.pTwoSided).toBeCloseTo(2 / 3, 1.5);
  });

  it('weighted test permutes the weighted E-I', () => {
    const index = smallUndirected(4, [[0, 1, 5], [1, 2, 1], [2, 3, 5]]);
    const t = eiIndex(index, Int32Array.from([0, 0, 1, 1]), ['A', 'B'], { weighted: true, permutations: 500 }).permutation!;
    expect(t.weighted).toBe(true);
    expectClose(t.observed, (1 - 10) / 11, 1e-15, 'observed');
    expect(t.min).toBeCloseTo((1 - 10) / 11, 12);
  });

  it('10,000 permutations on 1,000 members / 5,000 ties in well under a second', () => {
    const n = 1000;
    const src: number[] = [];
    const dst: number[] = [];
    let s = 12345;
    const next = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0);
    const seen = new Set<number>();
    while (src.length < 5000) {
      const a = next() % n;
      const b = next() % n;
      if (a === b || seen.has(Math.min(a, b) * n + Math.max(a, b))) continue;
      seen.add(Math.min(a, b) * n + Math.max(a, b));
      src.push(a);
      dst.push(b);
    }
    const index = indexFromArcs(Array.from({ length: n }, (_, i) => String(i)), false, { src, dst, w: src.map(() => 1) });
    const groups = Int32Array.from({ length: n }, (_, i) => i % 5);
    // CPU time of this process (not wall time: the machine is shared), best of three runs.
    let best = Infinity;
    for (let rep = 0; rep < 3; rep++) {
      const t0 = process.cpuUsage();
      const r = eiIndex(index, groups, ['a', 'b', 'c', 'd', 'e'], { permutations: 10000 });
      const used = process.cpuUsage(t0);
      best = Math.min(best, (used.user + used.system) / 1000);
      expect(r.permutation!.permutations).toBe(10000);
    }
    expect(best).toBeLessThan(1000);
  });
});

describe('mixing matrix and cross-group share', () => {
  it('undirected: within-group ties once on the diagonal, cross ties in both cells', () => {
    // 0-1 (A-A, w2), 1-2 (A-B, w3), 2-3 (B-B, w1), 3-4 (B-missing)
    const index = smallUndirected(5, [[0, 1, 2], [1, 2, 3], [2, 3, 1], [3, 4, 7]]);
    const groups = Int32Array.from([0, 0, 1, 1, -1]);
    const mm = mixingMatrix(index, groups, ['A', 'B']);
    expect(mm.groups).toEqual(['A', 'B']);
    expect(mm.counts).toEqual([[1, 1], [1, 1]]);
    expect(mm.weights).toEqual([[2, 3], [3, 1]]);
    const share = crossGroupShare(index, groups);
    expect(share.count).toBeCloseTo(1 / 3, 15);
    expect(share.weight).toBeCloseTo(3 / 6, 15);
  });

  it('directed: from-row to-column', () => {
    const index = indexFromArcs(['a', 'b', 'c'], true, { src: [0, 1, 0], dst: [1, 0, 2], w: [1, 2, 4] });
    const mm = mixingMatrix(index, Int32Array.from([0, 0, 1]), ['X', 'Y']);
    expect(mm.counts).toEqual([[2, 1], [0, 0]]);
    expect(mm.weights).toEqual([[3, 4], [0, 0]]);
  });

  it('agrees with the reference E-I on every dataset (share = (1 + EI)/2; diagonal = I)', () => {
    for (const name of DATASETS) {
      for (const [label, attr, undirected, block] of eiCases(name)) {
        const { graph, index: full } = loadReference(name);
        const index = undirected ? undirectedView(full) : full;
        const { groups, groupNames } = groupsOf(graph, index, attr);
        const share = crossGroupShare(index, groups);
        expectClose(share.count, (1 + block.overall.EI) / 2, 1e-12, `${name} ${label} count`);
        expectClose(share.weight, (1 + block.overall.EI_weighted) / 2, 1e-12, `${name} ${label} weight`);
        const mm = mixingMatrix(index, groups, groupNames);
        let diag = 0;
        let total = 0;
        for (let g = 0; g < groupNames.length; g++) {
          diag += mm.counts[g][g];
          for (let h = 0; h < groupNames.length; h++) if (index.directed || h >= g) total += mm.counts[g][h];
          expect(mm.counts[g][g]).toBe(block.group[groupNames[g]].I);
        }
        expect(diag).toBe(block.overall.I);
        expect(total).toBe(block.overall.E + block.overall.I);
      }
    }
  });

  it('empty graph: NaN shares, zero matrix', () => {
    const index = smallUndirected(2, []);
    const share = crossGroupShare(index, Int32Array.from([0, 1]));
    expect(Number.isNaN(share.count) && Number.isNaN(share.weight)).toBe(true);
    expect(mixingMatrix(index, Int32Array.from([0, 1]), ['A', 'B']).counts).toEqual([[0, 0], [0, 0]]);
    expect(tieArrays(index).src.length).toBe(0);
  });
});

describe('orientation shares', () => {
  function graphWith(directed: boolean): ClusterGraph {
    const g: ClusterGraph = directed
      ? new DirectedGraph<MemberAttributes, TieAttributes, ClusterGraphAttributes>()
      : new UndirectedGraph<MemberAttributes, TieAttributes, ClusterGraphAttributes>();
    for (const id of ['a', 'b', 'c', 'd']) {
      g.addNode(id, { name: id, type: null, sector: null, level: null, region: null, extra: Object.create(null) });
    }
    const tie = (s: string, t: string, orientation: Orientation) =>
      g.addEdge(s, t, { weight: 1, kinds: [], orientation, since: null, until: null, rows: 1, extra: Object.create(null) });
    tie('b', 'a', 'vertical'); // Y-X
    tie('a', 'c', 'horizontal'); // X-X
    tie('c', 'b', 'unknown'); // X-Y
    tie('a', 'd', 'vertical'); // X-missing
    return g;
  }
  const groupOf = (id: string) => ({ a: 'X', b: 'Y', c: 'X' })[id as 'a'] ?? null;

  it('undirected: unordered pairs, missing groups only in overall', () => {
    const r = orientationShares(graphWith(false), groupOf);
    expect(r.overall).toEqual({ horizontal: 1, vertical: 2, unknown: 1, total: 4 });
    expect(r.byPair).toEqual([
      { from: 'X', to: 'X', horizontal: 1, vertical: 0, unknown: 0, total: 1 },
      { from: 'X', to: 'Y', horizontal: 0, vertical: 1, unknown: 1, total: 2 },
    ]);
  });

  it('directed: ordered pairs', () => {
    const r = orientationShares(graphWith(true), groupOf);
    expect(r.byPair).toEqual([
      { from: 'X', to: 'X', horizontal: 1, vertical: 0, unknown: 0, total: 1 },
      { from: 'X', to: 'Y', horizontal: 0, vertical: 0, unknown: 1, total: 1 },
      { from: 'Y', to: 'X', horizontal: 0, vertical: 1, unknown: 0, total: 1 },
    ]);
  });
});

describe('assortativity against the reference', () => {
  for (const name of DATASETS) {
    it(`${name}: degree assortativity`, () => {
      const { index, ref } = loadReference(name);
      expectClose(degreeAssortativity(index), ref.graph.degree_assortativity.value, 1e-9, 'degree');
      const und = ref.graph['degree_assortativity@undirected'];
      if (und) expectClose(degreeAssortativity(undirectedView(index)), und.value, 1e-9, 'degree@undirected');
    });
    it(`${name}: attribute assortativity`, () => {
      const { graph, index, ref } = loadReference(name);
      let checked = 0;
      for (const attr of ['type', 'sector', 'level'] as const) {
        for (const suffix of ['', '@undirected']) {
          const entry = ref.graph[`attribute_assortativity_${attr}${suffix}`];
          if (!entry) continue;
          const view = suffix ? undirectedView(index) : index;
          const { groups } = groupsOf(graph, view, attr);
          expectClose(attributeAssortativity(view, groups), entry.value, 1e-9, `${attr}${suffix}`);
          checked++;
        }
      }
      const expected = { karate: 1, florentine: 1, 'school-cluster': 6, kite: 0, davis: 0 }[name];
      expect(checked).toBe(expected);
    });
  }
});

describe('assortativity: hand-checked and undefined cases', () => {
  it('perfect sorting gives 1, perfect mixing of two equal groups gives -1', () => {
    const twoPairs = smallUndirected(4, [[0, 1], [2, 3]]);
    expect(attributeAssortativity(twoPairs, Int32Array.from([0, 0, 1, 1]))).toBeCloseTo(1, 15);
    expect(attributeAssortativity(twoPairs, Int32Array.from([0, 1, 0, 1]))).toBeCloseTo(-1, 15);
  });

  it('null when undefined', () => {
    const path = smallUndirected(3, [[0, 1], [1, 2]]);
    expect(attributeAssortativity(path, Int32Array.from([0, 0, 0]))).toBeNull(); // one group
    expect(attributeAssortativity(smallUndirected(2, []), Int32Array.from([0, 1]))).toBeNull(); // no ties
    expect(attributeAssortativity(path, Int32Array.from([-1, 0, -1]))).toBeNull(); // only missing ends
    expect(degreeAssortativity(smallUndirected(3, [[0, 1], [1, 2], [0, 2]]))).toBeNull(); // regular
  });

  it('star and path: hand values', () => {
    // Path 0-1-2-3: end pairs (1,2),(2,1),(2,2),(2,2),(2,1),(1,2): mean 5/3, Σ products −2/3,
    // Σ squares 4/3 → r = −1/2 (networkx path_graph(4) gives −0.5).
    expectClose(degreeAssortativity(smallUndirected(4, [[0, 1], [1, 2], [2, 3]])), -0.5, 1e-12, 'path');
    // Star: every tie joins degree 3 to degree 1 → perfectly disassortative.
    expectClose(degreeAssortativity(smallUndirected(4, [[0, 1], [0, 2], [0, 3]])), -1, 1e-12, 'star');
    // Directed: arcs 0→1, 0→2, 1→2: x = out(src) = 2,2,1; y = in(dst) = 1,2,2 → Pearson = -0.5.
    const d = indexFromArcs(['a', 'b', 'c'], true, { src: [0, 0, 1], dst: [1, 2, 2], w: [1, 1, 1] });
    expectClose(degreeAssortativity(d), -0.5, 1e-12, 'directed');
    expect(degreeAssortativity(indexFromArcs([], false, { src: [], dst: [], w: [] }))).toBeNull();
  });

  it('missing groups are left out, not a category', () => {
    // 0-1 A-A, 2-3 B-B, 1-4 A-missing: the missing end is dropped, so r stays 1.
    const index = smallUndirected(5, [[0, 1], [2, 3], [1, 4]]);
    expect(attributeAssortativity(index, Int32Array.from([0, 0, 1, 1, -1]))).toBeCloseTo(1, 15);
  });

  it('works on an index built from a graph (buildIndex)', () => {
    const { graph } = loadReference('florentine');
    const index = buildIndex(graph, { weighted: false });
    const { groups } = groupsOf(graph, index, 'type');
    expect(attributeAssortativity(index, groups)).toBeCloseTo(0.6146435452793835, 12);
  });
});
