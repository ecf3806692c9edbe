/**
 * What a proposed tie would change, read from indicators the report already has — computed for the
 * recommended pairs only, each incrementally from structures built once (never a re-analysis):
 *
 * - Burt's constraint (src/metrics/structural-holes.ts) of both ends before → after: C_i of one member
 *   needs only its neighbours' rows, so it is recomputed for the two ends with the tie patched in
 *   (weight 1: one new partnership row; the report's weighting);
 * - the network E-I index (Krackhardt & Stern 1988; src/metrics/ei-index.ts) by the cross attribute:
 *   (E − I)/(E + I) with the tie added to E (groups differ) or I (same group);
 * - bridges backed up and articulation points relieved (src/metrics/resilience.ts): from the one DFS
 *   of `blockCut` (discovery times, low points, subtree sizes). A bridge p–c (c the DFS child) stops
 *   being a bridge iff exactly one end of the new tie lies in c's subtree. An articulation point a
 *   (neither end of the tie) splits its component into pieces — each DFS child c with low[c] ≥ disc[a],
 *   and the rest unless a is a root; the tie merges the pieces of its two ends, so a stops being an
 *   articulation point iff it had exactly two pieces and the ends lie in different ones. O(depth +
 *   bridges + articulation points) per pair;
 * - communities: whether the ends are in different communities of the report's Louvain partition.
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import type { BlockCut } from '../../metrics/resilience.js';
import type { RecommendationEffects } from './types.js';

export interface EffectContext {
  index: GraphIndex;
  structure: BlockCut;
  /** Community per member (report numbering), or null. */
  community: Int32Array | null;
  /** Groups of the E-I index (−1 = none) and their attribute, or null. */
  eiGroups: Int32Array | null;
  eiAttribute: string;
}

interface Row {
  targets: ArrayLike<number>;
  weights: ArrayLike<number>;
  /** Every weight is 1 (the unweighted undirected index, as structuralHoles reads it). */
  unit: boolean;
  start: number;
  end: number;
}

/** Burt's constraint of member i with the tie u–v (weight `extra`) patched in; null for an isolate. */
export function constraintWith(index: GraphIndex, i: number, u: number, v: number, extra: number): number | null {
  const unit = !index.directed && !index.weighted;
  const offsets = index.undOffsets;
  const targets = index.undTargets;
  const weights = index.undWeights;
  const rowOf = (x: number): Row => {
    if (extra > 0 && (x === u || x === v)) {
      const other = x === u ? v : u;
      const t: number[] = [];
      const w: number[] = [];
      let placed = false;
      for (let p = offsets[x]; p < offsets[x + 1]; p++) {
        const y = targets[p];
        if (!placed && y >= other) {
          if (y === other) {
            t.push(y);
            w.push((unit ? 1 : weights[p]) + extra);
            placed = true;
            continue;
          }
          t.push(other);
          w.push(extra);
          placed = true;
        }
        t.push(y);
        w.push(unit ? 1 : weights[p]);
      }
      if (!placed) {
        t.push(other);
        w.push(extra);
      }
      return { targets: t, weights: w, unit: false, start: 0, end: t.length };
    }
    return { targets, weights, unit, start: offsets[x], end: offsets[x + 1] };
  };
  const weightAt = (r: Row, p: number): number => (r.unit ? 1 : r.weights[p]);
  const sum = (r: Row): number => {
    let s = 0;
    for (let p = r.start; p < r.end; p++) s += weightAt(r, p);
    return s;
  };
  const find = (r: Row, y: number): number => {
    let lo = r.start;
    let hi = r.end - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = r.targets[mid];
      if (t === y) return weightAt(r, mid);
      if (t < y) lo = mid + 1;
      else hi = mid - 1;
    }
    return 0;
  };
  const ri = rowOf(i);
  if (ri.end === ri.start) return null;
  const si = sum(ri);
  const rows = new Map<number, { row: Row; sum: number }>();
  for (let p = ri.start; p < ri.end; p++) {
    const q = ri.targets[p];
    const row = rowOf(q);
    rows.set(q, { row, sum: sum(row) });
  }
  let C = 0;
  for (let p = ri.start; p < ri.end; p++) {
    const j = ri.targets[p];
    let indirect = 0;
    for (let r = ri.start; r < ri.end; r++) {
      const q = ri.targets[r];
      if (q === j) continue;
      const rq = rows.get(q)!;
      const wqj = find(rq.row, j);
      if (wqj !== 0) indirect += (weightAt(ri, r) / si) * (wqj / rq.sum);
    }
    C += (weightAt(ri, p) / si + indirect) ** 2;
  }
  return C;
}

