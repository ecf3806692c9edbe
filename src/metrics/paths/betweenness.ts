/**
 * Betweenness centrality (Brandes 2001) on the indexed core.
 *
 * In-house rather than graphology-metrics: graphology reads weights as lengths (we need length =
 * 1/weight), its weighted betweenness always runs Dijkstra, and the planned scale work (worker
 * threads, Brandes–Pich pivot sampling) needs Brandes per source on the CSR index.
 *
 * Structure: {@link accumulateBetweennessFromSource} adds one source's dependencies into an output
 * array using work buffers allocated once ({@link createBetweennessWork}); {@link betweenness} is the
 * driver looping over all sources in order and scaling. A parallel or sampled driver can partition
 * or sample the sources and sum the per-worker outputs before the same scaling.
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import { createBfsBuffers, type BfsBuffers } from '../../graph/traversal.js';
import { createDijkstraBuffers, inverseLengths, sameLength, type DijkstraBuffers } from '../../graph/heap.js';
import { passSources, pivotsOf, sourceBlocks, type PivotOptions } from './sources.js';

export interface BetweennessOptions extends PivotOptions {
  /** Shortest paths by tie length 1/weight (Dijkstra) instead of hop counts (BFS). Default false. */
  weighted?: boolean;
  /** Scale by 2/((n−1)(n−2)) (undirected) or 1/((n−1)(n−2)) (directed). Default true. */
  normalized?: boolean;
}

/** Reusable per-source buffers; allocate once per traversal thread with {@link createBetweennessWork}. */
export interface BetweennessWork {
  readonly weighted: boolean;
  /** Number of paths from the source (σ). */
  readonly sigma: Float64Array;
  /**
   * Per member w already accumulated: (1 + δ_s(w)) / σ_sw, so that δ_s(v) = σ_sv · Σ_{w succ. of v} of it
   * (one division per member instead of one per tie).
   */
  readonly delta: Float64Array;
  /** Hop-count traversal (unweighted). */
  readonly bfs: BfsBuffers;
  /** Members reached by the previous BFS (for its O(reached) reset); -1 before the first. */
  bfsReached: number;
  /** Weighted traversal. */
  readonly dijkstra: DijkstraBuffers;
  /** Tie lengths 1/w laid out like `index.outWeights` (weighted only; empty otherwise). */
  readonly lengths: Float64Array;
  /** Position of each member in the settle order of the current source, −1 = not settled (weighted only). */
  readonly position: Int32Array;
  /**
   * Weighted: shortest-path DAG predecessors of u at predecessors[predBase[u] ..+ predCount[u]) — one
   * slot per incoming tie (predBase = the in-adjacency offsets).
   */
  readonly predecessors: Int32Array;
  readonly predCount: Int32Array;
  readonly predBase: Int32Array;
  /** Unweighted: successors on the shortest-path DAG, grouped by BFS position (`succStart`). */
  readonly succ: Int32Array;
  readonly succStart: Int32Array;
  /**
   * Weighted, when every weight is a positive integer and their least common multiple L is at most
   * {@link MAX_LENGTH_SCALE}: L (else 0). Then length 1/w = (L/w)/L with the integer L/w in
   * `scaledLengths`, distances are exact integers (in units of 1/L) and a bucket queue (Dial 1969)
   * replaces the heap — exact path ties, no tolerance needed, and near-BFS speed.
   */
  readonly scale: number;
  readonly scaledLengths: Int32Array;
  /** Integer distance from the source in units of 1/scale; −1 = not reached (integer mode). */
  readonly scaledDist: Int32Array;
  /** Bucket queue: bucket heads (circular, L/min w + 1 buckets) and entries (member, next). */
  readonly bucketHead: Int32Array;
  readonly entryMember: Int32Array;
  readonly entryNext: Int32Array;
}

/**
 * Largest common denominator of the tie lengths 1/w for the exact integer-length traversal: the
 * bucket queue scans up to (longest distance · L) buckets per source, so L must stay small.
 * 2520 = lcm(1..10): integer intensities up to 10 (and many other sets) qualify.
 */
export const MAX_LENGTH_SCALE = 2520;

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/** L = lcm of the weights when all are positive integers with L ≤ MAX_LENGTH_SCALE and n·L < 2³¹; else 0. */
function lengthScale(weights: Float64Array, n: number): number {
  let l = 1;
  let last = 0;
  for (let p = 0; p < weights.length; p++) {
    const w = weights[p];
    if (w === last) continue;
    if (!Number.isInteger(w) || w <= 0) return 0;
    l = (l / gcd(l, w)) * w;
    if (l > MAX_LENGTH_SCALE) return 0;
    last = w;
  }
  return n * l < 2 ** 31 ? l : 0;
}

