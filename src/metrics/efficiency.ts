/**
 * Efficiency (Latora & Marchiori 2001): how well information travels over the partnership graph.
 * Hop counts by default (all-pairs BFS on the indexed core); `weighted: true` measures paths by tie
 * length 1/weight (Dijkstra).
 */
import type { GraphIndex } from '../graph/graph-index.js';
import { allPairsHopSums } from '../graph/bit-bfs.js';
import { indexFromArcs, undirectedView } from '../graph/graph-index.js';
import { forwardLists } from './clustering.js';
import { IndexedMinHeap, inverseLengths } from '../graph/heap.js';
import { passFamily, runPass, type PivotOptions } from './paths/path-family.js';

export interface GlobalEfficiencyOptions extends PivotOptions {
  /** Members treated as absent (1 = removed), e.g. for key-player analysis. */
  removed?: Uint8Array;
  /**
   * Which ties a path follows: `out` = along arcs (directed graphs; the default), `und` = the
   * undirected view. On undirected graphs both are the same.
   */
  direction?: 'out' | 'und';
  /** Path length = Σ 1/weight (Dijkstra) instead of hops. Default false. */
  weighted?: boolean;
}

/**
 * Global efficiency (Latora & Marchiori 2001, Phys. Rev. Lett. 87:198701):
 * E = (1 / (n'(n'−1))) · Σ_{i≠j} 1/d(i,j), over ordered pairs of the n' members that are not
 * removed, with d the hop distance (1/d = 0 when j is unreachable from i). n' < 2 → 0.
 *
 * Weights: not used by default (hop counts). `weighted: true`: d = shortest-path length with tie
 * length 1/weight (the undirected view's length of a reciprocated pair is 1/(a_ij + a_ji)); networkx
 * has no weighted `global_efficiency`, the value equals the mean of 1/d over networkx's
 * `all_pairs_dijkstra_path_length(distance = 1/weight)` (fixtures/paths). On an index built with
 * `weighted: false` every length is 1 (hops). Directed graphs: d(i,j) follows arcs i → j by default
 * (`direction: 'out'`), the reference's directed `global_efficiency`; `direction: 'und'` gives the
 * value of the symmetrised graph. Matches networkx 2.8 `global_efficiency` (undirected; networkx has
 * no directed version, the directed value matches distances from igraph 0.10). Sampling: `pivots: k`
 * (seeded by `seed`) estimates E = Σ_{s∈P} Σ_t 1/d(s,t) / (k(n'−1)) over k pivot sources, as the
 * analysis does above its size limit. Exact hops: bit-parallel BFS from all sources at once
 * (src/graph/bit-bfs.ts), O(D·m·n/32) word operations, D = diameter; weighted or sampled: the
 * all-sources pass (paths/path-family.ts), one Dijkstra per source, O(n·m log n).
 */
export function globalEfficiency(index: GraphIndex, options: GlobalEfficiencyOptions = {}): number {
  const { removed } = options;
  const direction = options.direction ?? 'out';
  const n = index.n;
  let active = 0;
  for (let v = 0; v < n; v++) if (removed === undefined || removed[v] !== 1) active++;
  if (active < 2) return 0;
  const weighted = options.weighted === true && index.weighted;
  if (!weighted && options.pivots === undefined) {
    // Exact hop counts: the bit-parallel all-sources BFS, 32 sources per word, is 10–30× cheaper
    // than one BFS per member when efficiency is all that is wanted. (The analysis reads E from the
    // all-sources pass instead: that pass runs anyway for betweenness, so E costs it nothing.)
    const { inverse } = allPairsHopSums(index, direction, removed);
    let total = 0;
    for (let v = 0; v < n; v++) total += inverse[v];
    return total / (active * (active - 1));
  }
  // Lengths 1/weight, or sampled: the all-sources pass and its reducer (paths/path-family.ts), on the
  // graph the options describe (undirected view; members removed = the induced subgraph of the rest).
  let g = direction === 'und' ? undirectedView(index) : index;
  if (removed !== undefined) g = inducedIndex(g, removed);
  return passFamily(g, runPass(g, { weighted, pivots: options.pivots, seed: options.seed }), true, true).globalEfficiency;
}

