import { describe, it, expect } from 'vitest';
import { indexFromArcs, undirectedView, type GraphIndex } from '../../src/graph/graph-index.js';
import { structuralHoles } from '../../src/metrics/structural-holes.js';
import { loadReference, expectNodeValues, expectClose, DATASETS } from '../helpers/reference.js';

type Values = Record<string, number | null>;

/** Reference efficiency derived from the reference effective size and the number of distinct neighbours. */
function derivedEfficiency(eff: Values, degree: Values): Values {
  const out: Values = {};
  for (const id of Object.keys(eff)) {
    const e = eff[id];
    const d = degree[id];
    out[id] = e === null || d === null || d === 0 ? null : e / d;
  }
  return out;
}

/** Borgatti's N − 2t/N computed by brute force with neighbour sets. */
function borgatti(index: GraphIndex): Float64Array {
  const nb: Set<number>[] = [];
  for (let v = 0; v < index.n; v++) nb.push(new Set(Array.from(index.undTargets.subarray(index.undOffsets[v], index.undOffsets[v + 1]))));
  const out = new Float64Array(index.n);
  for (let v = 0; v < index.n; v++) {
    const N = nb[v].size;
    if (N === 0) { out[v] = NaN; continue; }
    let t = 0;
    for (const a of nb[v]) for (const b of nb[v]) if (a < b && nb[a].has(b)) t++;
    out[v] = N - (2 * t) / N;
  }
  return out;
}

describe('structural holes against the reference (networkx / igraph / all-neighbour)', () => {
  for (const name of DATASETS) {
    it(`${name}: effective size, efficiency, constraint (weighted and unweighted)`, () => {
      const { index, unweighted, ref } = loadReference(name);
      const node = ref.node;
      const suffixes = ref.directed ? ['', '@undirected'] : [''];
      for (const suffix of suffixes) {
        const w = suffix ? undirectedView(index) : index;
        const u = suffix ? undirectedView(unweighted) : unweighted;
        const sw = structuralHoles(w);
        const su = structuralHoles(u);
        expectNodeValues(index, su.effectiveSize, node[`effective_size${suffix}`].values, 1e-9, `${name} effective_size${suffix}`);
        expectNodeValues(index, sw.effectiveSize, node[`effective_size_weighted${suffix}`].values, 1e-9, `${name} effective_size_weighted${suffix}`);
        expectNodeValues(index, su.constraint, node[`constraint${suffix}`].values, 1e-9, `${name} constraint${suffix}`);
        expectNodeValues(index, sw.constraint, node[`constraint_weighted${suffix}`].values, 1e-9, `${name} constraint_weighted${suffix}`);
        // Efficiency = effective size / number of neighbours (all neighbours = degree in the undirected view).
        const degree: Values = node[ref.directed ? 'degree@undirected' : 'degree'].values;
        expectNodeValues(index, su.efficiency, derivedEfficiency(node[`effective_size${suffix}`].values, degree), 1e-9, `${name} efficiency${suffix}`);
        expectNodeValues(index, sw.efficiency, derivedEfficiency(node[`effective_size_weighted${suffix}`].values, degree), 1e-9, `${name} efficiency_weighted${suffix}`);
      }
    });
  }

  it("unweighted undirected effective size equals Borgatti's N − 2t/N on every dataset", () => {
    for (const name of DATASETS) {
      const { unweighted } = loadReference(name);
      const u = undirectedView(unweighted);
      const got = structuralHoles(u).effectiveSize;
      const want = borgatti(u);
      for (let v = 0; v < u.n; v++) {
        if (Number.isNaN(want[v])) expect(Number.isNaN(got[v])).toBe(true);
        else expectClose(got[v], want[v], 1e-12, `${name} ${u.ids[v]}`);
      }
    }
  });

  it('directed: members with in-ties only get values (networkx gives NaN), the isolate NaN', () => {
    const { index } = loadReference('school-cluster');
    const res = structuralHoles(index);
    for (const id of ['K10', 'K22', 'K23']) {
      const v = index.indexOf.get(id)!;
      expect(index.outOffsets[v + 1] - index.outOffsets[v]).toBe(0);
      expect(Number.isFinite(res.constraint[v])).toBe(true);
    }
    const iso = index.indexOf.get('N07')!;
    for (const arr of [res.effectiveSize, res.efficiency, res.constraint, res.hierarchy]) expect(Number.isNaN(arr[iso])).toBe(true);
  });
});

