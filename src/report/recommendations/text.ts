/** The recommendations as plain text: the score and why, a ranked table, each explanation, the backtest. */
import type { BacktestReport, RecommendationsResult } from '../../analysis/report-types.js';
import { SCORE_KEYS } from '../../analysis/report-types.js';
import { table } from '../format.js';
import { CAVEAT, SCORE_FLAG_NAMES, filterWords, num } from './words.js';

export function backtestLines(b: BacktestReport): string[] {
  const out: string[] = [];
  out.push(`Backtest: trained on ${b.trainYear}, tested on the ties formed ${b.trainYear + 1}–${b.testYear}`);
  out.push(`  ${b.members} members, ${b.trainTies} ties in ${b.trainYear}; ${b.candidates} candidate pairs, ${b.positives} of them formed a tie (base rate ${num(b.baseRate, 4)})`);
  const rows: string[][] = [['score', 'AUC', 'precision@positives', 'precision@20', 'lift']];
  for (const s of SCORE_KEYS) {
    const v = b.scores[s];
    if (v === null) {
      rows.push([SCORE_FLAG_NAMES[s], 'skipped', '', '', '']);
      continue;
    }
    rows.push([SCORE_FLAG_NAMES[s] + (s === b.best ? ' *' : ''), num(v.auc), num(v.precisionAtPositives), num(v.precisionAt20), num(v.lift, 2)]);
  }
  rows.push(['random (baseline)', num(b.random.auc), num(b.random.precisionAtPositives), num(b.random.precisionAt20), num(b.random.lift, 2)]);
  for (const line of table(rows, ['l', 'r', 'r', 'r', 'r'])) out.push(`  ${line}`);
  if (b.best !== null) out.push(`  * best AUC. AUC 0.5 = no better than chance; lift 3 = three times the base rate among the top.`);
  for (const k of b.skipped) out.push(`  ${SCORE_FLAG_NAMES[k.score]} skipped: ${k.reason}.`);
  if (b.caveat) out.push(`  Caveat: ${b.caveat}`);
  return out;
}

export function renderRecommendationsText(r: RecommendationsResult): string {
  const out: string[] = [];
  out.push(`Partnership recommendations — ${filterWords(r)}`);
  out.push(`${r.members} members, ${r.ties} ties, ${r.candidates} candidate pairs (not tied, passing the filters).`);
  out.push(`Ranked by ${SCORE_FLAG_NAMES[r.score]}: ${r.scoreReason}.`);
  out.push('');
  if (r.recommendations.length === 0) out.push('No recommendation: no candidate pair scores above 0.');
  else {
    const rows: string[][] = [['#', 'member', 'partner to consider', r.options.cross === 'none' ? 'groups' : r.options.cross, 'score', 'shared']];
    for (const x of r.recommendations) {
      rows.push([
        String(x.rank),
        `${x.source.name} (${x.source.id})`,
        `${x.target.name} (${x.target.id})`,
        x.crosses ? `${x.crosses.source} × ${x.crosses.target}` : '',
        num(x.score, 4),
        String(x.sharedPartners.length),
      ]);
    }
    out.push(...table(rows, ['r', 'l', 'l', 'l', 'r', 'r']));
    out.push('');
    for (const x of r.recommendations) out.push(`${x.rank}. ${x.explanation}`);
  }
  for (const n of r.notes) out.push(`Note: ${n}`);
  if (r.backtest !== null) {
    out.push('');
    out.push(...backtestLines(r.backtest));
  }
  out.push('');
  out.push(CAVEAT);
  return `${out.join('\n')}\n`;
}
