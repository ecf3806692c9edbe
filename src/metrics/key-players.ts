/**
 * Key players, negative variant (Borgatti 2006): which single members' departure would hurt the
 * cluster most — by splitting it (fragmentation) or by lengthening the paths between those left
 * (distance-weighted fragmentation, loss of global efficiency).
 *
 * UNDIRECTED view throughout (a directed graph is symmetrised); hop distances by default, tie length
 * 1/weight with `weighted` (the analysis's `paths: 'weighted'`).
 */
import type { GraphIndex } from '../graph/graph-index.js';
import { reduceKeyPlayerBlocks, runKeyPlayerBlock } from './key-player-removal.js';
import { passSources, sourceBlocks, traversalGraph } from './paths/path-family.js';
import { removalImpact, type RemovalImpact } from './resilience.js';

export interface KeyPlayerOptions {
  /** How many candidates to examine when `candidates` is not given (default 10). */
  k?: number;
  /** Members to examine (indices); overrides the top-k choice. */
  candidates?: Int32Array;
  /** Betweenness per member (indexed like `index.ids`), a tie-breaker of the candidate choice. */
  betweenness?: Float64Array;
  /** `removalImpact(index)` when already computed. */
  impact?: RemovalImpact;
  /** E(G) of the undirected view when already computed (or estimated, with `efficiencyWithout`). */
  whole?: number;
  /**
   * E(G − v) of the undirected view per candidate, aligned with `candidates` (which must then be
   * given): precomputed, e.g. in worker threads or by pivot sampling (src/analysis/workers.ts).
   */
  efficiencyWithout?: Float64Array;
  /**
   * Distances by tie length 1/weight of the undirected view (a reciprocated directed pair: 1/(a_ij +
   * a_ji)) instead of hops, for DF and efficiency loss when they are not supplied. Default false.
   */
  weighted?: boolean;
}

export interface KeyPlayer {
  id: string;
  index: number;
  /** Fragmentation F of the graph without this member (see `removalImpact`). */
  fragmentation: number;
  /** Size of the largest component without this member. */
  largestComponent: number;
  /** Distance-weighted fragmentation DF of the graph without this member. */
  distanceFragmentation: number;
  /** Global efficiency of the whole graph minus that of the graph without this member. */
  efficiencyLoss: number;
}

/** NaN-safe descending comparison (NaN sorts last). */
function desc(a: number, b: number): number {
  const an = Number.isNaN(a);
  const bn = Number.isNaN(b);
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return b - a;
}

/** Relative difference below which two DF values count as tied (rounding of the E(G − v) sums). */
const DF_TIE = 1e-12;

/**
 * {@link desc} with values equal up to {@link DF_TIE} (relative) treated as tied: E(G − v) of
 * symmetric members (the two ends of a path) is summed in different orders by the dominance kernel
 * and may differ in the last bits; the index then decides, as for exact ties.
 */
function descUpToRounding(a: number, b: number): number {
  if (Number.isFinite(a) && Number.isFinite(b) && Math.abs(a - b) <= DF_TIE * Math.max(Math.abs(a), Math.abs(b))) return 0;
  return desc(a, b);
}

/**
 * Single-member key-player scores (Borgatti 2006, "Identifying sets of key players in a social
 * network", Computational and Mathematical Organization Theory 12:21–34), for the candidates.
 *
 * - fragmentation F = 1 − Σ_k s_k(s_k−1) / (n'(n'−1)) over the components left without v
 *   (n' = n − 1), and the largest remaining component — from {@link removalImpact} (one DFS for all).
 * - distance-weighted fragmentation DF = 1 − Σ_{i≠j} (1/d_ij) / (n'(n'−1)) over the members left,
 *   d_ij in hops (`weighted`: shortest-path length with tie length 1/weight), 1/d = 0 when unreachable. By definition DF = 1 − E(G − v), with E the global
 *   efficiency (Latora & Marchiori 2001); it is computed through that identity by the dominance
 *   kernel of key-player-removal.ts (the one code path of E(G − v), also run by the analysis): one
 *   BFS per source for all candidates, plus per candidate the members whose distance it changes.
 * - efficiencyLoss = E(G) − E(G − v) (both on the undirected view; can be negative when v was a
 *   poorly connected member whose departure raises the mean).
 *
 * Scale: `whole` and `efficiencyWithout` may be supplied precomputed — analyze computes them in worker
 * threads and, above the exact-size threshold, estimates them over seeded pivots (E over sources in
 * the pivot set; see docs/performance.md).
 * Candidates: unless given, the top `k` members by (fragmentation desc, largestComponent asc,
 * betweenness desc, index asc) — betweenness only when passed in. Output ranked by
 * (fragmentation desc, distanceFragmentation desc — equal up to 1e-12 relative is a tie —, index asc).
 * Undefined (NaN): F, DF and efficiencyLoss when fewer than two members would remain (n ≤ 2).
 * No peer implements single-member DF for all members; the values follow the formula (hand-checked
 * tests; weighted: a Python recomputation from networkx's Dijkstra on G − v, fixtures/paths). Reading: F tells whether the cluster falls apart without v; in cohesive clusters F rarely
 * moves, and DF / efficiencyLoss show how much longer the remaining routes become.
 */
