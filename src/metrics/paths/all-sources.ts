/**
 * The all-sources traversal kernel shared by the in-thread and the worker-thread drivers
 * (src/analysis/workers.ts): one hop-count BFS per source along successors gives, at once, Brandes'
 * betweenness dependencies (Brandes 2001), the source's row statistics (members reached, Σ d, Σ 1/d —
 * closeness, harmonic, global efficiency, path-length summary) and, in sampled mode, the column sums
 * over the pivots that the Brandes–Pich / Eppstein–Wang estimators need. A directed graph adds one BFS
 * along predecessors per source for the incoming-distance rows (closeness / harmonic 'in').
 * With tie length 1/weight (`paths: 'weighted'`) a block runs the Dijkstra form of the same pass,
 * src/metrics/paths/weighted-sources.ts, with the same task and result.
 *
 * Pure: typed arrays in, typed arrays out, no graphology, no I/O — so a worker can run it on
 * shared copies of the CSR arrays.
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import { bfs, createBfsBuffers } from '../../graph/traversal.js';
import { accumulateBetweennessFromSource, createBetweennessWork } from './betweenness.js';
import { runWeightedBlock, runWeightedKeyPlayerBlock } from './weighted-sources.js';

/** The CSR arrays a traversal needs (a GraphIndex satisfies it; workers get shared copies). */
export interface TraversalGraph {
  n: number;
  directed: boolean;
  outOffsets: Int32Array;
  outTargets: Int32Array;
  inOffsets: Int32Array;
  inSources: Int32Array;
  undOffsets: Int32Array;
  undTargets: Int32Array;
  /**
   * true: shortest paths by tie length 1/weight (Dijkstra, src/metrics/paths/weighted-sources.ts), reading the
   * weights below; false or absent: hop counts (BFS), the weights are not read (may be empty).
   */
  weightedPaths?: boolean;
  outWeights: Float64Array;
  inWeights: Float64Array;
  undWeights: Float64Array;
}

export interface BlockTask {
  /** Sources of this block (contiguous slice of the source list). */
  sources: Int32Array;
  /** true: every member is a source (per-source rows are what the caller reads); false: pivots (column sums). */
  exact: boolean;
  /** 1 for the members of the component the path summary is computed on (largest (strong) component). */
  inComponent: Uint8Array;
  /**
   * Undirected graphs only: key-player candidates whose E(G − v) terms are accumulated in the same
   * pass ({@link removalChange}); empty for none.
   */
  candidates?: Int32Array;
}

/** What one block of sources contributes. Arrays of length n are partial sums over the block's sources. */
export interface BlockResult {
  /** Σ over the block's sources of the (ordered-pair) dependencies δ_s(v) (unscaled). */
  betweenness: Float64Array;
  /** Per source (block order): members reached along successors (source excluded), Σ d(s,·), Σ 1/d(s,·). */
  rowReach: Float64Array;
  rowDist: Float64Array;
  rowInverse: Float64Array;
  /** Per source: Σ and max of d(s,t) over targets t in the path component (0 if s is outside it). */
  rowComponentDist: Float64Array;
  rowComponentMax: Float64Array;
  /** Directed, exact only: per source, the same along predecessors (distances d(·, s)). */
  inReach: Float64Array | null;
  inDist: Float64Array | null;
  inInverse: Float64Array | null;
  /** Sampled only: per member v, over the block's pivots s ≠ v that reach v: count, Σ d(s,v), Σ 1/d(s,v). */
  colReach: Float64Array | null;
  colDist: Float64Array | null;
  colInverse: Float64Array | null;
  /** With candidates: the key-player sums (see {@link KeyPlayerBlockResult}); else null. */
  keyPlayers: KeyPlayerBlockResult | null;
}

/**
 * Takes the next block number from a shared counter (−1 when none is left): how the threads of
 * src/analysis/workers.ts share out blocks.
 */
export function takeBlock(next: Int32Array, count: number): number {
  const b = Atomics.add(next, 0, 1);
  return b < count ? b : -1;
}

