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

/** Rows up to this long are sorted by insertion; longer ones by merging sorted runs of this length. */
const RUN = 32;

/** Stable insertion sort of `tgt[start, end)` (and `wt` alongside) by target. */
function insertionSort(tgt: Int32Array, wt: Float64Array, start: number, end: number): void {
  for (let p = start + 1; p < end; p++) {
    const t = tgt[p];
    if (tgt[p - 1] <= t) continue;
    const x = wt[p];
    let q = p - 1;
    while (q >= start && tgt[q] > t) {
      tgt[q + 1] = tgt[q];
      wt[q + 1] = wt[q];
      q--;
    }
    tgt[q + 1] = t;
    wt[q + 1] = x;
  }
}

/**
 * Stable sort of `tgt[start, end)` (and `wt` alongside) by target: insertion-sorted runs of {@link RUN},
 * then bottom-up merges through the scratch arrays (at least `end - start` long).
 */
function mergeSort(tgt: Int32Array, wt: Float64Array, start: number, end: number, bufT: Int32Array, bufW: Float64Array): void {
  const len = end - start;
  for (let r = start; r < end; r += RUN) insertionSort(tgt, wt, r, Math.min(r + RUN, end));
  let fromT = tgt;
  let fromW = wt;
  let fromOff = start;
  let toT = bufT;
  let toW = bufW;
  let toOff = 0;
  for (let width = RUN; width < len; width *= 2) {
    for (let lo = 0; lo < len; lo += 2 * width) {
      const mid = Math.min(lo + width, len);
      const hi = Math.min(lo + 2 * width, len);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        // Equal targets: the left run first (stable).
        if (fromT[fromOff + j] < fromT[fromOff + i]) {
          toT[toOff + k] = fromT[fromOff + j];
          toW[toOff + k++] = fromW[fromOff + j++];
        } else {
          toT[toOff + k] = fromT[fromOff + i];
          toW[toOff + k++] = fromW[fromOff + i++];
        }
      }
      for (; i < mid; i++, k++) {
        toT[toOff + k] = fromT[fromOff + i];
        toW[toOff + k] = fromW[fromOff + i];
      }
      for (; j < hi; j++, k++) {
        toT[toOff + k] = fromT[fromOff + j];
        toW[toOff + k] = fromW[fromOff + j];
      }
    }
    const t = fromT;
    fromT = toT;
    toT = t;
    const x = fromW;
    fromW = toW;
    toW = x;
    const o = fromOff;
    fromOff = toOff;
    toOff = o;
  }
  if (fromT !== tgt) {
    tgt.set(fromT.subarray(0, len), start);
    wt.set(fromW.subarray(0, len), start);
  }
}

/**
 * Builds CSR rows from an arc list, merging duplicate (row, col) entries by summing weights.
 * `symmetric` adds every arc in both directions; `reverse` swaps rows and columns; `w` null gives every
 * arc weight 1.
 *
 * A counting sort scatters the entries into their rows in arc order; each row is then sorted by
 * column with a stable sort (insertion sort, merges for long rows), so duplicates are adjacent in arc
 * order and their weights are summed in that order, left to right. O(n + m) for bounded degrees, one
 * pass of random writes over the arcs.
 */