export function keyPlayers(index: GraphIndex, options: KeyPlayerOptions = {}): KeyPlayer[] {
  const n = index.n;
  const impact = options.impact ?? removalImpact(index);
  const { fragmentation, largestComponent } = impact;
  let chosen: number[];
  if (options.candidates !== undefined) {
    chosen = Array.from(new Set(Array.from(options.candidates)));
    for (const v of chosen) {
      if (!Number.isInteger(v) || v < 0 || v >= n) throw new RangeError(`keyPlayers: candidate ${v} is not a member index`);
    }
  } else {
    chosen = keyPlayerCandidates(index, impact, options.k ?? 10, options.betweenness);
  }
  const given = options.efficiencyWithout;
  if (given !== undefined && (options.candidates === undefined || given.length !== chosen.length)) {
    throw new RangeError('keyPlayers: efficiencyWithout needs distinct candidates, one value each');
  }
  const weighted = options.weighted === true;
  // E(G) and E(G − v) not supplied: the dominance kernel over every member as a source.
  const computed = given === undefined || options.whole === undefined ? efficienciesWithout(index, chosen, weighted) : null;
  const whole = options.whole ?? computed!.whole;
  const result: KeyPlayer[] = chosen.map((v, i) => {
    let distanceFragmentation = NaN;
    let efficiencyLoss = NaN;
    if (n - 1 >= 2) {
      const without = given !== undefined ? given[i] : computed!.without[i];
      distanceFragmentation = 1 - without;
      efficiencyLoss = whole - without;
    }
    return {
      id: index.ids[v],
      index: v,
      fragmentation: fragmentation[v],
      largestComponent: largestComponent[v],
      distanceFragmentation,
      efficiencyLoss,
    };
  });
  result.sort(
    (a, b) => desc(a.fragmentation, b.fragmentation) || descUpToRounding(a.distanceFragmentation, b.distanceFragmentation) || a.index - b.index,
  );
  return result;
}

/**
 * The default key-player candidates: the top `k` members by (fragmentation desc, largestComponent
 * asc, betweenness desc when given, index asc), from `removalImpact(index)`.
 */
export function keyPlayerCandidates(index: GraphIndex, impact: RemovalImpact, k: number, between?: Float64Array): number[] {
  const n = index.n;
  const { fragmentation, largestComponent } = impact;
  const top = Math.max(0, Math.min(n, Math.trunc(k)));
  const order: number[] = [];
  for (let v = 0; v < n; v++) order.push(v);
  order.sort(
    (a, b) =>
      desc(fragmentation[a], fragmentation[b]) ||
      largestComponent[a] - largestComponent[b] ||
      (between ? desc(between[a], between[b]) : 0) ||
      a - b,
  );
  return order.slice(0, top);
}

/**
 * E(G) and E(G − v) of the undirected view for `candidates`, every member a source, in this thread:
 * the dominance kernel ({@link runKeyPlayerBlock}) over the fixed source blocks, reduced in block order
 * ({@link reduceKeyPlayerBlocks}) — the numbers of the analysis's worker-thread run.
 */
export function efficienciesWithout(index: GraphIndex, candidates: readonly number[], weighted = false, pivots: Int32Array | null = null): { whole: number; without: Float64Array } {
  const sources = passSources(index.n, pivots);
  const cand = Int32Array.from(candidates);
  const g = traversalGraph(index, weighted);
  const results = sourceBlocks(sources).map((b) => runKeyPlayerBlock(g, b, cand));
  return reduceKeyPlayerBlocks(results, index.n, sources.length, cand.length);
}

/** Pivots of the sampled key-player second pass (when the candidates could not join the first). */
export const KEY_PLAYER_PIVOTS = 64;

/** Largest candidate superset evaluated inside the all-sources pass. */
export const FUSED_CANDIDATES = 256;

/**
 * The members that can end up among the top-k key-player candidates whatever their betweenness:
 * every member ranked before the k-th by (fragmentation desc, largest component asc) plus all members
 * tied with it on both. Null when that set exceeds {@link FUSED_CANDIDATES}. The analysis evaluates
 * them inside the all-sources pass (undirected graphs) before betweenness is known.
 */
export function candidateSuperset(impact: RemovalImpact, k: number, n: number): Int32Array | null {
  const top = Math.max(0, Math.min(n, Math.trunc(k)));
  if (top === 0) return new Int32Array(0);
  const { fragmentation: f, largestComponent: lc } = impact;
  const key = (a: number, b: number): number => {
    const fa = Number.isNaN(f[a]) ? -Infinity : f[a];
    const fb = Number.isNaN(f[b]) ? -Infinity : f[b];
    return fb - fa || lc[a] - lc[b];
  };
  const order: number[] = [];
  for (let v = 0; v < n; v++) order.push(v);
  order.sort((a, b) => key(a, b) || a - b);
  const boundary = order[top - 1];
  let end = top;
  while (end < n && key(order[end], boundary) === 0) end++;
  if (end > FUSED_CANDIDATES) return null;
  return Int32Array.from(order.slice(0, end)).sort();
}
