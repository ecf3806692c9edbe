/**
 * Publication figure of the partnership network as a standalone SVG (no browser needed).
 *
 * Draws what the report holds: positions from {@link computeLayout} (a drawing step), member colours
 * by an attribute, member sizes by a measure of the report (area ∝ value), ties by weight and
 * orientation. Computes no measure. Same report, graph and options → byte-identical output.
 */
import type { MemberReport, Report } from '../analysis/report-types.js';
import type { ClusterGraph, Orientation } from '../model/types.js';
import { computeLayout, type Layout } from './layout.js';
import { colorScheme, SVG_TIE_COLOR, type ColorBy } from './palette.js';
import { field } from './catalogue/index.js';
import { plural } from '../model/words.js';

export type SizeBy = 'degree' | 'strength' | 'betweenness' | 'closeness' | 'eigenvector' | 'pagerank' | 'harmonic';

/** Member measures a drawing can size members by (each a numeric member field of the field catalogue). */
export const SIZE_MEASURES: readonly SizeBy[] = Object.freeze(['degree', 'strength', 'betweenness', 'closeness', 'eigenvector', 'pagerank', 'harmonic']);

/** Label of a size measure in the legend, tooltips and caption (field catalogue). */
export function sizeLabel(by: SizeBy): string {
  return field(`members[].${by}`).label;
}
export const COLOR_ATTRIBUTES: readonly ColorBy[] = Object.freeze(['sector', 'community', 'type', 'level']);

export interface DrawOptions {
  /** Member colour (default 'sector'). */
  colorBy?: ColorBy;
  /** Member size: area ∝ this measure of the report (default 'betweenness'). */
  sizeBy?: SizeBy;
  /** Members with the highest size measure that get a label (default 15). */
  labels?: number;
  /** Layout seed (default: the analysis seed of the report). */
  seed?: number;
  /** Width and height in px (default 1200 × 800). */
  width?: number;
  height?: number;
  /** Title line above the figure (default: "Partnership network — N members, M ties"). */
  title?: string;
}

/** Font size of member labels (px) and the width of one character as a fraction of it (an overestimate). */
export const LABEL_FONT_SIZE = 11;
export const LABEL_CHAR_WIDTH = 0.62;
/** Longest label (characters) before it is cut with an ellipsis; the tooltip keeps the full name. */
export const LABEL_MAX_CHARS = 34;
const LEGEND_WIDTH = 240;

