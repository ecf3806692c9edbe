/**
 * E(G − v) of key-player candidates chosen AFTER the all-sources pass (the top k need betweenness),
 * without a second pass: the hop-count dominance update of key-player-removal.ts ({@link removalChange}
 * there), run on the BFS level codes the pass wrote (paths/level-codes.ts) instead of a new BFS per
 * source. Same formula, same order of every floating-point operation, hence bit-identical values:
 * row_s − 1/d(s,v) + Σ_{t dominated by v} (1/d'(s,t) − 1/d(s,t)), with row_s = Σ_t 1/d(s,t) from the
 * pass and d(s,v) from one BFS from v.
 *
 * Absolute distances are recovered locally: v's is d(s,v); a neighbour's code (distance mod 3) differs
 * from a member's by −1, 0 or +1 exactly as its distance does (undirected graph). Whether a member
 * is dominated is decided when the dominated set first reaches it (its predecessors are then all
 * known), stopping at the first predecessor outside the set; the order in which members join the set
 * is the original's. Cost per source and candidate: the dominated set and its neighbourhood — no
 * traversal of the whole graph (Borgatti 2006 key players; Latora & Marchiori 2001 efficiency).
 *
 * Pure: typed arrays in, typed arrays out (worker threads run it on shared copies).
 */
import { sortStarts } from './key-player-removal.js';
import { levelCode, UNREACHED, type LevelCodes } from './paths/level-codes.js';
import type { KeyPlayerBlockResult, TraversalGraph } from './paths/pass-types.js';

/** Reusable buffers of {@link levelRemovalChange} (one set per block runner). */
interface LevelScratch {
  /**
   * Per member reached from the dominated set in the current call (domStamp): its DAG predecessor
   * count when all of them are dominated, else −1; and the dominated ones counted so far.
   */
  preds: Int32Array;
  domPreds: Int32Array;
  domStamp: Int32Array;
  /** 0 = not dominated, 1 = dominated, 2 = dominated and settled in G − v. */
  dominated: Uint8Array;
  /** d(s,x) of the dominated members x. */
  dist: Int32Array;
  newDist: Int32Array;
  dset: Int32Array;
  order: Int32Array;
  bfsQueue: Int32Array;
  keys: Float64Array;
  callStamp: number;
}

function createLevelScratch(n: number): LevelScratch {
  return {
    preds: new Int32Array(n),
    domPreds: new Int32Array(n),
    domStamp: new Int32Array(n),
    dominated: new Uint8Array(n),
    dist: new Int32Array(n),
    newDist: new Int32Array(n).fill(-1),
    dset: new Int32Array(n),
    order: new Int32Array(n),
    bfsQueue: new Int32Array(n),
    keys: new Float64Array(n),
    callStamp: 0,
  };
}

/**
 * Change of Σ_t 1/d(s,t) when v (at distance dv ≥ 1 from s) is removed, from s's level-code row at
 * byte `base`: the steps and the summation order of `removalChange` (key-player-removal.ts).
 */
