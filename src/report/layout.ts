/**
 * Network layout for the drawings (a drawing step: no measure is computed here).
 *
 * ForceAtlas2 (Jacomy, Venturini, Heymann & Bastian 2014, "ForceAtlas2, a continuous graph layout
 * algorithm for handy network visualization designed for the Gephi software", PLoS ONE 9(6): e98679),
 * run synchronously by graphology-layout-forceatlas2 with the settings of its `inferSettings` (strong
 * gravity, gravity 0.05, scaling ratio 10, slow-down 1 + ln n, Barnes–Hut above 2000 members), linLog
 * off, and tie weights as attraction (edge weight influence 1: a tie of weight 3 pulls three times as
 * hard as a tie of weight 1; directed ties between the same pair are summed, direction is ignored).
 *
 * Each connected component is laid out on its own from seeded random positions (`createRng`), then
 * centred, turned so its longest axis is horizontal, scaled to a density of about one member per unit
 * area, and the components are packed in columns (the largest alone in the first, then the others largest first, isolates last), so small
 * components and isolates sit next to the main one instead of flying off.
 *
 * Cost: ForceAtlas2 costs O(k²) per iteration for a component of k ≤ 2000 members and O(k log k) with
 * Barnes–Hut above; the number of iterations is capped at max(25, ⌊iterations·1000/k⌋) for components
 * above 1000 members (10,000 members: 30 iterations, a few seconds).
 */
import fa2Module from 'graphology-layout-forceatlas2';
import { UndirectedGraph } from 'graphology';
import type { ClusterGraph } from '../model/types.js';
import { createRng } from '../graph/random.js';

// CommonJS package whose .d.ts says `export default`: under NodeNext the default import is the module
// object; a bundler may hand over `.default`. Take whichever is the function.
type ForceAtlas2 = typeof fa2Module.default;
const forceAtlas2: ForceAtlas2 = (fa2Module as unknown as { default?: ForceAtlas2 }).default ?? (fa2Module as unknown as ForceAtlas2);

export interface LayoutOptions {
  /** Seed of the initial positions (default 42). */
  seed?: number;
  /** ForceAtlas2 iterations per component (default 300; capped for large components, see above). */
  iterations?: number;
}

export interface Layout {
  /** Coordinates in graph.nodes() order; arbitrary units (about one member per unit area), y down. */
  x: Float64Array;
  y: Float64Array;
}

/** Iterations actually run for a component of `size` members. */
export function layoutIterations(size: number, iterations: number): number {
  if (size <= 1000) return iterations;
  return Math.min(iterations, Math.max(25, Math.floor((iterations * 1000) / size)));
}