export function createBetweennessWork(index: GraphIndex, weightedRequested = false): BetweennessWork {
  const n = index.n;
  // An index built with `weighted: false` means every tie has weight 1 (length 1): BFS is exact.
  const weighted = weightedRequested && index.weighted;
  const scale = weighted ? lengthScale(index.outWeights, n) : 0;
  const scaledLengths = new Int32Array(scale > 0 ? index.outWeights.length : 0);
  let longest = 0;
  for (let p = 0; p < scaledLengths.length; p++) {
    scaledLengths[p] = scale / index.outWeights[p];
    if (scaledLengths[p] > longest) longest = scaledLengths[p];
  }
  return {
    weighted,
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    bfs: createBfsBuffers(weighted ? 0 : n),
    bfsReached: -1,
    dijkstra: createDijkstraBuffers(weighted ? n : 0),
    lengths: weighted ? inverseLengths(index.outWeights) : new Float64Array(0),
    position: new Int32Array(weighted ? n : 0).fill(-1),
    predecessors: new Int32Array(weighted ? index.inSources.length : 0),
    predCount: new Int32Array(weighted ? n : 0),
    predBase: weighted ? index.inOffsets : new Int32Array(0),
    succ: new Int32Array(weighted ? 0 : index.outTargets.length),
    succStart: new Int32Array(weighted ? 0 : n + 1),
    scale,
    scaledLengths,
    scaledDist: new Int32Array(scale > 0 ? n : 0).fill(-1),
    bucketHead: new Int32Array(scale > 0 ? longest + 1 : 0).fill(-1),
    entryMember: new Int32Array(scale > 0 ? index.outTargets.length + 1 : 0),
    entryNext: new Int32Array(scale > 0 ? index.outTargets.length + 1 : 0),
  };
}

/**
 * Brandes' single-source step: shortest paths from `s` along successors (hops, or lengths 1/w when
 * `work.weighted`), path counts σ, then dependencies δ_s(v) = Σ_{w: v ∈ P_s(w)} σ_sv/σ_sw · (1 + δ_s(w))
 * accumulated in reverse distance order and ADDED into `out[v]` for every v ≠ s.
 * Sums over ordered pairs (s, t): an undirected driver halves the total.
 *
 * Weighted: two members' path lengths within a relative 1e-10 are equal (igraph-style tolerant
 * comparison), so mathematically equal paths whose float sums differ in the last bit are all counted
 * (networkx compares exactly and drops some; the exact rational result is what this reproduces).
 * The Dijkstra counts paths and records each member's DAG predecessors as it relaxes ties (Brandes
 * 2001, Algorithm 1 with a priority queue); `work.dijkstra` then holds the distances and the settle
 * order, `work.position` each member's place in it, for the caller's row statistics.
 * Cost: O(m) unweighted, O(m log n) weighted.
 */
export function accumulateBetweennessFromSource(
  index: GraphIndex,
  s: number,
  work: BetweennessWork,
  out: Float64Array,
  dependencies = true,
): void {
  const { outOffsets: offsets, outTargets: targets } = index;
  const { sigma, delta } = work;
  if (!work.weighted) {
    // One forward pass does the BFS and the path counts (σ_u = Σ σ_v over predecessors v, added in
    // queue order — the same sums as a separate σ pass), recording each member's successors on the
    // shortest-path DAG; the backward pass then reads only those DAG arcs.
    const { dist, queue } = work.bfs;
    const succ = work.succ;
    const succStart = work.succStart;
    const previous = work.bfsReached;
    if (previous >= 0) for (let k = 0; k < previous; k++) dist[queue[k]] = -1;
    else dist.fill(-1);
    let head = 0;
    let tail = 0;
    let ns = 0;
    dist[s] = 0;
    sigma[s] = 1;
    queue[tail++] = s;
    while (head < tail) {
      const v = queue[head];
      succStart[head++] = ns;
      const next = dist[v] + 1;
      const sv = sigma[v];
      for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
        const u = targets[p];
        const du = dist[u];
        if (du < 0) {
          dist[u] = next;
          sigma[u] = sv;
          queue[tail++] = u;
          succ[ns++] = u;
        } else if (du === next) {
          sigma[u] += sv;
          succ[ns++] = u;
        }
      }
    }
    succStart[tail] = ns;
    work.bfsReached = tail;
    if (!dependencies) return;
    for (let k = tail - 1; k > 0; k--) {
      const v = queue[k];
      let sum = 0;
      for (let q = succStart[k], end = succStart[k + 1]; q < end; q++) sum += delta[succ[q]];
      const dv = sigma[v] * sum;
      delta[v] = (1 + dv) / sigma[v];
      out[v] += dv;
    }
    return;
  }

  // Dijkstra with the path counts and the DAG predecessors recorded as ties are relaxed (from settled
  // members only, so σ_v is final when v's ties are relaxed); then dependencies over the DAG.
  const reached = work.scale > 0 ? scaledForward(index, s, work) : heapForward(index, s, work);
  if (!dependencies) return;
  const { order } = work.dijkstra;
  const { predecessors, predCount, predBase } = work;
  // Reverse settle order: every DAG successor of w is settled after w, so δ_s(w) is complete here.
  for (let k = reached - 1; k > 0; k--) {
    const w = order[k];
    const dw = delta[w];
    out[w] += dw;
    const coeff = (1 + dw) / sigma[w];
    for (let q = predBase[w], end = q + predCount[w]; q < end; q++) {
      const v = predecessors[q];
      delta[v] += sigma[v] * coeff;
    }
  }
}

