import { describe, it, expect } from 'vitest';
import { DATASETS, loadReference, expectClose, expectNodeValues } from '../helpers/reference.js';
import { indexFromArcs, undirectedView, type GraphIndex } from '../../src/graph/graph-index.js';
import { coreNumbers, degeneracy } from '../../src/metrics/cores.js';
import { globalEfficiency, localEfficiency } from '../../src/metrics/efficiency.js';

const loaded = DATASETS.map((name) => loadReference(name));
const checked = new Set<string>();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function entry(section: any, key: string): any {
  const e = section[key];
  if (e !== undefined) checked.add(key);
  return e;
}

describe.each(loaded)('reference dataset $name', ({ index, unweighted, ref }) => {
  const views: [string, GraphIndex][] = [['', unweighted]];
  if (unweighted.directed) views.push(['@undirected', undirectedView(unweighted)]);

  it('core numbers and degeneracy', () => {
    for (const [s, g] of views) {
      const cores = coreNumbers(g);
      expectNodeValues(g, cores, entry(ref.node, `core_number${s}`).values, 0, `core_number${s}`);
      // weights must not matter
      expect(Array.from(coreNumbers(s ? undirectedView(index) : index))).toEqual(Array.from(cores));
      const deg = entry(ref.graph, `degeneracy${s}`);
      if (deg !== undefined) expect(degeneracy(cores)).toBe(deg.value);
    }
  });

  it('global efficiency', () => {
    for (const [s, g] of views) {
      const expected = entry(ref.graph, `global_efficiency${s}`).value;
      expectClose(globalEfficiency(g), expected, 1e-12, `global_efficiency${s}`);
      expectClose(globalEfficiency(s ? undirectedView(index) : index), expected, 1e-12, `global_efficiency${s} (weighted index)`);
    }
    if (unweighted.directed) {
      // the `und` direction on the directed index = the symmetrised graph
      expectClose(globalEfficiency(unweighted, { direction: 'und' }), ref.graph['global_efficiency@undirected'].value, 1e-12, 'und');
    }
  });

  it('local efficiency (node and mean)', () => {
    for (const [s, g] of views) {
      const node = entry(ref.node, `local_efficiency${s}`);
      const graph = entry(ref.graph, `local_efficiency${s}`);
      if (node === undefined) continue; // directed: networkx's local efficiency is undirected-only
      const le = localEfficiency(g);
      expectNodeValues(g, le.values, node.values, 1e-12, `local_efficiency${s}`);
      expectClose(le.mean, graph.value, 1e-12, `local_efficiency mean${s}`);
    }
    if (unweighted.directed) {
      // a directed index is measured on its undirected view
      const le = localEfficiency(unweighted);
      expectClose(le.mean, ref.graph['local_efficiency@undirected'].value, 1e-12, 'directed input');
    }
  });
});

describe('reference coverage', () => {
  it('checked every cohesion key somewhere', () => {
    for (const key of [
      'core_number', 'core_number@undirected', 'degeneracy', 'degeneracy@undirected', 'global_efficiency',
      'global_efficiency@undirected', 'local_efficiency', 'local_efficiency@undirected',
    ]) {
      expect(checked.has(key), key).toBe(true);
    }
  });
});

function graph(n: number, directed: boolean, ties: [number, number][]): GraphIndex {
  return indexFromArcs(Array.from({ length: n }, (_, i) => `v${i}`), directed, {
    src: ties.map((t) => t[0]),
    dst: ties.map((t) => t[1]),
    w: ties.map(() => 1),
  });
}

