/**
 * The shapes shared by the all-sources kernels (hop counts: all-sources.ts; tie length 1/weight:
 * weighted-sources.ts), their drivers (src/analysis/workers.ts) and the reducers (path-family.ts,
 * ../key-player-removal.ts): the CSR arrays a traversal reads, one block's task and one block's result.
 * A file of its own so that neither kernel imports the other.
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import type { LevelCodes } from './level-codes.js';

/** The CSR arrays a traversal needs (a GraphIndex satisfies it; workers get shared copies). */
export interface TraversalGraph {
  n: number;
  directed: boolean;
  outOffsets: Int32Array;
  outTargets: Int32Array;
  inOffsets: Int32Array;
  inSources: Int32Array;
  undOffsets: Int32Array;
  undTargets: Int32Array;
  /**
   * true: shortest paths by tie length 1/weight (Dijkstra, src/metrics/paths/weighted-sources.ts), reading the
   * weights below; false or absent: hop counts (BFS), the weights are not read (may be empty).
   */
  weightedPaths?: boolean;
  outWeights: Float64Array;
  inWeights: Float64Array;
  undWeights: Float64Array;
}

export interface BlockTask {
  /** Sources of this block (contiguous slice of the source list). */
  sources: Int32Array;
  /** true: every member is a source (per-source rows are what the caller reads); false: pivots (column sums). */
  exact: boolean;
  /** 1 for the members of the component the path summary is computed on (largest (strong) component). */
  inComponent: Uint8Array;
  /** false: skip Brandes' dependency accumulation (`betweenness` stays 0); default true. */
  dependencies?: boolean;
  /** Whether to add the incoming rows (`inReach`…) of a directed graph; default `exact && directed`. */
  incoming?: boolean;
  /**
   * Undirected graphs only: key-player candidates whose E(G − v) terms are accumulated in the same
   * pass (`removalChange`, src/metrics/key-player-removal.ts); empty for none.
   */
  candidates?: Int32Array;
  /**
   * Exact hop-count pass on an undirected graph only: the matrix each source's BFS level codes are
   * written into (level-codes.ts), for key-player candidates chosen after the pass.
   */
  levels?: LevelCodes | null;
}

/** What one block of sources contributes. Arrays of length n are partial sums over the block's sources. */
export interface BlockResult {
  /** Σ over the block's sources of the (ordered-pair) dependencies δ_s(v) (unscaled). */
  betweenness: Float64Array;
  /** Per source (block order): members reached along successors (source excluded), Σ d(s,·), Σ 1/d(s,·). */
  rowReach: Float64Array;
  rowDist: Float64Array;
  rowInverse: Float64Array;
  /** Per source: Σ and max of d(s,t) over targets t in the path component (0 if s is outside it). */
  rowComponentDist: Float64Array;
  rowComponentMax: Float64Array;
  /** Directed, exact (unless the task says `incoming: false`): per source, the same along predecessors (distances d(·, s)). */
  inReach: Float64Array | null;
  inDist: Float64Array | null;
  inInverse: Float64Array | null;
  /** Sampled only: per member v, over the block's pivots s ≠ v that reach v: count, Σ d(s,v), Σ 1/d(s,v). */
  colReach: Float64Array | null;
  colDist: Float64Array | null;
  colInverse: Float64Array | null;
  /** With candidates: the key-player sums (see {@link KeyPlayerBlockResult}); else null. */
  keyPlayers: KeyPlayerBlockResult | null;
}

/**
 * Takes the next block number from a shared counter (−1 when none is left): how the threads of
 * src/analysis/workers.ts share out blocks.
 */
export function takeBlock(next: Int32Array, count: number): number {
  const b = Atomics.add(next, 0, 1);
  return b < count ? b : -1;
}

/** A GraphIndex-shaped view over the traversal arrays (weights only when `g.weightedPaths`). */
export function asIndex(g: TraversalGraph): GraphIndex {
  const none = new Float64Array(0);
  const weighted = g.weightedPaths === true;
  return {
    n: g.n,
    directed: g.directed,
    weighted,
    ids: [],
    indexOf: new Map(),
    m: g.directed ? g.outTargets.length : g.outTargets.length / 2,
    outOffsets: g.outOffsets,
    outTargets: g.outTargets,
    outWeights: weighted ? g.outWeights : none,
    inOffsets: g.inOffsets,
    inSources: g.inSources,
    inWeights: weighted ? g.inWeights : none,
    undOffsets: g.undOffsets,
    undTargets: g.undTargets,
    undWeights: weighted ? g.undWeights : none,
  };
}

