import { describe, expect, it } from 'vitest';
import { indexFromArcs } from '../../src/graph/graph-index.js';
import { createRng, randomInt } from '../../src/graph/random.js';
import { eiIndex, eiPermutationSetup, permutationValues } from '../../src/metrics/ei-index.js';
import { tieArrays } from '../../src/metrics/mixing.js';

// Six members; member 2 has no group, member 5 only a tie to member 2 (so no eligible tie).
const ids = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'];
const index = indexFromArcs(ids, false, { src: [0, 1, 3, 0, 2], dst: [1, 2, 4, 3, 5], w: [2, 1, 3, 1, 1] });
const groups = Int32Array.from([0, 1, -1, 0, 1, 1]);
const names = ['a', 'b'];

describe('E-I permutation set-up', () => {
  it('lays out the members with an eligible tie first, in index order, and the eligible ties as CSR rows', () => {
    const setup = eiPermutationSetup(index, groups, names, { seed: 5 })!;
    expect(setup.t).toBe(4); // members 0, 1, 3, 4
    expect(setup.K).toBe(5); // … and member 5
    expect(setup.draws).toBe(4);
    expect(Array.from(setup.labels)).toEqual([0, 1, 0, 1, 1]);
    expect(Array.from(setup.rowStart)).toEqual([0, 2, 2, 3, 3]);
    expect(Array.from(setup.nbr)).toEqual([1, 2, 3]);
    expect(setup.nw.length).toBe(0); // a count test needs no weights
    expect(setup.total).toBe(3);
    expect(setup.seed).toBe(5);
  });

  it('keeps the weights for a weighted test', () => {
    const setup = eiPermutationSetup(index, groups, names, { weighted: true })!;
    expect(Array.from(setup.nw)).toEqual([2, 1, 3]);
    expect(setup.total).toBe(6);
  });

  it('is null without an eligible tie', () => {
    expect(eiPermutationSetup(index, Int32Array.from([0, -1, -1, -1, -1, 1]), names)).toBeNull();
  });
});

describe('E-I with ties listed by the caller', () => {
  const rng = createRng(11);
  const n = 200;
  const src: number[] = [];
  const dst: number[] = [];
  const w: number[] = [];
  for (let e = 0; e < 800; e++) {
    src.push(randomInt(rng, n));
    dst.push(randomInt(rng, n));
    w.push(1 + randomInt(rng, 4));
  }
  const big = indexFromArcs(Array.from({ length: n }, (_, i) => `v${i}`), false, { src, dst, w });
  const g = Int32Array.from({ length: n }, (_, i) => (i % 9 === 0 ? -1 : i % 4));
  const gNames = ['p', 'q', 'r', 's'];

  for (const weighted of [false, true]) {
    it(`${weighted ? 'weighted' : 'count'} test: the same result with ties, set-up values or neither`, () => {
      const ties = tieArrays(big);
      const plain = eiIndex(big, g, gNames, { permutations: 300, seed: 9, weighted });
      const setup = eiPermutationSetup(big, g, gNames, { seed: 9, weighted, ties })!;
      expect(setup).toEqual(eiPermutationSetup(big, g, gNames, { seed: 9, weighted }));
      const values = permutationValues(setup, 0, 300);
      expect(eiIndex(big, g, gNames, { permutations: 300, seed: 9, weighted, ties })).toEqual(plain);
      expect(eiIndex(big, g, gNames, { permutations: 300, seed: 9, weighted, ties, values })).toEqual(plain);
    });
  }
});
