/**
 * The union of several waves of a cluster for drawing them with the SAME positions: members matched
 * by id (first-seen order over the waves), each union tie weighted by its largest weight in any wave,
 * laid out once by the seeded ForceAtlas2 layout of the reports (layout.ts). A drawing step: no
 * measure is computed here.
 */
import { UndirectedGraph } from 'graphology';
import type { ClusterData } from '../../model/cluster.js';
import type { ClusterGraph } from '../../model/types.js';
import { computeLayout } from '../layout.js';

export interface UnionDrawing {
  ids: string[];
  names: string[];
  /** Positions in [0, 1] × [0, 1] (aspect kept, y down). */
  x: Float64Array;
  y: Float64Array;
  /** Per wave: 1 when the union member is in the wave. */
  present: Uint8Array[];
  /** Per wave: its ties in union positions (a < b when undirected), keyed `a b`, with the weight. */
  ties: Map<string, number>[];
}

export function unionDrawing(waves: readonly ClusterData[], seed: number): UnionDrawing {
  const pos = new Map<string, number>();
  const ids: string[] = [];
  const names: string[] = [];
  for (const w of waves) {
    w.members.forEachNode((id, attrs) => {
      if (pos.has(id)) return;
      pos.set(id, ids.length);
      ids.push(id);
      names.push(attrs.name);
    });
  }
  const n = ids.length;
  const present = waves.map((w) => {
    const p = new Uint8Array(n);
    for (const id of w.members.ids) p[pos.get(id)!] = 1;
    return p;
  });
  const ties = waves.map((w) => {
    const out = new Map<string, number>();
    const { src, dst, w: weight } = w.ties.arcs();
    for (let e = 0; e < src.length; e++) {
      let a = pos.get(w.members.ids[src[e]])!;
      let b = pos.get(w.members.ids[dst[e]])!;
      if (a === b) continue;
      if (!w.directed && a > b) [a, b] = [b, a];
      const key = `${a} ${b}`;
      out.set(key, (out.get(key) ?? 0) + weight[e]);
    }
    return out;
  });
  const graph = new UndirectedGraph();
  ids.forEach((_id, i) => graph.addNode(String(i)));
  const union = new Map<string, number>();
  for (const t of ties) {
    for (const [key, w] of t) {
      const [a, b] = key.split(' ').map(Number);
      const k = a < b ? `${a} ${b}` : `${b} ${a}`;
      union.set(k, Math.max(union.get(k) ?? 0, w));
    }
  }
  for (const key of [...union.keys()].sort((p, q) => {
    const [a1, b1] = p.split(' ').map(Number);
    const [a2, b2] = q.split(' ').map(Number);
    return a1 - a2 || b1 - b2;
  })) {
    const [a, b] = key.split(' ');
    graph.addEdge(a, b, { weight: union.get(key)! });
  }
  const layout = computeLayout(graph as unknown as ClusterGraph, { seed });
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
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    x[i] = n === 1 ? 0.5 : (layout.x[i] - minX) / span;
    y[i] = n === 1 ? 0.5 : (layout.y[i] - minY) / span;
  }
  return { ids, names, x, y, present, ties };
}