/** A GraphIndex-shaped view over the traversal arrays (weights only when `g.weightedPaths`). */
export function asIndex(g: TraversalGraph): GraphIndex {
  const none = new Float64Array(0);
  const weighted = g.weightedPaths === true;
  return {
    n: g.n,
    directed: g.directed,
    weighted,
    ids: [],
    indexOf: new Map(),
    m: g.directed ? g.outTargets.length : g.outTargets.length / 2,
    outOffsets: g.outOffsets,
    outTargets: g.outTargets,
    outWeights: weighted ? g.outWeights : none,
    inOffsets: g.inOffsets,
    inSources: g.inSources,
    inWeights: weighted ? g.inWeights : none,
    undOffsets: g.undOffsets,
    undTargets: g.undTargets,
    undWeights: weighted ? g.undWeights : none,
  };
}

/**
 * Runs one block of sources. Deterministic: the result depends only on the graph and the task.
 * `g.weightedPaths`: lengths 1/weight ({@link runWeightedBlock}); else hop counts (below).
 */
export function runBlock(g: TraversalGraph, task: BlockTask): BlockResult {
  if (g.weightedPaths === true) return runWeightedBlock(g, task);
  const n = g.n;
  const index = asIndex(g);
  const { sources, exact, inComponent } = task;
  const b = sources.length;
  const between = new Float64Array(n);
  const rowReach = new Float64Array(b);
  const rowDist = new Float64Array(b);
  const rowInverse = new Float64Array(b);
  const rowComponentDist = new Float64Array(b);
  const rowComponentMax = new Float64Array(b);
  const wantIn = exact && g.directed;
  const inReach = wantIn ? new Float64Array(b) : null;
  const inDist = wantIn ? new Float64Array(b) : null;
  const inInverse = wantIn ? new Float64Array(b) : null;
  const colReach = exact ? null : new Float64Array(n);
  const colDist = exact ? null : new Float64Array(n);
  const colInverse = exact ? null : new Float64Array(n);
  const work = createBetweennessWork(index, false);
  const candidates = task.candidates ?? new Int32Array(0);
  const C = candidates.length;
  if (C > 0 && g.directed) throw new RangeError('runBlock: key-player candidates need an undirected graph');
  const sc = C > 0 ? createDominanceScratch(n) : null;
  const kpWithout = new Float64Array(C);
  const kpSources = new Float64Array(C);
  let kpWhole = 0;
  const inBuffers = wantIn ? createBfsBuffers(n) : null;
  let inPrevious = -1;
  for (let i = 0; i < b; i++) {
    const s = sources[i];
    accumulateBetweennessFromSource(index, s, work, between);
    const reached = work.bfsReached;
    const { dist, queue } = work.bfs;
    let sumD = 0;
    let sumInv = 0;
    let compD = 0;
    let compMax = 0;
    const sIn = inComponent[s] === 1;
    // Distances are integers: their sums are exact in any order; Σ 1/d is summed in BFS order.
    for (let k = 1; k < reached; k++) {
      const t = queue[k];
      const d = dist[t];
      sumD += d;
      sumInv += 1 / d;
      if (sIn && inComponent[t] === 1) {
        compD += d;
        if (d > compMax) compMax = d;
      }
    }
    rowReach[i] = reached - 1;
    rowDist[i] = sumD;
    rowInverse[i] = sumInv;
    rowComponentDist[i] = compD;
    rowComponentMax[i] = compMax;
    if (sc !== null) {
      // DAG predecessor counts from the successor lists of the Brandes pass.
      const preds = sc.preds;
      for (let k = 0; k < reached; k++) preds[queue[k]] = 0;
      const succ = work.succ;
      for (let q = 0, end = work.succStart[reached]; q < end; q++) preds[succ[q]]++;
      kpWhole += sumInv;
      for (let c = 0; c < C; c++) {
        const v = candidates[c];
        if (v === s) continue;
        kpSources[c] += 1;
        kpWithout[c] += dist[v] < 0 ? sumInv : sumInv + removalChange(g.outOffsets, g.outTargets, dist, v, sc);
      }
    }
    if (colReach !== null) {
      for (let k = 1; k < reached; k++) {
        const t = queue[k];
        const d = dist[t];
        colReach[t] += 1;
        colDist![t] += d;
        colInverse![t] += 1 / d;
      }
    }
    if (inBuffers !== null) {
      inPrevious = bfs(index, s, 'in', inBuffers, undefined, inPrevious);
      let sd = 0;
      let si = 0;
      for (let k = 1; k < inPrevious; k++) {
        const d = inBuffers.dist[inBuffers.queue[k]];
        sd += d;
        si += 1 / d;
      }
      inReach![i] = inPrevious - 1;
      inDist![i] = sd;
      inInverse![i] = si;
    }
  }
  return {
    betweenness: between,
    rowReach, rowDist, rowInverse, rowComponentDist, rowComponentMax,
    inReach, inDist, inInverse,
    colReach, colDist, colInverse,
    keyPlayers: C > 0 ? { whole: kpWhole, without: kpWithout, sources: kpSources } : null,
  };
}