function levelRemovalChange(offsets: Int32Array, targets: Int32Array, bytes: Uint8Array, base: number, v: number, dv: number, sc: LevelScratch): number {
  const { preds, domPreds, domStamp, dominated, dist, newDist, dset, order, bfsQueue } = sc;
  const call = ++sc.callStamp;
  let nd = 0;
  let scan = 0;
  dset[nd++] = v;
  dominated[v] = 1;
  dist[v] = dv;
  while (scan < nd) {
    const x = dset[scan++];
    const nx = dist[x] + 1;
    const cn = nx % 3;
    for (let p = offsets[x], end = offsets[x + 1]; p < end; p++) {
      const u = targets[p];
      if (levelCode(bytes, base, u) !== cn) continue;
      if (domStamp[u] !== call) {
        // First reached from the dominated set: every dominated member one level closer to s is known
        // (the set grows level by level), so u is dominated iff none of its predecessors — its
        // neighbours one level closer — lies outside; stop at the first that does.
        domStamp[u] = call;
        domPreds[u] = 0;
        const cp = dist[x] % 3;
        let count = 0;
        for (let q = offsets[u], qe = offsets[u + 1]; q < qe; q++) {
          const w = targets[q];
          if (levelCode(bytes, base, w) !== cp) continue;
          if (dominated[w] !== 1) {
            count = -1;
            break;
          }
          count++;
        }
        preds[u] = count; // −1: never dominated in this call
      }
      if (++domPreds[u] === preds[u]) {
        dominated[u] = 1;
        dist[u] = nx;
        dset[nd++] = u;
      }
    }
  }
  let change = -1 / dv;
  if (nd > 1) {
    let ns = 0;
    for (let q = 1; q < nd; q++) {
      const t = dset[q];
      const dt = dist[t];
      const ct = dt % 3;
      let best = -1;
      for (let p = offsets[t], end = offsets[t + 1]; p < end; p++) {
        const w = targets[p];
        if (dominated[w] === 1) continue;
        const cw = levelCode(bytes, base, w);
        if (cw === UNREACHED) continue;
        const r = (cw - ct + 3) % 3; // 0: same level, 1: one further, 2: one closer
        const d = (r === 0 ? dt : r === 1 ? dt + 1 : dt - 1) + 1;
        if (best < 0 || d < best) best = d;
      }
      if (best > 0) {
        newDist[t] = best;
        order[ns++] = t;
      }
    }
    sortStarts(order, ns, newDist, sc.keys);
    let si = 0;
    let qh = 0;
    let qt = 0;
    while (si < ns || qh < qt) {
      let x: number;
      if (qh < qt && (si >= ns || newDist[bfsQueue[qh]] <= newDist[order[si]])) x = bfsQueue[qh++];
      else x = order[si++];
      if (dominated[x] === 2) continue;
      dominated[x] = 2; // settled
      const dx = newDist[x];
      change += 1 / dx - 1 / dist[x];
      for (let p = offsets[x], end = offsets[x + 1]; p < end; p++) {
        const u = targets[p];
        if (dominated[u] !== 1 || u === v) continue;
        if (newDist[u] < 0 || dx + 1 < newDist[u]) {
          newDist[u] = dx + 1;
          bfsQueue[qt++] = u;
        }
      }
    }
    for (let q = 1; q < nd; q++) {
      const t = dset[q];
      if (dominated[t] !== 2) change -= 1 / dist[t];
    }
  }
  for (let q = 0; q < nd; q++) {
    const x = dset[q];
    dominated[x] = 0;
    newDist[x] = -1;
  }
  return change;
}

/**
 * The key-player block sums ({@link KeyPlayerBlockResult}) of `sources` for `candidates` from the
 * level codes of an exact hop-count pass on an undirected graph: `rows[s]` = Σ_t 1/d(s,t) (the pass's
 * row of s), `candidateDist[c·n + s]` = d(v_c, s) (−1 = not reached). The same sums, in the same
 * order, as `runKeyPlayerBlock` (a BFS per source) and as the pass carrying the candidates.
 */
export function runKeyPlayerLevelBlock(
  g: TraversalGraph,
  sources: Int32Array,
  candidates: Int32Array,
  levels: LevelCodes,
  candidateDist: Int32Array,
  rows: Float64Array,
): KeyPlayerBlockResult {
  const n = g.n;
  const offsets = g.undOffsets;
  const targets = g.undTargets;
  const C = candidates.length;
  const sc = createLevelScratch(n);
  const without = new Float64Array(C);
  const counted = new Float64Array(C);
  const { bytes, stride } = levels;
  let whole = 0;
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i];
    const row = rows[s];
    whole += row;
    const base = s * stride;
    for (let c = 0; c < C; c++) {
      const v = candidates[c];
      if (v === s) continue;
      counted[c] += 1;
      const dv = candidateDist[c * n + s];
      without[c] += dv < 0 ? row : row + levelRemovalChange(offsets, targets, bytes, base, v, dv, sc);
    }
  }
  return { whole, without, sources: counted };
}
