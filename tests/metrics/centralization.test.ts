import { describe, it, expect } from 'vitest';
import { indexFromArcs, undirectedView, type GraphIndex } from '../../src/graph/graph-index.js';
import { centralization, freemanCentralization, freemanCloseness, topTieShare, isConnectedForCloseness } from '../../src/metrics/centralization.js';
import { loadReference, expectClose, DATASETS, FIXTURES } from '../helpers/reference.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCluster } from '../../src/io/build-cluster.js';
import { analyze } from '../../src/analysis/analyze.js';
import { renderText } from '../../src/report/text.js';

/** Reference per-member values as a Float64Array in index order (null → NaN). */
function column(index: GraphIndex, values: Record<string, number | null>): Float64Array {
  return Float64Array.from(index.ids, (id) => {
    const v = values[id];
    if (v === undefined) throw new Error(`no reference value for ${id}`);
    return v === null ? NaN : v;
  });
}

describe('Freeman centralization against the reference (sna / R igraph)', () => {
  for (const name of DATASETS) {
    it(`${name}: every value of the centralization section`, () => {
      const { unweighted, ref } = loadReference(name);
      const c = ref.centralization;
      if (!ref.directed) {
        const res = centralization(unweighted, { betweennessRaw: column(unweighted, ref.node.betweenness_raw.values) });
        expectClose(res.degree, c.degree.value, 1e-12, `${name} degree`);
        expectClose(res.betweenness, c.betweenness.value, 1e-12, `${name} betweenness`);
        expectClose(res.closeness, c.closeness.value, 1e-12, `${name} closeness`);
        expect(res.inDegree).toBeUndefined();
        // Same closeness centralization from the reference closeness (= (n−1)/Σd on connected graphs).
        const withCloseness = centralization(unweighted, {
          betweennessRaw: column(unweighted, ref.node.betweenness_raw.values),
          closeness: column(unweighted, ref.node.closeness_wf.values),
        });
        expectClose(withCloseness.closeness, c.closeness.value, 1e-12, `${name} closeness (given)`);
        return;
      }
      const d = centralization(unweighted, { betweennessRaw: column(unweighted, ref.node.betweenness_raw.values) });
      expectClose(d.inDegree ?? null, c.directed.in_degree.value, 1e-12, `${name} in-degree`);
      expectClose(d.outDegree ?? null, c.directed.out_degree.value, 1e-12, `${name} out-degree`);
      expectClose(d.betweenness, c.directed.betweenness.value, 1e-12, `${name} betweenness`);
      expect(d.closeness).toBeNull();
      expect(c.directed.closeness.value).toBeNull();
      const und = undirectedView(unweighted);
      const u = centralization(und, { betweennessRaw: column(und, ref.node['betweenness_raw@undirected'].values) });
      expectClose(u.degree, c.undirected.degree.value, 1e-12, `${name} undirected degree`);
      expectClose(u.betweenness, c.undirected.betweenness.value, 1e-12, `${name} undirected betweenness`);
      expect(u.closeness).toBeNull();
      expect(c.undirected.closeness.value).toBeNull();
    });
  }

  it('computed closeness equals the reference closeness on connected datasets', () => {
    for (const name of DATASETS) {
      const { unweighted, ref } = loadReference(name);
      if (ref.directed) continue;
      expect(isConnectedForCloseness(unweighted)).toBe(true);
      const got = freemanCloseness(unweighted);
      const want = column(unweighted, ref.node.closeness_wf.values);
      for (let v = 0; v < unweighted.n; v++) expectClose(got[v], want[v], 1e-12, `${name} ${unweighted.ids[v]}`);
    }
  });
});