/** Reusable buffers of {@link removalChange}. */
export interface DominanceScratch {
  preds: Int32Array;
  domPreds: Int32Array;
  dominated: Uint8Array;
  newDist: Int32Array;
  dset: Int32Array;
  order: Int32Array;
  bucketNext: Int32Array;
  bfsQueue: Int32Array;
}

export function createDominanceScratch(n: number): DominanceScratch {
  return {
    preds: new Int32Array(n),
    domPreds: new Int32Array(n),
    dominated: new Uint8Array(n),
    newDist: new Int32Array(n).fill(-1),
    dset: new Int32Array(n),
    order: new Int32Array(n),
    bucketNext: new Int32Array(n),
    bfsQueue: new Int32Array(n),
  };
}

/**
 * Change of Σ_t 1/d(s,t) when member v (reached from s, v ≠ s) is removed, from the BFS distances
 * `dist` of s and the number of shortest-path DAG predecessors `sc.preds` of every reached member:
 * −1/d(s,v) + Σ_{t dominated by v} (1/d'(s,t) − 1/d(s,t)), 1/∞ = 0.
 *
 * Dominance (Borgatti's key players need E(G − v) exactly): t's distance changes iff every shortest
 * s–t path passes through v, i.e. all of t's DAG predecessors are v or dominated; the dominated set D
 * grows from v's DAG successors. New distances inside D come from a BFS restricted to D, started from
 * D's non-dominated neighbours w at d(s,w) + 1 (bucketed by start distance, merged with the FIFO).
 */
