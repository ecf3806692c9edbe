/**
 * The `ranks` section of a comparison: for degree, strength, betweenness and eigenvector centrality,
 * the rank correlation of the two waves over the stayers (Spearman ρ, Kendall τ_b: see
 * metrics/change/rank-correlation.ts) and the five largest risers and fallers by rank among the
 * stayers (1 = highest, ties sharing their average rank). Stayers without a value in a wave (an
 * undefined eigenvector) are left out of that measure.
 */
import type { StayerMatch } from '../metrics/change/stayers.js';
import { averageRanks, kendallTauB, spearman } from '../metrics/change/rank-correlation.js';
import type { MemberReport, Report } from './report-types.js';
import type { RankMove, RankSection } from './change-types.js';

/** Risers and fallers listed per measure. */
export const RANK_MOVES = 5;

const MEASURES: RankSection['measure'][] = ['degree', 'strength', 'betweenness', 'eigenvector'];

export function rankSections(match: StayerMatch, before: Report, after: Report): RankSection[] {
  return MEASURES.map((measure) => {
    const keep: number[] = [];
    const get = (m: MemberReport) => m[measure] as number | null;
    for (let k = 0; k < match.stayers; k++) {
      if (get(before.members[match.beforeOf[k]]) !== null && get(after.members[match.afterOf[k]]) !== null) keep.push(k);
    }
    const x = Float64Array.from(keep, (k) => get(before.members[match.beforeOf[k]])!);
    const y = Float64Array.from(keep, (k) => get(after.members[match.afterOf[k]])!);
    // Rank 1 = highest: ranks of the negated values.
    const rx = averageRanks(x.map((v) => -v));
    const ry = averageRanks(y.map((v) => -v));
    const moves: RankMove[] = keep.map((k, i) => {
      const m = after.members[match.afterOf[k]];
      return { id: m.id, name: m.name, before: x[i], after: y[i], beforeRank: rx[i], afterRank: ry[i], change: rx[i] - ry[i] };
    });
    const byId = (a: RankMove, b: RankMove) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const risers = moves.filter((m) => m.change > 0).sort((a, b) => b.change - a.change || byId(a, b)).slice(0, RANK_MOVES);
    const fallers = moves.filter((m) => m.change < 0).sort((a, b) => a.change - b.change || byId(a, b)).slice(0, RANK_MOVES);
    return { measure, stayers: keep.length, spearman: spearman(x, y), kendall: kendallTauB(x, y), risers, fallers };
  });
}