describe('centralization hand cases', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `v${i}`);
  const star = (n: number, directed: boolean) => {
    const src: number[] = [];
    const dst: number[] = [];
    for (let i = 1; i < n; i++) {
      src.push(0); dst.push(i);
      if (directed) { src.push(i); dst.push(0); }
    }
    return indexFromArcs(ids(n), directed, { src, dst, w: src.map(() => 1) });
  };

  it('undirected star of 5: degree, betweenness and closeness centralization 1', () => {
    const idx = star(5, false);
    const res = centralization(idx, { betweennessRaw: Float64Array.from([6, 0, 0, 0, 0]) });
    expectClose(res.degree, 1, 1e-15, 'degree');
    expectClose(res.betweenness, 1, 1e-15, 'betweenness');
    expectClose(res.closeness, 1, 1e-15, 'closeness');
  });

  it('complete graph: 0 everywhere', () => {
    const src: number[] = [];
    const dst: number[] = [];
    for (let i = 0; i < 5; i++) for (let j = i + 1; j < 5; j++) { src.push(i); dst.push(j); }
    const res = centralization(indexFromArcs(ids(5), false, { src, dst, w: src.map(() => 1) }), { betweennessRaw: new Float64Array(5) });
    expect(res).toEqual({ degree: 0, betweenness: 0, closeness: 0 });
  });

  it('in-star of 5: in-degree centralization 1, out-degree 1/16', () => {
    const idx = indexFromArcs(ids(5), true, { src: [1, 2, 3, 4], dst: [0, 0, 0, 0], w: [1, 1, 1, 1] });
    const res = centralization(idx, { betweennessRaw: new Float64Array(5) });
    expectClose(res.inDegree ?? null, 1, 1e-15, 'in');
    expectClose(res.outDegree ?? null, 1 / 16, 1e-15, 'out');
    expect(res.closeness).toBeNull(); // not strongly connected
  });

  it('bidirected star of 5: total degree and betweenness 1, in/out 3/4; closeness with sna\'s directed maximum', () => {
    const idx = star(5, true);
    const res = centralization(idx, { betweennessRaw: Float64Array.from([12, 0, 0, 0, 0]) });
    // in-degree centre 4, leaves 1: Σ = 12, T = (n−1)² = 16.
    expectClose(res.inDegree ?? null, 0.75, 1e-15, 'in');
    expectClose(res.outDegree ?? null, 0.75, 1e-15, 'out');
    expectClose(res.degree, 1, 1e-15, 'total');
    expectClose(res.betweenness, 1, 1e-15, 'betweenness');
    // centre c = 1, leaves 4/7: Σ = 4·3/7; sna's T_max = (n−1)(1 − 1/n) = 16/5.
    expectClose(res.closeness, (12 / 7) / (16 / 5), 1e-15, 'closeness');
  });

  it('path of 4: hand values', () => {
    const idx = indexFromArcs(ids(4), false, { src: [0, 1, 2], dst: [1, 2, 3], w: [1, 1, 1] });
    const res = centralization(idx, { betweennessRaw: Float64Array.from([0, 2, 2, 0]) });
    // degrees 1,2,2,1: Σ(2 − d) = 2, T = 3·2 = 6.
    expectClose(res.degree, 1 / 3, 1e-15, 'degree');
    // Σ(2 − b) = 4, T = 9·2/2 = 9.
    expectClose(res.betweenness, 4 / 9, 1e-15, 'betweenness');
    // closeness 3/6, 3/4, 3/4, 3/6: Σ = 0.5, T = 3·2/5.
    expectClose(res.closeness, 0.5 / (6 / 5), 1e-15, 'closeness');
  });

  it('disconnected graph: closeness null; n ≤ 2 and empty: null', () => {
    const idx = indexFromArcs(ids(4), false, { src: [0, 2], dst: [1, 3], w: [1, 1] });
    const res = centralization(idx, { betweennessRaw: new Float64Array(4) });
    expect(res.closeness).toBeNull();
    expectClose(res.degree, 0, 1e-15, 'degree');
    const directedPath = indexFromArcs(ids(3), true, { src: [0, 1], dst: [1, 2], w: [1, 1] });
    expect(centralization(directedPath, { betweennessRaw: Float64Array.from([0, 1, 0]) }).closeness).toBeNull();
    const two = indexFromArcs(ids(2), false, { src: [0], dst: [1], w: [1] });
    expect(centralization(two, { betweennessRaw: new Float64Array(2) })).toEqual({ degree: null, betweenness: null, closeness: null });
    const empty = indexFromArcs([], false, { src: [], dst: [], w: [] });
    expect(centralization(empty, { betweennessRaw: new Float64Array(0) })).toEqual({ degree: null, betweenness: null, closeness: null });
    expect(() => centralization(two, { betweennessRaw: new Float64Array(3) })).toThrow(RangeError);
  });

  it('freemanCentralization: formula and undefined inputs', () => {
    expectClose(freemanCentralization([3, 1, 1, 1], 6), 1, 1e-15, 'star');
    expect(freemanCentralization([1, NaN], 1)).toBeNull();
    expect(freemanCentralization([], 1)).toBeNull();
    expect(freemanCentralization([1, 2], 0)).toBeNull();
  });
});

