/**
 * Efficiency (Latora & Marchiori 2001): how well information travels over the partnership graph.
 * Hop counts only (tie weights are ignored), all-pairs BFS on the indexed core.
 */
import type { GraphIndex } from '../core/graph-index.js';
import { allPairsHopSums } from '../core/bit-bfs.js';
import { forwardLists } from './clustering.js';

export interface GlobalEfficiencyOptions {
  /** Members treated as absent (1 = removed), e.g. for key-player analysis. */
  removed?: Uint8Array;
  /**
   * Which ties a path follows: `out` = along arcs (directed graphs; the default), `und` = the
   * undirected view. On undirected graphs both are the same.
   */
  direction?: 'out' | 'und';
}

/**
 * Global efficiency (Latora & Marchiori 2001, Phys. Rev. Lett. 87:198701):
 * E = (1 / (n'(n'−1))) · Σ_{i≠j} 1/d(i,j), over ordered pairs of the n' members that are not
 * removed, with d the hop distance (1/d = 0 when j is unreachable from i). n' < 2 → 0.
 *
 * Weights: not used (hop counts). Directed graphs: d(i,j) follows arcs i → j by default
 * (`direction: 'out'`), the reference's directed `global_efficiency`; `direction: 'und'` gives the
 * value of the symmetrised graph. Matches networkx 2.8 `global_efficiency` (undirected; networkx has
 * no directed version, the directed value matches distances from igraph 0.10). Bit-parallel BFS from
 * all sources at once (src/core/bit-bfs.ts): O(D·m·n/32) word operations, D = diameter.
 */
export function globalEfficiency(index: GraphIndex, options: GlobalEfficiencyOptions = {}): number {
  const { removed } = options;
  const direction = options.direction ?? 'out';
  const n = index.n;
  let active = 0;
  for (let v = 0; v < n; v++) if (removed === undefined || removed[v] !== 1) active++;
  if (active < 2) return 0;
  const { inverse } = allPairsHopSums(index, direction, removed);
  let total = 0;
  for (let v = 0; v < n; v++) total += inverse[v];
  return total / (active * (active - 1));
}

/**
 * Local efficiency (Latora & Marchiori 2001), networkx 2.8 `local_efficiency`:
 * E_loc(i) = global efficiency of the subgraph induced by N(i), i itself removed:
 * (1 / (k(k−1))) · Σ_{j≠h ∈ N(i)} 1/d_{N(i)}(j,h), d measured inside the induced subgraph;
 * 0 when k < 2 (no pairs). The network value is the mean over ALL members (zeros included);
 * NaN for a graph without members.
 *
 * Weights: not used (hop counts). Directed graphs: computed on the undirected view (the reference's
 * `local_efficiency@undirected`; networkx's local efficiency is undirected-only).
 * In-house: the ties among N(i) are found from the forward lists of the triangle enumeration
 * (clustering.ts; each tie once, from its lower-ranked end: O(Σ_{j∈N(i)} d⁺_j)) and copied into small
 * scratch arrays in local indices; then a BFS runs from each neighbour inside that subgraph. Each BFS
 * adds its 1/d in order of distance, so the sums do not depend on the order of the local rows.
 */
export function localEfficiency(index: GraphIndex): { values: Float64Array; mean: number } {
  const n = index.n;
  const values = new Float64Array(n);
  if (n === 0) return { values, mean: Number.NaN };
  const offsets = index.undOffsets;
  const targets = index.undTargets;
  const { fOff, fTgt } = forwardLists(index);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) if (offsets[v + 1] - offsets[v] > maxDeg) maxDeg = offsets[v + 1] - offsets[v];
  // slot[x] = 1 + local index of x while x is in the current neighbourhood, else 0.
  const slot = new Int32Array(n);
  // Ties of the induced subgraph (local indices) as pairs, then as rows adj[adjOff[x]..adjOff[x + 1]).
  let ends: Int32Array = new Int32Array(1024); // pair t is ends[2t], ends[2t + 1]; grows on demand
  let adj: Int32Array = new Int32Array(2048);
  const adjOff = new Int32Array(maxDeg + 1);
  const fill = new Int32Array(maxDeg);
  const dist = new Int32Array(maxDeg).fill(-1);
  const queue = new Int32Array(maxDeg);
  let total = 0;
  for (let v = 0; v < n; v++) {
    const start = offsets[v];
    const end = offsets[v + 1];
    const k = end - start;
    if (k < 2) continue;
    for (let p = start; p < end; p++) slot[targets[p]] = p - start + 1;
    let e = 0;
    for (let x = 0; x < k; x++) {
      const gx = targets[start + x];
      for (let b = fOff[gx], be = fOff[gx + 1]; b < be; b++) {
        const y = slot[fTgt[b]];
        if (y === 0) continue;
        if (2 * e === ends.length) ends = grow(ends);
        ends[2 * e] = x;
        ends[2 * e + 1] = y - 1;
        e++;
      }
    }
    for (let p = start; p < end; p++) slot[targets[p]] = 0;
    if (e === 0) continue; // no ties among the neighbours: every 1/d is 0
    while (adj.length < 2 * e) adj = grow(adj);
    adjOff.fill(0, 0, k + 1);
    for (let t = 0; t < 2 * e; t++) adjOff[ends[t] + 1]++;
    for (let x = 0; x < k; x++) {
      adjOff[x + 1] += adjOff[x];
      fill[x] = adjOff[x];
    }
    for (let t = 0; t < e; t++) {
      const x = ends[2 * t];
      const y = ends[2 * t + 1];
      adj[fill[x]++] = y;
      adj[fill[y]++] = x;
    }
    let sum = 0;
    for (let s = 0; s < k; s++) {
      dist[s] = 0;
      queue[0] = s;
      let head = 0;
      let tail = 1;
      while (head < tail) {
        const x = queue[head++];
        const dx = dist[x] + 1;
        for (let q = adjOff[x], qe = adjOff[x + 1]; q < qe; q++) {
          const y = adj[q];
          if (dist[y] >= 0) continue;
          dist[y] = dx;
          queue[tail++] = y;
        }
      }
      for (let q = 1; q < tail; q++) sum += 1 / dist[queue[q]];
      for (let q = 0; q < tail; q++) dist[queue[q]] = -1;
    }
    values[v] = sum / (k * (k - 1));
    total += values[v];
  }
  return { values, mean: total / n };
}

/** A copy of `a` twice as long. */
function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}