/** Clears what the previous source's traversal set (distances, positions). */
function resetWeighted(work: BetweennessWork): void {
  const { dist, order } = work.dijkstra;
  const { position, scaledDist } = work;
  const integer = work.scale > 0;
  for (let k = 0; k < work.dijkstra.reached; k++) {
    const v = order[k];
    dist[v] = Infinity;
    position[v] = -1;
    if (integer) scaledDist[v] = -1;
  }
}

/**
 * Forward pass with float lengths 1/w and the binary heap: path lengths equal up to the relative
 * tolerance of `sameLength` count as equal. Returns the members reached.
 */
function heapForward(index: GraphIndex, s: number, work: BetweennessWork): number {
  const { outOffsets: offsets, outTargets: targets } = index;
  const { sigma, delta } = work;
  const buffers = work.dijkstra;
  const { dist, order, heap } = buffers;
  const lengths = work.lengths;
  const { position, predecessors, predCount, predBase } = work;
  resetWeighted(work);
  heap.clear();
  let reached = 0;
  dist[s] = 0;
  sigma[s] = 1;
  predCount[s] = 0;
  heap.push(s, 0);
  while (heap.size > 0) {
    const v = heap.pop();
    position[v] = reached;
    order[reached++] = v;
    delta[v] = 0;
    const dv = dist[v];
    const sv = sigma[v];
    for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
      const u = targets[p];
      if (position[u] >= 0) continue;
      const alt = dv + lengths[p];
      if (alt === Infinity) continue;
      const du = dist[u];
      if (du !== Infinity && sameLength(alt, du)) {
        // Another shortest path (up to the tolerance): counted; the distance kept is the smaller.
        sigma[u] += sv;
        predecessors[predBase[u] + predCount[u]++] = v;
        if (alt < du) {
          dist[u] = alt;
          heap.push(u, alt);
        }
      } else if (alt < du) {
        dist[u] = alt;
        sigma[u] = sv;
        predecessors[predBase[u]] = v;
        predCount[u] = 1;
        heap.push(u, alt);
      }
    }
  }
  buffers.reached = reached;
  return reached;
}

/**
 * Forward pass with integer lengths L/w (work.scale = L) and a circular bucket queue (Dial 1969):
 * pending distances lie within [current, current + longest length], so (longest + 1) buckets suffice;
 * an entry whose member was settled or got a shorter distance since it was queued is skipped. Exact
 * equality of integer distances decides path ties. Distances are written to `work.dijkstra.dist` as
 * D/L. Returns the members reached.
 */
function scaledForward(index: GraphIndex, s: number, work: BetweennessWork): number {
  const { outOffsets: offsets, outTargets: targets } = index;
  const { sigma, delta, scaledLengths, scaledDist, bucketHead, entryMember, entryNext, scale } = work;
  const buffers = work.dijkstra;
  const { dist, order } = buffers;
  const { position, predecessors, predCount, predBase } = work;
  resetWeighted(work);
  const buckets = bucketHead.length;
  let entries = 0;
  let pending = 0;
  const push = (u: number, d: number): void => {
    const b = d % buckets;
    entryMember[entries] = u;
    entryNext[entries] = bucketHead[b];
    bucketHead[b] = entries++;
    pending++;
  };
  let reached = 0;
  scaledDist[s] = 0;
  sigma[s] = 1;
  predCount[s] = 0;
  push(s, 0);
  for (let current = 0; pending > 0; current++) {
    const b = current % buckets;
    for (let e = bucketHead[b]; e >= 0; e = bucketHead[b]) {
      bucketHead[b] = entryNext[e];
      pending--;
      const v = entryMember[e];
      if (position[v] >= 0 || scaledDist[v] !== current) continue;
      position[v] = reached;
      order[reached++] = v;
      delta[v] = 0;
      dist[v] = current / scale;
      const sv = sigma[v];
      for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
        const u = targets[p];
        if (position[u] >= 0) continue;
        const alt = current + scaledLengths[p];
        const du = scaledDist[u];
        if (du < 0 || alt < du) {
          scaledDist[u] = alt;
          sigma[u] = sv;
          predecessors[predBase[u]] = v;
          predCount[u] = 1;
          push(u, alt);
        } else if (alt === du) {
          sigma[u] += sv;
          predecessors[predBase[u] + predCount[u]++] = v;
        }
      }
    }
  }
  buffers.reached = reached;
  return reached;
}

