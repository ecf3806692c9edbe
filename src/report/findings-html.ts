/**
 * The findings of the HTML report: a SWOT grid (strengths, weaknesses, opportunities, threats), each
 * finding a link that highlights its evidence (members and ties) in the drawing (the viewer's
 * src/report/viewer/findings.ts reads `data-members` and `data-ties`: member indices in graph order).
 */
import type { Finding, FindingCategory } from '../analysis/report-types.js';
import { escapeXml as esc } from './svg.js';

export const SWOT: { category: FindingCategory; heading: string; blurb: string }[] = [
  { category: 'strength', heading: 'Strengths', blurb: 'internal: what the cluster does well' },
  { category: 'weakness', heading: 'Weaknesses', blurb: 'internal: what holds it back' },
  { category: 'opportunity', heading: 'Opportunities', blurb: 'ties and roles within reach' },
  { category: 'threat', heading: 'Threats', blurb: 'what could break it' },
];

function valueText(x: number): string {
  return Number.isInteger(x) ? String(x) : Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3);
}

/** A finding of a page without the viewer (the comparison page): its evidence written out, no links. */
function staticItem(f: Finding): string {
  const sev = '●'.repeat(f.severity) + '○'.repeat(3 - f.severity);
  const n = f.evidence.members.length;
  const evidence = n > 0 ? ` · evidence: ${f.evidence.members.slice(0, 20).map(esc).join(', ')}${n > 20 ? ` and ${n - 20} more` : ''}` : '';
  return [
    `<li class="finding" data-id="${esc(f.id)}" data-severity="${f.severity}">`,
    `<div class="finding-head"><span class="severity" title="severity ${f.severity} of 3">${sev}</span> <strong>${esc(f.title)}</strong></div>`,
    `<p>${esc(f.statement)}</p>`,
    `<p class="definition"><code>${esc(f.indicator)}</code> = ${esc(valueText(f.value))} · rule: ${esc(f.threshold.rule)} · <cite>${esc(f.threshold.source)}</cite>${evidence}</p>`,
    '</li>',
  ].join('');
}

function item(f: Finding, indexOf: ReadonlyMap<string, number> | null): string {
  if (indexOf === null) return staticItem(f);
  const members = f.evidence.members.map((id) => indexOf.get(id)).filter((i): i is number => i !== undefined);
  const ties = f.evidence.ties
    .map(([a, b]) => [indexOf.get(a), indexOf.get(b)])
    .filter((t): t is [number, number] => t[0] !== undefined && t[1] !== undefined)
    .map(([a, b]) => `${a}-${b}`);
  const evidence = members.length + ties.length > 0;
  const head = evidence
    ? `<a class="finding-link" href="#network-section" data-members="${members.join(' ')}" data-ties="${ties.join(' ')}" title="Highlight the evidence in the drawing">${esc(f.title)}</a>`
    : `<strong>${esc(f.title)}</strong>`;
  const sev = '●'.repeat(f.severity) + '○'.repeat(3 - f.severity);
  return [
    `<li class="finding" data-id="${esc(f.id)}" data-severity="${f.severity}">`,
    `<div class="finding-head"><span class="severity" title="severity ${f.severity} of 3">${sev}</span> ${head}</div>`,
    `<p>${esc(f.statement)}</p>`,
    `<p class="definition"><code>${esc(f.indicator)}</code> = ${esc(valueText(f.value))} · rule: ${esc(f.threshold.rule)} · <cite>${esc(f.threshold.source)}</cite>${evidence ? ` · evidence: ${members.length} member${members.length === 1 ? '' : 's'}${ties.length > 0 ? `, ${ties.length} tie${ties.length === 1 ? '' : 's'}` : ''}` : ''}</p>`,
    '</li>',
  ].join('');
}

/**
 * The findings section (empty string when the report has no findings list). `indexOf`: member index
 * in the drawing's graph order, for the links of the viewer; null on a page without the viewer (the
 * comparison), where the evidence is written out instead.
 */
export function findingsHtml(report: { findings?: Finding[] }, indexOf: ReadonlyMap<string, number> | null): string {
  const list = report.findings;
  if (list === undefined) return '';
  const out: string[] = ['<section id="findings"><h2>Findings</h2>'];
  out.push(
    indexOf === null
      ? '<p class="note">Each finding is judged from one number of the comparison by a stated rule whose source is cited; the evidence names the members concerned. Severity: ●●● act on it, ● note.</p>'
      : '<p class="note">Each finding is judged from one number of the report by a stated rule whose source is cited; click a title to highlight its evidence in the drawing (click again to clear). Severity: ●●● act on it, ● note.</p>',
  );
  out.push('<div class="swot">');
  for (const q of SWOT) {
    const items = list.filter((f) => f.category === q.category);
    out.push(`<div class="swot-cell swot-${q.category}"><h3>${q.heading} <span class="muted">(${items.length}) — ${q.blurb}</span></h3>`);
    out.push(items.length > 0 ? `<ul>${items.map((f) => item(f, indexOf)).join('')}</ul>` : '<p class="muted">None found by the rules.</p>');
    out.push('</div>');
  }
  out.push('</div></section>');
  return out.join('\n');
}

/** Style of the grid (appended to the report's style sheet). */
export const FINDINGS_STYLE = `
.swot{display:grid;grid-template-columns:1fr 1fr;gap:12px}.swot-cell{border:1px solid #d0d7de;border-radius:6px;padding:4px 12px;border-top-width:4px}
.swot-strength{border-top-color:#1a7f37}.swot-weakness{border-top-color:#bf8700}.swot-opportunity{border-top-color:#0969da}.swot-threat{border-top-color:#cf222e}
.swot ul{list-style:none;padding:0;margin:0}.finding{margin:8px 0;padding-bottom:6px;border-bottom:1px dotted #d0d7de}.finding p{margin:3px 0}
.severity{color:#cf222e;font-size:11px;letter-spacing:1px}.finding-link.active{background:#fff8c5}
#static-figure svg.highlighting circle:not(.evidence){opacity:.15}#static-figure svg circle.evidence{stroke:#cf222e;stroke-width:3}
@media (max-width:900px){.swot{grid-template-columns:1fr}}
`;