/** E and I of the network E-I (tie counts; arcs when directed) by `groups`. */
export function eiCounts(index: GraphIndex, groups: Int32Array): { E: number; I: number } {
  let E = 0;
  let I = 0;
  for (let u = 0; u < index.n; u++) {
    for (let p = index.outOffsets[u]; p < index.outOffsets[u + 1]; p++) {
      const v = index.outTargets[p];
      if (!index.directed && v < u) continue;
      const gu = groups[u];
      const gv = groups[v];
      if (gu < 0 || gv < 0) continue;
      if (gu === gv) I++;
      else E++;
    }
  }
  return { E, I };
}

const ratio = (e: number, i: number): number | null => (e + i > 0 ? (e - i) / (e + i) : null);

/** Effects of adding the tie u–v. */
export function pairEffects(ctx: EffectContext, ei: { E: number; I: number } | null, u: number, v: number): RecommendationEffects {
  const { index, structure } = ctx;
  const ids = index.ids;
  const eiEffect = (() => {
    if (ei === null || ctx.eiGroups === null) return null;
    const gu = ctx.eiGroups[u];
    const gv = ctx.eiGroups[v];
    const known = gu >= 0 && gv >= 0;
    const E = ei.E + (known && gu !== gv ? 1 : 0);
    const I = ei.I + (known && gu === gv ? 1 : 0);
    return { attribute: ctx.eiAttribute, before: ratio(ei.E, ei.I), after: ratio(E, I) };
  })();
  const sameComponent = structure.comp[u] === structure.comp[v];
  const bridges: [string, string][] = [];
  const relieved: string[] = [];
  if (sameComponent) {
    const { disc, low, parent, sepCount, isCut } = structure;
    // Ancestors (and self) of u and of v, with the child on the path to each.
    const onPath = (x: number): Map<number, number> => {
      const m = new Map<number, number>();
      let prev = -1;
      for (let a = x; a >= 0; a = parent[a]) {
        m.set(a, prev);
        prev = a;
      }
      return m;
    };
    const pu = onPath(u);
    const pv = onPath(v);
    for (let b = 0; b < structure.bridgeLo.length; b++) {
      const lo = structure.bridgeLo[b];
      const hi = structure.bridgeHi[b];
      const child = parent[hi] === lo ? hi : lo;
      if (pu.has(child) !== pv.has(child)) bridges.push(ids[lo] <= ids[hi] ? [ids[lo], ids[hi]] : [ids[hi], ids[lo]]);
    }
    const REST = -1;
    const piece = (path: Map<number, number>, a: number): number => {
      const c = path.get(a);
      if (c === undefined) return REST; // not below a
      return low[c] >= disc[a] ? c : REST;
    };
    for (let a = 0; a < index.n; a++) {
      if (isCut[a] === 0 || a === u || a === v) continue;
      const pieces = sepCount[a] + (parent[a] >= 0 ? 1 : 0);
      if (pieces !== 2) continue;
      if (piece(pu, a) !== piece(pv, a)) relieved.push(ids[a]);
    }
  }
  bridges.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0));
  const cu = ctx.community === null ? -1 : ctx.community[u];
  const cv = ctx.community === null ? -1 : ctx.community[v];
  return {
    constraint: {
      source: { before: constraintWith(index, u, u, v, 0), after: constraintWith(index, u, u, v, 1) },
      target: { before: constraintWith(index, v, u, v, 0), after: constraintWith(index, v, u, v, 1) },
    },
    eiIndex: eiEffect,
    bridgesBackedUp: bridges,
    articulationPointsRelieved: relieved,
    joinsComponents: !sameComponent,
    joinsCommunities: ctx.community !== null && cu !== cv ? { source: cu, target: cv } : null,
  };
}