/** The subgraph induced by the members not removed, as an index of its own (weights kept). */
function inducedIndex(index: GraphIndex, removed: Uint8Array): GraphIndex {
  const n = index.n;
  const local = new Int32Array(n).fill(-1);
  const ids: string[] = [];
  for (let v = 0; v < n; v++) {
    if (removed[v] === 1) continue;
    local[v] = ids.length;
    ids.push(index.ids[v] ?? String(v));
  }
  const src: number[] = [];
  const dst: number[] = [];
  const w: number[] = [];
  for (let v = 0; v < n; v++) {
    if (local[v] < 0) continue;
    for (let p = index.outOffsets[v], end = index.outOffsets[v + 1]; p < end; p++) {
      const u = index.outTargets[p];
      // An undirected index lists each tie from both ends: keep it once.
      if (local[u] < 0 || (!index.directed && u < v)) continue;
      src.push(local[v]);
      dst.push(local[u]);
      w.push(index.weighted ? index.outWeights[p] : 1);
    }
  }
  return indexFromArcs(ids, index.directed, { src, dst, w }, { weighted: index.weighted });
}

export interface LocalEfficiencyOptions {
  /**
   * Path length = Σ 1/weight inside the neighbourhood (Dijkstra) instead of hops. Default false.
   * No peer has it (networkx's `local_efficiency` is unweighted); see {@link localEfficiency}.
   */
  weighted?: boolean;
}

/**
 * Local efficiency (Latora & Marchiori 2001), networkx 2.8 `local_efficiency`:
 * E_loc(i) = global efficiency of the subgraph induced by N(i), i itself removed:
 * (1 / (k(k−1))) · Σ_{j≠h ∈ N(i)} 1/d_{N(i)}(j,h), d measured inside the induced subgraph;
 * 0 when k < 2 (no pairs). The network value is the mean over ALL members (zeros included);
 * NaN for a graph without members.
 *
 * Weights: not used by default (hop counts). `weighted: true` (the analysis's `paths: 'weighted'`):
 * d_{N(i)} is the shortest-path length inside the induced subgraph with tie length 1/weight, i.e.
 * E_loc(i) is the weighted global efficiency of the neighbourhood subgraph (as {@link globalEfficiency}
 * with `weighted`), averaged over all members as above. This weighted variant is the project's own:
 * networkx has no weighted local efficiency and no other peer computes this one; it is checked
 * against a direct Python implementation from networkx's Dijkstra (fixtures/paths) and hand-worked
 * cases. An index built with `weighted: false` gives the hop value.
 * Directed graphs: computed on the undirected view (the reference's `local_efficiency@undirected`;
 * networkx's local efficiency is undirected-only; weighted: the view's weight a_ij + a_ji).
 * In-house: the ties among N(i) are found from the forward lists of the triangle enumeration
 * (clustering.ts; each tie once, from its lower-ranked end: O(Σ_{j∈N(i)} d⁺_j)) and copied into small
 * scratch arrays in local indices. Then, per neighbourhood with e ties among its k members:
 * - a clique (e = k(k−1)/2): E_loc = 1 (every distance is 1), no search;
 * - a dense one (2e ≥ k(k−1)/16, k ≤ 8192): a BFS from each neighbour on bitset rows (k/32 words per
 *   row) that keeps the set of members not yet reached and stops as soon as it is empty, so a search
 *   in a dense neighbourhood ends after a few rows of its second level: O(k²) per neighbourhood
 *   instead of O(k·e) = O(k³) — a complete graph of 300 members drops from ~10 s to milliseconds;
 * - otherwise: a BFS from each neighbour on adjacency lists.
 * Both count the ordered pairs at each distance d (integers) and sum count_d / d at the end, so the
 * value does not depend on the search order or on which search ran.
 */
