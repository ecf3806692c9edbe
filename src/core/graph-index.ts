/**
 * The indexed core every traversal-heavy measure runs on.
 *
 * graphology stays the graph model and the interchange format; this index is how measures run fast:
 * members are numbered 0..n-1 in the graph's node order (= members file order) and adjacency is stored
 * in compressed sparse rows (CSR) of typed arrays. Written in-house because graphology offers no
 * CSR view (graphology-indices has neighbourhood indices only for some algorithms and no weighted,
 * undirected-view variant).
 *
 * Views:
 * - `out*`: successors (undirected graphs: all neighbours);
 * - `in*`: predecessors (undirected graphs: the very same arrays as `out*`);
 * - `und*`: the undirected view (neighbours in either direction, one entry per neighbour; for a
 *   reciprocated directed pair the weight is the SUM of both arcs, a_ij + a_ji, as the reference's
 *   `@undirected` — also for an unweighted index, where it is then 2; `undirectedView()` gives 1s).
 * Neighbour lists are sorted by index, so every traversal is deterministic.
 * When `weighted` is false every weight is 1.
 */
import type { ClusterGraph } from '../model/types.js';

export interface GraphIndex {
  readonly n: number;
  readonly directed: boolean;
  /** Whether the weights in this index are the tie weights (false: all 1). */
  readonly weighted: boolean;
  /** Member id by index. */
  readonly ids: readonly string[];
  /** Index by member id. */
  readonly indexOf: ReadonlyMap<string, number>;
  /** Number of ties: edges (undirected) or arcs (directed). */
  readonly m: number;
  readonly outOffsets: Int32Array;
  readonly outTargets: Int32Array;
  readonly outWeights: Float64Array;
  readonly inOffsets: Int32Array;
  readonly inSources: Int32Array;
  readonly inWeights: Float64Array;
  readonly undOffsets: Int32Array;
  readonly undTargets: Int32Array;
  readonly undWeights: Float64Array;
}

export interface IndexOptions {
  /** Use tie weights (default true). False gives every tie weight 1. */
  weighted?: boolean;
}

/** An arc list: parallel arrays of source index, target index and weight. */
export interface ArcList {
  n: number;
  src: Int32Array | number[];
  dst: Int32Array | number[];
  w: Float64Array | number[];
}

/**
 * Builds CSR rows from an arc list, merging duplicate (row, col) entries by summing weights.
 * `symmetric` adds every arc in both directions.
 */
function buildCsr(
  n: number,
  src: ArrayLike<number>,
  dst: ArrayLike<number>,
  w: ArrayLike<number>,
  symmetric: boolean,
  reverse: boolean,
): { offsets: Int32Array; targets: Int32Array; weights: Float64Array } {
  const m = src.length;
  const counts = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    const a = reverse ? dst[e] : src[e];
    counts[a + 1]++;
    if (symmetric) counts[(reverse ? src[e] : dst[e]) + 1]++;
  }
  for (let i = 0; i < n; i++) counts[i + 1] += counts[i];
  const total = counts[n];
  const tgt = new Int32Array(total);
  const wt = new Float64Array(total);
  const fill = counts.slice(0, n);
  for (let e = 0; e < m; e++) {
    const a = reverse ? dst[e] : src[e];
    const b = reverse ? src[e] : dst[e];
    let p = fill[a]++;
    tgt[p] = b;
    wt[p] = w[e];
    if (symmetric) {
      p = fill[b]++;
      tgt[p] = a;
      wt[p] = w[e];
    }
  }
  // Sort each row by neighbour index and merge duplicates (sum weights).
  const offsets = new Int32Array(n + 1);
  let write = 0;
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = counts[i];
    const end = counts[i + 1];
    offsets[i] = write;
    order.length = 0;
    for (let p = start; p < end; p++) order.push(p);
    order.sort((x, y) => tgt[x] - tgt[y]);
    const rowT: number[] = [];
    const rowW: number[] = [];
    for (const p of order) {
      const last = rowT.length - 1;
      if (last >= 0 && rowT[last] === tgt[p]) rowW[last] += wt[p];
      else {
        rowT.push(tgt[p]);
        rowW.push(wt[p]);
      }
    }
    for (let k = 0; k < rowT.length; k++) {
      tgt[write] = rowT[k];
      wt[write] = rowW[k];
      write++;
    }
  }
  offsets[n] = write;
  return { offsets, targets: tgt.slice(0, write), weights: wt.slice(0, write) };
}

/** Builds the index from an arc list (no graphology object needed). Self-loops are ignored. */
export function indexFromArcs(
  ids: readonly string[],
  directed: boolean,
  arcs: { src: ArrayLike<number>; dst: ArrayLike<number>; w: ArrayLike<number> },
  options: IndexOptions = {},
): GraphIndex {
  const weighted = options.weighted ?? true;
  const n = ids.length;
  const src: number[] = [];
  const dst: number[] = [];
  const w: number[] = [];
  for (let e = 0; e < arcs.src.length; e++) {
    if (arcs.src[e] === arcs.dst[e]) continue;
    src.push(arcs.src[e]);
    dst.push(arcs.dst[e]);
    w.push(weighted ? arcs.w[e] : 1);
  }
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  const und = buildCsr(n, src, dst, w, true, false);
  if (!directed) {
    return {
      n, directed, weighted, ids, indexOf,
      m: und.targets.length / 2,
      outOffsets: und.offsets, outTargets: und.targets, outWeights: und.weights,
      inOffsets: und.offsets, inSources: und.targets, inWeights: und.weights,
      undOffsets: und.offsets, undTargets: und.targets, undWeights: und.weights,
    };
  }
  const out = buildCsr(n, src, dst, w, false, false);
  const inn = buildCsr(n, src, dst, w, false, true);
  return {
    n, directed, weighted, ids, indexOf,
    m: out.targets.length,
    outOffsets: out.offsets, outTargets: out.targets, outWeights: out.weights,
    inOffsets: inn.offsets, inSources: inn.targets, inWeights: inn.weights,
    undOffsets: und.offsets, undTargets: und.targets, undWeights: und.weights,
  };
}

/** Builds the index of a cluster graph, in the graph's node order. */
export function buildIndex(graph: ClusterGraph, options: IndexOptions = {}): GraphIndex {
  const ids = graph.nodes();
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  const src: number[] = [];
  const dst: number[] = [];
  const w: number[] = [];
  graph.forEachEdge((_edge, attr, source, target) => {
    src.push(indexOf.get(source)!);
    dst.push(indexOf.get(target)!);
    w.push(attr.weight);
  });
  return indexFromArcs(ids, graph.type === 'directed', { src, dst, w }, options);
}

/** The undirected view of an index as an index of its own (directed = false). */
export function undirectedView(index: GraphIndex): GraphIndex {
  if (!index.directed) return index;
  // Of a directed index, `undWeights` hold a_ij + a_ji (2 for a reciprocated unweighted pair, which
  // directed measures such as Burt's constraint need). As a graph of its own, an unweighted view has
  // every tie of weight 1.
  const weights = index.weighted ? index.undWeights : new Float64Array(index.undWeights.length).fill(1);
  return {
    ...index,
    directed: false,
    m: index.undTargets.length / 2,
    outOffsets: index.undOffsets, outTargets: index.undTargets, outWeights: weights,
    inOffsets: index.undOffsets, inSources: index.undTargets, inWeights: weights,
    undOffsets: index.undOffsets, undTargets: index.undTargets, undWeights: weights,
  };
}
