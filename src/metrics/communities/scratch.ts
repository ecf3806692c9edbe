/**
 * Working memory of the community detection: the level graph Louvain starts from and the typed
 * arrays of its local-moving, aggregation and refinement loops, allocated once per index and reused
 * by every restart (fresh memory is costly at 10⁶ ties).
 */
import type { GraphIndex } from '../../graph/graph-index.js';

/**
 * Arrays of the local-moving loops ({@link louvain}, {@link refinePartition}), reusable from one run
 * to the next. Neighbouring communities of node i and its tie weight to each: nbrComm, nbrLink from
 * i's first slot on (one slot per row entry of i), nbrCount[i] used, −1 (stale) when a neighbour
 * moved since they were summed. linkTo and seen (per community) are zero between uses.
 */
export interface MoveBuffers {
  linkTo: Float64Array;
  seen: Uint8Array;
  nbrComm: Int32Array;
  nbrLink: Float64Array;
  nbrCount: Int32Array;
}

/** {@link MoveBuffers} for n nodes and `slots` row entries. */
export function moveBuffers(n: number, slots: number): MoveBuffers {
  return {
    linkTo: new Float64Array(n),
    seen: new Uint8Array(n),
    nbrComm: new Int32Array(slots),
    nbrLink: new Float64Array(slots),
    nbrCount: new Int32Array(n),
  };
}

/**
 * A level of {@link louvain}: node rows (CSR over nodes 0..n−1) listing, for each node, its
 * neighbours in either direction with the tie weight, so that a row sums to the node's ties to each
 * neighbouring community. Undirected: the symmetric rows plus each node's self-loop weight `loops`
 * (strength k = 2·loop + row sum); `kOut`, `kIn` null. Directed: each node's out-strength and
 * in-strength (self-loops included) in `kOut`, `kIn`; `loops` unused. Above level 0 the rows live
 * in the scratch's nbrComm, nbrLink until the level is laid out.
 */
export interface LevelGraph {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  loops: Float64Array;
  kOut: Float64Array | null;
  kIn: Float64Array | null;
}

/**
 * Scratch of {@link louvain} ({@link louvainScratch}), sized for level 0 and reused by every level
 * (and by communitiesOnIndex for every restart and refinement). `base`: level 0. By visiting
 * position r: row slots pOff[r]..pOff[r+1] of the level copy (pTgt: neighbour positions, pWt:
 * weights) and of the neighbouring communities (the {@link MoveBuffers}); kPos: strength
 * (directed: out-strength), kInPos: in-strength (directed only); comm: community (a position); tot:
 * its strength (directed: out-strength), totIn: its in-strength (directed only). pos: position of
 * each node; group: its community after the level, 0..C−1; groupPos: the same by position.
 */
export interface LouvainScratch extends MoveBuffers {
  directed: boolean;
  base: LevelGraph;
  pos: Int32Array;
  pOff: Int32Array;
  pTgt: Int32Array;
  pWt: Float64Array;
  kPos: Float64Array;
  kInPos: Float64Array;
  comm: Int32Array;
  tot: Float64Array;
  totIn: Float64Array;
  label: Int32Array;
  group: Int32Array;
  groupPos: Int32Array;
}

/**
 * A {@link LouvainScratch} for `index`. Undirected: level 0 is the index's own rows. Directed:
 * level 0 is built here, row i = i's out-arcs then its in-arcs (a reciprocated pair appears twice),
 * with the out- and in-strengths.
 */
export function louvainScratch(index: GraphIndex): LouvainScratch {
  const n = index.n;
  const directed = index.directed;
  const base = directed ? directedBase(index) : undirectedBase(index);
  const slots = base.targets.length;
  const perDirected = directed ? n : 0;
  return {
    ...moveBuffers(n, slots),
    directed,
    base,
    pos: new Int32Array(n),
    pOff: new Int32Array(n + 1),
    pTgt: new Int32Array(slots),
    pWt: new Float64Array(slots),
    kPos: new Float64Array(n),
    kInPos: new Float64Array(perDirected),
    comm: new Int32Array(n),
    tot: new Float64Array(n),
    totIn: new Float64Array(perDirected),
    label: new Int32Array(n),
    group: new Int32Array(n),
    groupPos: new Int32Array(n),
  };
}

function undirectedBase(index: GraphIndex): LevelGraph {
  const n = index.n;
  return { n, offsets: index.undOffsets, targets: index.undTargets, weights: index.undWeights, loops: new Float64Array(n), kOut: null, kIn: null };
}

function directedBase(index: GraphIndex): LevelGraph {
  const n = index.n;
  const { outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = index;
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(outTargets.length + inSources.length);
  const weights = new Float64Array(targets.length);
  const kOut = new Float64Array(n);
  const kIn = new Float64Array(n);
  let q = 0;
  for (let i = 0; i < n; i++) {
    for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) {
      targets[q] = outTargets[p];
      weights[q++] = outWeights[p];
      kOut[i] += outWeights[p];
    }
    for (let p = inOffsets[i]; p < inOffsets[i + 1]; p++) {
      targets[q] = inSources[p];
      weights[q++] = inWeights[p];
      kIn[i] += inWeights[p];
    }
    offsets[i + 1] = q;
  }
  return { n, offsets, targets, weights, loops: new Float64Array(0), kOut, kIn };
}
