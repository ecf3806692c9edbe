/**
 * Mixing across groups: the group-by-group mixing matrix, the share of ties that cross groups, and the
 * horizontal / vertical orientation of ties per group pair.
 *
 * Groups are given by the caller as `groups: Int32Array` (group index per member, indexed like
 * `index.ids`; −1 = missing value) and `groupNames: string[]` (name of group index g). Members with a
 * missing group are left out of every group measure here: a tie with a missing group at either end is
 * not counted in the matrix nor in the shares.
 */
import type { GraphIndex } from '../graph/graph-index.js';
import type { ClusterGraph, Orientation, TieAttributes } from '../model/types.js';

/** The ties of an index as parallel typed arrays: each undirected edge once (src < dst), each arc once. */
export interface TieArrays {
  src: Int32Array;
  dst: Int32Array;
  w: Float64Array;
}

/**
 * Lists the ties of an index once each, in index order: undirected edges as (v, u) with v < u, directed
 * arcs as (source, target). Weights are the index's weights (all 1 when the index is unweighted).
 * O(m). The measures over ties take these arrays as an optional argument, so a caller running several
 * of them (E-I index, its permutation set-up, mixing matrix, cross-group share) lists the ties once.
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
 * gives `weights` = `counts`). Members with group −1 are left out. `ties`: the index's
 * {@link tieArrays} when the caller already has them. O(m + k²) for k groups.
 */
