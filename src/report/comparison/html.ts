/**
 * The comparison of two waves as one self-contained HTML page: the tables of the comparison and the
 * union of both waves drawn with the same positions (formed ties green, ended ties red dashed,
 * entrants and exits marked).
 */
import type { ComparisonReport } from '../../analysis/report-types.js';
import type { ClusterData } from '../../model/cluster.js';
import { escapeXml as esc } from '../svg.js';
import { fmt } from '../format.js';
import { unionDrawing } from './union.js';
import { changeLegend, drawWave } from './draw.js';
import { htmlTable, page } from './page.js';
import { FINDINGS_STYLE, findingsHtml } from '../findings-html.js';
import { CHANGE_FIELDS, indicatorLabel, jaccardSentence, pText } from './labels.js';

export function renderComparisonHtml(c: ComparisonReport, waves: { before: ClusterData; after: ClusterData }): string {
  const d = unionDrawing([waves.before, waves.after], c.options.seed);
  const b = c.before;
  const a = c.after;
  const t = c.ties;
  const q = c.correlation.qap;
  const body: string[] = [];
  // Reading first: the findings (SWOT grid, evidence written out: the page has no script) open the page.
  const findingsSection = findingsHtml(c, null);
  if (findingsSection !== '') body.push(findingsSection);
  body.push('<h2>The two waves</h2>');
  body.push(`<div class="legend">${changeLegend()}</div>`);
  body.push('<div class="grid">');
  body.push(`<figure><figcaption>${esc(b.label)}</figcaption>${drawWave(d, 0, null, `${b.label}: ${b.members} members, ${b.ties} ties`, 520)}</figure>`);
  body.push(`<figure id="change-drawing"><figcaption>${esc(a.label)}, against ${esc(b.label)}</figcaption>${drawWave(d, 1, 0, `${a.label} against ${b.label}`, 520)}</figure>`);
  body.push('</div>');
  body.push('<h2>Members</h2>');
  body.push(htmlTable(['', 'count', 'ids'], [
    ['stayers', c.members.stayers, ''],
    ['entrants', c.members.entrants.length, c.members.entrants.join(', ')],
    ['exits', c.members.exits.length, c.members.exits.join(', ')],
  ], [false, true, false]));
  body.push(`<h2>Ties over the ${t.pairs} pairs of stayers</h2>`);
  body.push(htmlTable(['kept', 'ended', 'formed', 'absent', 'Jaccard', 'Hamming', 'Hamming / pairs', 'formation rate', 'dissolution rate', 'weight ↑', 'weight ↓', 'weight ='], [[
    t.kept, t.ended, t.formed, t.absent, t.jaccard, t.hamming, t.hammingNormalized, t.formationRate, t.dissolutionRate, t.weight.increased, t.weight.decreased, t.weight.same,
  ]], Array(12).fill(true)));
  body.push(`<p>${esc(jaccardSentence(t.jaccard, t.band))}</p>`);
  const byRows = (rows: { kept: number; ended: number; formed: number; pairs: number | null; jaccard: number | null; dissolutionRate: number | null; formationRate: number | null }[], names: string[]) =>
    rows.map((r, i) => [names[i], r.pairs, r.kept, r.ended, r.formed, r.jaccard, r.dissolutionRate, r.formationRate]);
  const head = ['pairs', 'kept', 'ended', 'formed', 'Jaccard', 'dissolution', 'formation'];
  body.push(`<h3>By ${esc(c.options.groupBy)} pair</h3>`);
  body.push(htmlTable([`${c.options.groupBy} pair`, ...head], byRows(t.bySectorPair, t.bySectorPair.map((r) => `${r.from ?? '(none)'} – ${r.to ?? '(none)'}`)), [false, ...Array(7).fill(true)]));
  body.push('<h3>By orientation</h3>');
  body.push(htmlTable(['orientation', ...head], byRows(t.byOrientation, t.byOrientation.map((r) => r.orientation)), [false, ...Array(7).fill(true)]));
  body.push('<h2>Correlation</h2>');
  body.push(htmlTable(['binary', 'valued', 'QAP p(≥)', 'QAP p(≤)', 'relabellings', 'exact'], [[
    c.correlation.binary, c.correlation.valued, pText(q.pGreater), pText(q.pLess), q.permutations, q.exact ? 'yes' : 'no',
  ]], Array(6).fill(true)));
  body.push(`<p class="note">${esc(CHANGE_FIELDS.correlation.definition)} (${esc(CHANGE_FIELDS.correlation.peer)}). ${esc(CHANGE_FIELDS.qap.definition)}.</p>`);
  body.push('<h2>Ranks of the stayers</h2>');
  body.push(htmlTable(['measure', 'Spearman ρ', 'Kendall τb', 'risers', 'fallers'], c.ranks.map((r) => [
    r.measure, r.spearman, r.kendall,
    r.risers.map((m) => `${m.id} (+${fmt(m.change, 1)})`).join(', '),
    r.fallers.map((m) => `${m.id} (${fmt(m.change, 1)})`).join(', '),
  ]), [false, true, true, false, false]));
  const cm = c.communities;
  body.push('<h2>Communities</h2>');
  body.push(htmlTable(['', b.label, a.label], [['communities', cm.before.count, cm.after.count], ['modularity', cm.before.modularity, cm.after.modularity]], [false, true, true]));
  body.push(htmlTable(['NMI', 'VI', 'Rand', 'adjusted Rand', 'split-join'], [[cm.nmi, cm.vi, cm.rand, cm.adjustedRand, cm.splitJoin]], Array(5).fill(true)));
  body.push(htmlTable(['event', 'before', 'after'], cm.events.map((e) => [e.type, e.before.join(' + '), e.after.join(' + ')])));
  body.push('<h2>Indicators</h2>');
  body.push(htmlTable(['indicator', b.label, a.label, 'change'], c.indicators.map((i) => [
    indicatorLabel(i.name) + (i.pValue ? ` (p ${pText(i.pValue.before)} → ${pText(i.pValue.after)})` : ''), i.before, i.after, i.change,
  ]), [false, true, true, true]));
  body.push('<h2>Definitions</h2><ul>');
  for (const f of Object.values(CHANGE_FIELDS)) body.push(`<li><b>${esc(f.label)}</b>: ${esc(f.definition)}. ${esc(f.citation)}. Peer: ${esc(f.peer)}.</li>`);
  body.push('</ul>');
  return page(`Comparison: ${b.label} → ${a.label}`, `${c.options.directed ? 'Directed' : 'Undirected'}; seed ${c.options.seed}; ${c.options.permutations} permutations; ${c.generator.name} ${c.generator.version}`, body, FINDINGS_STYLE);
}
