/**
 * Freeman centralization (Freeman 1979, "Centrality in social networks: conceptual clarification",
 * Social Networks 1:215–239), as R `sna::centralization` (sna 2.7) computes it: the summed gap between
 * the most central member and everyone else, divided by the same sum for the most centralized graph of
 * that size (a star). Also the share of ties held by the best-connected member.
 */
import type { GraphIndex } from '../graph/graph-index.js';
import { bfs, createBfsBuffers, type Direction } from '../graph/traversal.js';
import { passFamily, runPass } from './paths/path-family.js';

/**
 * Freeman's general centralization C = Σ_i (c_max − c_i) / T_max (Freeman 1979).
 *
 * `denominator` is T_max, the value of the numerator for a star of the same size (see
 * {@link centralization} for each measure's). Returns null when it cannot be computed: no values,
 * a value that is NaN/±Infinity, or a denominator that is not a positive finite number (e.g. (n−1)(n−2)
 * with n ≤ 2).
 */
export function freemanCentralization(values: ArrayLike<number>, denominator: number): number | null {
  const n = values.length;
  if (n === 0 || !Number.isFinite(denominator) || denominator <= 0) return null;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) return null;
    if (v > max) max = v;
  }
  let s = 0;
  for (let i = 0; i < n; i++) s += max - values[i];
  return s / denominator;
}

export interface CentralizationInput {
  /**
   * Raw betweenness per member (indexed like `index.ids`): undirected = unordered pairs (networkx
   * `normalized=False`), directed = ordered pairs. Hop counts for Freeman's value; with paths of tie
   * length 1/weight (the analysis's `paths: 'weighted'`) the same formula and denominator apply — a
   * member's raw betweenness is still at most (n−1)(n−2)/2 pairs, so the star bound holds.
   */
  betweennessRaw: Float64Array;
  /**
   * Optional closeness per member, c = (n−1)/Σ_j d(i,j) (hops). When absent it is computed by BFS
   * (undirected: all distances; directed: out-distances, as sna). Only used when the graph is connected
   * (directed: strongly connected). `null`: no closeness is available (e.g. only estimates of the
   * wrong kind), so closeness centralization is reported as null without a BFS.
   */
  closeness?: Float64Array | null;
  /** When closeness is computed here: distances by tie length 1/weight (Dijkstra). Default false. */
  weighted?: boolean;
}

export interface CentralizationResult {
  /**
   * Degree centralization. Undirected: raw degree, T_max = (n−1)(n−2). Directed: sna's default
   * "freeman" total degree (in + out, a reciprocated pair counts 2), T_max = 2(n−1)(n−2).
   */
  degree: number | null;
  /** Directed only: in-degree, T_max = (n−1)². */
  inDegree?: number | null;
  /** Directed only: out-degree, T_max = (n−1)². */
  outDegree?: number | null;
  /** Raw betweenness; T_max = (n−1)²(n−2)/2 undirected, (n−1)²(n−2) directed. */
  betweenness: number | null;
  /**
   * Closeness c = (n−1)/Σd; T_max = (n−1)(n−2)/(2n−3) undirected, sna's (n−1)(1 − 1/n) directed.
   * Null when the graph is disconnected (directed: not strongly connected) or n < 3.
   */
  closeness: number | null;
}

/** Whether every member is reached from member 0 along `direction` (true for n ≤ 1). */
function reachesAll(index: GraphIndex, direction: Direction): boolean {
  if (index.n <= 1) return true;
  return bfs(index, 0, direction, createBfsBuffers(index.n)) === index.n;
}

/**
 * Whether the graph is connected (undirected) or strongly connected (directed): one BFS each way, O(n + m).
 */
export function isConnectedForCloseness(index: GraphIndex): boolean {
  if (!index.directed) return reachesAll(index, 'out');
  return reachesAll(index, 'out') && reachesAll(index, 'in');
}

/**
 * Closeness (n−1)/Σ_j d(i,j) by BFS from every member (undirected: all neighbours; directed: along
 * out-arcs, as sna `closeness(cmode = "directed")`). Meaningful only on a (strongly) connected graph;
 * members that do not reach everyone get NaN. O(n·m). `weighted`: d by tie length 1/weight
 * (Dijkstra, O(n·m log n)). A reducer of the one all-sources pass (paths/path-family.ts), as in the
 * analysis.
 */
export function freemanCloseness(index: GraphIndex, weighted = false): Float64Array {
  return passFamily(index, runPass(index, { weighted }), true, true).freemanCloseness!;
}

