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
import type { GraphIndex } from '../core/graph-index.js';
import { createBfsBuffers, type BfsBuffers } from '../core/traversal.js';
import { createDijkstraBuffers, dijkstra, inverseLengths, sameLength, type DijkstraBuffers } from './heap.js';

export interface BetweennessOptions {
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
  /** Position of each member in the settle order of the current source (weighted only). */
  readonly position: Int32Array;
  /** Unweighted: successors on the shortest-path DAG, grouped by BFS position (`succStart`). */
  readonly succ: Int32Array;
  readonly succStart: Int32Array;
}

export function createBetweennessWork(index: GraphIndex, weightedRequested = false): BetweennessWork {
  const n = index.n;
  // An index built with `weighted: false` means every tie has weight 1 (length 1): BFS is exact.
  const weighted = weightedRequested && index.weighted;
  return {
    weighted,
    sigma: new Float64Array(n),
    delta: new Float64Array(n),
    bfs: createBfsBuffers(weighted ? 0 : n),
    bfsReached: -1,
    dijkstra: createDijkstraBuffers(weighted ? n : 0),
    lengths: weighted ? inverseLengths(index.outWeights) : new Float64Array(0),
    position: new Int32Array(weighted ? n : 0),
    succ: new Int32Array(weighted ? 0 : index.outTargets.length),
    succStart: new Int32Array(weighted ? 0 : n + 1),
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
 * Cost: O(m) unweighted, O(m log n) weighted.
 */
export function accumulateBetweennessFromSource(
  index: GraphIndex,
  s: number,
  work: BetweennessWork,
  out: Float64Array,
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

  const buffers = work.dijkstra;
  const lengths = work.lengths;
  const position = work.position;
  const reached = dijkstra(index, s, 'out', lengths, buffers);
  const { dist, order } = buffers;
  for (let k = 0; k < reached; k++) {
    const v = order[k];
    sigma[v] = 0;
    delta[v] = 0;
    position[v] = k;
  }
  sigma[s] = 1;
  // v precedes u on a shortest path iff u is settled after v and d(v) + len(v,u) ≈ d(u).
  // The same predicate drives σ and δ, so both passes see one and the same path DAG.
  for (let k = 0; k < reached; k++) {
    const v = order[k];
    const dv = dist[v];
    const sv = sigma[v];
    for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
      const u = targets[p];
      const du = dist[u];
      if (du === Infinity || position[u] <= k) continue;
      if (sameLength(dv + lengths[p], du)) sigma[u] += sv;
    }
  }
  for (let k = reached - 1; k > 0; k--) {
    const v = order[k];
    const dvDist = dist[v];
    let sum = 0;
    for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
      const u = targets[p];
      const du = dist[u];
      if (du === Infinity || position[u] <= k) continue;
      if (sameLength(dvDist + lengths[p], du)) sum += delta[u];
    }
    const dv = sigma[v] * sum;
    delta[v] = (1 + dv) / sigma[v];
    out[v] += dv;
  }
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
 * Peers: networkx 2.8 `betweenness_centrality` (unweighted), igraph 0.10 `betweenness` (both), sna 2.7.
 * Cost O(n·m) unweighted, O(n·m log n) weighted. Always defined (isolates 0).
 */
export function betweenness(index: GraphIndex, options: BetweennessOptions = {}): Float64Array {
  const { weighted = false, normalized = true } = options;
  const out = new Float64Array(index.n);
  const work = createBetweennessWork(index, weighted);
  for (let s = 0; s < index.n; s++) accumulateBetweennessFromSource(index, s, work, out);
  return scaleBetweenness(index, out, normalized);
}
