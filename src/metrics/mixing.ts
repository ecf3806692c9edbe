/**
 * Mixing across groups: the group-by-group mixing matrix, the share of ties that cross groups, and the
 * horizontal / vertical orientation of ties per group pair.
 *
 * Groups are given by the caller as `groups: Int32Array` (group index per member, indexed like
 * `index.ids`; −1 = missing value) and `groupNames: string[]` (name of group index g). Members with a
 * missing group are left out of every group measure here: a tie with a missing group at either end is
 * not counted in the matrix nor in the shares.
 */
import type { GraphIndex } from '../core/graph-index.js';
import type { ClusterGraph } from '../model/types.js';

/** The ties of an index as parallel typed arrays: each undirected edge once (src < dst), each arc once. */
export interface TieArrays {
  src: Int32Array;
  dst: Int32Array;
  w: Float64Array;
}

/**
 * Lists the ties of an index once each, in index order: undirected edges as (v, u) with v < u, directed
 * arcs as (source, target). Weights are the index's weights (all 1 when the index is unweighted).
 * O(m).
 */
export function tieArrays(index: GraphIndex): TieArrays {
  const { n, outOffsets, outTargets, outWeights } = index;
  const m = index.m;
  const src = new Int32Array(m);
  const dst = new Int32Array(m);
  const w = new Float64Array(m);
  let k = 0;
  for (let v = 0; v < n; v++) {
    for (let p = outOffsets[v], end = outOffsets[v + 1]; p < end; p++) {
      const u = outTargets[p];
      if (!index.directed && u < v) continue;
      src[k] = v;
      dst[k] = u;
      w[k] = outWeights[p];
      k++;
    }
  }
  return { src, dst, w };
}

/** Throws when `groups` does not fit the index or the group names. */
export function checkGroups(index: GraphIndex, groups: Int32Array, groupNames?: readonly string[]): void {
  if (groups.length !== index.n) {
    throw new RangeError(`groups has ${groups.length} entries for ${index.n} members`);
  }
  if (groupNames === undefined) return;
  for (let v = 0; v < groups.length; v++) {
    const g = groups[v];
    if (g < -1 || g >= groupNames.length) {
      throw new RangeError(`member ${index.ids[v]}: group index ${g} outside 0..${groupNames.length - 1} (or -1 = missing)`);
    }
  }
}

export interface MixingMatrix {
  /** Group names, the row and column labels (= `groupNames`). */
  groups: string[];
  /** Tie counts: `counts[g][h]`. */
  counts: number[][];
  /** Sums of tie weights, laid out as `counts`. */
  weights: number[][];
}

/**
 * Group mixing matrix: how many ties (and how much tie weight) join members of group g to members of
 * group h.
 *
 * - Directed graph: `counts[g][h]` = arcs from a member of g to a member of h (row = sender, column =
 *   receiver); the matrix sums to the number of arcs between members with a known group.
 * - Undirected graph: symmetric. A tie inside group g is counted ONCE on the diagonal `[g][g]`; a tie
 *   between g ≠ h is counted in both `[g][h]` and `[h][g]`. So `counts[g][h]` is always "the number of
 *   ties between g and h", and the upper triangle with the diagonal sums to the number of ties.
 *   Deviation: networkx `attribute_mixing_matrix(normalized=False)` walks every undirected edge from both
 *   ends and so holds TWICE the within-group ties on its diagonal (its off-diagonal cells equal ours).
 *   {@link attributeAssortativity} uses the networkx (both-ends) matrix internally.
 *
 * Weights are those of the index (build it with `weighted: true` for tie intensities; an unweighted index
 * gives `weights` = `counts`). Members with group −1 are left out. O(m + k²) for k groups.
 */
