/**
 * Efficiency (Latora & Marchiori 2001): how well information travels over the partnership graph.
 * Hop counts only (tie weights are ignored), all-pairs BFS on the indexed core.
 */
import type { GraphIndex } from '../core/graph-index.js';
import { bfs, createBfsBuffers } from '../core/traversal.js';
import { allPairsHopSums } from '../core/bit-bfs.js';

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
 * Each BFS is restricted to the neighbour set with a mask (no subgraph copy).
 */
export function localEfficiency(index: GraphIndex): { values: Float64Array; mean: number } {
  const n = index.n;
  const values = new Float64Array(n);
  if (n === 0) return { values, mean: Number.NaN };
  const offsets = index.undOffsets;
  const targets = index.undTargets;
  // outside[v] = 1 for every member not in the current neighbourhood (treated as removed by bfs).
  const outside = new Uint8Array(n).fill(1);
  const buffers = createBfsBuffers(n);
  const { dist, queue } = buffers;
  let reached = -1;
  let total = 0;
  for (let v = 0; v < n; v++) {
    const start = offsets[v];
    const end = offsets[v + 1];
    const k = end - start;
    if (k < 2) continue;
    for (let p = start; p < end; p++) outside[targets[p]] = 0;
    let sum = 0;
    for (let p = start; p < end; p++) {
      reached = bfs(index, targets[p], 'und', buffers, outside, reached);
      for (let q = 1; q < reached; q++) sum += 1 / dist[queue[q]];
    }
    for (let p = start; p < end; p++) outside[targets[p]] = 1;
    values[v] = sum / (k * (k - 1));
    total += values[v];
  }
  return { values, mean: total / n };
}
