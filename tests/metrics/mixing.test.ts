import { describe, expect, it } from 'vitest';
import { UndirectedGraph, DirectedGraph } from 'graphology';
import { buildIndex } from '../../src/graph/graph-index.js';
import type { ClusterGraph, ClusterGraphAttributes, MemberAttributes, Orientation, TieAttributes } from '../../src/model/types.js';
import { crossGroupShare, mixingMatrix, orientationShares, orientationSharesByGroup, tieArrays } from '../../src/metrics/mixing.js';

const ORIENTATIONS: Orientation[] = ['horizontal', 'vertical', 'unknown'];

/** A random cluster graph: `n` members, about `m` ties with orientations and kinds. */
function randomGraph(directed: boolean, n: number, m: number, seed: number): ClusterGraph {
  let s = seed;
  const next = (k: number): number => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % k;
  };
  const g: ClusterGraph = directed
    ? new DirectedGraph<MemberAttributes, TieAttributes, ClusterGraphAttributes>()
    : new UndirectedGraph<MemberAttributes, TieAttributes, ClusterGraphAttributes>();
  for (let i = 0; i < n; i++) g.addNode(`m${i}`, { name: `m${i}`, type: null, sector: null, level: null, region: null, extra: Object.create(null) });
  for (let e = 0; e < m; e++) {
    const a = next(n);
    const b = next(n);
    if (a === b || g.hasEdge(`m${a}`, `m${b}`)) continue;
    const kinds = next(3) === 0 ? [] : ['joint project', 'internship'].slice(next(2));
    g.addEdge(`m${a}`, `m${b}`, { weight: 1 + next(3), kinds, orientation: ORIENTATIONS[next(3)], since: null, until: null, rows: 1, extra: Object.create(null) });
  }
  return g;
}

describe('orientation shares by group index', () => {
  for (const directed of [false, true]) {
    it(`${directed ? 'directed' : 'undirected'}: equal to the name-based shares, whatever the order of the names`, () => {
      const graph = randomGraph(directed, 60, 400, directed ? 7 : 3);
      const index = buildIndex(graph);
      // Names deliberately not in string order; member 0 mod 7 has no group.
      const groupNames = ['zeta', 'alpha', 'mu', 'beta'];
      const groups = Int32Array.from({ length: index.n }, (_, v) => (v % 7 === 0 ? -1 : v % 4));
      const byName = orientationShares(graph, (id) => {
        const g = groups[index.indexOf.get(id)!];
        return g < 0 ? null : groupNames[g];
      });
      let ties = 0;
      const byIndex = orientationSharesByGroup(graph, index, groups, groupNames, () => ties++);
      expect(byIndex).toEqual(byName);
      expect(ties).toBe(graph.size);
      expect(byIndex.byPair.map((r) => r.from + '/' + r.to)).toEqual(byName.byPair.map((r) => r.from + '/' + r.to));
      if (!directed) for (const r of byIndex.byPair) expect(r.from <= r.to).toBe(true);
    });
  }

  it('many groups (one per member): the pairs that occur, in name order', () => {
    const graph = randomGraph(false, 400, 1500, 5);
    const index = buildIndex(graph);
    const groupNames = index.ids.map((id) => `g-${id}`);
    const groups = Int32Array.from({ length: index.n }, (_, v) => v);
    const byIndex = orientationSharesByGroup(graph, index, groups, groupNames);
    expect(byIndex).toEqual(orientationShares(graph, (id) => `g-${id}`));
    expect(byIndex.byPair.reduce((s, r) => s + r.total, 0)).toBe(graph.size);
  });

  it('group indices with the same name count as one group', () => {
    const graph = randomGraph(false, 30, 120, 9);
    const index = buildIndex(graph);
    const groups = Int32Array.from({ length: index.n }, (_, v) => v % 3);
    const merged = orientationSharesByGroup(graph, index, groups, ['x', 'y', 'x']);
    expect(merged).toEqual(orientationShares(graph, (id) => (index.indexOf.get(id)! % 3 === 1 ? 'y' : 'x')));
  });

  it('rejects groups that do not fit the index', () => {
    const graph = randomGraph(false, 10, 20, 1);
    const index = buildIndex(graph);
    expect(() => orientationSharesByGroup(graph, index, new Int32Array(3), ['a'])).toThrow(RangeError);
    expect(() => orientationSharesByGroup(graph, index, new Int32Array(10).fill(2), ['a'])).toThrow(RangeError);
  });
});

describe('mixing with ties listed by the caller', () => {
  for (const directed of [false, true]) {
    it(`${directed ? 'directed' : 'undirected'}: the same matrix and shares`, () => {
      const graph = randomGraph(directed, 50, 300, 13);
      const index = buildIndex(graph);
      const groups = Int32Array.from({ length: index.n }, (_, v) => (v % 5 === 0 ? -1 : v % 3));
      const ties = tieArrays(index);
      expect(mixingMatrix(index, groups, ['a', 'b', 'c'], ties)).toEqual(mixingMatrix(index, groups, ['a', 'b', 'c']));
      expect(crossGroupShare(index, groups, ties)).toEqual(crossGroupShare(index, groups));
    });
  }
});