export function mixingMatrix(
  index: GraphIndex,
  groups: Int32Array,
  groupNames: readonly string[],
  ties: TieArrays = tieArrays(index),
): MixingMatrix {
  checkGroups(index, groups, groupNames);
  const k = groupNames.length;
  const counts: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const weights: number[][] = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const { src, dst, w } = ties;
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
 * Weights are the index's weights. `ties`: the index's {@link tieArrays} when the caller already has
 * them. O(m).
 */
export function crossGroupShare(
  index: GraphIndex,
  groups: Int32Array,
  ties: TieArrays = tieArrays(index),
): { count: number; weight: number } {
  checkGroups(index, groups);
  const { src, dst, w } = ties;
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
 * `overall` but in no pair. {@link orientationSharesByGroup} takes group indices instead (what
 * `analyze` uses). O(n + m) plus the pair table of {@link orientationSharesByGroup}.
 */
export function orientationShares(graph: ClusterGraph, groupOf: (id: string) => string | null): OrientationShares {
  const ids = graph.nodes();
  const indexOf = new Map<string, number>();
  const code = new Map<string, number>();
  const groups = new Int32Array(ids.length);
  for (let v = 0; v < ids.length; v++) {
    indexOf.set(ids[v], v);
    const name = groupOf(ids[v]);
    if (name === null) {
      groups[v] = -1;
      continue;
    }
    let g = code.get(name);
    if (g === undefined) code.set(name, (g = code.size));
    groups[v] = g;
  }
  const eachTie = graphTieWalk(graph, indexOf);
  return orientationSharesOfTies(graph.type === 'directed', eachTie, groups, [...code.keys()]);
}

/**
 * {@link orientationShares} with the groups given as group indices (`groups`, indexed like `index.ids`,
 * −1 = missing; `groupNames` = name of group index g), for a graph and its index. `onTie`, when given,
 * is called with the attributes of every tie in the same walk over the graph, for other per-tie
 * counts (e.g. activity kinds) without a second walk. Pairs as in {@link orientationShares}
 * (undirected: from ≤ to in string order of the names; group indices with the same name count as one
 * group). O(m + k²) for k ≤ 256 groups (a dense k × k table); above, O(m + p log p) for the p pairs
 * that occur.
 */
export function orientationSharesByGroup(
  graph: ClusterGraph,
  index: GraphIndex,
  groups: Int32Array,
  groupNames: readonly string[],
  onTie?: (attributes: TieAttributes) => void,
): OrientationShares {
  checkGroups(index, groups, groupNames);
  const indexOf = index.indexOf;
  const eachTie = graphTieWalk(graph, indexOf);
  // The walk hands on graphology's attribute objects, so `onTie` sees whole TieAttributes.
  return orientationSharesOfTies(graph.type === 'directed', eachTie, groups, groupNames, onTie as ((tie: TieKindAndOrientation) => void) | undefined);
}

/** What the orientation table reads of a tie. */
export interface TieKindAndOrientation {
  orientation: Orientation;
  kinds: readonly string[];
}

/**
 * A walk over the ties of a cluster in edge order: `visit(s, t, tie)` per tie, s and t its ends as
 * member indices (source, target), `tie` its orientation and kinds.
 */
export type TieWalk = (visit: (s: number, t: number, tie: TieKindAndOrientation) => void) => void;

/** Orientation codes: the slot of a tie in a table cell. */
const HORIZONTAL = 0, VERTICAL = 1, UNKNOWN = 2;

/** Up to this many groups, the pair table is dense (k² cells); beyond (e.g. `--group-by name`), it holds the pairs that occur. */
const DENSE_GROUPS = 256;

/** The walk over a graphology graph's edges, ends as member indices by `indexOf`. */
export function graphTieWalk(graph: ClusterGraph, indexOf: ReadonlyMap<string, number>): TieWalk {
  return (visit) => graph.forEachEdge((_edge, attr, source, target) => visit(indexOf.get(source)!, indexOf.get(target)!, attr));
}

/**
 * {@link orientationSharesByGroup} over any walk of the ties (e.g. the cluster's tie table,
 * `data.ties.forEachTie`): same result for the same ties in the same order.
 * One walk counting the ties by orientation into cells of 3 slots, cell = pair key from·k + to over
 * the group ranks, the ranks being the distinct group names in string order (so key order is output
 * order and an undirected pair is put in order by comparing two integers).
 */
export function orientationSharesOfTies(
  directed: boolean,
  eachTie: TieWalk,
  groups: Int32Array,
  groupNames: readonly string[],
  onTie?: (tie: TieKindAndOrientation) => void,
): OrientationShares {
  const names = [...new Set(groupNames)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const k = names.length;
  const rankOf = new Map<string, number>();
  names.forEach((name, r) => rankOf.set(name, r));
  const rank = Int32Array.from(groupNames, (name) => rankOf.get(name)!);
  const dense = k <= DENSE_GROUPS;
  // Sparse: the cell of each pair key that occurs, cells in order of first occurrence.
  const cellOf = new Map<number, number>();
  let table = new Float64Array(3 * (dense ? k * k : 64));
  const overall = new Float64Array(3);
  eachTie((s, t, attr) => {
    if (onTie !== undefined) onTie(attr);
    const o = attr.orientation;
    const slot = o === 'horizontal' ? HORIZONTAL : o === 'vertical' ? VERTICAL : UNKNOWN;
    overall[slot]++;
    const g = groups[s];
    const h = groups[t];
    if (g < 0 || h < 0) return;
    let from = rank[g];
    let to = rank[h];
    if (!directed && to < from) {
      const t = from;
      from = to;
      to = t;
    }
    let cell = from * k + to;
    if (!dense) {
      let c = cellOf.get(cell);
      if (c === undefined) {
        c = cellOf.size;
        cellOf.set(cell, c);
        if (3 * c >= table.length) {
          const grown = new Float64Array(2 * table.length);
          grown.set(table);
          table = grown;
        }
      }
      cell = c;
    }
    table[3 * cell + slot]++;
  });
  const counts = (c: Float64Array, at: number): OrientationCounts => ({
    horizontal: c[at + HORIZONTAL],
    vertical: c[at + VERTICAL],
    unknown: c[at + UNKNOWN],
    total: c[at + HORIZONTAL] + c[at + VERTICAL] + c[at + UNKNOWN],
  });
  const keys = dense ? null : [...cellOf.keys()].sort((a, b) => a - b);
  const cells = keys === null ? k * k : keys.length;
  const byPair: OrientationShares['byPair'] = [];
  for (let i = 0; i < cells; i++) {
    const key = keys === null ? i : keys[i];
    const row = counts(table, 3 * (keys === null ? i : cellOf.get(key)!));
    if (row.total === 0) continue;
    const from = Math.floor(key / k);
    byPair.push({ from: names[from], to: names[key - from * k], ...row });
  }
  return { overall: counts(overall, 0), byPair };
}