function buildCsr(
  n: number,
  src: Int32Array,
  dst: Int32Array,
  w: Float64Array | null,
  symmetric: boolean,
  reverse: boolean,
): { offsets: Int32Array; targets: Int32Array; weights: Float64Array } {
  const m = src.length;
  const total = symmetric ? 2 * m : m;
  const rows = reverse ? dst : src;
  const cols = reverse ? src : dst;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[rows[e] + 1]++;
    if (symmetric) offsets[cols[e] + 1]++;
  }
  let longest = 0;
  for (let i = 0; i < n; i++) {
    if (offsets[i + 1] > longest) longest = offsets[i + 1];
    offsets[i + 1] += offsets[i];
  }
  // Entries into their rows, in arc order.
  const tgt = new Int32Array(total);
  const wt = new Float64Array(total);
  const fill = offsets.slice(0, n);
  for (let e = 0; e < m; e++) {
    const a = rows[e];
    const b = cols[e];
    const x = w === null ? 1 : w[e];
    let p = fill[a]++;
    tgt[p] = b;
    wt[p] = x;
    if (symmetric) {
      p = fill[b]++;
      tgt[p] = a;
      wt[p] = x;
    }
  }
  // Each row sorted (stable) and its duplicates merged, summing weights in arc order; rows move down
  // in place as duplicates go.
  const bufT = longest > RUN ? new Int32Array(longest) : tgt;
  const bufW = longest > RUN ? new Float64Array(longest) : wt;
  let write = 0;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const end = offsets[i + 1];
    if (end - start <= RUN) insertionSort(tgt, wt, start, end);
    else mergeSort(tgt, wt, start, end, bufT, bufW);
    const first = write;
    offsets[i] = first;
    for (let p = start; p < end; p++) {
      if (write > first && tgt[write - 1] === tgt[p]) wt[write - 1] += wt[p];
      else {
        tgt[write] = tgt[p];
        wt[write] = wt[p];
        write++;
      }
    }
    start = end;
  }
  offsets[n] = write;
  return write === total ? { offsets, targets: tgt, weights: wt } : { offsets, targets: tgt.slice(0, write), weights: wt.slice(0, write) };
}

/** Builds the index from an arc list (no graphology object needed). Self-loops are ignored. */
export function indexFromArcs(
  ids: readonly string[],
  directed: boolean,
  arcs: { src: ArrayLike<number>; dst: ArrayLike<number>; w: ArrayLike<number> },
  options: IndexOptions = {},
): GraphIndex {
  const indexOf = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) indexOf.set(ids[i], i);
  return fromArcs(ids, indexOf, directed, arcs, options.weighted ?? true);
}

function fromArcs(
  ids: readonly string[],
  indexOf: Map<string, number>,
  directed: boolean,
  arcs: { src: ArrayLike<number>; dst: ArrayLike<number>; w: ArrayLike<number> },
  weighted: boolean,
): GraphIndex {
  const n = ids.length;
  const all = arcs.src.length;
  let kept = 0;
  for (let e = 0; e < all; e++) if (arcs.src[e] !== arcs.dst[e]) kept++;
  let src: Int32Array;
  let dst: Int32Array;
  let w: Float64Array | null;
  if (kept === all && arcs.src instanceof Int32Array && arcs.dst instanceof Int32Array && (!weighted || arcs.w instanceof Float64Array)) {
    // Typed arcs without self-loops (the reader's) are used as given: buildCsr only reads them.
    src = arcs.src;
    dst = arcs.dst;
    w = weighted ? (arcs.w as Float64Array) : null;
  } else {
    src = new Int32Array(kept);
    dst = new Int32Array(kept);
    w = weighted ? new Float64Array(kept) : null;
    let k = 0;
    for (let e = 0; e < all; e++) {
      if (arcs.src[e] === arcs.dst[e]) continue;
      src[k] = arcs.src[e];
      dst[k] = arcs.dst[e];
      if (w !== null) w[k] = arcs.w[e];
      k++;
    }
  }
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
  for (let i = 0; i < ids.length; i++) indexOf.set(ids[i], i);
  const size = graph.size;
  const weighted = options.weighted ?? true;
  const src = new Int32Array(size);
  const dst = new Int32Array(size);
  const w = new Float64Array(size);
  let e = 0;
  graph.forEachEdge((_edge, attr, source, target) => {
    src[e] = indexOf.get(source)!;
    dst[e] = indexOf.get(target)!;
    w[e] = attr.weight;
    e++;
  });
  return fromArcs(ids, indexOf, graph.type === 'directed', { src, dst, w }, weighted);
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
