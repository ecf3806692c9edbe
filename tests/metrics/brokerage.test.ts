import { describe, it, expect } from 'vitest';
import { indexFromArcs } from '../../src/graph/graph-index.js';
import { brokerage, groupsFromLabels, SNA_BROKERAGE_COLUMNS, BROKERAGE_ROLES, MISSING_GROUP } from '../../src/metrics/brokerage.js';
import { loadReference, expectNodeValues, expectClose, type DatasetName } from '../helpers/reference.js';

const REF_DATASETS: DatasetName[] = ['school-cluster', 'florentine'];

function typeGroups(name: DatasetName) {
  const loaded = loadReference(name);
  const labels = loaded.index.ids.map((id) => loaded.graph.getNodeAttribute(id, 'type'));
  return { ...loaded, ...groupsFromLabels(labels) };
}

describe('Gould–Fernandez brokerage against sna::brokerage', () => {
  for (const name of REF_DATASETS) {
    it(`${name}: raw, expected, sd and z per member and per network, exp/sd per group`, () => {
      const { index, ref, groups, groupNames } = typeGroups(name);
      const b = ref.brokerage;
      expect(b).toBeDefined();
      // The reference grouping is the members' type.
      for (let v = 0; v < index.n; v++) expect(groupNames[groups[v]]).toBe(b.grouping[index.ids[v]]);
      const res = brokerage(index, groups, groupNames);
      expect(res.roles).toEqual([...BROKERAGE_ROLES]);
      expect(res.undirected).toBe(!ref.directed);
      expectClose(res.density, b.density_used, 1e-12, 'density');
      SNA_BROKERAGE_COLUMNS.forEach((col, r) => {
        // Raw counts are integers: exact.
        expectNodeValues(index, res.raw[r], b.raw_node[col], 0, `${name} raw ${col}`);
        expectNodeValues(index, res.expected[r], b.exp_node[col], 1e-9, `${name} exp ${col}`);
        expectNodeValues(index, res.sd[r], b.sd_node[col], 1e-9, `${name} sd ${col}`);
        expectNodeValues(index, res.z[r], b.z_node[col], 1e-9, `${name} z ${col}`);
        expect(res.totals.raw[r]).toBe(b.raw_graph[col]);
        expectClose(res.totals.expected[r], b.exp_graph[col], 1e-9, `${name} exp_graph ${col}`);
        expectClose(res.totals.sd[r], b.sd_graph[col], 1e-9, `${name} sd_graph ${col}`);
        expectClose(res.totals.z[r], b.z_graph[col], 1e-9, `${name} z_graph ${col}`);
        for (const g of res.byGroup) {
          expectClose(g.expected[r], b.exp_group[col][g.group], 1e-9, `${name} exp_group ${col} ${g.group}`);
          expectClose(g.sd[r], b.sd_group[col][g.group], 1e-9, `${name} sd_group ${col} ${g.group}`);
        }
      });
      expect(Object.fromEntries(res.byGroup.map((g) => [g.group, g.size]))).toEqual(b.class_sizes);
    });
  }

  it('undirected input: representative = gatekeeper for every member', () => {
    const { index, groups, groupNames } = typeGroups('florentine');
    const res = brokerage(index, groups, groupNames);
    expect(Array.from(res.raw[2])).toEqual(Array.from(res.raw[3]));
    expect(res.raw[5].reduce((s, x) => s + x, 0)).toBeGreaterThan(0);
  });
});

