/**
 * Browser code of the HTML report (bundled by scripts/build-viewer.mjs into one inlined script).
 *
 * Reads the report data embedded in `<script type="application/json" id="report-data">`, draws the
 * network with sigma.js (WebGL) at the precomputed positions (no layout runs here), and wires the
 * colour/size switches, the member panel and the sortable tables. Computes no measure: sizes are the
 * report's values scaled to pixels. When WebGL is missing the embedded static SVG stays visible.
 *
 * Member data live in arrays indexed by member position; graph keys are those positions as strings,
 * so ids such as `__proto__` never serve as object keys.
 *
 * Test hook: `#network[data-members]` holds the number of members drawn by sigma (graph order), and
 * `#network[data-renderer]` is `webgl` or `svg`; `window.clusterGraphViewer.memberPosition(i)` gives the
 * viewport position (px, relative to #network) of member i.
 */
import { Sigma } from 'sigma';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { LabelPlacer } from './labels.js';
import { wireFindings } from './findings.js';

interface ViewerMember {
  id: string;
  name: string;
  x: number;
  y: number;
  /** Values in the order of `fields`. */
  values: (number | string | null)[];
}

interface ColourSet {
  colors: string[];
  groups: { label: string; color: string; count: number }[];
}

interface ViewerData {
  directed: boolean;
  colorBy: string;
  sizeBy: string;
  labels: number;
  measures: string[];
  fields: { key: string; label: string }[];
  members: ViewerMember[];
  /** [source index, target index, weight, orientation] */
  ties: [number, number, number, 'vertical' | 'horizontal' | 'unknown'][];
  colorings: { by: string; scheme: ColourSet }[];
  tieColors: { vertical: string; horizontal: string; unknown: string };
}

declare global {
  interface Window {
    clusterGraphViewer?: { renderer: 'webgl' | 'svg'; members: number; memberPosition(i: number): { x: number; y: number } | null };
  }
}

function el<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

function formatValue(v: number | string | null): string {
  if (v === null) return '—';
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return '—';
  if (Number.isInteger(v)) return String(v);
  const abs = Math.abs(v);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e6)) return v.toExponential(2);
  return v.toFixed(3);
}

function showMember(data: ViewerData, i: number): void {
  const panel = el<HTMLElement>('panel');
  if (!panel) return;
  const m = data.members[i];
  panel.replaceChildren();
  const h = document.createElement('h3');
  h.textContent = m.name;
  panel.appendChild(h);
  if (m.name !== m.id) {
    const p = document.createElement('p');
    p.className = 'member-id';
    p.textContent = `id: ${m.id}`;
    panel.appendChild(p);
  }
  const dl = document.createElement('dl');
  data.fields.forEach((f, k) => {
    const dt = document.createElement('dt');
    dt.textContent = f.label;
    const dd = document.createElement('dd');
    dd.textContent = formatValue(m.values[k]);
    dl.append(dt, dd);
  });
  panel.appendChild(dl);
  panel.dataset.member = String(i);
}

function sizes(data: ViewerData, measure: string): number[] {
  const k = data.fields.findIndex((f) => f.key === measure);
  const vals = data.members.map((m) => (k >= 0 && typeof m.values[k] === 'number' && Number.isFinite(m.values[k] as number) ? (m.values[k] as number) : 0));
  const max = Math.max(0, ...vals);
  const n = data.members.length;
  const rMax = n > 2000 ? 8 : n > 300 ? 12 : 18;
  const rMin = n > 2000 ? 1.5 : 3;
  return vals.map((v) => Math.max(rMin, max > 0 && v > 0 ? rMax * Math.sqrt(v / max) : 0));
}

function leading(data: ViewerData, measure: string): Set<number> {
  const k = data.fields.findIndex((f) => f.key === measure);
  const ranked = data.members
    .map((m, i) => ({ i, v: m.values[k] }))
    .filter((e): e is { i: number; v: number } => typeof e.v === 'number' && Number.isFinite(e.v))
    .sort((a, b) => b.v - a.v || a.i - b.i)
    .slice(0, data.labels);
  return new Set(ranked.map((e) => e.i));
}

/** Rendered-size threshold that lets exactly the leading members (and equal sizes) carry labels. */
function threshold(size: number[], lead: Set<number>): number {
  let min = Infinity;
  for (const i of lead) min = Math.min(min, size[i]);
  return Number.isFinite(min) ? min - 0.01 : 1e9;
}

function renderLegend(data: ViewerData, by: string): void {
  const box = el<HTMLElement>('colour-legend');
  if (!box) return;
  const set = data.colorings.find((c) => c.by === by);
  box.replaceChildren();
  if (!set) return;
  for (const g of set.scheme.groups) {
    const item = document.createElement('span');
    item.className = 'legend-item';
    const dot = document.createElement('span');
    dot.className = 'dot';
    dot.style.background = g.color;
    const text = document.createElement('span');
    text.textContent = `${by === 'community' && g.label !== 'other' && g.label !== '(none)' ? `community ${g.label}` : g.label} (${g.count})`;
    item.append(dot, text);
    box.appendChild(item);
  }
}