/** Seeded ForceAtlas2 layout with packed components. Same graph + seed → identical numbers. */
export function computeLayout(graph: ClusterGraph, options: LayoutOptions = {}): Layout {
  const seed = options.seed ?? 42;
  const iterations = Math.max(1, Math.floor(options.iterations ?? 300));
  const ids = graph.nodes();
  const n = ids.length;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  if (n === 0) return { x, y };
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));

  // Ties as undirected pairs with summed weights; union–find for components.
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (a: number): number => {
    while (parent[a] !== a) {
      parent[a] = parent[parent[a]];
      a = parent[a];
    }
    return a;
  };
  const pairs = new Map<number, number>();
  graph.forEachEdge((_e, attr, s, t) => {
    const a = indexOf.get(s)!;
    const b = indexOf.get(t)!;
    if (a === b) return;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const w = Number.isFinite(attr.weight) && attr.weight > 0 ? attr.weight : 1;
    const key = lo * n + hi;
    pairs.set(key, (pairs.get(key) ?? 0) + w);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  });
  const compOf = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let list = compOf.get(r);
    if (!list) compOf.set(r, (list = []));
    list.push(i);
  }
  // Largest first; equal sizes by their first member's position (deterministic).
  const comps = [...compOf.values()].sort((a, b) => b.length - a.length || a[0] - b[0]);
  const local = new Int32Array(n);
  for (const c of comps) c.forEach((v, k) => (local[v] = k));
  const edgesOf = new Map<number, [number, number, number][]>();
  for (const [key, w] of pairs) {
    const a = Math.floor(key / n);
    const b = key - a * n;
    const r = find(a);
    let list = edgesOf.get(r);
    if (!list) edgesOf.set(r, (list = []));
    list.push([local[a], local[b], w]);
  }

  const rng = createRng(seed);
  const boxes: { w: number; h: number; cx: number[]; cy: number[]; members: number[] }[] = [];
  for (const c of comps) {
    const k = c.length;
    const px = new Array<number>(k).fill(0);
    const py = new Array<number>(k).fill(0);
    if (k === 2) {
      px[0] = -0.5;
      px[1] = 0.5;
    } else if (k > 2) {
      const g = new UndirectedGraph();
      const spread = Math.sqrt(k) * 10;
      for (let i = 0; i < k; i++) g.addNode(String(i), { x: (rng() - 0.5) * spread, y: (rng() - 0.5) * spread });
      const edges = edgesOf.get(find(c[0])) ?? [];
      edges.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
      for (const [a, b, w] of edges) g.addEdge(String(a), String(b), { weight: w });
      const pos = forceAtlas2(g, {
        iterations: layoutIterations(k, iterations),
        getEdgeWeight: 'weight',
        settings: { ...forceAtlas2.inferSettings(k), linLogMode: false, edgeWeightInfluence: 1 },
      });
      for (let i = 0; i < k; i++) {
        px[i] = pos[String(i)].x;
        py[i] = pos[String(i)].y;
      }
      normalise(px, py);
    }
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < k; i++) {
      minX = Math.min(minX, px[i]);
      maxX = Math.max(maxX, px[i]);
      minY = Math.min(minY, py[i]);
      maxY = Math.max(maxY, py[i]);
    }
    const pad = 1; // one unit of space around every component
    boxes.push({
      w: maxX - minX + pad,
      h: maxY - minY + pad,
      cx: px.map((v) => v - minX + pad / 2),
      cy: py.map((v) => v - minY + pad / 2),
      members: c,
    });
  }

  // Column packing: the largest component alone in the first column, then columns about as tall as it
  // (or as a 3:2 landscape rectangle holding every box), filled top to bottom, left to right.
  const area = boxes.reduce((s, b) => s + b.w * b.h, 0);
  const columnHeight = Math.max(boxes[0].h, Math.sqrt(area / 1.5));
  let cursorX = 0;
  let cursorY = 0;
  let columnWidth = 0;
  for (const b of boxes) {
    if (cursorY > 0 && (cursorY + b.h > columnHeight + 1e-9 || cursorX === 0)) {
      cursorY = 0;
      cursorX += columnWidth;
      columnWidth = 0;
    }
    b.members.forEach((v, i) => {
      x[v] = cursorX + b.cx[i];
      y[v] = cursorY + b.cy[i];
    });
    cursorY += b.h;
    columnWidth = Math.max(columnWidth, b.w);
  }
  return { x, y };
}

/** Centre, turn the main axis horizontal (principal axes), and scale to ~one member per unit area. */
function normalise(px: number[], py: number[]): void {
  const k = px.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < k; i++) {
    mx += px[i];
    my += py[i];
  }
  mx /= k;
  my /= k;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let i = 0; i < k; i++) {
    const dx = px[i] - mx;
    const dy = py[i] - my;
    sxx += dx * dx;
    syy += dy * dy;
    sxy += dx * dy;
  }
  const angle = 0.5 * Math.atan2(2 * sxy, sxx - syy);
  const cos = Math.cos(-angle);
  const sin = Math.sin(-angle);
  const rms = Math.sqrt((sxx + syy) / k);
  // Members spread over a disc at unit spacing have an RMS radius of sqrt(k / 2π).
  const scale = rms > 0 ? Math.sqrt(k / (2 * Math.PI)) / rms : 1;
  for (let i = 0; i < k; i++) {
    const dx = px[i] - mx;
    const dy = py[i] - my;
    px[i] = (dx * cos - dy * sin) * scale;
    py[i] = (dx * sin + dy * cos) * scale;
  }
}