describe('structural holes hand cases', () => {
  const und = (n: number, edges: [number, number][], w?: number[]) =>
    indexFromArcs(Array.from({ length: n }, (_, i) => `v${i}`), false, { src: edges.map((e) => e[0]), dst: edges.map((e) => e[1]), w: w ?? edges.map(() => 1) });

  it('triangle: constraint 1.125, effective size 1, hierarchy 0', () => {
    const r = structuralHoles(und(3, [[0, 1], [1, 2], [0, 2]]));
    for (let v = 0; v < 3; v++) {
      expectClose(r.constraint[v], 1.125, 1e-15, 'constraint');
      expectClose(r.effectiveSize[v], 1, 1e-15, 'effective size');
      expectClose(r.efficiency[v], 0.5, 1e-15, 'efficiency');
      expectClose(r.hierarchy[v], 0, 1e-15, 'hierarchy');
    }
  });

  it('star with 4 leaves: centre constraint 1/4, effective size 4, hierarchy 0; leaves constraint 1, hierarchy 1', () => {
    const r = structuralHoles(und(5, [[0, 1], [0, 2], [0, 3], [0, 4]]));
    expectClose(r.constraint[0], 0.25, 1e-15, 'centre constraint');
    expectClose(r.effectiveSize[0], 4, 1e-15, 'centre effective size');
    expectClose(r.efficiency[0], 1, 1e-15, 'centre efficiency');
    expectClose(r.hierarchy[0], 0, 1e-15, 'centre hierarchy');
    expectClose(r.constraint[1], 1, 1e-15, 'leaf constraint');
    expectClose(r.effectiveSize[1], 1, 1e-15, 'leaf effective size');
    expect(r.hierarchy[1]).toBe(1); // single contact: 0/0, JUNG convention
  });

  it('hierarchy by hand: ego with contacts j, k, l and a tie j–k', () => {
    // p = 1/3 each; p_kj = p_jk = 1/2. c_ij = c_ik = (1/3 + 1/3·1/2)² = 1/4, c_il = 1/9, C = 11/18.
    // r_j = r_k = (1/4)/(11/54) = 27/22, r_l = (1/9)/(11/54) = 6/11.
    const r = structuralHoles(und(4, [[0, 1], [0, 2], [0, 3], [1, 2]]));
    expectClose(r.constraint[0], 11 / 18, 1e-15, 'constraint');
    const H = (2 * (27 / 22) * Math.log(27 / 22) + (6 / 11) * Math.log(6 / 11)) / (3 * Math.log(3));
    expectClose(r.hierarchy[0], H, 1e-13, 'hierarchy');
    expect(H).toBeGreaterThan(0.05);
    expect(H).toBeLessThan(0.06);
    // Effective size: N − 2t/N = 3 − 2/3.
    expectClose(r.effectiveSize[0], 3 - 2 / 3, 1e-15, 'effective size');
  });

  it('weights: stronger tie to one contact raises constraint; weights ignored when unweighted', () => {
    const edges: [number, number][] = [[0, 1], [0, 2]];
    const weighted = structuralHoles(und(3, edges, [3, 1]));
    // p = 3/4, 1/4 → C = 9/16 + 1/16 = 10/16.
    expectClose(weighted.constraint[0], 10 / 16, 1e-15, 'weighted constraint');
    const ids = ['v0', 'v1', 'v2'];
    const unw = structuralHoles(indexFromArcs(ids, false, { src: [0, 0], dst: [1, 2], w: [3, 1] }, { weighted: false }));
    expectClose(unw.constraint[0], 0.5, 1e-15, 'unweighted constraint');
  });

  it('directed unweighted: a reciprocated pair counts twice in the mutual weight', () => {
    // 0 ↔ 1, 0 → 2: mutual weights 2 and 1 → p = 2/3, 1/3 → C = 4/9 + 1/9.
    const idx = indexFromArcs(['a', 'b', 'c'], true, { src: [0, 1, 0], dst: [1, 0, 2], w: [5, 5, 5] }, { weighted: false });
    expectClose(structuralHoles(idx).constraint[0], 5 / 9, 1e-15, 'constraint');
    // The undirected view of the same unweighted index treats every neighbour as 1.
    expectClose(structuralHoles(undirectedView(idx)).constraint[0], 0.5, 1e-15, 'undirected view');
  });

  it('isolates, a single member and the empty graph', () => {
    const r = structuralHoles(und(3, [[0, 1]]));
    expect(Number.isNaN(r.constraint[2])).toBe(true);
    expect(Number.isNaN(r.effectiveSize[2])).toBe(true);
    expect(Number.isNaN(r.efficiency[2])).toBe(true);
    expect(Number.isNaN(r.hierarchy[2])).toBe(true);
    expectClose(r.constraint[0], 1, 1e-15, 'dyad constraint');
    const one = structuralHoles(und(1, []));
    expect(Number.isNaN(one.constraint[0])).toBe(true);
    const empty = structuralHoles(und(0, []));
    expect(empty.constraint.length).toBe(0);
  });
});
