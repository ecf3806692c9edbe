/**
 * Ranking quality of one score on a backtest, exactly, from the distribution of candidate scores:
 * distinct values with the number of positive and negative candidates at each.
 *
 * - AUC = P(score of a random positive > score of a random negative) + ½ P(equal) — the Mann–Whitney U
 *   statistic over P·N (Hanley & McNeil 1982, Radiology 143, 29–36; Lü & Zhou 2011 §3).
 * - precision@k = share of positives among the k best-ranked candidates; candidates tied at the cut
 *   count by expectation (every order of the tied candidates equally likely), so the value does not
 *   depend on an arbitrary tie-break. `precisionAtPositives` is k = |positives| (R-precision), and
 *   `precisionAt20` k = min(20, candidates).
 * - lift = precisionAtPositives / base rate (positives / candidates): how many times better than a
 *   random pick.
 *
 * Scores are compared after rounding to 12 significant digits, so two sums of the same terms in
 * another order (1e-16 apart) count as a tie, as they mathematically are.
 */
import type { BacktestScore } from './types.js';

/** Score distribution: value → [negatives, positives]. */
export class ScoreDistribution {
  private readonly counts = new Map<number, [number, number]>();

  static key(score: number): number {
    return score === 0 ? 0 : Number(score.toPrecision(12));
  }

  add(score: number, positive: boolean, count = 1): void {
    const k = ScoreDistribution.key(score);
    let c = this.counts.get(k);
    if (c === undefined) {
      c = [0, 0];
      this.counts.set(k, c);
    }
    c[positive ? 1 : 0] += count;
  }

  /** Distinct values ascending with their [negatives, positives]. */
  sorted(): { value: number; neg: number; pos: number }[] {
    return [...this.counts.entries()].sort((a, b) => a[0] - b[0]).map(([value, [neg, pos]]) => ({ value, neg, pos }));
  }
}

/** AUC, precision at |positives| and at 20, and lift of a score distribution. */
export function evaluate(dist: ScoreDistribution, positives: number, candidates: number): BacktestScore {
  const rows = dist.sorted();
  const negatives = candidates - positives;
  let below = 0;
  let u = 0;
  for (const r of rows) {
    u += r.pos * (below + r.neg / 2);
    below += r.neg;
  }
  const auc = positives > 0 && negatives > 0 ? u / (positives * negatives) : null;
  const precisionAt = (k: number): number | null => {
    if (k <= 0) return null;
    let taken = 0;
    let hits = 0;
    for (let i = rows.length - 1; i >= 0 && taken < k; i--) {
      const r = rows[i];
      const total = r.pos + r.neg;
      if (taken + total <= k) {
        taken += total;
        hits += r.pos;
      } else {
        hits += (r.pos * (k - taken)) / total;
        taken = k;
      }
    }
    return hits / k;
  };
  const precisionAtPositives = precisionAt(positives);
  const baseRate = candidates > 0 ? positives / candidates : 0;
  return {
    auc,
    precisionAtPositives,
    precisionAt20: precisionAt(Math.min(20, candidates)),
    lift: precisionAtPositives !== null && baseRate > 0 ? precisionAtPositives / baseRate : null,
  };
}