/**
 * Scales summed ordered-pair dependencies to the reported betweenness: undirected graphs halve
 * (each unordered pair was counted from both ends); normalized multiplies by 1/((n−1)(n−2))
 * (the halving and networkx's factor 2 cancel for undirected graphs). n ≤ 2: left raw (all 0).
 */
export function scaleBetweenness(index: GraphIndex, sums: Float64Array, normalized: boolean): Float64Array {
  const n = index.n;
  const scale = normalized && n > 2 ? 1 / ((n - 1) * (n - 2)) : index.directed ? 1 : 0.5;
  if (scale !== 1) for (let v = 0; v < n; v++) sums[v] *= scale;
  return sums;
}

/**
 * Normalized betweenness from raw betweenness (a new array): raw · 2/((n−1)(n−2)) undirected,
 * raw/((n−1)(n−2)) directed, as networkx 2.8; n ≤ 2 → the raw values (all 0).
 */
export function normalizeBetweenness(index: GraphIndex, raw: Float64Array): Float64Array {
  const n = index.n;
  const out = Float64Array.from(raw);
  if (n <= 2) return out;
  const scale = (index.directed ? 1 : 2) / ((n - 1) * (n - 2));
  for (let v = 0; v < n; v++) out[v] *= scale;
  return out;
}

/**
 * Betweenness centrality (Freeman 1977; algorithm Brandes 2001, "A faster algorithm for betweenness
 * centrality", J. Math. Sociol. 25:163):
 *   B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st,
 * σ_st = number of shortest s–t paths, σ_st(v) = those through v.
 *
 * - Raw: undirected graphs sum over unordered pairs {s, t} (networkx `normalized=False`, igraph, sna);
 *   directed graphs over ordered pairs.
 * - Normalized (default): raw · 2/((n−1)(n−2)) undirected, raw/((n−1)(n−2)) directed (networkx 2.8);
 *   n ≤ 2 → 0.
 * - Weights: ignored by default (hop counts). `weighted: true` uses tie length = 1/weight (a strong tie is
 *   short) with tolerant comparison of path lengths (relative 1e-10), which matches igraph 0.10 and
 *   exact rational arithmetic; networkx 2.8 compares float path lengths exactly and misses some equal
 *   paths (documented deviation from networkx, in networkx's disfavour). Ties with weight ≤ 0 are unusable.
 *   On an index built with `weighted: false` every length is 1 (hop counts), whatever its weight arrays hold.
 * - Sampling: `pivots: k` (seeded by `seed`) estimates B(v) = (n/k) Σ_{s ∈ P} δ_s(v) over k pivot
 *   sources (Brandes & Pich 2007), networkx's `betweenness_centrality(G, k=, seed=)` estimator (networkx
 *   draws its pivots with its own generator; fixtures/sampling gives it ours). Exact when k ≥ n.
 * Peers: networkx 2.8 `betweenness_centrality` (unweighted), igraph 0.10 `betweenness` (both), sna 2.7.
 * Cost O(n·m) unweighted, O(n·m log n) weighted; sampled O(k·m). Always defined (isolates 0).
 */
export function betweenness(index: GraphIndex, options: BetweennessOptions = {}): Float64Array {
  const { weighted = false, normalized = true } = options;
  const n = index.n;
  const out = new Float64Array(n);
  const work = createBetweennessWork(index, weighted);
  const pivots = pivotsOf(n, options);
  if (pivots === null) {
    for (let s = 0; s < n; s++) accumulateBetweennessFromSource(index, s, work, out);
    return scaleBetweenness(index, out, normalized);
  }
  // Brandes–Pich: the pivots' dependencies summed per fixed source block, blocks in order, as the
  // all-sources pass of the analysis (paths/path-family.ts), then × n/K and the exact scaling.
  const sources = passSources(n, pivots);
  const block = new Float64Array(n);
  for (const b of sourceBlocks(sources)) {
    block.fill(0);
    for (let i = 0; i < b.length; i++) accumulateBetweennessFromSource(index, b[i], work, block);
    for (let v = 0; v < n; v++) out[v] += block[v];
  }
  const f = n / sources.length;
  for (let v = 0; v < n; v++) out[v] *= f;
  scaleBetweenness(index, out, false);
  return normalized ? normalizeBetweenness(index, out) : out;
}