/** Text for XML: drops characters XML 1.0 forbids, escapes the five markup characters. */
export function escapeXml(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Fixed two-decimal coordinates (no "-0.00"). */
export function num(v: number): string {
  const s = v.toFixed(2);
  return s === '-0.00' ? '0.00' : s;
}

/** A figure for people: three significant digits, integers as integers, null as an em dash. */
export function figure(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return '—';
  if (Number.isInteger(v)) return String(v);
  const abs = Math.abs(v);
  if (abs < 1e-3 || abs >= 1e6) return v.toExponential(2);
  return v.toPrecision(3).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

/** Label text: the member's name, cut to {@link LABEL_MAX_CHARS} characters. */
export function labelText(name: string): string {
  const chars = [...name];
  return chars.length <= LABEL_MAX_CHARS ? name : chars.slice(0, LABEL_MAX_CHARS - 1).join('') + '…';
}

export function labelWidth(text: string): number {
  return [...text].length * LABEL_FONT_SIZE * LABEL_CHAR_WIDTH + 2;
}

export function labelHeight(): number {
  return LABEL_FONT_SIZE * 1.25;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Box of a label drawn at (x, y) (vertical middle) with an anchor. */
export function labelBox(x: number, y: number, anchor: 'start' | 'middle' | 'end', text: string): Box {
  const w = labelWidth(text);
  const h = labelHeight();
  const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x: left, y: y - h / 2, w, h };
}

export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function circleHitsBox(cx: number, cy: number, r: number, b: Box): boolean {
  const nx = Math.max(b.x, Math.min(cx, b.x + b.w));
  const ny = Math.max(b.y, Math.min(cy, b.y + b.h));
  const dx = cx - nx;
  const dy = cy - ny;
  return dx * dx + dy * dy < r * r;
}

/** Value of the size measure for a member; null when undefined. */
export function sizeValue(m: MemberReport, by: SizeBy): number | null {
  const v = m[by];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Members ranked by a measure, descending; ties by report order; null values excluded. */
export function leadingMembers(members: readonly MemberReport[], by: SizeBy, count: number): number[] {
  return members
    .map((m, i) => ({ i, v: sizeValue(m, by) }))
    .filter((e): e is { i: number; v: number } => e.v !== null)
    .sort((a, b) => b.v - a.v || a.i - b.i)
    .slice(0, Math.max(0, count))
    .map((e) => e.i);
}

export interface Geometry {
  /** Member centres and radii in px, in graph.nodes() order. */
  cx: Float64Array;
  cy: Float64Array;
  r: Float64Array;
  rMin: number;
  rMax: number;
  maxValue: number;
}

/** Positions the layout in a plot area and sizes members (area ∝ value, min radius). */
export function placeMembers(
  layout: Layout,
  values: (number | null)[],
  area: { x: number; y: number; w: number; h: number },
): Geometry {
  const n = values.length;
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
  const bw = Math.max(maxX - minX, 1);
  const bh = Math.max(maxY - minY, 1);
  const unit = Math.min(area.w / bw, area.h / bh);
  const rMax = Math.max(5, Math.min(24, unit * 0.55));
  const rMin = Math.max(1.5, Math.min(4, rMax / 5));
  const inner = { x: area.x + rMax, y: area.y + rMax, w: Math.max(area.w - 2 * rMax, 1), h: Math.max(area.h - 2 * rMax, 1) };
  const s = Math.min(inner.w / bw, inner.h / bh);
  const offX = inner.x + (inner.w - bw * s) / 2 + (maxX - minX < 1 ? (1 - (maxX - minX)) * s / 2 : 0);
  const offY = inner.y + (inner.h - bh * s) / 2 + (maxY - minY < 1 ? (1 - (maxY - minY)) * s / 2 : 0);
  let maxValue = 0;
  for (const v of values) if (v !== null && v > maxValue) maxValue = v;
  const cx = new Float64Array(n);
  const cy = new Float64Array(n);
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    cx[i] = offX + (layout.x[i] - minX) * s;
    cy[i] = offY + (layout.y[i] - minY) * s;
    const v = values[i];
    r[i] = Math.max(rMin, maxValue > 0 && v !== null && v > 0 ? rMax * Math.sqrt(v / maxValue) : 0);
  }
  return { cx, cy, r, rMin, rMax, maxValue };
}

/** Greedy label placement: 8 positions around each member, first free one wins, else no label. */
export function placeLabels(
  order: number[],
  texts: string[],
  geo: Geometry,
  bounds: Box,
): { member: number; x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: string }[] {
  const placed: Box[] = [];
  const out: { member: number; x: number; y: number; anchor: 'start' | 'middle' | 'end'; text: string }[] = [];
  const h = labelHeight();
  const n = geo.r.length;
  for (const i of order) {
    const text = texts[i];
    const { cx, cy, r } = { cx: geo.cx[i], cy: geo.cy[i], r: geo.r[i] };
    const g = 2.5;
    const d = r * Math.SQRT1_2;
    const candidates: [number, number, 'start' | 'middle' | 'end'][] = [
      [cx + r + g, cy, 'start'],
      [cx - r - g, cy, 'end'],
      [cx, cy - r - g - h / 2, 'middle'],
      [cx, cy + r + g + h / 2, 'middle'],
      [cx + d + g, cy - d - h / 2, 'start'],
      [cx + d + g, cy + d + h / 2, 'start'],
      [cx - d - g, cy - d - h / 2, 'end'],
      [cx - d - g, cy + d + h / 2, 'end'],
    ];
    for (const [x, y, anchor] of candidates) {
      const box = labelBox(x, y, anchor, text);
      if (box.x < bounds.x || box.y < bounds.y || box.x + box.w > bounds.x + bounds.w || box.y + box.h > bounds.y + bounds.h) continue;
      if (placed.some((p) => boxesOverlap(p, box))) continue;
      let hit = false;
      for (let j = 0; j < n && !hit; j++) hit = circleHitsBox(geo.cx[j], geo.cy[j], geo.r[j] + 0.5, box);
      if (hit) continue;
      placed.push(box);
      out.push({ member: i, x, y, anchor, text });
      break;
    }
  }
  return out;
}

interface Prepared {
  ids: string[];
  members: MemberReport[];
  layout: Layout;
}

/** Report rows in graph.nodes() order (matched by id through a Map). */
export function membersInGraphOrder(report: Report, graph: ClusterGraph): MemberReport[] {
  const byId = new Map<string, MemberReport>();
  for (const m of report.members) byId.set(m.id, m);
  return graph.nodes().map((id) => {
    const m = byId.get(id);
    if (!m) throw new Error(`renderer: member ${JSON.stringify(id)} of the graph is not in the report`);
    return m;
  });
}

function prepare(report: Report, graph: ClusterGraph, seed: number, layout?: Layout): Prepared {
  return { ids: graph.nodes(), members: membersInGraphOrder(report, graph), layout: layout ?? computeLayout(graph, { seed }) };
}

const TIE_STYLE: Record<Orientation, { dash: string | null; label: string }> = {
  vertical: { dash: null, label: 'vertical (across levels) — solid' },
  horizontal: { dash: '5 3', label: 'horizontal (same level) — dashed' },
  unknown: { dash: '1 2.5', label: 'orientation unknown — dotted' },
};

/**
 * The network as a standalone SVG document (string). `layout` may be given to reuse positions
 * (the HTML report does); otherwise it is computed with `options.seed` (default: the report's seed).
 */
export function renderSvg(report: Report, graph: ClusterGraph, options: DrawOptions = {}, layout?: Layout): string {
  const colorBy = options.colorBy ?? 'sector';
  const sizeBy = options.sizeBy ?? 'betweenness';
  const labelCount = options.labels ?? 15;
  const seed = options.seed ?? report.options.seed;
  const W = options.width ?? 1200;
  const H = options.height ?? 800;
  const sum = report.summary;
  const title = options.title ?? `Partnership network — ${plural(sum.members, 'member')}, ${plural(sum.ties, 'tie')}`;
  const p = prepare(report, graph, seed, layout);
  const n = p.ids.length;
  const indexOf = new Map<string, number>();
  p.ids.forEach((id, i) => indexOf.set(id, i));

  const top = 44;
  const bottom = 30;
  const plot: Box = { x: 12, y: top, w: W - LEGEND_WIDTH - 24, h: H - top - bottom };
  const values = p.members.map((m) => sizeValue(m, sizeBy));
  const sizeName = sizeLabel(sizeBy);
  const geo = placeMembers(p.layout, values, plot);
  const scheme = colorScheme(p.members, colorBy);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" role="img" aria-labelledby="figure-title">`,
  );
  out.push(`<title id="figure-title">${escapeXml(title)}</title>`);
  out.push(`<rect x="0" y="0" width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(`<text x="12" y="26" font-size="17" font-weight="bold" fill="#222222">${escapeXml(title)}</text>`);

  // Ties, grouped by orientation; width by weight.
  let maxWeight = 0;
  graph.forEachEdge((_e, a) => {
    if (Number.isFinite(a.weight) && a.weight > maxWeight) maxWeight = a.weight;
  });
  // Thinner, lighter lines as the number of ties grows, so members stay visible.
  const m = graph.size;
  const [base, span, opacity] = m > 2000 ? [0.25, 1, '0.3'] : m > 500 ? [0.4, 2, '0.45'] : [0.6, 3.4, '0.65'];
  const width = (w: number) => (maxWeight > 0 && Number.isFinite(w) && w > 0 ? base + span * (w / maxWeight) : base);
  const lines: Record<Orientation, string[]> = { vertical: [], horizontal: [], unknown: [] };
  graph.forEachEdge((_e, a, s, t) => {
    const i = indexOf.get(s)!;
    const j = indexOf.get(t)!;
    const o: Orientation = a.orientation === 'vertical' || a.orientation === 'horizontal' ? a.orientation : 'unknown';
    lines[o].push(`<line x1="${num(geo.cx[i])}" y1="${num(geo.cy[i])}" x2="${num(geo.cx[j])}" y2="${num(geo.cy[j])}" stroke-width="${num(width(a.weight))}"/>`);
  });
  out.push('<g id="ties" fill="none" stroke-linecap="round">');
  for (const o of ['vertical', 'horizontal', 'unknown'] as Orientation[]) {
    if (lines[o].length === 0) continue;
    const dash = TIE_STYLE[o].dash ? ` stroke-dasharray="${TIE_STYLE[o].dash}"` : '';
    out.push(`<g class="ties-${o}" stroke="${SVG_TIE_COLOR}" stroke-opacity="${opacity}"${dash}>`);
    out.push(...lines[o]);
    out.push('</g>');
  }
  out.push('</g>');

  // Members: larger first so small ones stay visible on top.
  const drawOrder = [...Array(n).keys()].sort((a, b) => geo.r[b] - geo.r[a] || a - b);
  out.push('<g id="members" stroke="#ffffff" stroke-width="0.8">');
  for (const i of drawOrder) {
    const m = p.members[i];
    const tip = `${m.name}${m.name === m.id ? '' : ` (${m.id})`} — ${colorBy}: ${colorBy === 'community' ? m.community : (m[colorBy] ?? '(none)')}; ${sizeName}: ${figure(values[i])}`;
    out.push(
      `<circle data-id="${escapeXml(m.id)}" cx="${num(geo.cx[i])}" cy="${num(geo.cy[i])}" r="${num(geo.r[i])}" fill="${scheme.colors[i]}"><title>${escapeXml(tip)}</title></circle>`,
    );
  }
  out.push('</g>');

  // Labels of the leading members, without overlaps.
  const texts = p.members.map((m) => labelText(m.name));
  const labels = placeLabels(leadingMembers(p.members, sizeBy, labelCount), texts, geo, plot);
  out.push(`<g id="labels" font-size="${LABEL_FONT_SIZE}" fill="#1A1A1A" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">`);
  for (const l of labels) {
    out.push(`<text class="label" data-for="${escapeXml(p.members[l.member].id)}" x="${num(l.x)}" y="${num(l.y)}" dy="0.35em" text-anchor="${l.anchor}">${escapeXml(l.text)}</text>`);
  }
  out.push('</g>');

  // Legend.
  const lx = W - LEGEND_WIDTH;
  let ly = top + 4;
  const legend: string[] = [];
  const heading = (text: string) => {
    legend.push(`<text x="${lx}" y="${num(ly)}" font-size="12" font-weight="bold" fill="#222222">${escapeXml(text)}</text>`);
    ly += 18;
  };
  heading(`Colour: ${colorBy}`);
  for (const g of scheme.groups) {
    const name = g.label === 'other' ? 'other groups' : colorBy === 'community' && g.label !== '(none)' ? `community ${g.label}` : g.label;
    legend.push(`<circle cx="${lx + 7}" cy="${num(ly - 4)}" r="6" fill="${g.color}" stroke="#ffffff" stroke-width="0.8"/>`);
    legend.push(`<text x="${lx + 20}" y="${num(ly)}" font-size="11" fill="#333333">${escapeXml(labelText(name))} (${g.count})</text>`);
    ly += 17;
  }
  ly += 10;
  heading(`Size: ${sizeName} (area ∝ value)`);
  if (geo.maxValue > 0) {
    const samples = [geo.maxValue, geo.maxValue / 4, geo.maxValue / 16].filter((v) => geo.rMax * Math.sqrt(v / geo.maxValue) >= geo.rMin);
    for (const v of samples) {
      const r = geo.rMax * Math.sqrt(v / geo.maxValue);
      legend.push(`<circle cx="${num(lx + 4 + geo.rMax)}" cy="${num(ly + r - 8)}" r="${num(r)}" fill="#BFBFBF" stroke="#7F7F7F" stroke-width="0.8"/>`);
      legend.push(`<text x="${num(lx + 2 * geo.rMax + 14)}" y="${num(ly + r - 4)}" font-size="11" fill="#333333">${escapeXml(figure(v))}</text>`);
      ly += Math.max(2 * r + 6, 17);
    }
  }
  legend.push(`<text x="${lx}" y="${num(ly + 2)}" font-size="10" fill="#555555">smallest dot: ${escapeXml(sizeName)} 0 or undefined</text>`);
  ly += 28;
  heading('Ties (width ∝ weight)');
  for (const o of ['vertical', 'horizontal', 'unknown'] as Orientation[]) {
    const dash = TIE_STYLE[o].dash ? ` stroke-dasharray="${TIE_STYLE[o].dash}"` : '';
    legend.push(`<line x1="${lx}" y1="${num(ly - 4)}" x2="${lx + 30}" y2="${num(ly - 4)}" stroke="${SVG_TIE_COLOR}" stroke-width="2" stroke-linecap="round"${dash}/>`);
    legend.push(`<text x="${lx + 38}" y="${num(ly)}" font-size="11" fill="#333333">${escapeXml(TIE_STYLE[o].label)}</text>`);
    ly += 17;
  }
  if (maxWeight > 0) {
    legend.push(`<text x="${lx}" y="${num(ly + 2)}" font-size="10" fill="#555555">thickest line: weight ${escapeXml(figure(maxWeight))}</text>`);
    ly += 16;
  }
  if (sum.directed) {
    legend.push(`<text x="${lx}" y="${num(ly + 2)}" font-size="10" fill="#555555">directed ties drawn without arrows</text>`);
    ly += 16;
  }
  out.push('<g id="legend">', ...legend, '</g>');

  const caption = `${report.generator.name} ${report.generator.version} · ${plural(sum.members, 'member')}, ${plural(sum.ties, 'tie')}${sum.weighted ? ' (weighted)' : ''} · colour: ${colorBy} · size: ${sizeName} · labels: top ${labelCount} by ${sizeName} · layout: ForceAtlas2, seed ${seed}`;
  out.push(`<text id="caption" x="12" y="${H - 10}" font-size="10" fill="#555555">${escapeXml(caption)}</text>`);
  out.push('</svg>');
  return out.join('\n') + '\n';
}