describe('brokerage hand cases (a → v → b)', () => {
  const ids = ['a', 'v', 'b'];
  const path = (labels: string[], extra: [number, number][] = []) => {
    const src = [0, 1, ...extra.map((e) => e[0])];
    const dst = [1, 2, ...extra.map((e) => e[1])];
    const idx = indexFromArcs(ids, true, { src, dst, w: src.map(() => 1) });
    const { groups, groupNames } = groupsFromLabels(labels);
    return brokerage(idx, groups, groupNames);
  };
  const rolesOfV = (res: ReturnType<typeof brokerage>) => res.raw.map((r) => r[1]);

  it('coordinator: A → A → A', () => expect(rolesOfV(path(['A', 'A', 'A']))).toEqual([1, 0, 0, 0, 0, 1]));
  it('itinerant: A → B → A', () => expect(rolesOfV(path(['A', 'B', 'A']))).toEqual([0, 1, 0, 0, 0, 1]));
  it('representative: A → A → B', () => expect(rolesOfV(path(['A', 'A', 'B']))).toEqual([0, 0, 1, 0, 0, 1]));
  it('gatekeeper: A → B → B', () => expect(rolesOfV(path(['A', 'B', 'B']))).toEqual([0, 0, 0, 1, 0, 1]));
  it('liaison: A → B → C', () => expect(rolesOfV(path(['A', 'B', 'C']))).toEqual([0, 0, 0, 0, 1, 1]));
  it('no brokerage when a → b exists; ends are never brokers', () => {
    const res = path(['A', 'B', 'C'], [[0, 2]]);
    for (const r of res.raw) expect(Array.from(r)).toEqual([0, 0, 0]);
    const res2 = path(['A', 'B', 'C']);
    expect(res2.raw[5][0]).toBe(0);
    expect(res2.raw[5][2]).toBe(0);
  });
  it('the reverse arc b → a does not close the pair', () => {
    expect(rolesOfV(path(['A', 'A', 'A'], [[2, 0]]))).toEqual([1, 0, 0, 0, 0, 1]);
  });
  it('undirected path a – v – b counts both directions', () => {
    const idx = indexFromArcs(ids, false, { src: [0, 1], dst: [1, 2], w: [1, 1] });
    const { groups, groupNames } = groupsFromLabels(['A', 'A', 'B']);
    const res = brokerage(idx, groups, groupNames);
    expect(res.raw.map((r) => r[1])).toEqual([0, 0, 1, 1, 0, 2]);
    expect(res.undirected).toBe(true);
    expectClose(res.density, 4 / 6, 1e-15, 'density');
  });
  it('missing groups form the "(missing)" group', () => {
    const res = path(['', '', 'B']);
    expect(rolesOfV(res)).toEqual([0, 0, 1, 0, 0, 1]);
    expect(res.byGroup.map((g) => [g.group, g.size])).toEqual([['B', 1], [MISSING_GROUP, 2]]);
  });
  it('null-model moments by hand (n = 3, d = 1/3, all in one group)', () => {
    const res = path(['A', 'A', 'A']);
    const d = 2 / 6;
    const k = d * d * (1 - d);
    expectClose(res.expected[0][1], k * 2 * 1, 1e-15, 'E[w_I]');
    expectClose(res.sd[0][1], Math.sqrt(2 * k * (1 - k)), 1e-15, 'sd[w_I]');
    expectClose(res.expected[1][1], 0, 1e-15, 'E[w_O]');
    expect(Number.isNaN(res.z[1][1])).toBe(true); // sd = 0 → undefined
    expectClose(res.z[0][1], (1 - 2 * k) / Math.sqrt(2 * k * (1 - k)), 1e-12, 'z[w_I]');
  });
  it('empty graph and single member', () => {
    const empty = brokerage(indexFromArcs([], true, { src: [], dst: [], w: [] }), new Int32Array(0), []);
    expect(empty.raw[5].length).toBe(0);
    expect(empty.density).toBe(0);
    expect(empty.totals.raw).toEqual([0, 0, 0, 0, 0, 0]);
    expect(empty.totals.z.every(Number.isNaN)).toBe(true);
    const one = brokerage(indexFromArcs(['x'], false, { src: [], dst: [], w: [] }), new Int32Array([0]), ['A']);
    expect(Array.from(one.raw[5])).toEqual([0]);
    expect(Number.isNaN(one.z[5][0])).toBe(true);
  });
  it('rejects group codes outside groupNames', () => {
    const idx = indexFromArcs(ids, true, { src: [0], dst: [1], w: [1] });
    expect(() => brokerage(idx, new Int32Array([0, 1, 2]), ['A', 'B'])).toThrow(RangeError);
    expect(() => brokerage(idx, new Int32Array([0, 1]), ['A', 'B'])).toThrow(RangeError);
  });
});