export function localEfficiency(index: GraphIndex, options: LocalEfficiencyOptions = {}): { values: Float64Array; mean: number } {
  const n = index.n;
  const values = new Float64Array(n);
  if (n === 0) return { values, mean: Number.NaN };
  const offsets = index.undOffsets;
  const targets = index.undTargets;
  const { fOff, fTgt, fPos } = forwardLists(index);
  const weighted = options.weighted === true && index.weighted;
  const undLengths = weighted ? inverseLengths(index.undWeights) : null;
  let maxDeg = 0;
  for (let v = 0; v < n; v++) if (offsets[v + 1] - offsets[v] > maxDeg) maxDeg = offsets[v + 1] - offsets[v];
  // slot[x] = 1 + local index of x while x is in the current neighbourhood, else 0.
  const slot = new Int32Array(n);
  // Ties of the induced subgraph (local indices) as pairs, then as rows adj[adjOff[x]..adjOff[x + 1]).
  let ends: Int32Array = new Int32Array(1024); // pair t is ends[2t], ends[2t + 1]; grows on demand
  const lists = new ListSearch(maxDeg);
  const bits = new BitSearch();
  // hist[d] = ordered pairs of neighbours at distance d inside the current neighbourhood.
  const hist = new Float64Array(maxDeg + 1);
  // Weighted: the length of pair t (1/weight of the tie), and the Dijkstra that reads them.
  let lens: Float64Array = new Float64Array(weighted ? 1024 : 0);
  const local = weighted ? new LocalDijkstra(maxDeg) : null;
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
        if (undLengths !== null) {
          if (e === lens.length) lens = growFloat(lens);
          lens[e] = undLengths[fPos[b]];
        }
        e++;
      }
    }
    for (let p = start; p < end; p++) slot[targets[p]] = 0;
    if (e === 0) continue; // no ties among the neighbours: every 1/d is 0
    if (local !== null) {
      // Weighted: no clique shortcut (lengths differ from 1); Dijkstra inside the neighbourhood.
      values[v] = local.efficiency(k, ends, lens, e);
      total += values[v];
      continue;
    }
    const pairs = k * (k - 1);
    if (2 * e === pairs) {
      values[v] = 1; // a clique: every distance is 1
      total += 1;
      continue;
    }
    hist.fill(0, 0, k);
    const depth = 16 * 2 * e >= pairs && k <= BIT_SEARCH_MAX ? bits.run(k, ends, e, hist) : lists.run(k, ends, e, hist);
    let sum = 0;
    for (let d = 1; d <= depth; d++) sum += hist[d] / d;
    values[v] = sum / pairs;
    total += values[v];
  }
  return { values, mean: total / n };
}

/** Largest neighbourhood searched on bitset rows (k²/8 bytes: 8 MB at 8192). */
const BIT_SEARCH_MAX = 8192;

/** BFS from every member of a small graph given as tie pairs, on adjacency lists. */
class ListSearch {
  private readonly rows: LocalRows;
  private readonly dist: Int32Array;
  private readonly queue: Int32Array;
  constructor(maxK: number) {
    this.rows = new LocalRows(maxK);
    this.dist = new Int32Array(maxK).fill(-1);
    this.queue = new Int32Array(maxK);
  }

  /** Adds to hist[d] the ordered pairs at distance d; returns the largest d. */
  run(k: number, ends: Int32Array, e: number, hist: Float64Array): number {
    const { adj, adjOff } = this.rows.build(k, ends, e, null);
    const { dist, queue } = this;
    let depth = 0;
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
          hist[dx]++;
          queue[tail++] = y;
        }
      }
      if (tail > 1 && dist[queue[tail - 1]] > depth) depth = dist[queue[tail - 1]];
      for (let q = 0; q < tail; q++) dist[queue[q]] = -1;
    }
    return depth;
  }
}

/**
 * BFS from every member of a small dense graph on bitset rows: each search keeps the bitset of the
 * members not yet reached and the count of its non-zero words, takes the new members of a level
 * from the rows of the previous level's members (row AND unreached), and stops the moment nothing is
 * left unreached.
 */
class BitSearch {
  private rows: Int32Array = new Int32Array(0);
  private unreached: Int32Array = new Int32Array(0);
  private frontier: Int32Array = new Int32Array(0);
  private next: Int32Array = new Int32Array(0);

  /** Adds to hist[d] the ordered pairs at distance d; returns the largest d. */
  run(k: number, ends: Int32Array, e: number, hist: Float64Array): number {
    const words = (k + 31) >>> 5;
    if (this.rows.length < k * words) this.rows = new Int32Array(k * words);
    if (this.unreached.length < words) this.unreached = new Int32Array(words);
    if (this.frontier.length < k) {
      this.frontier = new Int32Array(k);
      this.next = new Int32Array(k);
    }
    const rows = this.rows;
    const unreached = this.unreached;
    rows.fill(0, 0, k * words);
    for (let t = 0; t < e; t++) {
      const x = ends[2 * t];
      const y = ends[2 * t + 1];
      rows[x * words + (y >>> 5)] |= 1 << (y & 31);
      rows[y * words + (x >>> 5)] |= 1 << (x & 31);
    }
    const lastBits = k & 31;
    const lastMask = lastBits === 0 ? -1 : (1 << lastBits) - 1;
    let depth = 0;
    for (let s = 0; s < k; s++) {
      unreached.fill(-1, 0, words);
      unreached[words - 1] = lastMask;
      unreached[s >>> 5] &= ~(1 << (s & 31));
      let nonZero = 0;
      for (let w = 0; w < words; w++) if (unreached[w] !== 0) nonZero++;
      let frontier = this.frontier;
      let next = this.next;
      frontier[0] = s;
      let size = 1;
      let d = 0;
      while (size > 0 && nonZero > 0) {
        d++;
        let found = 0;
        for (let f = 0; f < size && nonZero > 0; f++) {
          const row = frontier[f] * words;
          for (let w = 0; w < words; w++) {
            let bitsNew = rows[row + w] & unreached[w];
            if (bitsNew === 0) continue;
            unreached[w] ^= bitsNew;
            if (unreached[w] === 0) nonZero--;
            while (bitsNew !== 0) {
              const low = bitsNew & -bitsNew;
              next[found++] = (w << 5) | (31 - Math.clz32(low));
              bitsNew ^= low;
            }
          }
        }
        hist[d] += found;
        const swap = frontier;
        frontier = next;
        next = swap;
        size = found;
      }
      if (d > depth) depth = d;
    }
    return depth;
  }
}

