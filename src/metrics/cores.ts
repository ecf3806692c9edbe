/**
 * k-cores: the nested cohesive layers of the partnership graph.
 */
import type { GraphIndex } from '../graph/graph-index.js';

/**
 * Core number of every member: the largest k such that the member belongs to the k-core (the
 * maximal subgraph in which every member has degree ≥ k). Batagelj & Zaversnik (2003, "An O(m)
 * algorithm for cores decomposition of networks", arXiv cs/0310049): bucket sort by degree, peel
 * the member of least degree, decrement its neighbours. O(n + m).
 *
 * Degree: undirected graphs — distinct neighbours; directed graphs — in-degree + out-degree, so a
 * reciprocated pair counts twice (networkx 2.8 `core_number` on a DiGraph, igraph `coreness(mode="all")`;
 * the reference's `core_number`). For the symmetrised value pass `undirectedView(index)`
 * (`core_number@undirected`). Weights are not used. Isolates have core number 0.
 */
export function coreNumbers(index: GraphIndex): Int32Array {
  const n = index.n;
  const deg = new Int32Array(n);
  const directed = index.directed;
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    const d = directed
      ? index.outOffsets[v + 1] - index.outOffsets[v] + index.inOffsets[v + 1] - index.inOffsets[v]
      : index.undOffsets[v + 1] - index.undOffsets[v];
    deg[v] = d;
    if (d > maxDeg) maxDeg = d;
  }
  // bin[d] = start of the block of members with current degree d in `vert`.
  const bin = new Int32Array(maxDeg + 2);
  for (let v = 0; v < n; v++) bin[deg[v] + 1]++;
  for (let d = 0; d <= maxDeg; d++) bin[d + 1] += bin[d];
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  const fill = bin.slice(0, maxDeg + 1);
  for (let v = 0; v < n; v++) {
    pos[v] = fill[deg[v]]++;
    vert[pos[v]] = v;
  }
  const decrement = (u: number, dv: number): void => {
    const du = deg[u];
    if (du <= dv) return;
    // swap u with the first member of its degree block, then shrink the block
    const pu = pos[u];
    const pw = bin[du];
    const w = vert[pw];
    if (u !== w) {
      pos[u] = pw;
      vert[pu] = w;
      pos[w] = pu;
      vert[pw] = u;
    }
    bin[du]++;
    deg[u] = du - 1;
  };
  for (let i = 0; i < n; i++) {
    const v = vert[i];
    const dv = deg[v];
    if (directed) {
      for (let p = index.outOffsets[v]; p < index.outOffsets[v + 1]; p++) decrement(index.outTargets[p], dv);
      for (let p = index.inOffsets[v]; p < index.inOffsets[v + 1]; p++) decrement(index.inSources[p], dv);
    } else {
      for (let p = index.undOffsets[v]; p < index.undOffsets[v + 1]; p++) decrement(index.undTargets[p], dv);
    }
  }
  return deg;
}

/** Degeneracy: the largest core number (0 for a graph without members or ties). */
export function degeneracy(cores: Int32Array): number {
  let max = 0;
  for (let i = 0; i < cores.length; i++) if (cores[i] > max) max = cores[i];
  return max;
}