export function mixingMatrix(index: GraphIndex, groups: Int32Array, groupNames: readonly string[]): MixingMatrix {
  checkGroups(index, groups, groupNames);
  const k = groupNames.length;
  const counts: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const weights: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const { src, dst, w } = tieArrays(index);
  for (let e = 0; e < src.length; e++) {
    const g = groups[src[e]];
    const h = groups[dst[e]];
    if (g < 0 || h < 0) continue;
    counts[g][h] += 1;
    weights[g][h] += w[e];
    if (!index.directed && g !== h) {
      counts[h][g] += 1;
      weights[h][g] += w[e];
    }
  }
  return { groups: [...groupNames], counts, weights };
}

/**
 * Share of ties (and of tie weight) that join members of DIFFERENT groups:
 * count = E / (E + I), weight = W_E / (W_E + W_I), over the ties whose two ends have a known group
 * (each undirected tie once, each arc once). NaN when no tie qualifies. Equals (1 + E-I index) / 2.
 * Weights are the index's weights. O(m).
 */
export function crossGroupShare(index: GraphIndex, groups: Int32Array): { count: number; weight: number } {
  checkGroups(index, groups);
  const { src, dst, w } = tieArrays(index);
  let cross = 0;
  let all = 0;
  let crossW = 0;
  let allW = 0;
  for (let e = 0; e < src.length; e++) {
    const g = groups[src[e]];
    const h = groups[dst[e]];
    if (g < 0 || h < 0) continue;
    all++;
    allW += w[e];
    if (g !== h) {
      cross++;
      crossW += w[e];
    }
  }
  return { count: all > 0 ? cross / all : NaN, weight: allW > 0 ? crossW / allW : NaN };
}

/** Tie counts by orientation. */
export interface OrientationCounts {
  horizontal: number;
  vertical: number;
  unknown: number;
  total: number;
}

export interface OrientationShares {
  /** Every tie of the graph, whatever the groups of its ends. */
  overall: OrientationCounts;
  /**
   * Ties whose two ends have a group, per group pair. Directed graphs: from = the source's group, to = the
   * target's group. Undirected graphs: the pair is unordered and written with from ≤ to (string order).
   * Sorted by from, then to.
   */
  byPair: ({ from: string; to: string } & OrientationCounts)[];
}

/**
 * Counts of horizontal / vertical / unknown ties (the `orientation` attribute of each tie: horizontal =
 * between members of the same level, vertical = across levels, unknown = not determinable), overall and
 * per group pair. Counts, not shares: the share of, say, vertical ties is `vertical / total` of the same
 * row. Each tie (undirected edge or arc) counts once; tie weights are not used.
 *
 * Runs on the graphology graph because orientation lives on its edges, not in the index. `groupOf`
 * returns a member's group name or null (missing); ties with a missing group at either end count in
 * `overall` but in no pair. O(m + p log p) for p pairs.
 */
export function orientationShares(graph: ClusterGraph, groupOf: (id: string) => string | null): OrientationShares {
  const directed = graph.type === 'directed';
  const overall: OrientationCounts = { horizontal: 0, vertical: 0, unknown: 0, total: 0 };
  const pairs = new Map<string, { from: string; to: string } & OrientationCounts>();
  const groupCache = new Map<string, string | null>();
  const lookup = (id: string): string | null => {
    let g = groupCache.get(id);
    if (g === undefined) {
      g = groupOf(id);
      groupCache.set(id, g);
    }
    return g;
  };
  const bump = (c: OrientationCounts, o: string): void => {
    if (o === 'horizontal') c.horizontal++;
    else if (o === 'vertical') c.vertical++;
    else c.unknown++;
    c.total++;
  };
  graph.forEachEdge((_edge, attr, source, target) => {
    const o = attr.orientation;
    bump(overall, o);
    let from = lookup(source);
    let to = lookup(target);
    if (from === null || to === null) return;
    if (!directed && to < from) {
      const t = from;
      from = to;
      to = t;
    }
    const key = JSON.stringify([from, to]);
    let row = pairs.get(key);
    if (row === undefined) {
      row = { from, to, horizontal: 0, vertical: 0, unknown: 0, total: 0 };
      pairs.set(key, row);
    }
    bump(row, o);
  });
  const byPair = [...pairs.values()].sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : a.to > b.to ? 1 : 0,
  );
  return { overall, byPair };
}
