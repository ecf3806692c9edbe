/** The recommendations as CSV tables: `recommendations.csv` (one row per pair) and `backtest.csv` when run. */
import type { RecommendationsResult } from '../../analysis/report-types.js';
import { SCORE_KEYS } from '../../analysis/report-types.js';
import { csvDocument } from '../csv-cell.js';

export function renderRecommendationsCsv(r: RecommendationsResult): { name: string; content: string }[] {
  const header = [
    'rank', 'source', 'source_name', 'target', 'target_name', 'score_name', 'score', ...SCORE_KEYS,
    'cross_attribute', 'source_group', 'target_group', 'shared_partners',
    'constraint_source_before', 'constraint_source_after', 'constraint_target_before', 'constraint_target_after',
    'ei_before', 'ei_after', 'bridges_backed_up', 'articulation_points_relieved', 'joins_components', 'joins_communities', 'explanation',
  ];
  const rows = r.recommendations.map((x) => {
    const e = x.effects;
    return [
      x.rank, x.source.id, x.source.name, x.target.id, x.target.name, r.score, x.score, ...SCORE_KEYS.map((k) => x.scores[k]),
      x.crosses?.attribute ?? '', x.crosses?.source ?? '', x.crosses?.target ?? '', x.sharedPartners.map((m) => m.id).join(';'),
      e.constraint.source.before, e.constraint.source.after, e.constraint.target.before, e.constraint.target.after,
      e.eiIndex?.before ?? null, e.eiIndex?.after ?? null, e.bridgesBackedUp.map((b) => b.join('–')).join(';'), e.articulationPointsRelieved.join(';'),
      e.joinsComponents, e.joinsCommunities === null ? '' : `${e.joinsCommunities.source};${e.joinsCommunities.target}`, x.explanation,
    ];
  });
  const files = [{ name: 'recommendations.csv', content: csvDocument(header, rows) }];
  const b = r.backtest;
  if (b !== null) {
    const brows = SCORE_KEYS.map((k) => {
      const v = b.scores[k];
      return [k, v?.auc ?? null, v?.precisionAtPositives ?? null, v?.precisionAt20 ?? null, v?.lift ?? null, v === null ? 'skipped' : k === b.best ? 'best' : ''];
    });
    brows.push(['random', b.random.auc, b.random.precisionAtPositives, b.random.precisionAt20, b.random.lift, 'baseline']);
    files.push({
      name: 'backtest.csv',
      content: csvDocument(['score', 'auc', 'precision_at_positives', 'precision_at_20', 'lift', 'note'], brows),
    });
  }
  return files;
}
