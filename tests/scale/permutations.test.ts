import { describe, it, expect } from 'vitest';
import { indexFromArcs } from '../../src/graph/graph-index.js';
import { createRng, randomInt } from '../../src/graph/random.js';
import { eiIndex, eiPermutationSetup, permutationValues } from '../../src/metrics/ei-index.js';

function setupOf(seed: number) {
  const rng = createRng(99);
  const n = 300;
  const src: number[] = [];
  const dst: number[] = [];
  for (let e = 0; e < 900; e++) {
    src.push(randomInt(rng, n));
    dst.push(randomInt(rng, n));
  }
  const index = indexFromArcs(Array.from({ length: n }, (_, i) => `m${i}`), false, { src, dst, w: src.map(() => 1) });
  const groups = Int32Array.from({ length: n }, (_, i) => (i * 7) % 5);
  groups[3] = -1; // a member without a group
  const names = ['a', 'b', 'c', 'd', 'e'];
  return { index, groups, names, setup: eiPermutationSetup(index, groups, names, { seed })! };
}

describe('E-I permutation values', () => {
  it('equal a plain sequential run with the seeded generator of src/graph/random.ts', () => {
    const { setup } = setupOf(7);
    const lab = Int32Array.from(setup.labels);
    const rng = createRng(7);
    const expected: number[] = [];
    for (let p = 0; p < 200; p++) {
      for (let i = 0; i < setup.draws; i++) {
        const j = i + randomInt(rng, setup.K - i);
        const t = lab[i];
        lab[i] = lab[j];
        lab[j] = t;
      }
      let same = 0;
      for (let i = 0; i < setup.t; i++) for (let q = setup.rowStart[i]; q < setup.rowStart[i + 1]; q++) if (lab[setup.nbr[q]] === lab[i]) same++;
      expected.push((setup.total - 2 * same) / setup.total);
    }
    expect(Array.from(permutationValues(setup, 0, 200))).toEqual(expected);
  });

  it('any split of the stream gives the same values (worker ranges replay the shuffles before them)', () => {
    const { setup } = setupOf(3);
    const whole = Array.from(permutationValues(setup, 0, 300));
    const parts = [...permutationValues(setup, 0, 120), ...permutationValues(setup, 120, 121), ...permutationValues(setup, 121, 300)];
    expect(parts).toEqual(whole);
  });

  it('eiIndex with precomputed values equals eiIndex computing them', () => {
    const { index, groups, names, setup } = setupOf(42);
    const a = eiIndex(index, groups, names, { permutations: 250, seed: 42 });
    const b = eiIndex(index, groups, names, { permutations: 250, seed: 42, values: permutationValues(setup, 0, 250) });
    expect(b.permutation).toEqual(a.permutation);
    expect(() => eiIndex(index, groups, names, { permutations: 250, values: new Float64Array(3) })).toThrow(RangeError);
  });
});