describe('hand cases', () => {
  it('empty graph, one member, two isolates', () => {
    const empty = graph(0, false, []);
    expect(coreNumbers(empty).length).toBe(0);
    expect(degeneracy(coreNumbers(empty))).toBe(0);
    expect(globalEfficiency(empty)).toBe(0);
    expect(localEfficiency(empty).values.length).toBe(0);
    expect(Number.isNaN(localEfficiency(empty).mean)).toBe(true);
    const one = graph(1, false, []);
    expect(Array.from(coreNumbers(one))).toEqual([0]);
    expect(globalEfficiency(one)).toBe(0);
    expect(localEfficiency(one)).toEqual({ values: new Float64Array([0]), mean: 0 });
    const two = graph(2, false, []);
    expect(Array.from(coreNumbers(two))).toEqual([0, 0]);
    expect(globalEfficiency(two)).toBe(0);
    expect(localEfficiency(two).mean).toBe(0);
  });

  it('triangle', () => {
    const g = graph(3, false, [[0, 1], [1, 2], [2, 0]]);
    expect(Array.from(coreNumbers(g))).toEqual([2, 2, 2]);
    expect(degeneracy(coreNumbers(g))).toBe(2);
    expect(globalEfficiency(g)).toBe(1);
    expect(Array.from(localEfficiency(g).values)).toEqual([1, 1, 1]);
  });

  it('path a-b-c-d', () => {
    const g = graph(4, false, [[0, 1], [1, 2], [2, 3]]);
    expect(Array.from(coreNumbers(g))).toEqual([1, 1, 1, 1]);
    // (3·1 + 2·1/2 + 1·1/3) · 2 / 12
    expect(globalEfficiency(g)).toBeCloseTo(13 / 18, 15);
    expect(localEfficiency(g).mean).toBe(0);
  });

  it('local efficiency measures paths inside the neighbourhood only', () => {
    // centre 0 with neighbours 1, 2, 3; 1-2 tied; 2-3 reach each other only through 0 or via 4
    const g = graph(5, false, [[0, 1], [0, 2], [0, 3], [1, 2], [3, 4], [4, 2]]);
    const le = localEfficiency(g);
    // N(0) = {1,2,3}: only 1-2 adjacent, 3 isolated inside → (2·1) / 6
    expect(le.values[0]).toBeCloseTo(1 / 3, 15);
    // N(2) = {0,1,4}: 0-1 adjacent → 1/3; N(3) = {0,4} not adjacent → 0
    expect(le.values[2]).toBeCloseTo(1 / 3, 15);
    expect(le.values[3]).toBe(0);
  });

  it('core numbers: a 4-clique with a tail', () => {
    const g = graph(6, false, [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3], [3, 4], [4, 5]]);
    expect(Array.from(coreNumbers(g))).toEqual([3, 3, 3, 3, 1, 1]);
    expect(degeneracy(coreNumbers(g))).toBe(3);
  });

  it('directed: in+out degree, a reciprocated pair counts twice', () => {
    const pair = graph(2, true, [[0, 1], [1, 0]]);
    expect(Array.from(coreNumbers(pair))).toEqual([2, 2]);
    expect(Array.from(coreNumbers(undirectedView(pair)))).toEqual([1, 1]);
    const cycle = graph(3, true, [[0, 1], [1, 2], [2, 0]]);
    expect(Array.from(coreNumbers(cycle))).toEqual([2, 2, 2]);
    // directed 3-cycle: each source reaches one member at 1, one at 2
    expect(globalEfficiency(cycle)).toBeCloseTo(0.75, 15);
    expect(globalEfficiency(cycle, { direction: 'und' })).toBe(1);
  });

  it('global efficiency with removed members', () => {
    // star: centre 0, leaves 1..4
    const star = graph(5, false, [[0, 1], [0, 2], [0, 3], [0, 4]]);
    expect(globalEfficiency(star)).toBeCloseTo((8 + 12 / 2) / 20, 15);
    const noCentre = new Uint8Array([1, 0, 0, 0, 0]);
    expect(globalEfficiency(star, { removed: noCentre })).toBe(0);
    const noLeaf = new Uint8Array([0, 0, 0, 0, 1]);
    expect(globalEfficiency(star, { removed: noLeaf })).toBeCloseTo((6 + 6 / 2) / 12, 15);
    // all but one removed → fewer than 2 members → 0
    expect(globalEfficiency(star, { removed: new Uint8Array([0, 1, 1, 1, 1]) })).toBe(0);
    // the mask is not modified
    expect(Array.from(noCentre)).toEqual([1, 0, 0, 0, 0]);
  });
});