/** What one block of sources contributes to the key-player efficiencies (undirected view). */
export interface KeyPlayerBlockResult {
  /** Σ over the block's sources s of Σ_t 1/d(s,t) (E(G) numerator part). */
  whole: number;
  /**
   * Per candidate c (candidate order): Σ over the block's sources s ≠ v_c of Σ_{t ≠ v_c} 1/d_{G−v_c}(s,t)
   * (E(G − v_c) numerator part).
   */
  without: Float64Array;
  /** Per candidate: the block's sources other than v_c. */
  sources: Float64Array;
}

/**
 * The arrays a block of sources fills, and the steps that fill them, shared by the hop kernel
 * (all-sources.ts) and the weighted one (weighted-sources.ts): each takes one source's traversal as
 * `order[0..reached)` (the source first) with distances `dist`, and sums in that order.
 */
export class BlockOutputs {
  readonly between: Float64Array;
  readonly rowReach: Float64Array;
  readonly rowDist: Float64Array;
  readonly rowInverse: Float64Array;
  readonly rowComponentDist: Float64Array;
  readonly rowComponentMax: Float64Array;
  readonly inReach: Float64Array | null;
  readonly inDist: Float64Array | null;
  readonly inInverse: Float64Array | null;
  readonly colReach: Float64Array | null;
  readonly colDist: Float64Array | null;
  readonly colInverse: Float64Array | null;

  /** `b` sources, `n` members; `incoming`: rows along predecessors; `exact`: no column sums. */
  constructor(n: number, b: number, incoming: boolean, exact: boolean) {
    this.between = new Float64Array(n);
    this.rowReach = new Float64Array(b);
    this.rowDist = new Float64Array(b);
    this.rowInverse = new Float64Array(b);
    this.rowComponentDist = new Float64Array(b);
    this.rowComponentMax = new Float64Array(b);
    this.inReach = incoming ? new Float64Array(b) : null;
    this.inDist = incoming ? new Float64Array(b) : null;
    this.inInverse = incoming ? new Float64Array(b) : null;
    this.colReach = exact ? null : new Float64Array(n);
    this.colDist = exact ? null : new Float64Array(n);
    this.colInverse = exact ? null : new Float64Array(n);
  }

  /**
   * Row i from source s: members reached, Σ d, Σ 1/d, and Σ and max of d over the targets in the path
   * component when s is in it. Returns Σ 1/d.
   */
  row(i: number, s: number, order: Int32Array, reached: number, dist: Int32Array | Float64Array, inComponent: Uint8Array): number {
    let sumD = 0;
    let sumInv = 0;
    let compD = 0;
    let compMax = 0;
    const sIn = inComponent[s] === 1;
    for (let k = 1; k < reached; k++) {
      const t = order[k];
      const d = dist[t];
      sumD += d;
      sumInv += 1 / d;
      if (sIn && inComponent[t] === 1) {
        compD += d;
        if (d > compMax) compMax = d;
      }
    }
    this.rowReach[i] = reached - 1;
    this.rowDist[i] = sumD;
    this.rowInverse[i] = sumInv;
    this.rowComponentDist[i] = compD;
    this.rowComponentMax[i] = compMax;
    return sumInv;
  }

  /** Sampled mode: adds this pivot's distances to the column sums of the members it reaches. */
  columns(order: Int32Array, reached: number, dist: Int32Array | Float64Array): void {
    const colReach = this.colReach;
    if (colReach === null) return;
    const colDist = this.colDist!;
    const colInverse = this.colInverse!;
    for (let k = 1; k < reached; k++) {
      const t = order[k];
      const d = dist[t];
      colReach[t] += 1;
      colDist[t] += d;
      colInverse[t] += 1 / d;
    }
  }

  /** Incoming row i (distances d(·, s) along predecessors): members reached, Σ d, Σ 1/d. */
  incoming(i: number, order: Int32Array, reached: number, dist: Int32Array | Float64Array): void {
    let sd = 0;
    let si = 0;
    for (let k = 1; k < reached; k++) {
      const d = dist[order[k]];
      sd += d;
      si += 1 / d;
    }
    this.inReach![i] = reached - 1;
    this.inDist![i] = sd;
    this.inInverse![i] = si;
  }

  /** The block's result, with the key-player sums when candidates were evaluated. */
  result(keyPlayers: KeyPlayerBlockResult | null): BlockResult {
    return {
      betweenness: this.between,
      rowReach: this.rowReach,
      rowDist: this.rowDist,
      rowInverse: this.rowInverse,
      rowComponentDist: this.rowComponentDist,
      rowComponentMax: this.rowComponentMax,
      inReach: this.inReach,
      inDist: this.inDist,
      inInverse: this.inInverse,
      colReach: this.colReach,
      colDist: this.colDist,
      colInverse: this.colInverse,
      keyPlayers,
    };
  }
}
