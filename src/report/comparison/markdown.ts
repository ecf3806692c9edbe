/** The comparison of two waves as Markdown (tables and the definitions with their citations). */
import type { ComparisonReport } from '../../analysis/report-types.js';
import { fmt } from '../format.js';
import { findingsMarkdownLines } from '../findings-text.js';
import { escapeMarkdown } from '../markdown.js';
import { CHANGE_FIELDS, indicatorLabel, jaccardSentence, pText } from './labels.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
function mdTable(header: string[], rows: string[][]): string[] {
  return [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

export function renderComparisonMarkdown(c: ComparisonReport): string {
  const b = c.before;
  const a = c.after;
  const t = c.ties;
  const q = c.correlation.qap;
  const out: string[] = [`# Comparison: ${cell(b.label)} → ${cell(a.label)}`, ''];
  out.push(`${c.options.directed ? 'Directed' : 'Undirected'}; seed ${c.options.seed}; ${c.options.permutations} permutations.`, '');
  // Reading first: the findings open the comparison.
  const findingLines = findingsMarkdownLines(c, escapeMarkdown);
  if (findingLines.length > 0) out.push(...findingLines);
  out.push('## Members', '');
  out.push(...mdTable(['', b.label, a.label], [['members', String(b.members), String(a.members)], ['ties', String(b.ties), String(a.ties)]]), '');
  out.push(`${c.members.stayers} stayers, ${c.members.entrants.length} entrants (${c.members.entrants.join(', ') || '—'}), ${c.members.exits.length} exits (${c.members.exits.join(', ') || '—'}).`, '');
  out.push(`## Ties over the ${t.pairs} pairs of stayers`, '');
  out.push(...mdTable(['kept', 'ended', 'formed', 'absent', 'Jaccard', 'Hamming', 'Hamming / pairs', 'formation rate', 'dissolution rate'], [[t.kept, t.ended, t.formed, t.absent, t.jaccard, t.hamming, t.hammingNormalized, t.formationRate, t.dissolutionRate].map((v) => fmt(v))]), '');
  out.push(jaccardSentence(t.jaccard, t.band), '');
  out.push(`Weights of the kept ties: ${t.weight.increased} increased, ${t.weight.decreased} decreased, ${t.weight.same} the same.`, '');
  const rows = (list: typeof t.bySectorPair | typeof t.byOrientation, name: (r: (typeof list)[number]) => string) =>
    list.map((r) => [name(r), fmt(r.pairs), String(r.kept), String(r.ended), String(r.formed), fmt(r.jaccard), fmt(r.dissolutionRate), fmt(r.formationRate)]);
  const head = ['pairs', 'kept', 'ended', 'formed', 'Jaccard', 'dissolution', 'formation'];
  out.push(...mdTable([`${c.options.groupBy} pair`, ...head], rows(t.bySectorPair, (r) => `${(r as { from: string | null }).from ?? '(none)'} – ${(r as { to: string | null }).to ?? '(none)'}`)), '');
  out.push(...mdTable(['orientation', ...head], rows(t.byOrientation, (r) => (r as { orientation: string }).orientation)), '');
  out.push('## Correlation', '');
  out.push(...mdTable(['binary', 'valued', 'QAP p(≥)', 'QAP p(≤)', 'relabellings', 'exact'], [[fmt(c.correlation.binary), fmt(c.correlation.valued), pText(q.pGreater), pText(q.pLess), String(q.permutations), q.exact ? 'yes' : 'no']]), '');
  out.push('## Ranks of the stayers', '');
  out.push(...mdTable(['measure', 'Spearman ρ', 'Kendall τb', 'risers', 'fallers'], c.ranks.map((r) => [
    r.measure, fmt(r.spearman), fmt(r.kendall), r.risers.map((m) => `${m.id} (+${fmt(m.change, 1)})`).join(', '), r.fallers.map((m) => `${m.id} (${fmt(m.change, 1)})`).join(', '),
  ])), '');
  const cm = c.communities;
  out.push('## Communities', '');
  out.push(`Louvain: ${cm.before.count} communities (modularity ${fmt(cm.before.modularity)}) → ${cm.after.count} (modularity ${fmt(cm.after.modularity)}).`, '');
  out.push(...mdTable(['NMI', 'VI', 'Rand', 'adjusted Rand', 'split-join'], [[cm.nmi, cm.vi, cm.rand, cm.adjustedRand, cm.splitJoin].map((v) => fmt(v))]), '');
  out.push(...mdTable(['event', 'before', 'after'], cm.events.map((e) => [e.type, e.before.join(' + ') || '—', e.after.join(' + ') || '—'])), '');
  out.push('## Indicators', '');
  out.push(...mdTable(['indicator', b.label, a.label, 'change'], c.indicators.map((i) => [
    indicatorLabel(i.name) + (i.pValue ? ` (p ${pText(i.pValue.before)} → ${pText(i.pValue.after)})` : ''), fmt(i.before), fmt(i.after), fmt(i.change),
  ])), '');
  out.push('## Definitions', '');
  for (const f of Object.values(CHANGE_FIELDS)) out.push(`- **${f.label}**: ${f.definition}. ${f.citation}. Peer: ${f.peer}.`);
  return `${out.join('\n')}\n`;
}