describe('topTieShare', () => {
  it('star: centre holds every tie; ties go to the lowest index; directed counts in + out', () => {
    const s = indexFromArcs(['a', 'b', 'c', 'd'], false, { src: [1, 1, 1], dst: [0, 2, 3], w: [1, 1, 1] });
    expect(topTieShare(s)).toEqual({ id: 'b', share: 1 });
    const path = indexFromArcs(['a', 'b', 'c', 'd'], false, { src: [0, 1, 2], dst: [1, 2, 3], w: [1, 1, 1] });
    expect(topTieShare(path)).toEqual({ id: 'b', share: 2 / 3 });
    const dir = indexFromArcs(['a', 'b', 'c'], true, { src: [0, 1, 2, 2], dst: [1, 0, 1, 0], w: [1, 1, 1, 1] });
    // in+out: a 3, b 3, c 2 → a (lowest index), 3/4.
    expect(topTieShare(dir)).toEqual({ id: 'a', share: 3 / 4 });
  });
  it('no ties or no members: null', () => {
    expect(topTieShare(indexFromArcs(['a'], false, { src: [], dst: [], w: [] }))).toBeNull();
    expect(topTieShare(indexFromArcs([], true, { src: [], dst: [], w: [] }))).toBeNull();
  });
  it('karate: member 33 holds 17 of 78 ties', () => {
    const { unweighted, ref } = loadReference('karate');
    const degree = ref.node.degree.values as Record<string, number>;
    const maxId = unweighted.ids.reduce((best, id) => (degree[id] > degree[best] ? id : best), unweighted.ids[0]);
    expect(topTieShare(unweighted)).toEqual({ id: maxId, share: degree[maxId] / 78 });
    expect(maxId).toBe('33');
  });
});

describe('two-member directed graphs (fixture from R sna: fixtures/centralization/make-two-member.R)', () => {
  const fixture = JSON.parse(readFileSync(join(FIXTURES, 'centralization', 'two-member-digraphs.json'), 'utf8')) as {
    graphs: Record<string, { arcs: [number, number][]; in_degree: number; out_degree: number; freeman_degree: number | null; betweenness: number | null }>;
  };

  for (const [name, g] of Object.entries(fixture.graphs)) {
    it(`${name}: in- and out-degree centralization equal sna's; total degree, betweenness and closeness are null (sna: NaN); the text says why`, async () => {
      const index = indexFromArcs(['A', 'B'], true, { src: g.arcs.map((a) => a[0]), dst: g.arcs.map((a) => a[1]), w: g.arcs.map(() => 1) });
      const res = centralization(index, { betweennessRaw: new Float64Array(2) });
      expect(res.inDegree).toBe(g.in_degree);
      expect(res.outDegree).toBe(g.out_degree);
      expect(res.degree).toBe(g.freeman_degree);
      expect(res.betweenness).toBe(g.betweenness);
      expect(res.closeness).toBeNull();
      const ties = ['source,target', ...g.arcs.map(([a, b]) => `${'AB'[a]},${'AB'[b]}`)].join('\n') + '\n';
      const report = await analyze(buildCluster({ members: 'id\nA\nB\n', ties }, { directed: true }), { permutations: 0 });
      expect(report.summary.centralization).toEqual({ degree: null, inDegree: g.in_degree, outDegree: g.out_degree, betweenness: null, closeness: null });
      const text = renderText(report);
      expect(text).toContain(`Freeman centralization: degree — (in ${g.in_degree}, out ${g.out_degree}), betweenness —, closeness —`);
      expect(text).toContain('    — degree, betweenness, closeness: not defined for fewer than 3 members (its maximum, the value of a star, is 0)');
    });
  }
});

