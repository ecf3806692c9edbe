/**
 * Key players, negative variant (Borgatti 2006): which single members' departure would hurt the
 * cluster most — by splitting it (fragmentation) or by lengthening the paths between those left
 * (distance-weighted fragmentation, loss of global efficiency).
 *
 * UNDIRECTED view throughout (a directed graph is symmetrised); hop distances by default, tie length
 * 1/weight with `weighted` (the analysis's `paths: 'weighted'`).
 */
import type { GraphIndex } from '../graph/graph-index.js';
import { globalEfficiency } from './efficiency.js';
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

/**
 * Single-member key-player scores (Borgatti 2006, "Identifying sets of key players in a social
 * network", Computational and Mathematical Organization Theory 12:21–34), for the candidates.
 *
 * - fragmentation F = 1 − Σ_k s_k(s_k−1) / (n'(n'−1)) over the components left without v
 *   (n' = n − 1), and the largest remaining component — from {@link removalImpact} (one DFS for all).
 * - distance-weighted fragmentation DF = 1 − Σ_{i≠j} (1/d_ij) / (n'(n'−1)) over the members left,
 *   d_ij in hops (`weighted`: shortest-path length with tie length 1/weight), 1/d = 0 when unreachable. By definition DF = 1 − E(G − v), with E the global
 *   efficiency (Latora & Marchiori 2001); it is computed through that identity with
 *   `globalEfficiency(index, { removed, direction: 'und' })` — one BFS per remaining member per
 *   candidate, O(k · n · m).
 * - efficiencyLoss = E(G) − E(G − v) (both on the undirected view; can be negative when v was a
 *   poorly connected member whose departure raises the mean).
 *
 * Scale: `whole` and `efficiencyWithout` may be supplied precomputed — analyze computes them in worker
 * threads and, above the exact-size threshold, estimates them over seeded pivots (E over sources in
 * the pivot set; see docs/performance.md).
 * Candidates: unless given, the top `k` members by (fragmentation desc, largestComponent asc,
 * betweenness desc, index asc) — betweenness only when passed in. Output ranked by
 * (fragmentation desc, distanceFragmentation desc, index asc).
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
  const whole = options.whole ?? (n >= 2 ? globalEfficiency(index, { direction: 'und', weighted }) : NaN);
  const removed = new Uint8Array(n);
  const result: KeyPlayer[] = chosen.map((v, i) => {
    let distanceFragmentation = NaN;
    let efficiencyLoss = NaN;
    if (n - 1 >= 2) {
      let without: number;
      if (given !== undefined) without = given[i];
      else {
        removed[v] = 1;
        without = globalEfficiency(index, { removed, direction: 'und', weighted });
        removed[v] = 0;
      }
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
    (a, b) => desc(a.fragmentation, b.fragmentation) || desc(a.distanceFragmentation, b.distanceFragmentation) || a.index - b.index,
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
