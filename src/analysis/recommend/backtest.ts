/**
 * The backtest of every score on the cluster's own years: rank the candidate pairs of the snapshot at
 * the training year T, and see how well each score puts first the pairs that did form a tie after T
 * (T < since ≤ Y). Evaluation in evaluation.ts (exact AUC, precision at |positives| and at 20, lift).
 *
 * Candidates with score 0 are counted, not enumerated: the neighbourhood scores enumerate the pairs two
 * steps apart and the rest (candidates − enumerated) score 0, positives among them = positives −
 * positives enumerated. Preferential attachment d_u·d_v is counted by classes of members of equal
 * (degree, group): the pairs of two classes all share one product, so the distribution over every
 * candidate pair takes O(classes²) and the tied pairs are subtracted. Katz and personalised PageRank
 * score every candidate by one sparse solve per member, within {@link SOLVE_BUDGET}; beyond it they are
 * reported as skipped, with why.
 */
import { twoHopScores } from '../../metrics/link-prediction/neighbourhood.js';
import { katzFrom, katzScratch } from '../../metrics/link-prediction/katz.js';
import { personalizedPagerankFrom, pprPairScore } from '../../metrics/link-prediction/personalized-pagerank.js';
import { candidateCount, groupOk, isCandidate, type PairFilter } from './filter.js';
import { evaluate, ScoreDistribution } from './evaluation.js';
import { NEIGHBOURHOOD, SOLVE_BUDGET, solveWork, type RankSettings } from './rank.js';
import { scoreFlag } from './options.js';
import { SCORE_KEYS, type BacktestReport, type BacktestScore, type ScoreKey } from './types.js';

export interface BacktestInput {
  /** The filter on the training snapshot's view. */
  filter: PairFilter;
  /** Candidate pairs that formed a tie after T, as keys min·n + max (training indices). */
  positives: ReadonlySet<number>;
  settings: RankSettings;
  trainYear: number;
  testYear: number;
  trainTies: number;
}

/** Small-sample threshold of the caveat. */
export const FEW_POSITIVES = 30;

export function runBacktest(input: BacktestInput): BacktestReport {
  const { filter: f, positives } = input;
  const view = f.view;
  const n = view.n;
  const candidates = candidateCount(f);
  const P = positives.size;
  const key = (u: number, v: number) => (u < v ? u * n + v : v * n + u);
  const scores = {} as Record<ScoreKey, BacktestScore | null>;
  const skipped: { score: ScoreKey; reason: string }[] = [];

  const pairs = twoHopScores(view, { sources: f.source >= 0 ? [f.source] : null, accept: (u, v) => groupOk(f, u, v) });
  const isPos = new Uint8Array(pairs.count);
  let enumeratedPos = 0;
  for (let i = 0; i < pairs.count; i++) if (positives.has(key(pairs.u[i], pairs.v[i]))) {
    isPos[i] = 1;
    enumeratedPos++;
  }
  for (const s of NEIGHBOURHOOD) {
    const values = pairs[s as 'resourceAllocation'];
    const dist = new ScoreDistribution();
    for (let i = 0; i < pairs.count; i++) dist.add(values[i], isPos[i] === 1);
    dist.add(0, false, candidates - pairs.count - (P - enumeratedPos));
    dist.add(0, true, P - enumeratedPos);
    scores[s] = evaluate(dist, P, candidates);
  }
  scores.preferentialAttachment = evaluate(preferentialDistribution(f, positives), P, candidates);
  for (const s of ['katz', 'personalizedPagerank'] as const) {
    const sources = f.source >= 0 ? 1 : n;
    const work = solveWork(f, s, sources);
    if (work > SOLVE_BUDGET) {
      scores[s] = null;
      skipped.push({ score: s, reason: `${scoreFlag(s)} needs one sparse solve per member (about ${(work / 1e9).toFixed(1)}·10⁹ operations here, budget ${SOLVE_BUDGET / 1e9}·10⁹)` });
      continue;
    }
    const dist = new ScoreDistribution();
    const out = new Float64Array(n);
    const scratch = katzScratch(n);
    const list = f.source >= 0 ? [f.source] : Array.from({ length: n }, (_, i) => i);
    for (const u of list) {
      if (s === 'katz') katzFrom(view, u, input.settings.katzBeta, out, scratch);
      else personalizedPagerankFrom(view, u, input.settings.alpha, out, scratch.x);
      for (let v = f.source >= 0 ? 0 : u + 1; v < n; v++) {
        if (!isCandidate(f, u, v)) continue;
        dist.add(s === 'katz' ? out[v] : pprPairScore(view, out, u, v), positives.has(key(u, v)));
      }
    }
    scores[s] = evaluate(dist, P, candidates);
  }
  const baseRate = candidates > 0 ? P / candidates : 0;
  let best: ScoreKey | null = null;
  for (const s of SCORE_KEYS) {
    const a = scores[s]?.auc;
    if (a === null || a === undefined) continue;
    if (best === null || a > scores[best]!.auc!) best = s;
  }
  return {
    trainYear: input.trainYear,
    testYear: input.testYear,
    members: n,
    trainTies: input.trainTies,
    candidates,
    positives: P,
    baseRate,
    scores,
    random: { auc: 0.5, precisionAtPositives: baseRate, precisionAt20: baseRate, lift: 1 },
    skipped,
    best,
    caveat:
      P < FEW_POSITIVES
        ? `Only ${P} ${P === 1 ? 'pair' : 'pairs'} formed a tie in ${input.trainYear + 1}–${input.testYear}: with fewer than ${FEW_POSITIVES} positives the AUC and precision are rough (one pair more or less moves them visibly).`
        : null,
  };
}

/** The distribution of d_u·d_v over every candidate, by classes of equal (degree, group). */
function preferentialDistribution(f: PairFilter, positives: ReadonlySet<number>): ScoreDistribution {
  const view = f.view;
  const { n, degree } = view;
  const dist = new ScoreDistribution();
  // All filtered pairs (tied or not) as negatives first; tied pairs and positives are moved out below.
  if (f.source >= 0) {
    for (let v = 0; v < n; v++) if (groupOk(f, f.source, v)) dist.add(degree[f.source] * degree[v], false);
  } else {
    const classes = new Map<string, { d: number; g: number; count: number }>();
    for (let v = 0; v < n; v++) {
      const g = f.groups === null ? 0 : f.groups[v];
      if (f.mode !== 'none' && g < 0) continue;
      const k = `${degree[v]}:${g}`;
      const c = classes.get(k);
      if (c === undefined) classes.set(k, { d: degree[v], g, count: 1 });
      else c.count++;
    }
    const list = [...classes.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        const ok = f.mode === 'none' || (f.mode === 'differ' ? a.g !== b.g : (a.g === f.a && b.g === f.b) || (a.g === f.b && b.g === f.a));
        if (!ok) continue;
        const count = i === j ? (a.count * (a.count - 1)) / 2 : a.count * b.count;
        if (count > 0) dist.add(a.d * b.d, false, count);
      }
    }
  }
  const { offsets, targets } = view;
  for (let u = 0; u < n; u++) {
    for (let p = offsets[u]; p < offsets[u + 1]; p++) {
      const v = targets[p];
      if (v > u && groupOk(f, u, v)) dist.add(degree[u] * degree[v], false, -1);
    }
  }
  for (const k of positives) {
    const u = Math.floor(k / n);
    const v = k - u * n;
    dist.add(degree[u] * degree[v], false, -1);
    dist.add(degree[u] * degree[v], true, 1);
  }
  return dist;
}
