/**
 * The change kernels against R sna 2.7 (gcor, hdist, qaptest, exact QAP by enumeration) and
 * python-igraph 0.10 / scipy (compare_communities, spearmanr, kendalltau): values written into
 * fixtures/change/change.json and partitions.json by the scripts beside them.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readInput } from '../../../src/io/read-input.js';
import { matchMembers, stayerPairs, stayerTies } from '../../../src/metrics/change/stayers.js';
import { tieChange } from '../../../src/metrics/change/tie-change.js';
import { graphCorrelation } from '../../../src/metrics/change/correlation.js';
import { qapTest, forEachPermutation } from '../../../src/metrics/change/qap.js';
import { comparePartitions } from '../../../src/metrics/change/partition-comparison.js';
import { kendallTauB, spearman } from '../../../src/metrics/change/rank-correlation.js';
import { communityEvents } from '../../../src/metrics/change/community-events.js';

interface WavePeer {
  folder: string;
  directed: boolean;
  stayers: number;
  pairs: number;
  kept: number;
  ended: number;
  formed: number;
  absent: number;
  weightIncreased: number;
  weightDecreased: number;
  hdistNormalized: number;
  hdist: number;
  gcorBinary: number;
  gcorValued: number;
  qapExact?: { permutations: number; pGreater: number; pLess: number };
  qapMonteCarlo?: { reps: number; pGreater: number; pLess: number };
}
const peers = JSON.parse(readFileSync('fixtures/change/change.json', 'utf8')) as { waves: WavePeer[] };
const partitions = JSON.parse(readFileSync('fixtures/change/partitions.json', 'utf8')) as {
  partitions: { a: number[]; b: number[]; nmi: number; vi: number; rand: number; adjusted_rand: number | null; 'split-join': number }[];
  ranks: { x: number[]; y: number[]; spearman: number; kendall: number }[];
};

async function waves(folder: string, directed: boolean) {
  const read = (w: string) => readInput({ members: `fixtures/change/${folder}/${w}-members.csv`, ties: `fixtures/change/${folder}/${w}-ties.csv` }, { directed });
  const before = await read('before');
  const after = await read('after');
  const match = matchMembers(before.members.ids, after.members.ids);
  const s = match.stayers;
  return {
    match,
    a: stayerTies(before.ties.arcs(), match.stayerOfBefore, s, directed),
    b: stayerTies(after.ties.arcs(), match.stayerOfAfter, s, directed),
    pairs: stayerPairs(s, directed),
  };
}

describe('tie change, graph correlation and QAP against R sna', () => {
  for (const peer of peers.waves) {
    it(`${peer.folder} (${peer.directed ? 'directed' : 'undirected'}, s = ${peer.stayers})`, async () => {
      const { match, a, b, pairs } = await waves(peer.folder, peer.directed);
      expect(match.stayers).toBe(peer.stayers);
      expect(pairs).toBe(peer.pairs);
      const c = tieChange(a, b, pairs);
      expect([c.kept, c.ended, c.formed, c.absent]).toEqual([peer.kept, peer.ended, peer.formed, peer.absent]);
      expect([c.weight.increased, c.weight.decreased]).toEqual([peer.weightIncreased, peer.weightDecreased]);
      expect(c.hamming).toBe(peer.hdist);
      expect(c.hammingNormalized).toBeCloseTo(peer.hdistNormalized, 12);
      expect(c.jaccard).toBeCloseTo(peer.kept / (peer.kept + peer.ended + peer.formed), 12);
      expect(c.formationRate).toBeCloseTo(peer.formed / (peer.absent + peer.formed), 12);
      expect(c.dissolutionRate).toBeCloseTo(peer.ended / (peer.ended + peer.kept), 12);
      expect(graphCorrelation(a, b, pairs, false)).toBeCloseTo(peer.gcorBinary, 12);
      expect(graphCorrelation(a, b, pairs, true)).toBeCloseTo(peer.gcorValued, 12);
      const q = qapTest(a, b, match.stayers, peer.directed, { permutations: 4000, seed: 7, defined: true });
      if (peer.qapExact) {
        expect(q.exact).toBe(true);
        expect(q.permutations).toBe(peer.qapExact.permutations);
        expect(q.pGreater).toBeCloseTo(peer.qapExact.pGreater, 12);
        expect(q.pLess).toBeCloseTo(peer.qapExact.pLess, 12);
      } else {
        expect(q.exact).toBe(false);
        expect(q.permutations).toBe(4000);
        // Monte Carlo: sna's k/R with 20,000 relabellings vs ours (k+1)/(R+1) with 4,000; sd ≤ 0.008.
        expect(Math.abs(q.pGreater! - peer.qapMonteCarlo!.pGreater)).toBeLessThan(0.03);
        expect(Math.abs(q.pLess! - peer.qapMonteCarlo!.pLess)).toBeLessThan(0.03);
        if (peer.qapMonteCarlo!.pGreater === 0) expect(q.pGreater).toBe(1 / 4001); // p is never 0
      }
    });
  }

  it('QAP is seeded: the same seed gives the same p, another seed another', async () => {
    const { match, a, b } = await waves('w', false);
    const run = (seed: number) => qapTest(a, b, match.stayers, false, { permutations: 500, seed, defined: true });
    expect(run(3)).toEqual(run(3));
    expect(run(3).pGreater).not.toBe(run(4).pGreater);
  });

  it('enumerates every permutation once', () => {
    const a = Int32Array.from([0, 1, 2, 3, 4]);
    const seen = new Set<string>();
    forEachPermutation(a, () => seen.add(a.join()));
    expect(seen.size).toBe(120);
  });
});

describe('partition comparison against igraph compare_communities', () => {
  partitions.partitions.forEach((p, k) => {
    it(`case ${k} (n = ${p.a.length})`, () => {
      const r = comparePartitions(Int32Array.from(p.a), Int32Array.from(p.b));
      expect(r.nmi).toBeCloseTo(p.nmi, 12);
      expect(r.vi).toBeCloseTo(p.vi, 12);
      expect(r.rand).toBeCloseTo(p.rand, 12);
      if (p.adjusted_rand === null) expect(r.adjustedRand).toBeNull();
      else expect(r.adjustedRand).toBeCloseTo(p.adjusted_rand, 12);
      expect(r.splitJoin).toBe(p['split-join']);
    });
  });
});

describe('rank correlations against scipy', () => {
  partitions.ranks.forEach((r, k) => {
    it(`case ${k} (n = ${r.x.length})`, () => {
      const x = Float64Array.from(r.x);
      const y = Float64Array.from(r.y);
      expect(spearman(x, y)).toBeCloseTo(r.spearman, 12);
      expect(kendallTauB(x, y)).toBeCloseTo(r.kendall, 12);
    });
  });
  it('is null for a constant measure', () => {
    expect(spearman(Float64Array.from([1, 1, 1]), Float64Array.from([1, 2, 3]))).toBeNull();
    expect(kendallTauB(Float64Array.from([1, 2, 3]), Float64Array.from([4, 4, 4]))).toBeNull();
  });
});

describe('community events (Greene, Doyle & Cunningham 2010, θ = 0.3)', () => {
  it('classifies continue, merge, split, birth and death', () => {
    const before = [
      { id: 0, members: ['a', 'b', 'c', 'd'] }, // continues as 0
      { id: 1, members: ['e', 'f', 'g'] }, // merges with 2 into 1
      { id: 2, members: ['h', 'i', 'j'] },
      { id: 3, members: ['k', 'l', 'm', 'n', 'o', 'p'] }, // splits into 2 and 3
      { id: 4, members: ['q', 'r'] }, // dies (its members left)
    ];
    const after = [
      { id: 0, members: ['a', 'b', 'c', 'x'] },
      { id: 1, members: ['e', 'f', 'g', 'h', 'i', 'j'] },
      { id: 2, members: ['k', 'l', 'm'] },
      { id: 3, members: ['n', 'o', 'p'] },
      { id: 4, members: ['y', 'z'] }, // born
    ];
    const events = communityEvents(before, after);
    expect(events.map((e) => [e.type, e.before, e.after])).toEqual([
      ['continue', [0], [0]],
      ['split', [3], [2, 3]],
      ['death', [4], []],
      ['merge', [1, 2], [1]],
      ['birth', [], [4]],
    ]);
    expect(events[0].jaccard[0].value).toBeCloseTo(3 / 5, 12);
    expect(events[3].jaccard.map((j) => j.value)).toEqual([0.5, 0.5]);
  });
  it('does not match below the threshold', () => {
    const events = communityEvents([{ id: 0, members: ['a', 'b', 'c', 'd'] }], [{ id: 0, members: ['a', 'x', 'y', 'z'] }]);
    expect(events.map((e) => e.type)).toEqual(['death', 'birth']); // Jaccard 1/7 < 0.3
  });
});
