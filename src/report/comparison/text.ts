/** The comparison of two waves as plain text (`cluster-graph compare`, default format). */
import type { ComparisonReport, TieChangeByCounts } from '../../analysis/report-types.js';
import { fmt, safeText, table } from '../format.js';
import { plural } from '../../model/words.js';
import { findingsTextLines } from '../findings-text.js';
import { CHANGE_FIELDS, indicatorLabel, jaccardSentence, pText } from './labels.js';

const LIST = 10;

function ids(list: string[]): string {
  const shown = list.slice(0, LIST).map(safeText).join(', ');
  return list.length > LIST ? `${shown}, … (${list.length - LIST} more)` : shown;
}

function countsRow(name: string, c: TieChangeByCounts): string[] {
  return [name, fmt(c.pairs), String(c.kept), String(c.ended), String(c.formed), fmt(c.jaccard), fmt(c.dissolutionRate), fmt(c.formationRate)];
}

export function renderComparisonText(c: ComparisonReport): string {
  const out: string[] = [];
  const b = c.before;
  const a = c.after;
  out.push(`Comparison: ${safeText(b.label)} (${plural(b.members, 'member')}, ${plural(b.ties, 'tie')}) → ${safeText(a.label)} (${plural(a.members, 'member')}, ${plural(a.ties, 'tie')})`);
  out.push(`${c.options.directed ? 'Directed (arcs compared)' : 'Undirected'}; seed ${c.options.seed}; ${c.options.permutations} permutations.`);
  // Reading first: the findings open the comparison.
  out.push(...findingsTextLines(c, (s) => s, safeText));
  out.push('');
  out.push('Members (matched by id)');
  out.push(`  ${plural(c.members.stayers, 'stayer')}, ${plural(c.members.entrants.length, 'entrant')}, ${plural(c.members.exits.length, 'exit')}`);
  if (c.members.entrants.length > 0) out.push(`  entrants: ${ids(c.members.entrants)}`);
  if (c.members.exits.length > 0) out.push(`  exits: ${ids(c.members.exits)}`);
  out.push('');
  const t = c.ties;
  out.push(`Ties over the ${t.pairs} pairs of stayers`);
  out.push(`  kept ${t.kept}, ended ${t.ended}, formed ${t.formed}, absent ${t.absent}`);
  out.push(`  ${jaccardSentence(t.jaccard, t.band)}`);
  out.push(`  Hamming distance ${t.hamming} (${fmt(t.hammingNormalized)} of the pairs); formation rate ${fmt(t.formationRate)}, dissolution rate ${fmt(t.dissolutionRate)}`);
  out.push(`  weights of the kept ties: ${t.weight.increased} increased, ${t.weight.decreased} decreased, ${t.weight.same} the same`);
  if (t.bySectorPair.length > 0) {
    out.push('');
    out.push(`  By ${c.options.groupBy} pair (of the stayers in the after wave):`);
    const rows = [['pair', 'pairs', 'kept', 'ended', 'formed', 'Jaccard', 'dissolution', 'formation'], ...t.bySectorPair.map((r) => countsRow(`${safeText(r.from ?? '(none)')} – ${safeText(r.to ?? '(none)')}`, r))];
    for (const line of table(rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'])) out.push(`    ${line}`);
  }
  if (t.byOrientation.length > 0) {
    out.push('');
    out.push('  By orientation:');
    const rows = [['orientation', 'pairs', 'kept', 'ended', 'formed', 'Jaccard', 'dissolution', 'formation'], ...t.byOrientation.map((r) => countsRow(r.orientation, r))];
    for (const line of table(rows, ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'])) out.push(`    ${line}`);
  }
  out.push('');
  const q = c.correlation.qap;
  out.push(`Correlation of the two waves (stayers; ${CHANGE_FIELDS.correlation.peer})`);
  out.push(`  binary ${fmt(c.correlation.binary)}, valued ${fmt(c.correlation.valued)}`);
  out.push(
    q.pGreater === null
      ? '  QAP test: not run (correlation undefined or no permutations)'
      : `  QAP test (${q.exact ? `exact, all ${q.permutations} relabellings` : `${q.permutations} seeded relabellings, p = (k+1)/(R+1); R sna qaptest reports k/R`}): p(≥) ${pText(q.pGreater)}, p(≤) ${pText(q.pLess)}`,
  );
  out.push('');
  out.push('Ranks of the stayers (Spearman ρ, Kendall τb; 1 = highest)');
  for (const r of c.ranks) {
    const moves = (list: typeof r.risers) => list.map((m) => `${safeText(m.id)} ${m.change > 0 ? '+' : ''}${fmt(m.change, 1)}`).join(', ') || '—';
    out.push(`  ${r.measure.padEnd(12)} ρ ${fmt(r.spearman)}, τb ${fmt(r.kendall)}; risers: ${moves(r.risers)}; fallers: ${moves(r.fallers)}`);
  }
  out.push('');
  const cm = c.communities;
  out.push(`Communities (Louvain, seed ${c.options.seed}): ${cm.before.count} (modularity ${fmt(cm.before.modularity)}) → ${cm.after.count} (modularity ${fmt(cm.after.modularity)})`);
  out.push(`  over the stayers: NMI ${fmt(cm.nmi)}, VI ${fmt(cm.vi)}, Rand ${fmt(cm.rand)}, adjusted Rand ${fmt(cm.adjustedRand)}, split-join ${fmt(cm.splitJoin)}`);
  const kinds = ['continue', 'merge', 'split', 'birth', 'death'] as const;
  out.push(`  events (Jaccard ≥ ${cm.threshold}): ${kinds.map((k) => `${cm.events.filter((e) => e.type === k).length} ${k}`).join(', ')}`);
  for (const e of cm.events.filter((x) => x.type === 'merge' || x.type === 'split')) {
    out.push(`    ${e.type}: ${e.before.join(' + ') || '∅'} → ${e.after.join(' + ') || '∅'}`);
  }
  out.push('');
  out.push('Indicators');
  const rows = [['indicator', safeText(b.label), safeText(a.label), 'change'], ...c.indicators.map((i) => [
    indicatorLabel(i.name) + (i.pValue ? ` (p ${pText(i.pValue.before)} → ${pText(i.pValue.after)})` : ''),
    fmt(i.before),
    fmt(i.after),
    i.change === null ? '—' : `${i.change > 0 ? '+' : ''}${fmt(i.change)}`,
  ])];
  for (const line of table(rows, ['l', 'r', 'r', 'r'])) out.push(`  ${line}`);
  const sampled = [b, a].filter((w) => !w.sampling.exact);
  if (sampled.length > 0) out.push('', `Betweenness of ${sampled.map((w) => safeText(w.label)).join(' and ')} estimated from ${sampled[0].sampling.betweenness.pivots} seeded pivots (large wave).`);
  const warnings = b.warnings.length + a.warnings.length;
  if (warnings > 0) out.push('', `${plural(warnings, 'warning')} while reading the waves; see "warnings" in the JSON.`);
  return `${out.join('\n')}\n`;
}
