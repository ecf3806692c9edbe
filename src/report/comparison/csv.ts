/**
 * The comparison of two waves as CSV tables (UTF-8 with BOM, CRLF): comparison-members.csv (one row
 * per member of either wave: stayer, entrant or exit), comparison-ties.csv (the counts overall, by
 * group pair and by orientation), comparison-ranks.csv (per measure: the rank correlations and the
 * movers), comparison-indicators.csv and comparison-findings.csv (one row per finding: its indicator path,
 * value and rule).
 */
import type { ComparisonReport } from '../../analysis/report-types.js';
import { csvDocument, type CsvValue } from '../csv-cell.js';
import type { CsvFile } from '../csv-tables.js';

export function renderComparisonCsv(c: ComparisonReport, ids: { before: readonly string[]; after: readonly string[] }): CsvFile[] {
  const entrants = new Set(c.members.entrants);
  const exits = new Set(c.members.exits);
  const members: CsvValue[][] = [];
  for (const id of ids.before) members.push([id, exits.has(id) ? 'exit' : 'stayer']);
  for (const id of ids.after) if (entrants.has(id)) members.push([id, 'entrant']);
  const t = c.ties;
  const tieHeader = ['scope', 'from', 'to', 'pairs', 'kept', 'ended', 'formed', 'absent', 'jaccard', 'hamming', 'hammingNormalized', 'formationRate', 'dissolutionRate', 'weightIncreased', 'weightDecreased', 'weightSame'];
  type Counts = Omit<typeof t, 'band' | 'bySectorPair' | 'byOrientation' | 'pairs' | 'absent' | 'hammingNormalized' | 'formationRate'> & { pairs: number | null; absent: number | null; hammingNormalized: number | null; formationRate: number | null };
  const row = (scope: string, from: string | null, to: string | null, r: Counts): CsvValue[] => [
    scope, from, to, r.pairs, r.kept, r.ended, r.formed, r.absent, r.jaccard, r.hamming, r.hammingNormalized, r.formationRate, r.dissolutionRate, r.weight.increased, r.weight.decreased, r.weight.same,
  ];
  const ties: CsvValue[][] = [row('all', null, null, t)];
  for (const r of t.bySectorPair) ties.push(row(c.options.groupBy, r.from, r.to, r));
  for (const r of t.byOrientation) ties.push(row('orientation', r.orientation, null, r));
  const ranks: CsvValue[][] = [];
  for (const r of c.ranks) {
    ranks.push([r.measure, 'correlation', null, null, null, null, null, null, r.spearman, r.kendall]);
    for (const [kind, list] of [['riser', r.risers], ['faller', r.fallers]] as const) {
      for (const m of list) ranks.push([r.measure, kind, m.id, m.before, m.after, m.beforeRank, m.afterRank, m.change, null, null]);
    }
  }
  const indicators: CsvValue[][] = c.indicators.map((i) => [i.name, i.before, i.after, i.change, i.pValue?.before ?? null, i.pValue?.after ?? null]);
  const findings: CsvValue[][] = c.findings.map((f) => [
    f.id, f.category, f.severity, f.title, f.indicator, f.value, f.threshold.rule, f.threshold.value, f.threshold.source, f.evidence.members.join(' '), f.statement,
  ]);
  return [
    { name: 'comparison-findings.csv', content: csvDocument(['id', 'category', 'severity', 'title', 'indicator', 'value', 'rule', 'threshold', 'source', 'members', 'statement'], findings) },
    { name: 'comparison-members.csv', content: csvDocument(['id', 'status'], members) },
    { name: 'comparison-ties.csv', content: csvDocument(tieHeader, ties) },
    { name: 'comparison-ranks.csv', content: csvDocument(['measure', 'row', 'id', 'before', 'after', 'beforeRank', 'afterRank', 'change', 'spearman', 'kendall'], ranks) },
    { name: 'comparison-indicators.csv', content: csvDocument(['indicator', 'before', 'after', 'change', 'pValueBefore', 'pValueAfter'], indicators) },
  ];
}
