/** The recommendations as Markdown: the score and why, a ranked table, the explanations, the backtest. */
import type { RecommendationsResult } from '../../analysis/report-types.js';
import { SCORE_KEYS } from '../../analysis/report-types.js';
import { CAVEAT, SCORE_FLAG_NAMES, SCORE_LABELS, change, filterWords, num } from './words.js';

/** Markdown table cell: pipes and line breaks escaped. */
const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');

export function renderRecommendationsMarkdown(r: RecommendationsResult): string {
  const out: string[] = [];
  out.push('# Partnership recommendations', '');
  out.push(`${r.members} members, ${r.ties} ties; ${r.candidates} candidate pairs (${cell(filterWords(r))}, not tied). Ranked by **${SCORE_LABELS[r.score]}** (\`${SCORE_FLAG_NAMES[r.score]}\`): ${cell(r.scoreReason)}.`, '');
  if (r.recommendations.length > 0) {
    out.push('| # | Member | Partner to consider | Crosses | Score | Shared partners | Constraint (member) | Constraint (partner) | Bridges backed up |');
    out.push('|--:|---|---|---|--:|---|---|---|--:|');
    for (const x of r.recommendations) {
      const e = x.effects;
      out.push(
        `| ${x.rank} | ${cell(x.source.name)} (${cell(x.source.id)}) | ${cell(x.target.name)} (${cell(x.target.id)}) | ${x.crosses ? cell(`${x.crosses.source} × ${x.crosses.target}`) : ''} | ${num(x.score, 4)} | ${cell(x.sharedPartners.map((m) => m.name).join(', '))} | ${change(e.constraint.source.before, e.constraint.source.after)} | ${change(e.constraint.target.before, e.constraint.target.after)} | ${e.bridgesBackedUp.length} |`,
      );
    }
    out.push('');
    for (const x of r.recommendations) out.push(`${x.rank}. ${cell(x.explanation)}`);
    out.push('');
  } else out.push('No recommendation: no candidate pair scores above 0.', '');
  for (const n of r.notes) out.push(`> Note: ${cell(n)}`, '');
  const b = r.backtest;
  if (b !== null) {
    out.push(`## Backtest: trained on ${b.trainYear}, tested on ${b.trainYear + 1}–${b.testYear}`, '');
    out.push(`${b.members} members and ${b.trainTies} ties in ${b.trainYear}; ${b.candidates} candidate pairs, ${b.positives} formed a tie (base rate ${num(b.baseRate, 4)}).`, '');
    out.push('| Score | AUC | Precision@positives | Precision@20 | Lift |', '|---|--:|--:|--:|--:|');
    for (const s of SCORE_KEYS) {
      const v = b.scores[s];
      out.push(v === null ? `| ${SCORE_LABELS[s]} | skipped | | | |` : `| ${SCORE_LABELS[s]}${s === b.best ? ' (best)' : ''} | ${num(v.auc)} | ${num(v.precisionAtPositives)} | ${num(v.precisionAt20)} | ${num(v.lift, 2)} |`);
    }
    out.push(`| random (baseline) | ${num(b.random.auc)} | ${num(b.random.precisionAtPositives)} | ${num(b.random.precisionAt20)} | ${num(b.random.lift, 2)} |`, '');
    if (b.caveat) out.push(`> ${cell(b.caveat)}`, '');
  }
  out.push(`*${CAVEAT}*`, '');
  return out.join('\n');
}
