/**
 * The analyze report's `opportunities` (top cross-sector recommendations) in the text, Markdown and
 * HTML reports: a short numbered list with the explanation. Nothing when the report has no section
 * (reports frozen before it existed).
 */
import type { Report } from '../analysis/report-types.js';
import { topic } from './catalogue/index.js';
import { fmt } from './format.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const md = (s: string) => s.replace(/\\/g, '\\\\').replace(/([|*_`[\]<>])/g, '\\$1').replace(/[\r\n]+/g, ' ');

export function opportunitiesText(report: Report, top: number): string[] {
  const o = report.opportunities;
  if (o === undefined || o.recommendations.length === 0) return [];
  const out = [`Partnership opportunities (cross-sector, by resource allocation; ${o.candidates} candidate pairs)`];
  for (const [i, r] of o.recommendations.slice(0, Math.max(top, 5)).entries()) out.push(`  ${i + 1}. [${fmt(r.score)}] ${r.explanation}`);
  out.push('  Run `cluster-graph recommend` for more, other scores, filters and a backtest. Link prediction proposes; it does not decide.');
  return out;
}

export function opportunitiesMarkdown(report: Report): string[] {
  const o = report.opportunities;
  if (o === undefined || o.recommendations.length === 0) return [];
  const t = topic('opportunities');
  const out = ['## Partnership opportunities', '', `${md(t.definition)} ${o.candidates} candidate pairs. *${md(t.citation)}*`, ''];
  o.recommendations.forEach((r, i) => out.push(`${i + 1}. **${md(r.source.name)} – ${md(r.target.name)}** (${fmt(r.score)}): ${md(r.explanation)}`));
  out.push('', `*${md(t.reading)}*`, '');
  return out;
}

export function opportunitiesHtml(report: Report): string {
  const o = report.opportunities;
  if (o === undefined || o.recommendations.length === 0) return '';
  const t = topic('opportunities');
  const items = o.recommendations.map((r) => `<li><strong>${esc(r.source.name)} – ${esc(r.target.name)}</strong> (${esc(fmt(r.score))}): ${esc(r.explanation)}</li>`).join('');
  return `<section id="opportunities"><h2>Partnership opportunities</h2><p class="definition">${esc(t.definition)} ${o.candidates} candidate pairs.</p><ol>${items}</ol><p class="definition">${esc(t.reading)}</p></section>`;
}
