/**
 * Findings of a comparison of two waves (`kind: "comparison"`, `cluster-graph compare`): the Jaccard
 * band of tie change (RSiena manual), growth or shrinkage of the ties, the members who rose and fell
 * most in rank. A separate rule set: it reads the comparison object, not an analysis report.
 */
import type { Finding } from '../report-types.js';
import { makeFinding, nameList, num, numberAt, type RuleContext } from './make.js';

interface RankMove { id: string; name?: string; change: number }
interface RankSection { measure: string; risers: RankMove[]; fallers: RankMove[] }
/** The fields of a comparison these rules read. */
export interface ComparisonLike {
  kind: 'comparison';
  before: { label?: string; members: number; ties: number };
  after: { label?: string; members: number; ties: number };
  ties: { jaccard: number | null; kept?: number; formed?: number; ended?: number };
  ranks?: RankSection[];
}

export function changeFindings(cmp: ComparisonLike, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const j = numberAt(cmp, 'ties.jaccard');
  const waves = `${cmp.before.label ?? 'the first wave'} and ${cmp.after.label ?? 'the second wave'}`;
  const counts = cmp.ties.kept !== undefined ? ` (${cmp.ties.kept} ties kept, ${cmp.ties.formed ?? 0} formed, ${cmp.ties.ended ?? 0} ended)` : '';
  if (j !== null && j < ctx.config.jaccardLow) {
    out.push(makeFinding(ctx, 'tie-change-low', {
      title: 'Partnerships changed a great deal',
      statement: `Between ${waves} only ${num(100 * j)} % of the ties present in either wave are present in both (Jaccard ${num(j)}, below ${ctx.config.jaccardLow})${counts}. Partnerships are short-lived: little of the cluster carries over. This would change with more ties kept from one wave to the next (Jaccard of ${ctx.config.jaccardLow} or more).`,
      indicator: 'ties.jaccard',
      severity: 3,
    }));
  } else if (j !== null && j >= ctx.config.jaccardGood) {
    out.push(makeFinding(ctx, 'tie-change-stable', {
      title: 'Partnerships are stable',
      statement: `Between ${waves}, ${num(100 * j)} % of the ties present in either wave are present in both (Jaccard ${num(j)}, at least ${ctx.config.jaccardGood})${counts}: the cluster keeps its partnerships. This would change if fewer ties carried over (Jaccard below ${ctx.config.jaccardGood}).`,
      indicator: 'ties.jaccard',
      severity: 1,
    }));
  }
  const b = cmp.before.ties;
  const a = cmp.after.ties;
  const g = ctx.config.growth;
  if (b > 0 && a >= (1 + g) * b) {
    out.push(makeFinding(ctx, 'growth', {
      title: 'The cluster grew',
      statement: `The ties grew from ${b} to ${a} (${num((100 * (a - b)) / b)} %; members ${cmp.before.members} → ${cmp.after.members}), at least ${num(100 * g)} %. This would change if the next wave kept fewer than ${Math.ceil((1 + g) * b)} ties.`,
      indicator: 'after.ties',
      threshold: (1 + g) * b,
      rule: `≥ (1 + ${g}) × ${b} ties`,
      severity: 1,
    }));
  } else if (b > 0 && a <= (1 - g) * b) {
    out.push(makeFinding(ctx, 'shrinkage', {
      title: 'The cluster shrank',
      statement: `The ties fell from ${b} to ${a} (${num((100 * (b - a)) / b)} % fewer; members ${cmp.before.members} → ${cmp.after.members}), at least ${num(100 * g)} %. This would change if ties were renewed or new partners joined.`,
      indicator: 'after.ties',
      threshold: (1 - g) * b,
      rule: `≤ (1 − ${g}) × ${b} ties`,
      severity: 3,
    }));
  }
  (cmp.ranks ?? []).forEach((r, i) => {
    const risers = r.risers.filter((m) => m.change >= 1);
    const fallers = r.fallers.filter((m) => m.change <= -1);
    if (risers.length === 0) return;
    out.push(makeFinding(ctx, 'risers-fallers', {
      title: `Rising and falling in ${r.measure}`,
      statement: `By ${r.measure}, ${nameList(ctx, risers.map((m) => m.id), 5)} rose most in rank (${ctx.name(risers[0].id)}: ${risers[0].change} places)${fallers.length > 0 ? `; ${nameList(ctx, fallers.map((m) => m.id), 5)} fell most` : ''}. Rising members are candidates for new roles; falling ones may be withdrawing. This reading holds for these two waves only.`,
      indicator: `ranks.${i}.risers.0.change`,
      members: [...risers.map((m) => m.id), ...fallers.map((m) => m.id)],
      severity: 1,
    }));
  });
  return out;
}
