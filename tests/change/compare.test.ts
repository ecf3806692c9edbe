/**
 * compareClusters: the integrated values equal the R sna peers of fixtures/change/change.json; two
 * exports of different shapes compare equal to --from/--to on one file holding the same history;
 * byte-identical reruns; refusals.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readInput } from '../../src/io/read-input.js';
import { compareClusters } from '../../src/analysis/compare.js';
import { yearSnapshots } from '../../src/analysis/years.js';
import { analyze } from '../../src/analysis/analyze.js';
import { spearman, kendallTauB } from '../../src/metrics/change/rank-correlation.js';
import { InputError } from '../../src/model/errors.js';

const peers = JSON.parse(readFileSync('fixtures/change/change.json', 'utf8')) as { waves: Record<string, number | string | boolean>[] };
const read = (folder: string, wave: string, directed = false) =>
  readInput({ members: `fixtures/change/${folder}/${wave}-members.csv`, ties: `fixtures/change/${folder}/${wave}-ties.csv` }, { directed });

describe('compareClusters', () => {
  for (const folder of ['u', 'd']) {
    it(`matches R sna on ${folder}/ (counts, Hamming, gcor)`, async () => {
      const peer = peers.waves.find((w) => w.folder === folder)!;
      const directed = peer.directed as boolean;
      const c = await compareClusters(await read(folder, 'before', directed), await read(folder, 'after', directed), { permutations: 200 });
      expect(c.kind).toBe('comparison');
      expect(c.schemaVersion).toBe(1);
      expect(c.members.stayers).toBe(peer.stayers);
      expect([c.ties.pairs, c.ties.kept, c.ties.ended, c.ties.formed, c.ties.absent]).toEqual([peer.pairs, peer.kept, peer.ended, peer.formed, peer.absent]);
      expect(c.ties.hammingNormalized).toBeCloseTo(peer.hdistNormalized as number, 12);
      expect(c.correlation.binary).toBeCloseTo(peer.gcorBinary as number, 12);
      expect(c.correlation.valued).toBeCloseTo(peer.gcorValued as number, 12);
      // The breakdowns partition the overall counts.
      const sum = (rows: { kept: number; ended: number; formed: number }[]) => rows.reduce((s, r) => [s[0] + r.kept, s[1] + r.ended, s[2] + r.formed], [0, 0, 0]);
      expect(sum(c.ties.bySectorPair)).toEqual([c.ties.kept, c.ties.ended, c.ties.formed]);
      expect(sum(c.ties.byOrientation)).toEqual([c.ties.kept, c.ties.ended, c.ties.formed]);
      expect(c.ties.bySectorPair.reduce((s, r) => s + (r.pairs ?? 0), 0)).toBeLessThanOrEqual(c.ties.pairs);
    });
  }

  it('ranks are the rank correlations of the two analyses over the stayers', async () => {
    const before = await read('u', 'before');
    const after = await read('u', 'after');
    const c = await compareClusters(before, after, { permutations: 0 });
    const rb = await analyze(before, { permutations: 0, keyPlayers: 0 });
    const ra = await analyze(after, { permutations: 0, keyPlayers: 0 });
    const stay = rb.members.filter((m) => ra.members.some((x) => x.id === m.id));
    const x = Float64Array.from(stay, (m) => m.degree);
    const y = Float64Array.from(stay, (m) => ra.members.find((z) => z.id === m.id)!.degree);
    const degree = c.ranks.find((r) => r.measure === 'degree')!;
    expect(degree.spearman).toBeCloseTo(spearman(x, y)!, 12);
    expect(degree.kendall).toBeCloseTo(kendallTauB(x, y)!, 12);
    expect(degree.risers.length).toBeLessThanOrEqual(5);
    for (const m of degree.risers) expect(m.change).toBeGreaterThan(0);
    for (const m of degree.fallers) expect(m.change).toBeLessThan(0);
    expect(c.communities.before.count).toBe(rb.communities.count);
    const ei = c.indicators.find((i) => i.name === 'eiIndex')!;
    expect(ei.before).toBe(rb.synergy.eiIndex.overall);
    expect(ei.pValue).toBeDefined();
    expect(c.indicators.map((i) => i.name)).toEqual(['density', 'components', 'degreeCentralization', 'transitivity', 'eiIndex', 'modularity', 'crossGroupShare', 'verticalShare', 'horizontalShare']);
  });

  it('two exports of different shapes compare equal to --from/--to on one file with the same history', async () => {
    const files = await compareClusters(await read('shapes', 'before'), await read('shapes', 'after'), { permutations: 300 });
    const history = await readInput({ members: 'fixtures/change/history/members.csv', ties: 'fixtures/change/history/ties.csv' });
    const [b, a] = yearSnapshots(history, [2019, 2022], ['--from', '--to']);
    const years = await compareClusters(b, a, { permutations: 300 });
    expect(years.members).toEqual(files.members);
    const pick = (c: typeof files) => {
      const { bySectorPair: _s, byOrientation: _o, weight: _w, ...t } = c.ties;
      return { t, binary: c.correlation.binary, qap: c.correlation.qap };
    };
    expect(pick(years)).toEqual(pick(files));
    expect(years.ties.kept + years.ties.ended).toBeGreaterThan(0);
    expect(years.members.entrants.length).toBeGreaterThan(0);
    expect(years.members.exits.length).toBeGreaterThan(0);
  });

  it('is byte-identical on a rerun and across thread counts', async () => {
    const b = await read('w', 'before');
    const a = await read('w', 'after');
    const one = JSON.stringify(await compareClusters(b, a, { permutations: 300, threads: 1 }));
    const two = JSON.stringify(await compareClusters(b, a, { permutations: 300, threads: 2 }));
    expect(two).toBe(one);
    const other = JSON.stringify(await compareClusters(b, a, { permutations: 300, seed: 7 }));
    expect(other).not.toBe(one);
  });

  it('refuses two waves of different direction', async () => {
    await expect(compareClusters(await read('u', 'before'), await read('u', 'after', true))).rejects.toBeInstanceOf(InputError);
  });
});
