/**
 * The backtest: against the independent Python computation of fixtures/link-prediction/backtest.json
 * (make-backtest.py: snapshot by hand, networkx scores of every candidate, brute-force Mann–Whitney AUC)
 * on the years cluster, and against a brute-force evaluation of every candidate on random graphs (the
 * zero-score candidates and preferential attachment are counted, not enumerated, by the code).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../../src/io/build-cluster.js';
import { recommend } from '../../../src/analysis/recommend/recommend.js';
import { indexFromArcs } from '../../../src/graph/graph-index.js';
import { linkView } from '../../../src/metrics/link-prediction/view.js';
import { pairNeighbourhoodScores } from '../../../src/metrics/link-prediction/neighbourhood.js';
import { defaultKatzBeta, katzFrom } from '../../../src/metrics/link-prediction/katz.js';
import { personalizedPagerankFrom, pprPairScore } from '../../../src/metrics/link-prediction/personalized-pagerank.js';
import { isCandidate, makeFilter } from '../../../src/analysis/recommend/filter.js';
import { runBacktest } from '../../../src/analysis/recommend/backtest.js';
import { SCORE_KEYS, type BacktestScore, type ScoreKey } from '../../../src/analysis/recommend/types.js';
import { createRng } from '../../../src/graph/random.js';

const dir = new URL('../../../fixtures/link-prediction/', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, dir), 'utf8');
const data = buildCluster({ members: read('years-cluster/members.csv'), ties: read('years-cluster/ties.csv') });
interface Case {
  trainYear: number;
  testYear: number;
  cross: 'sector' | 'none';
  for: string | null;
  members: number;
  trainTies: number;
  candidates: number;
  positives: number;
  scores: Record<ScoreKey, BacktestScore>;
}
const cases = (JSON.parse(read('backtest.json')) as { cases: Case[] }).cases;

function expectScore(got: BacktestScore | null, want: BacktestScore, what: string): void {
  expect(got, what).not.toBe(null);
  for (const k of ['auc', 'precisionAtPositives', 'precisionAt20', 'lift'] as const) {
    expect(Math.abs(got![k]! - want[k]!), `${what} ${k}: ${got![k]} vs ${want[k]}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want[k]!)));
  }
}

describe('backtest = networkx + brute-force Mann–Whitney (make-backtest.py)', () => {
  for (const c of cases) {
    it(`T=${c.trainYear}, Y=${c.testYear}, cross ${c.cross}${c.for ? `, for ${c.for}` : ''}`, () => {
      const r = recommend(data, { backtest: c.trainYear, until: c.testYear, cross: c.cross, for: c.for, top: 3, score: 'resource-allocation' });
      const b = r.backtest!;
      expect([b.members, b.trainTies, b.candidates, b.positives]).toEqual([c.members, c.trainTies, c.candidates, c.positives]);
      for (const s of SCORE_KEYS) expectScore(b.scores[s], c.scores[s], s);
      expect(b.caveat === null).toBe(c.positives >= 30);
    });
  }
});

/** Brute force over every candidate (a Mann–Whitney double loop). */
function bruteForce(scores: number[], pos: boolean[]): BacktestScore {
  const key = (x: number) => (x === 0 ? 0 : Number(x.toPrecision(12)));
  const P = pos.filter(Boolean).length;
  const N = pos.length - P;
  let u = 0;
  for (let i = 0; i < scores.length; i++) {
    if (!pos[i]) continue;
    for (let j = 0; j < scores.length; j++) if (!pos[j]) u += key(scores[i]) > key(scores[j]) ? 1 : key(scores[i]) === key(scores[j]) ? 0.5 : 0;
  }
  const order = scores.map(key).sort((a, b) => b - a);
  const prec = (k: number) => {
    const t = order[k - 1];
    let above = 0;
    let abovePos = 0;
    let at = 0;
    let atPos = 0;
    scores.forEach((s, i) => {
      const x = key(s);
      if (x > t) {
        above++;
        if (pos[i]) abovePos++;
      } else if (x === t) {
        at++;
        if (pos[i]) atPos++;
      }
    });
    return (abovePos + ((k - above) * atPos) / at) / k;
  };
  const pp = prec(P);
  return { auc: u / (P * N), precisionAtPositives: pp, precisionAt20: prec(Math.min(20, scores.length)), lift: pp / (P / scores.length) };
}

describe('backtest = brute force over every candidate on random graphs', () => {
  for (const seed of [1, 2, 3, 4]) {
    it(`seed ${seed}`, () => {
      const rng = createRng(seed);
      const n = 30 + Math.floor(rng() * 20);
      const src: number[] = [];
      const dst: number[] = [];
      for (let k = 0; k < n * 2; k++) {
        src.push(Math.floor(rng() * n));
        dst.push(Math.floor(rng() * n));
      }
      const ids = Array.from({ length: n }, (_, i) => `v${i}`);
      const view = linkView(indexFromArcs(ids, false, { src, dst, w: src.map(() => 1) }, { weighted: false }));
      const groups = Int32Array.from({ length: n }, () => Math.floor(rng() * 4) - 1); // −1: no value
      const f = makeFilter(view, { attribute: 'sector', groups, groupNames: ['a', 'b', 'c'], between: null, source: -1 });
      const cands: [number, number][] = [];
      for (let u = 0; u < n; u++) for (let v = u + 1; v < n; v++) if (isCandidate(f, u, v)) cands.push([u, v]);
      const positives = new Set<number>();
      const pos = cands.map(([u, v]) => {
        const p = rng() < 0.1;
        if (p) positives.add(u * n + v);
        return p;
      });
      const beta = defaultKatzBeta(view);
      const r = runBacktest({ filter: f, positives, settings: { katzBeta: beta, alpha: 0.85 }, trainYear: 0, testYear: 1, trainTies: 0 });
      expect(r.candidates).toBe(cands.length);
      const katz = new Float64Array(n);
      const ppr = new Float64Array(n);
      const values: Record<ScoreKey, number[]> = Object.fromEntries(SCORE_KEYS.map((k) => [k, [] as number[]])) as unknown as Record<ScoreKey, number[]>;
      for (const [u, v] of cands) {
        const s = pairNeighbourhoodScores(view, u, v);
        values.resourceAllocation.push(s.resourceAllocation);
        values.adamicAdar.push(s.adamicAdar);
        values.jaccard.push(s.jaccard);
        values.commonNeighbours.push(s.commonNeighbours);
        values.preferentialAttachment.push(view.degree[u] * view.degree[v]);
        katzFrom(view, u, beta, katz);
        values.katz.push(katz[v]);
        personalizedPagerankFrom(view, u, 0.85, ppr);
        values.personalizedPagerank.push(pprPairScore(view, ppr, u, v));
      }
      for (const s of SCORE_KEYS) expectScore(r.scores[s], bruteForce(values[s], pos), s);
    });
  }
});