/** sna's R moments written out literally (loops over groups), to check the closed forms in brokerage(). */
function snaMoments(n: number[], N: number, d: number) {
  const k = d * d * (1 - d);
  const A = d ** 3 * (1 - d) ** 3;
  const choose2 = (x: number) => (x * (x - 1)) / 2;
  const others = (i: number) => n.filter((_, j) => j !== i);
  const sum = (a: number[]) => a.reduce((s, x) => s + x, 0);
  const grp = n.map((ni, i) => {
    const o = others(i);
    const e5 = k * (sum(o) ** 2 - sum(o.map((x) => x * x)));
    const e2 = k * sum(o.map((x) => x * (x - 1)));
    return {
      e: [k * (ni - 1) * (ni - 2), e2, k * (N - ni) * (ni - 1), k * (N - ni) * (ni - 1), e5, k * (N - 1) * (N - 2)],
      v2: e2 * (1 - k) + 2 * sum(o.map((x) => x * (x - 1) * (x - 2))) * A,
      v5: e5 * (1 - k) + 4 * sum(o.map((x) => x * choose2(N - x - ni) * A)),
    };
  });
  let eg1 = 0, eg5 = 0, vg2 = 0;
  for (const x of n) for (const y of n) {
    eg5 += x * y * (N - x - y);
    vg2 += x * y * (x - 1) * ((2 * x + 2 * y - 6) * A + (N - x - 1) * d ** 5 * (1 - d));
  }
  for (const x of n) {
    eg5 -= x * x * (N - 2 * x);
    eg1 += x * (N - x) * (x - 1);
    vg2 -= x * x * (x - 1) * ((4 * x - 6) * A + (N - x - 1) * d ** 5 * (1 - d));
  }
  eg5 *= k;
  eg1 *= k;
  vg2 += eg1 * (1 - k);
  let vg5 = eg5 * (1 - k);
  for (let i = 0; i < n.length; i++)
    for (let j = 0; j < n.length; j++)
      for (let l = 0; l < n.length; l++)
        if (i !== j && j !== l && i !== l)
          vg5 += n[i] * n[j] * n[l] * ((4 * (N - n[j]) - 2 * (n[i] + n[l] + 1)) * A - (4 * (N - n[l]) - 2 * (n[i] + n[j] + 1)) * d ** 4 * (1 - d) ** 2 + (N - (n[i] + n[l] + 1)) * d ** 5 * (1 - d));
  return { grp, eg5, vg5, vg2 };
}

describe('closed-form moments equal sna\'s loops', () => {
  it('on groups of sizes 1, 2, 3, 7, 11 (one singleton) with a random digraph', () => {
    const sizes = [3, 1, 7, 2, 11];
    const labels: string[] = [];
    sizes.forEach((s, g) => { for (let i = 0; i < s; i++) labels.push(`G${g}`); });
    const N = labels.length;
    const ids = labels.map((_, i) => `m${i}`);
    const src: number[] = [];
    const dst: number[] = [];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let i = 0; i < N; i++) for (let j = 0; j < N; j++) if (i !== j && rnd() < 0.2) { src.push(i); dst.push(j); }
    const idx = indexFromArcs(ids, true, { src, dst, w: src.map(() => 1) });
    const { groups, groupNames } = groupsFromLabels(labels);
    const res = brokerage(idx, groups, groupNames);
    const d = src.length / (N * (N - 1));
    const want = snaMoments(sizes, N, d);
    res.byGroup.forEach((g, i) => {
      want.grp[i].e.forEach((e, r) => expectClose(g.expected[r], e, 1e-12, `E ${g.group} ${r}`));
      expectClose(g.sd[1] ** 2, want.grp[i].v2, 1e-12, `Var w_O ${g.group}`);
      expectClose(g.sd[4] ** 2, want.grp[i].v5, 1e-12, `Var b_O ${g.group}`);
    });
    expectClose(res.totals.expected[4], want.eg5, 1e-12, 'E[b_O] network');
    expectClose(res.totals.sd[4] ** 2, want.vg5, 1e-12, 'Var[b_O] network');
    expectClose(res.totals.sd[1] ** 2, want.vg2, 1e-12, 'Var[w_O] network');
    // Singleton group: coordinator expectation 0 with sd 0 → z undefined.
    const single = groups.indexOf(groupNames.indexOf('G1'));
    expect(res.sd[0][single]).toBe(0);
    expect(Number.isNaN(res.z[0][single])).toBe(true);
    // Raw totals are the sum of the five roles.
    for (let v = 0; v < N; v++) expect(res.raw[5][v]).toBe(res.raw[0][v] + res.raw[1][v] + res.raw[2][v] + res.raw[3][v] + res.raw[4][v]);
  });
});
