/**
 * Two waves of one cluster, matched by member id: the stayers (in both waves), the entrants (after
 * only) and the exits (before only), and each wave's ties among the stayers as sorted pair keys. Every
 * change measure of src/metrics/change/ runs on these typed arrays (no object per tie).
 *
 * Stayer k is the k-th member of the before wave (file order) that the after wave also has. A pair of
 * stayers (u, v) has the key u·s + v (directed: ordered pair; undirected: u < v), exact in a float64
 * up to s ≈ 9·10⁷ stayers. Ties with an end outside the stayers, and self-loops, are left out.
 */

/** Members of two waves matched by id. Positions are indices in each wave's member order. */
export interface StayerMatch {
  /** Number of stayers s. */
  stayers: number;
  /** Stayer k → its position in the before wave, and in the after wave. */
  beforeOf: Int32Array;
  afterOf: Int32Array;
  /** Position (before wave) → stayer index, or −1 for an exit; the same for the after wave (−1: entrant). */
  stayerOfBefore: Int32Array;
  stayerOfAfter: Int32Array;
  /** Positions of the exits (before wave) and of the entrants (after wave), in file order. */
  exits: Int32Array;
  entrants: Int32Array;
}

/** Matches the members of two waves by id (ids compared exactly as read). O(n₁ + n₂). */
export function matchMembers(beforeIds: readonly string[], afterIds: readonly string[]): StayerMatch {
  const afterPos = new Map<string, number>();
  for (let i = 0; i < afterIds.length; i++) afterPos.set(afterIds[i], i);
  const stayerOfBefore = new Int32Array(beforeIds.length).fill(-1);
  const stayerOfAfter = new Int32Array(afterIds.length).fill(-1);
  const beforeOf: number[] = [];
  const afterOf: number[] = [];
  const exits: number[] = [];
  for (let i = 0; i < beforeIds.length; i++) {
    const j = afterPos.get(beforeIds[i]);
    if (j === undefined) {
      exits.push(i);
      continue;
    }
    stayerOfBefore[i] = beforeOf.length;
    stayerOfAfter[j] = beforeOf.length;
    beforeOf.push(i);
    afterOf.push(j);
  }
  const entrants: number[] = [];
  for (let j = 0; j < afterIds.length; j++) if (stayerOfAfter[j] < 0) entrants.push(j);
  return {
    stayers: beforeOf.length,
    beforeOf: Int32Array.from(beforeOf),
    afterOf: Int32Array.from(afterOf),
    stayerOfBefore,
    stayerOfAfter,
    exits: Int32Array.from(exits),
    entrants: Int32Array.from(entrants),
  };
}

/** One wave's ties among the stayers, sorted by pair key (unique keys). */
export interface StayerTies {
  /** Ends as stayer indices (undirected: u < v) and the pair key u·s + v, ascending. */
  u: Int32Array;
  v: Int32Array;
  key: Float64Array;
  /** Tie weight (a pair given twice, e.g. both directions of an undirected tie, is summed). */
  weight: Float64Array;
  /** Index of the (first) tie in the wave's tie table, for its attributes. */
  tie: Int32Array;
  count: number;
}

/**
 * The ties of one wave among the stayers. `stayerOf` maps the wave's member positions to stayer
 * indices (−1: not a stayer). O(m log m).
 */
export function stayerTies(
  arcs: { src: Int32Array; dst: Int32Array; w: Float64Array },
  stayerOf: Int32Array,
  s: number,
  directed: boolean,
): StayerTies {
  const m = arcs.src.length;
  const keys = new Float64Array(m);
  const order: number[] = [];
  for (let e = 0; e < m; e++) {
    let a = stayerOf[arcs.src[e]];
    let b = stayerOf[arcs.dst[e]];
    if (a < 0 || b < 0 || a === b) continue;
    if (!directed && a > b) {
      const t = a;
      a = b;
      b = t;
    }
    keys[e] = a * s + b;
    order.push(e);
  }
  order.sort((x, y) => keys[x] - keys[y] || x - y);
  const out: StayerTies = {
    u: new Int32Array(order.length),
    v: new Int32Array(order.length),
    key: new Float64Array(order.length),
    weight: new Float64Array(order.length),
    tie: new Int32Array(order.length),
    count: 0,
  };
  let c = 0;
  for (const e of order) {
    const k = keys[e];
    if (c > 0 && out.key[c - 1] === k) {
      out.weight[c - 1] += arcs.w[e];
      continue;
    }
    out.key[c] = k;
    out.u[c] = Math.floor(k / s);
    out.v[c] = k - out.u[c] * s;
    out.weight[c] = arcs.w[e];
    out.tie[c] = e;
    c++;
  }
  out.count = c;
  return out;
}

/** Pairs of s stayers: s(s−1)/2 undirected, s(s−1) directed. */
export function stayerPairs(s: number, directed: boolean): number {
  return directed ? s * (s - 1) : (s * (s - 1)) / 2;
}

/**
 * Walks the union of the two waves' stayer ties in key order: `visit(i, j)` with i the position in
 * `a` (−1: not tied before) and j in `b` (−1: not tied after). O(m₁ + m₂).
 */
export function walkPairs(a: StayerTies, b: StayerTies, visit: (i: number, j: number) => void): void {
  let i = 0;
  let j = 0;
  while (i < a.count || j < b.count) {
    if (j >= b.count || (i < a.count && a.key[i] < b.key[j])) visit(i++, -1);
    else if (i >= a.count || b.key[j] < a.key[i]) visit(-1, j++);
    else visit(i++, j++);
  }
}