function startSigma(data: ViewerData): boolean {
  const container = el<HTMLElement>('network');
  if (!container) return false;
  const probe = document.createElement('canvas');
  const gl = probe.getContext('webgl2') ?? probe.getContext('webgl');
  if (!gl) return false;
  const graph = data.directed ? new DirectedGraph() : new UndirectedGraph();
  let colorBy = data.colorBy;
  let sizeBy = data.sizeBy;
  const colours = (by: string) => data.colorings.find((c) => c.by === by)?.scheme.colors ?? [];
  let cols = colours(colorBy);
  let size = sizes(data, sizeBy);
  let lead = leading(data, sizeBy);
  data.members.forEach((m, i) => {
    graph.addNode(String(i), { x: m.x, y: -m.y, size: size[i], color: cols[i], label: m.name });
  });
  let maxW = 0;
  for (const t of data.ties) maxW = Math.max(maxW, t[2]);
  for (const [a, b, w, o] of data.ties) {
    if (graph.hasEdge(String(a), String(b))) continue;
    graph.addEdge(String(a), String(b), { size: maxW > 0 ? 0.5 + 3 * (w / maxW) : 1, color: data.tieColors[o] });
  }
  let renderer: Sigma;
  // Labels stay inside the canvas and never overlap one another (see labels.ts); sigma's label grid
  // chooses the candidates, the placer where (and whether) each is drawn.
  container.hidden = false;
  const placer = new LabelPlacer(container.clientWidth, container.clientHeight);
  try {
    renderer = new Sigma(graph, container, {
      defaultDrawNodeLabel: (context, d, settings) => {
        if (!d.label) return;
        context.font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
        context.textAlign = 'left';
        context.textBaseline = 'alphabetic';
        const m = context.measureText(d.label);
        const spot = placer.place(d.x, d.y, d.size, { width: m.width, ascent: m.actualBoundingBoxAscent, descent: m.actualBoundingBoxDescent });
        if (spot === null) return;
        context.fillStyle = settings.labelColor.color ?? '#000';
        context.fillText(d.label, spot.textX, spot.textY);
      },
      defaultEdgeType: data.directed ? 'arrow' : 'line',
      // Labels: only members at least as large as the last leading member are candidates; sigma's
      // label grid then drops labels that would crowd each other (zooming in shows more).
      labelRenderedSizeThreshold: threshold(size, lead),
      labelDensity: 0.5,
      labelGridCellSize: 120,
      labelSize: 12,
      zIndex: true,
      renderEdgeLabels: false,
    });
  } catch (err) {
    container.hidden = true;
    console.warn('sigma could not start:', err);
    return false;
  }
  renderer.on('beforeRender', () => {
    const { width, height } = renderer.getDimensions();
    placer.reset(width, height);
  });
  renderer.refresh();
  container.dataset.members = String(graph.order);
  container.dataset.renderer = 'webgl';
  let hovered: string | null = null;
  // Evidence of a finding (src/report/viewer/findings.ts): its members highlighted, the rest greyed.
  let evidence = new Set<number>();
  let evidenceTies = new Set<string>();
  renderer.setSetting('nodeReducer', (node, attrs) => {
    if (node === hovered) return { ...attrs, highlighted: true, forceLabel: true };
    if (evidence.size === 0) return attrs;
    return evidence.has(Number(node)) ? { ...attrs, highlighted: true, forceLabel: true, zIndex: 1 } : { ...attrs, color: '#d8dee4', label: null, zIndex: 0 };
  });
  renderer.setSetting('edgeReducer', (edge, attrs) => {
    if (evidence.size === 0) return attrs;
    const key = `${graph.source(edge)}-${graph.target(edge)}`;
    if (evidenceTies.has(key)) return { ...attrs, color: '#cf222e', size: Math.max(3, (attrs.size as number) ?? 1), zIndex: 1 };
    return { ...attrs, color: '#eaeef2' };
  });
  wireFindings((members, ties) => {
    evidence = members;
    evidenceTies = ties;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('enterNode', ({ node }) => {
    hovered = node;
    showMember(data, Number(node));
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('leaveNode', () => {
    hovered = null;
    renderer.refresh({ skipIndexation: true });
  });
  renderer.on('clickNode', ({ node }) => showMember(data, Number(node)));

  const colorSelect = el<HTMLSelectElement>('color-by');
  colorSelect?.addEventListener('change', () => {
    colorBy = colorSelect.value;
    cols = colours(colorBy);
    graph.forEachNode((node) => graph.setNodeAttribute(node, 'color', cols[Number(node)]));
    renderLegend(data, colorBy);
  });
  const sizeSelect = el<HTMLSelectElement>('size-by');
  sizeSelect?.addEventListener('change', () => {
    sizeBy = sizeSelect.value;
    size = sizes(data, sizeBy);
    lead = leading(data, sizeBy);
    graph.forEachNode((node) => {
      const i = Number(node);
      graph.setNodeAttribute(node, 'size', size[i]);
    });
    renderer.setSetting('labelRenderedSizeThreshold', threshold(size, lead));
  });
  window.clusterGraphViewer = {
    renderer: 'webgl',
    members: graph.order,
    memberPosition(i: number) {
      if (!graph.hasNode(String(i))) return null;
      const a = graph.getNodeAttributes(String(i)) as { x: number; y: number };
      return renderer.graphToViewport({ x: a.x, y: a.y });
    },
  };
  return true;
}

function startFallback(data: ViewerData): void {
  const fallback = el<HTMLElement>('static-figure');
  const note = el<HTMLElement>('figure-note');
  const container = el<HTMLElement>('network');
  if (container) {
    container.hidden = true;
    container.dataset.renderer = 'svg';
  }
  if (fallback) fallback.hidden = false;
  if (note) note.textContent = 'WebGL is not available in this browser, so the interactive drawing cannot start: this is the static drawing of the same network (hover a member for its name, click it for its figures).';
  const byId = new Map<string, number>();
  data.members.forEach((m, i) => byId.set(m.id, i));
  fallback?.querySelectorAll('circle[data-id]').forEach((c) => {
    const i = byId.get(c.getAttribute('data-id') ?? '');
    if (i === undefined) return;
    c.addEventListener('mouseenter', () => showMember(data, i));
    c.addEventListener('click', () => showMember(data, i));
  });
  for (const id of ['color-by', 'size-by']) {
    const s = el<HTMLSelectElement>(id);
    if (s) s.disabled = true;
  }
  const svg = fallback?.querySelector('svg');
  wireFindings((members) => {
    svg?.classList.toggle('highlighting', members.size > 0);
    fallback?.querySelectorAll('circle[data-id]').forEach((c) => {
      const i = byId.get(c.getAttribute('data-id') ?? '');
      c.classList.toggle('evidence', i !== undefined && members.has(i));
    });
  });
  window.clusterGraphViewer = {
    renderer: 'svg',
    members: fallback?.querySelectorAll('circle[data-id]').length ?? 0,
    memberPosition(i: number) {
      const c = fallback?.querySelector(`circle[data-id="${CSS.escape(data.members[i]?.id ?? '')}"]`);
      const box = c?.getBoundingClientRect();
      return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
    },
  };
}

function sortableTables(): void {
  document.querySelectorAll<HTMLTableElement>('table.sortable').forEach((table) => {
    const headers = table.querySelectorAll<HTMLTableCellElement>('thead th');
    headers.forEach((th, col) => {
      th.tabIndex = 0;
      const sort = () => {
        const numeric = th.dataset.type === 'number';
        const descending = th.getAttribute('aria-sort') !== 'descending';
        headers.forEach((h) => h.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        const body = table.tBodies[0];
        const rows = Array.from(body.rows).map((row, i) => ({ row, i, v: row.cells[col]?.dataset.v ?? row.cells[col]?.textContent ?? '' }));
        rows.sort((a, b) => {
          if (numeric) {
            const x = a.v === '' ? NaN : Number(a.v);
            const y = b.v === '' ? NaN : Number(b.v);
            if (Number.isNaN(x) || Number.isNaN(y)) return Number.isNaN(x) === Number.isNaN(y) ? a.i - b.i : Number.isNaN(x) ? 1 : -1;
            return (descending ? y - x : x - y) || a.i - b.i;
          }
          const c = a.v.localeCompare(b.v);
          return (descending ? -c : c) || a.i - b.i;
        });
        body.append(...rows.map((r) => r.row));
      };
      th.addEventListener('click', sort);
      th.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          sort();
        }
      });
    });
  });
}

function main(): void {
  const script = el<HTMLScriptElement>('report-data');
  if (!script?.textContent) return;
  const data = JSON.parse(script.textContent) as ViewerData;
  sortableTables();
  renderLegend(data, data.colorBy);
  let ok = false;
  try {
    ok = startSigma(data);
  } catch (err) {
    console.warn('interactive drawing unavailable:', err);
    ok = false;
  }
  if (ok) {
    const fallback = el<HTMLElement>('static-figure');
    if (fallback) fallback.hidden = true;
    const note = el<HTMLElement>('figure-note');
    if (note) note.textContent = 'Scroll to zoom, drag to pan; hover or click a member for its figures.';
  } else {
    startFallback(data);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', main);
else main();
