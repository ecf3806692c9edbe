/**
 * The evolution as one self-contained HTML page (inline SVG, no script, no CDN): one line chart per
 * indicator over the years, the transitions table, and the network drawn once per year with the SAME
 * positions for the same members (layout of the union of the years): entrants appear (green ring),
 * members gone fade, formed ties green, ended ties red dashed against the year before. Above
 * {@link MAX_DRAWN_MEMBERS} members in the union the networks are left out (a note says so).
 */
import type { EvolutionReport } from '../../analysis/report-types.js';
import type { ClusterData } from '../../model/cluster.js';
import { escapeXml as esc } from '../svg.js';
import { htmlTable, page } from '../comparison/page.js';
import { pText } from '../comparison/labels.js';
import { unionDrawing } from '../comparison/union.js';
import { changeLegend, drawWave } from '../comparison/draw.js';
import { lineChart } from './chart.js';
import { indicatorsOf } from './indicators.js';

/** Largest union of members drawn year by year. */
export const MAX_DRAWN_MEMBERS = 3000;

export function renderEvolutionHtml(e: EvolutionReport, snapshots: readonly ClusterData[]): string {
  const years = e.years.map((y) => y.year);
  const body: string[] = ['<h2>Indicators by year</h2>', '<div class="grid" id="charts">'];
  for (const ind of indicatorsOf(e.years)) {
    body.push(`<figure class="chart" data-indicator="${esc(ind.name)}">${lineChart(ind.name, ind.label, years, e.years.map((y) => ind.value(y)))}</figure>`);
  }
  body.push('</div>');
  body.push('<h2>Transitions</h2>');
  body.push(htmlTable(
    ['from', 'to', 'stayers', 'entrants', 'exits', 'kept', 'ended', 'formed', 'Jaccard', 'Hamming / pairs', 'correlation', 'QAP p(≥)'],
    e.transitions.map((t) => [
      String(t.from), String(t.to), t.members.stayers, t.members.entrants.length, t.members.exits.length, t.ties.kept, t.ties.ended, t.ties.formed,
      t.ties.jaccard, t.ties.hammingNormalized, t.correlation.binary, pText(t.correlation.qap.pGreater),
    ]),
    [false, false, ...Array(10).fill(true)],
  ));
  body.push('<p class="note">Ties over the pairs of members present in both years. Jaccard bands (RSiena manual): ≥ 0.3 good, 0.2–0.3 moderate, &lt; 0.2 low stability; low values are harmless when the network mainly grows.</p>');
  body.push('<h2>The network year by year</h2>');
  const union = new Set<string>();
  for (const s of snapshots) for (const id of s.members.ids) union.add(id);
  if (union.size > MAX_DRAWN_MEMBERS) {
    body.push(`<p class="note">${union.size} members over the years: the networks are not drawn above ${MAX_DRAWN_MEMBERS} (use compare --format html on two years, or analyze --year Y --format html).</p>`);
  } else {
    const d = unionDrawing(snapshots, e.options.seed);
    body.push(`<div class="legend">${changeLegend()}</div>`, '<div class="grid" id="networks">');
    snapshots.forEach((_s, k) => {
      body.push(`<figure class="network" data-year="${years[k]}"><figcaption>${years[k]}</figcaption>${drawWave(d, k, k === 0 ? null : k - 1, `The cluster in ${years[k]}`, 360)}</figure>`);
    });
    body.push('</div>');
  }
  return page(`Evolution ${years[0]}–${years[years.length - 1]}`, `${e.years.length} years; ${e.options.directed ? 'directed' : 'undirected'}; seed ${e.options.seed}; ${e.generator.name} ${e.generator.version}`, body);
}
