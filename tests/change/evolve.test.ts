/** evolve(): each year is the analysis of the snapshot; each transition the change of two snapshots; years checked. */
import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/io/read-input.js';
import { evolve } from '../../src/analysis/evolve.js';
import { compareClusters } from '../../src/analysis/compare.js';
import { analyze } from '../../src/analysis/analyze.js';
import { snapshot } from '../../src/model/snapshot.js';
import { evolutionYears, MAX_EVOLUTION_YEARS } from '../../src/analysis/years.js';
import { InputError } from '../../src/model/errors.js';

const example = () => readInput({ members: 'fixtures/example/members.csv' });

describe('evolve', () => {
  it('measures each year as analyze measures its snapshot, and each transition as compare does', async () => {
    const data = await example();
    const e = await evolve(data, { years: [2016, 2020, 2024], permutations: 200 });
    expect(e.kind).toBe('evolution');
    expect(e.years.map((y) => y.year)).toEqual([2016, 2020, 2024]);
    for (const y of e.years) {
      const r = await analyze(snapshot(data, y.year), { permutations: 200, keyPlayers: 0 });
      expect(y.summary).toEqual(r.summary);
      expect(y.communities).toEqual({ modularity: r.communities.modularity, count: r.communities.count });
      expect(y.synergy.eiIndex).toEqual({ overall: r.synergy.eiIndex.overall, pValue: r.synergy.eiIndex.pValue });
    }
    expect(e.years[0].summary.members).toBeLessThan(e.years[2].summary.members);
    expect(e.transitions.map((t) => [t.from, t.to])).toEqual([[2016, 2020], [2020, 2024]]);
    const c = await compareClusters(snapshot(data, 2020), snapshot(data, 2024), { permutations: 200 });
    expect(e.transitions[1].members).toEqual(c.members);
    expect(e.transitions[1].correlation).toEqual(c.correlation);
    expect(e.transitions[1].ties.jaccard).toBe(c.ties.jaccard);
  });

  it('takes the distinct years of the data by default, and every n years with every', async () => {
    const data = await example();
    const all = evolutionYears(data, {});
    expect(all.length).toBeGreaterThan(2);
    expect(all.length).toBeLessThanOrEqual(MAX_EVOLUTION_YEARS);
    expect(all).toEqual([...all].sort((a, b) => a - b));
    const every3: number[] = [];
    for (let y = all[0]; y <= all[all.length - 1]; y += 3) every3.push(y);
    expect(evolutionYears(data, { every: 3 })).toEqual(every3);
  });

  it('refuses years out of order, outside the data, and data without years', async () => {
    const data = await example();
    expect(() => evolutionYears(data, { years: [2020, 2018] })).toThrow(/2018 is not after 2020/);
    expect(() => evolutionYears(data, { years: [1990, 2018] })).toThrow(/outside the years of the data/);
    expect(() => evolutionYears(data, { years: [2018] })).toThrow(InputError);
    const plain = await readInput({ members: 'fixtures/change/u/before-members.csv', ties: 'fixtures/change/u/before-ties.csv' });
    expect(() => evolutionYears(plain, {})).toThrow(/has no years/);
  });
});
