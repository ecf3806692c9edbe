/** The evolution as plain text: one row per year, then one row per transition. */
import type { EvolutionReport } from '../../analysis/report-types.js';
import { fmt, table } from '../format.js';
import { pText } from '../comparison/labels.js';
import { indicatorsOf } from './indicators.js';

export function renderEvolutionText(e: EvolutionReport): string {
  const out: string[] = [];
  out.push(`Evolution over ${e.years.length} years: ${e.options.years.join(', ')}`);
  out.push(`${e.options.directed ? 'Directed' : 'Undirected'}; seed ${e.options.seed}; ${e.options.permutations} permutations.`);
  out.push('');
  const inds = indicatorsOf(e.years);
  const rows = [['year', ...inds.map((i) => i.label)], ...e.years.map((y) => [String(y.year), ...inds.map((i) => fmt(i.value(y)))])];
  for (const line of table(rows, rows[0].map((_, k) => (k === 0 ? 'l' : 'r')))) out.push(`  ${line}`);
  out.push('');
  out.push('Transitions (ties over the pairs of stayers; correlation with its QAP test)');
  const tr = [
    ['from', 'to', 'stayers', 'entrants', 'exits', 'kept', 'ended', 'formed', 'Jaccard', 'Hamming/pairs', 'correlation', 'QAP p(≥)'],
    ...e.transitions.map((t) => [
      String(t.from), String(t.to), String(t.members.stayers), String(t.members.entrants.length), String(t.members.exits.length),
      String(t.ties.kept), String(t.ties.ended), String(t.ties.formed), fmt(t.ties.jaccard), fmt(t.ties.hammingNormalized), fmt(t.correlation.binary), pText(t.correlation.qap.pGreater),
    ]),
  ];
  for (const line of table(tr, tr[0].map((_, k) => (k < 2 ? 'l' : 'r')))) out.push(`  ${line}`);
  out.push('');
  out.push('Jaccard bands (RSiena manual): ≥ 0.3 good, 0.2–0.3 moderate, < 0.2 low stability; low values are harmless when the network mainly grows.');
  if (e.warnings.length > 0) out.push('', `${e.warnings.length} warning(s) while reading; see "warnings" in the JSON.`);
  return `${out.join('\n')}\n`;
}
