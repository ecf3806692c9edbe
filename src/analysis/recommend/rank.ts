/**
 * Ranking the candidate pairs by one score and scoring the chosen pairs by all of them. The order is
 * canonical: score descending, then the pair's lower member index, then its higher one ({@link pairBefore}).
 *
 * How each score is ranked at scale:
 * - neighbourhood scores: only the pairs two steps apart are enumerated (the others score 0 and are
 *   never recommended);
 * - preferential attachment: best-first from the degree order ({@link topPreferential});
 * - Katz and personalised PageRank: one sparse solve per source — the `--for` member, or every member
 *   when ranking the whole cluster, which is refused beyond {@link SOLVE_BUDGET} (a clear message
 *   suggests `--for` or a neighbourhood score) rather than approximated.
 */
import { InputError } from '../../model/errors.js';
import { twoHopScores, pairNeighbourhoodScores } from '../../metrics/link-prediction/neighbourhood.js';
import { pairBefore, preferentialAttachment, topPreferential } from '../../metrics/link-prediction/preferential.js';
import { katzFrom, katzScratch } from '../../metrics/link-prediction/katz.js';
import { personalizedPagerankFrom, pprPairScore } from '../../metrics/link-prediction/personalized-pagerank.js';
import { groupOk, isCandidate, type PairFilter } from './filter.js';
import type { PairScores, ScoreKey } from './types.js';
import { scoreFlag } from './options.js';

/** Most multiply-adds spent on one ranking by Katz or personalised PageRank over every source. */
export const SOLVE_BUDGET = 2e9;
/** Typical sparse products per solve (β λ_max = 0.5 halves the Katz terms; α = 0.85 the PageRank change). */
const STEPS: Partial<Record<ScoreKey, number>> = { katz: 55, personalizedPagerank: 180 };

export interface RankedPair {
  u: number;
  v: number;
  score: number;
}

export interface RankSettings {
  katzBeta: number;
  alpha: number;
}

/** The best k pairs offered so far, in canonical order. */
export class TopK {
  readonly items: RankedPair[] = [];
  constructor(private readonly k: number) {}

  offer(u: number, v: number, score: number): void {
    const items = this.items;
    if (this.k <= 0) return;
    if (items.length === this.k) {
      const last = items[items.length - 1];
      if (!pairBefore(score, u, v, last.score, last.u, last.v)) return;
      items.pop();
    }
    let i = items.length;
    while (i > 0 && pairBefore(score, u, v, items[i - 1].score, items[i - 1].u, items[i - 1].v)) i--;
    items.splice(i, 0, { u, v, score });
  }
}

/** Whether ranking every pair by `score` fits the budget. */
export function solveWork(f: PairFilter, score: ScoreKey, sources: number): number {
  const steps = STEPS[score] ?? 0;
  return sources * (f.view.targets.length + f.view.n) * steps;
}

export const NEIGHBOURHOOD: readonly ScoreKey[] = ['resourceAllocation', 'adamicAdar', 'jaccard', 'commonNeighbours'];

/** The top k candidates by `score`. Pairs with score 0 by a neighbourhood score are never returned. */
export function rankPairs(f: PairFilter, score: ScoreKey, k: number, s: RankSettings): RankedPair[] {
  const view = f.view;
  const top = new TopK(k);
  const forOne = f.source >= 0;
  if (NEIGHBOURHOOD.includes(score)) {
    const pairs = twoHopScores(view, { sources: forOne ? [f.source] : null, accept: (u, v) => groupOk(f, u, v) });
    const values = pairs[score as 'resourceAllocation'];
    for (let i = 0; i < pairs.count; i++) top.offer(pairs.u[i], pairs.v[i], values[i]);
    return top.items;
  }
  if (score === 'preferentialAttachment') {
    if (forOne) {
      for (let v = 0; v < view.n; v++) if (isCandidate(f, f.source, v)) top.offer(f.source, v, preferentialAttachment(view, f.source, v));
      return top.items;
    }
    return topPreferential(view, k, (u, v) => isCandidate(f, u, v)).pairs.map(([u, v]) => ({ u, v, score: preferentialAttachment(view, u, v) }));
  }
  const sources = forOne ? [f.source] : Array.from({ length: view.n }, (_, i) => i);
  const work = solveWork(f, score, sources.length);
  if (work > SOLVE_BUDGET) {
    throw new InputError({
      code: 'score-too-costly',
      problem: `--score ${scoreFlag(score)} ranks every pair by one sparse solve per member: ${view.n} members × ${view.targets.length / 2} ties is about ${(work / 1e9).toFixed(1)}·10⁹ operations, more than this command spends (${SOLVE_BUDGET / 1e9}·10⁹)`,
      expected: 'a neighbourhood score (resource-allocation, adamic-adar, jaccard, common-neighbours) or preferential-attachment, or --for ID',
      fix: `Use --for ID to rank one member's pairs by ${scoreFlag(score)}.`,
    });
  }
  const out = new Float64Array(view.n);
  const scratch = katzScratch(view.n);
  for (const u of sources) {
    if (score === 'katz') katzFrom(view, u, s.katzBeta, out, scratch);
    else personalizedPagerankFrom(view, u, s.alpha, out, scratch.x);
    for (let v = forOne ? 0 : u + 1; v < view.n; v++) {
      if (!isCandidate(f, u, v)) continue;
      top.offer(u, v, score === 'katz' ? out[v] : pprPairScore(view, out, u, v));
    }
  }
  return top.items;
}

/** Every score of the given pairs: one Katz and one PageRank solve per distinct source. */
export function allScores(f: PairFilter, pairs: readonly RankedPair[], s: RankSettings, withSolves = true): PairScores[] {
  const view = f.view;
  const out: PairScores[] = pairs.map(({ u, v }) => ({
    ...pairNeighbourhoodScores(view, u, v),
    preferentialAttachment: preferentialAttachment(view, u, v),
    katz: null,
    personalizedPagerank: null,
  }));
  if (!withSolves) return out;
  const katz = new Float64Array(view.n);
  const ppr = new Float64Array(view.n);
  const scratch = katzScratch(view.n);
  const sources = [...new Set(pairs.map((p) => p.u))];
  for (const u of sources) {
    katzFrom(view, u, s.katzBeta, katz, scratch);
    personalizedPagerankFrom(view, u, s.alpha, ppr, scratch.x);
    pairs.forEach((p, i) => {
      if (p.u !== u) return;
      out[i].katz = katz[p.v];
      out[i].personalizedPagerank = pprPairScore(view, ppr, u, p.v);
    });
  }
  return out;
}