/** A copy of `a` twice as long. */
function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

function growFloat(a: Float64Array): Float64Array {
  const b = new Float64Array(Math.max(16, 2 * a.length));
  b.set(a);
  return b;
}

/**
 * A neighbourhood subgraph on local indices 0..k−1, from its e ties given as pairs (`ends[2t]`,
 * `ends[2t + 1]`), as adjacency rows adj[adjOff[x]..adjOff[x+1]) (with the tie lengths alongside in
 * adjLen when `lens` is given), in tie order within each row. Scratch reused across members.
 */
class LocalRows {
  adj: Int32Array = new Int32Array(2048);
  adjLen: Float64Array = new Float64Array(0);
  readonly adjOff: Int32Array;
  private readonly fill: Int32Array;

  constructor(maxK: number) {
    this.adjOff = new Int32Array(maxK + 1);
    this.fill = new Int32Array(maxK);
  }

  build(k: number, ends: Int32Array, e: number, lens: Float64Array | null): this {
    while (this.adj.length < 2 * e) this.adj = grow(this.adj);
    if (lens !== null) while (this.adjLen.length < 2 * e) this.adjLen = growFloat(this.adjLen);
    const { adj, adjOff, fill, adjLen } = this;
    adjOff.fill(0, 0, k + 1);
    for (let t = 0; t < 2 * e; t++) adjOff[ends[t] + 1]++;
    for (let x = 0; x < k; x++) {
      adjOff[x + 1] += adjOff[x];
      fill[x] = adjOff[x];
    }
    for (let t = 0; t < e; t++) {
      const x = ends[2 * t];
      const y = ends[2 * t + 1];
      if (lens !== null) {
        adjLen[fill[x]] = lens[t];
        adjLen[fill[y]] = lens[t];
      }
      adj[fill[x]++] = y;
      adj[fill[y]++] = x;
    }
    return this;
  }
}

/**
 * Dijkstra inside a neighbourhood subgraph in local indices 0..k−1 (rows adj[adjOff[x]..adjOff[x+1]),
 * lengths adjLen alongside): its weighted global efficiency Σ_{x≠y} 1/d(x,y) / (k(k−1)), each source's
 * 1/d added in settle order.
 */
class LocalDijkstra {
  private readonly dist: Float64Array;
  private readonly order: Int32Array;
  private readonly heap: IndexedMinHeap;
  private readonly rows: LocalRows;

  constructor(capacity: number) {
    this.dist = new Float64Array(capacity).fill(Infinity);
    this.order = new Int32Array(capacity);
    this.heap = new IndexedMinHeap(capacity);
    this.rows = new LocalRows(capacity);
  }

  /** Weighted global efficiency of the subgraph on 0..k−1 whose e ties are pairs `ends` with lengths `lens`. */
  efficiency(k: number, ends: Int32Array, lens: Float64Array, e: number): number {
    const { adj, adjOff, adjLen } = this.rows.build(k, ends, e, lens);
    const { dist, order, heap } = this;
    let sum = 0;
    for (let s = 0; s < k; s++) {
      let reached = 0;
      dist[s] = 0;
      heap.push(s, 0);
      while (heap.size > 0) {
        const x = heap.pop();
        order[reached++] = x;
        const dx = dist[x];
        for (let q = adjOff[x], qe = adjOff[x + 1]; q < qe; q++) {
          const y = adj[q];
          const alt = dx + adjLen[q];
          if (alt < dist[y]) {
            dist[y] = alt;
            heap.push(y, alt);
          }
        }
      }
      for (let q = 1; q < reached; q++) sum += 1 / dist[order[q]];
      for (let q = 0; q < reached; q++) dist[order[q]] = Infinity;
    }
    return sum / (k * (k - 1));
  }
}
