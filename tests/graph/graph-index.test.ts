import { describe, it, expect } from 'vitest';
import { indexFromArcs, undirectedView } from '../../src/graph/graph-index.js';
import { loadReference } from '../helpers/reference.js';

describe('graph index', () => {
  it('builds sorted CSR rows and merges reciprocal arcs in the undirected view', () => {
    const idx = indexFromArcs(['a', 'b', 'c'], true, { src: [0, 1, 2, 0], dst: [1, 0, 0, 2], w: [2, 3, 1, 4] });
    expect(idx.m).toBe(4);
    expect(Array.from(idx.outTargets.subarray(idx.outOffsets[0], idx.outOffsets[1]))).toEqual([1, 2]);
    expect(Array.from(idx.inSources.subarray(idx.inOffsets[0], idx.inOffsets[1]))).toEqual([1, 2]);
    const und = undirectedView(idx);
    expect(und.m).toBe(2);
    expect(Array.from(und.outWeights.subarray(und.outOffsets[0], und.outOffsets[1]))).toEqual([5, 5]);
  });

  it('ignores weights when unweighted and drops self-loops', () => {
    const idx = indexFromArcs(['a', 'b'], false, { src: [0, 0], dst: [1, 0], w: [7, 2] }, { weighted: false });
    expect(idx.m).toBe(1);
    expect(Array.from(idx.outWeights)).toEqual([1, 1]);
  });

  it('loads every reference dataset with the published size', () => {
    for (const name of ['karate', 'kite', 'davis', 'florentine', 'school-cluster'] as const) {
      const { index, ref } = loadReference(name);
      expect(index.n).toBe(ref.n);
      expect(index.m).toBe(ref.m);
    }
  });
});