export function removalChange(offsets: Int32Array, targets: Int32Array, dist: Int32Array, v: number, sc: DominanceScratch): number {
  const { preds, domPreds, dominated, newDist, dset, order, bfsQueue } = sc;
  let nd = 0;
  let scan = 0;
  dset[nd++] = v;
  dominated[v] = 1;
  while (scan < nd) {
    const x = dset[scan++];
    const nx = dist[x] + 1;
    for (let p = offsets[x], end = offsets[x + 1]; p < end; p++) {
      const u = targets[p];
      if (dist[u] !== nx) continue;
      if (++domPreds[u] === preds[u]) {
        dominated[u] = 1;
        dset[nd++] = u;
      }
    }
  }
  let change = -1 / dist[v];
  if (nd > 1) {
    let ns = 0;
    for (let q = 1; q < nd; q++) {
      const t = dset[q];
      let best = -1;
      for (let p = offsets[t], end = offsets[t + 1]; p < end; p++) {
        const w = targets[p];
        if (dominated[w] === 1 || dist[w] < 0) continue;
        const d = dist[w] + 1;
        if (best < 0 || d < best) best = d;
      }
      if (best > 0) {
        newDist[t] = best;
        order[ns++] = t;
      }
    }
    // Starts in order of distance (insertion sort: D is usually small), ties by member index.
    for (let i = 1; i < ns; i++) {
      const x = order[i];
      const dx = newDist[x];
      let j = i - 1;
      while (j >= 0 && (newDist[order[j]] > dx || (newDist[order[j]] === dx && order[j] > x))) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = x;
    }
    let si = 0;
    let qh = 0;
    let qt = 0;
    while (si < ns || qh < qt) {
      let x: number;
      if (qh < qt && (si >= ns || newDist[bfsQueue[qh]] <= newDist[order[si]])) x = bfsQueue[qh++];
      else x = order[si++];
      if (dominated[x] === 2) continue;
      dominated[x] = 2; // settled
      const dx = newDist[x];
      change += 1 / dx - 1 / dist[x];
      for (let p = offsets[x], end = offsets[x + 1]; p < end; p++) {
        const u = targets[p];
        if (dominated[u] !== 1 || u === v) continue;
        if (newDist[u] < 0 || dx + 1 < newDist[u]) {
          newDist[u] = dx + 1;
          bfsQueue[qt++] = u;
        }
      }
    }
    for (let q = 1; q < nd; q++) {
      const t = dset[q];
      if (dominated[t] !== 2) change -= 1 / dist[t];
    }
  }
  for (let q = 0; q < nd; q++) {
    const x = dset[q];
    dominated[x] = 0;
    newDist[x] = -1;
    const nx = dist[x] + 1;
    for (let p = offsets[x], end = offsets[x + 1]; p < end; p++) {
      const u = targets[p];
      if (dist[u] === nx) domPreds[u] = 0;
    }
  }
  return change;
}

/** What one block of sources contributes to the key-player efficiencies (undirected view). */
export interface KeyPlayerBlockResult {
  /** Σ over the block's sources s of Σ_t 1/d(s,t) (E(G) numerator part). */
  whole: number;
  /**
   * Per candidate c (candidate order): Σ over the block's sources s ≠ v_c of Σ_{t ≠ v_c} 1/d_{G−v_c}(s,t)
   * (E(G − v_c) numerator part).
   */
  without: Float64Array;
  /** Per candidate: the block's sources other than v_c. */
  sources: Float64Array;
}

/**
 * Key-player efficiencies, one BFS per source (undirected view) for all candidates (Dijkstra with
 * lengths 1/weight when `g.weightedPaths`: {@link runWeightedKeyPlayerBlock}), with
 * {@link removalChange}: the row of s in G − v is row_s − 1/d(s,v) + Σ_{t dominated} (1/d' − 1/d).
 * Exact; the cost per source is one BFS plus the dominated sets' degrees (usually small).
 */
export function runKeyPlayerBlock(g: TraversalGraph, sources: Int32Array, candidates: Int32Array): KeyPlayerBlockResult {
  if (g.weightedPaths === true) return runWeightedKeyPlayerBlock(g, sources, candidates);
  const n = g.n;
  const offsets = g.undOffsets;
  const targets = g.undTargets;
  const C = candidates.length;
  const dist = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const sc = createDominanceScratch(n);
  const preds = sc.preds;
  const without = new Float64Array(C);
  const counted = new Float64Array(C);
  let whole = 0;
  let reached = 0;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    for (let k = 0; k < reached; k++) dist[queue[k]] = -1;
    let head = 0;
    let tail = 0;
    dist[s] = 0;
    preds[s] = 0;
    queue[tail++] = s;
    let row = 0;
    while (head < tail) {
      const v = queue[head++];
      const next = dist[v] + 1;
      for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
        const u = targets[p];
        const du = dist[u];
        if (du < 0) {
          dist[u] = next;
          preds[u] = 1;
          queue[tail++] = u;
          row += 1 / next;
        } else if (du === next) {
          preds[u]++;
        }
      }
    }
    reached = tail;
    whole += row;
    for (let c = 0; c < C; c++) {
      const v = candidates[c];
      if (v === s) continue;
      counted[c] += 1;
      without[c] += dist[v] < 0 ? row : row + removalChange(offsets, targets, dist, v, sc);
    }
  }
  return { whole, without, sources: counted };
}