/**
 * Freeman centralization of degree, betweenness and closeness (Freeman 1979), matching R
 * `sna::centralization(g, degree | betweenness | closeness)` (sna 2.7; R igraph `centr_degree(loops =
 * FALSE)`, `centr_betw`, `centr_clo` give the same on undirected graphs). Unweighted: degree counts
 * distinct neighbours; betweenness and closeness use hop counts.
 *
 * Denominators (value of Σ(c_max − c_i) for a star with n members):
 * - degree, undirected: (n−1)(n−2); directed in- or out-degree: (n−1)²; directed total degree (sna
 *   cmode "freeman"): 2(n−1)(n−2);
 * - betweenness (raw): undirected (n−1)²(n−2)/2; directed (n−1)²(n−2);
 * - closeness, c = (n−1)/Σd: undirected (n−1)(n−2)/(2n−3); directed sna uses (n−1)(1 − 1/n) (its
 *   substitute for the star, not the bidirected star's value — reproduced as is).
 *
 * Undefined (null): closeness when the graph is disconnected (directed: not strongly connected) — sna
 * returns 0 there and R igraph NaN, neither meaningful; any measure whose denominator is 0 (n ≤ 2).
 *
 * Paths of tie length 1/weight (`betweennessRaw` / `closeness` from weighted paths, or `weighted`):
 * the same formulas and denominators. Betweenness stays bounded by the star's value (each member's
 * raw betweenness ≤ (n−1)(n−2)/2 pairs). Closeness has no weighted maximum: the hop star's
 * denominator is kept (Freeman's formula as is; not checked against a peer), so the value can exceed
 * 1 when weights exceed 1; compare it only between clusters with the same weight scale.
 * Two members, directed: in- and out-degree centralization are defined (T_max = (n−1)² = 1) and equal
 * sna's (1 for one arc, 0 for a mutual pair or none; fixtures/centralization/make-two-member.R); total
 * degree, betweenness and closeness are null (sna: NaN).
 */
export function centralization(index: GraphIndex, input: CentralizationInput): CentralizationResult {
  const n = index.n;
  if (input.betweennessRaw.length !== n) throw new RangeError(`centralization: betweennessRaw has ${input.betweennessRaw.length} entries, the index has ${n} members`);
  if (input.closeness && input.closeness.length !== n) throw new RangeError(`centralization: closeness has ${input.closeness.length} entries, the index has ${n} members`);
  const outDeg = new Float64Array(n);
  const inDeg = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    outDeg[v] = index.outOffsets[v + 1] - index.outOffsets[v];
    inDeg[v] = index.inOffsets[v + 1] - index.inOffsets[v];
  }
  const connected = isConnectedForCloseness(index);
  let closeness: number | null = null;
  if (connected && n >= 3 && input.closeness !== null) {
    const c = input.closeness ?? freemanCloseness(index, input.weighted === true);
    const denom = index.directed ? (n - 1) * (1 - 1 / n) : ((n - 1) * (n - 2)) / (2 * n - 3);
    closeness = freemanCentralization(c, denom);
  }
  if (!index.directed) {
    return {
      degree: freemanCentralization(outDeg, (n - 1) * (n - 2)),
      betweenness: freemanCentralization(input.betweennessRaw, ((n - 1) * (n - 1) * (n - 2)) / 2),
      closeness,
    };
  }
  const total = new Float64Array(n);
  for (let v = 0; v < n; v++) total[v] = outDeg[v] + inDeg[v];
  return {
    degree: freemanCentralization(total, 2 * (n - 1) * (n - 2)),
    inDegree: freemanCentralization(inDeg, (n - 1) * (n - 1)),
    outDegree: freemanCentralization(outDeg, (n - 1) * (n - 1)),
    betweenness: freemanCentralization(input.betweennessRaw, (n - 1) * (n - 1) * (n - 2)),
    closeness,
  };
}

/**
 * The member holding the largest share of all ties: share = degree / m, degree = distinct neighbours
 * (undirected) or in + out arcs (directed, m = arcs; a reciprocated pair counts 2). Ties in degree go to
 * the lowest index (members-file order). Null for a graph without members or ties. O(n).
 * A quick concentration reading next to degree centralization: 1 in an undirected star.
 */
export function topTieShare(index: GraphIndex): { id: string; share: number } | null {
  if (index.n === 0 || index.m === 0) return null;
  let best = -1;
  let bestDeg = -1;
  for (let v = 0; v < index.n; v++) {
    let d = index.outOffsets[v + 1] - index.outOffsets[v];
    if (index.directed) d += index.inOffsets[v + 1] - index.inOffsets[v];
    if (d > bestDeg) {
      bestDeg = d;
      best = v;
    }
  }
  return { id: index.ids[best], share: bestDeg / index.m };
}
