/**
 * The recommendations as one self-contained HTML page: the cluster drawn (seeded ForceAtlas2 layout of
 * report/layout.ts, members coloured by sector with the report's palette) with the top
 * recommendations as dashed ties numbered by rank, and a side panel with one card per recommendation
 * (explanation, scores, effects) and the backtest. No script: each dashed tie links to its card.
 */
import type { RecommendationsResult } from '../../analysis/report-types.js';
import { SCORE_KEYS } from '../../analysis/report-types.js';
import type { ClusterGraph } from '../../model/types.js';
import type { Layout } from '../layout.js';
import { colorScheme } from '../palette.js';
import { escapeXml, num as svgNum } from '../svg.js';
import { CAVEAT, SCORE_FLAG_NAMES, SCORE_LABELS, change, filterWords, num } from './words.js';

const esc = escapeXml;
const W = 720;
const H = 560;
const PAD = 24;
const REC_COLOR = '#C0392B';

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2430;background:#fafbfc}
header{padding:12px 20px;border-bottom:1px solid #dde1e8;background:#fff}
h1{font-size:20px;margin:0 0 4px}
main{display:flex;gap:16px;padding:16px;align-items:flex-start;flex-wrap:wrap}
figure{margin:0;background:#fff;border:1px solid #dde1e8;border-radius:6px;flex:0 0 auto}
aside{flex:1 1 360px;max-width:640px}
.card{background:#fff;border:1px solid #dde1e8;border-radius:6px;padding:10px 14px;margin-bottom:10px}
.card:target{border-color:${REC_COLOR};box-shadow:0 0 0 2px ${REC_COLOR}33}
.card h2{font-size:15px;margin:0 0 6px}
table{border-collapse:collapse;font-size:12.5px}
td,th{padding:2px 8px;text-align:left;border-bottom:1px solid #eef0f4}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:#5b6475}
.legend span{display:inline-block;margin-right:10px}
.dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px;vertical-align:-1px}
`;

export function renderRecommendationsHtml(r: RecommendationsResult, graph: ClusterGraph, layout: Layout): string {
  const ids = graph.nodes();
  const n = ids.length;
  const at = new Map<string, number>();
  ids.forEach((id, i) => at.set(id, i));
  const attrs = ids.map((id) => graph.getNodeAttributes(id));
  const scheme = colorScheme(attrs.map((a) => ({ sector: a.sector, type: a.type, level: a.level, community: null as unknown as number })), 'sector');
  // Fit the layout into the drawing.
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, layout.x[i]);
    maxX = Math.max(maxX, layout.x[i]);
    minY = Math.min(minY, layout.y[i]);
    maxY = Math.max(maxY, layout.y[i]);
  }
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const scale = Math.min((W - 2 * PAD) / Math.max(maxX - minX, 1e-9), (H - 2 * PAD) / Math.max(maxY - minY, 1e-9), ((W - 2 * PAD) * 4) / span);
  const px = (i: number) => PAD + (n === 1 ? (W - 2 * PAD) / 2 : (layout.x[i] - minX) * scale);
  const py = (i: number) => PAD + (n === 1 ? (H - 2 * PAD) / 2 : (layout.y[i] - minY) * scale);
  const radius = n > 2000 ? 1.5 : n > 300 ? 2.5 : 4.5;
  const svg: string[] = [];
  svg.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="The cluster with the recommended ties dashed">`);
  svg.push('<g stroke="#9aa3b2" stroke-opacity="0.45" stroke-width="0.8">');
  graph.forEachEdge((_e, _a, s, t) => {
    const a = at.get(s)!;
    const b = at.get(t)!;
    svg.push(`<line x1="${svgNum(px(a))}" y1="${svgNum(py(a))}" x2="${svgNum(px(b))}" y2="${svgNum(py(b))}"/>`);
  });
  svg.push('</g><g>');
  for (let i = 0; i < n; i++) svg.push(`<circle cx="${svgNum(px(i))}" cy="${svgNum(py(i))}" r="${radius}" fill="${scheme.colors[i]}"><title>${esc(attrs[i].name)} (${esc(ids[i])})</title></circle>`);
  svg.push('</g>');
  const labelled = new Set<number>();
  for (const x of r.recommendations) {
    const a = at.get(x.source.id);
    const b = at.get(x.target.id);
    if (a === undefined || b === undefined) continue;
    const mx = (px(a) + px(b)) / 2;
    const my = (py(a) + py(b)) / 2;
    svg.push(
      `<a href="#rec-${x.rank}"><line x1="${svgNum(px(a))}" y1="${svgNum(py(a))}" x2="${svgNum(px(b))}" y2="${svgNum(py(b))}" stroke="${REC_COLOR}" stroke-width="2" stroke-dasharray="6 4"><title>${x.rank}. ${esc(x.source.name)} – ${esc(x.target.name)}</title></line>` +
        `<text x="${svgNum(mx)}" y="${svgNum(my)}" font-size="11" font-weight="bold" fill="${REC_COLOR}" text-anchor="middle" paint-order="stroke" stroke="#fff" stroke-width="3">${x.rank}</text></a>`,
    );
    labelled.add(a);
    labelled.add(b);
  }
  for (const i of [...labelled].sort((p, q) => p - q)) {
    svg.push(`<text x="${svgNum(px(i) + radius + 2)}" y="${svgNum(py(i) - radius - 2)}" font-size="10" fill="#1f2430" paint-order="stroke" stroke="#fff" stroke-width="2.5">${esc(attrs[i].name.length > 34 ? `${attrs[i].name.slice(0, 33)}…` : attrs[i].name)}</text>`);
  }
  svg.push('</svg>');
  const legend = scheme.groups.map((g) => `<span><i class="dot" style="background:${g.color}"></i>${esc(g.label)} (${g.count})</span>`).join('');

  const cards = r.recommendations.map((x) => {
    const e = x.effects;
    const scores = SCORE_KEYS.map((k) => `<tr><td>${esc(SCORE_LABELS[k])}${k === r.score ? ' ◂' : ''}</td><td class="n">${esc(num(x.scores[k], 4))}</td></tr>`).join('');
    const effects = [
      `<tr><td>Burt's constraint, ${esc(x.source.name)}</td><td class="n">${esc(change(e.constraint.source.before, e.constraint.source.after))}</td></tr>`,
      `<tr><td>Burt's constraint, ${esc(x.target.name)}</td><td class="n">${esc(change(e.constraint.target.before, e.constraint.target.after))}</td></tr>`,
      e.eiIndex ? `<tr><td>E-I index by ${esc(e.eiIndex.attribute)}</td><td class="n">${esc(change(e.eiIndex.before, e.eiIndex.after))}</td></tr>` : '',
      `<tr><td>Bridges backed up</td><td class="n">${e.bridgesBackedUp.length}</td></tr>`,
      `<tr><td>Articulation points relieved</td><td class="n">${esc(e.articulationPointsRelieved.join(', ') || '0')}</td></tr>`,
      e.joinsCommunities ? `<tr><td>Joins communities</td><td class="n">${e.joinsCommunities.source} and ${e.joinsCommunities.target}</td></tr>` : '',
      e.joinsComponents ? '<tr><td>Joins two components</td><td class="n">yes</td></tr>' : '',
    ].join('');
    return `<section class="card" id="rec-${x.rank}"><h2>${x.rank}. ${esc(x.source.name)} – ${esc(x.target.name)}</h2><p>${esc(x.explanation)}</p>` +
      `<p class="muted">Shared partners: ${esc(x.sharedPartners.map((m) => m.name).join(', ') || 'none')}</p>` +
      `<table><tbody>${effects}</tbody></table><details><summary>All scores</summary><table><tbody>${scores}</tbody></table></details></section>`;
  });
  const b = r.backtest;
  const backtest =
    b === null
      ? ''
      : `<section class="card" id="backtest"><h2>Backtest: trained on ${b.trainYear}, tested on ${b.trainYear + 1}–${b.testYear}</h2>` +
        `<p class="muted">${b.members} members, ${b.trainTies} ties in ${b.trainYear}; ${b.candidates} candidate pairs, ${b.positives} formed a tie (base rate ${esc(num(b.baseRate, 4))}).</p>` +
        `<table><thead><tr><th>Score</th><th class="n">AUC</th><th class="n">Precision@positives</th><th class="n">Precision@20</th><th class="n">Lift</th></tr></thead><tbody>` +
        SCORE_KEYS.map((k) => {
          const v = b.scores[k];
          return v === null
            ? `<tr><td>${esc(SCORE_LABELS[k])}</td><td class="n" colspan="4">skipped</td></tr>`
            : `<tr><td>${esc(SCORE_LABELS[k])}${k === b.best ? ' (best)' : ''}</td><td class="n">${esc(num(v.auc))}</td><td class="n">${esc(num(v.precisionAtPositives))}</td><td class="n">${esc(num(v.precisionAt20))}</td><td class="n">${esc(num(v.lift, 2))}</td></tr>`;
        }).join('') +
        `<tr><td>random (baseline)</td><td class="n">0.500</td><td class="n">${esc(num(b.random.precisionAtPositives))}</td><td class="n">${esc(num(b.random.precisionAt20))}</td><td class="n">1</td></tr></tbody></table>` +
        (b.caveat ? `<p class="muted">${esc(b.caveat)}</p>` : '') +
        '</section>';
  const notes = r.notes.map((t) => `<p class="muted">Note: ${esc(t)}</p>`).join('');
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Partnership recommendations</title><style>${STYLE}</style></head><body>`,
    `<header><h1>Partnership recommendations</h1><div class="muted">${r.members} members, ${r.ties} ties, ${r.candidates} candidate pairs (${esc(filterWords(r))}). Ranked by ${esc(SCORE_FLAG_NAMES[r.score])}: ${esc(r.scoreReason)}.</div></header>`,
    `<main><figure>${svg.join('')}<figcaption class="legend muted" style="padding:6px 10px">Sector: ${legend}<br>Dashed red: recommended ties, numbered by rank (click one to see its card).</figcaption></figure>`,
    `<aside>${cards.join('')}${r.recommendations.length === 0 ? '<p>No recommendation: no candidate pair scores above 0.</p>' : ''}${notes}${backtest}<p class="muted"><em>${esc(CAVEAT)}</em></p></aside></main>`,
    '</body></html>',
    '',
  ].join('\n');
}
