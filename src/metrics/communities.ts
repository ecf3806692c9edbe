/**
 * Community detection: seeded Louvain with restarts (graphology-communities-louvain) and a seeded
 * node-level refinement pass, scored with the networkx modularity of `./modularity.ts`.
 */
import louvainModule from 'graphology-communities-louvain';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { ClusterGraph } from '../model/types.js';
import type { GraphIndex } from '../core/graph-index.js';
import { createRng, deriveSeed, shuffleInPlace, type Rng } from '../core/random.js';
import { modularity } from './modularity.js';

// graphology-communities-louvain is CommonJS and its .d.ts says `export default`: under NodeNext the
// default import is `module.exports` itself at run time (Node, vitest) while TypeScript types it as
// `{ default: ILouvain }`. Take `.default` when a bundler provides it, else the import itself.
type Louvain = typeof louvainModule.default;
const louvain: Louvain =
  (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

export interface CommunityOptions {
  /** Use tie weights (default true). False: every tie counts 1 (networkx `weight=None`). */
  weighted?: boolean;
  /** Resolution γ of the modularity being optimised (default 1; > 1 gives more, smaller communities). */
  resolution?: number;
  /** Base seed (default 42); restart k runs with `deriveSeed(seed, k)`. */
  seed?: number;
  /** Number of seeded Louvain runs; the best partition is kept (default 10, at least 1). */
  restarts?: number;
  /**
   * 'graphology' (default): graphology-communities-louvain on a seeded graphology copy. 'csr': the
   * in-house typed-array Louvain ({@link louvainCsr}) on the index, no copy — for large undirected
   * graphs (analyze uses it above the exact-size threshold). Directed graphs always use graphology.
   */
  engine?: 'graphology' | 'csr';
}

export interface CommunityResult {
  algorithm: 'louvain';
  seed: number;
  resolution: number;
  restarts: number;
  /** Whether tie weights were used: the `weighted` option, false whenever the index is unweighted. */
  weighted: boolean;
  /** Modularity (at `resolution`) of the partition returned; NaN when the graph has no ties. */
  modularity: number;
  /** Number of communities. */
  count: number;
  /** Community per member, indexed like `index.ids`: 0 = largest community, ties by lowest member index. */
  assignment: Int32Array;
  /** Modularity reached by each restart, in restart order. */
  restartModularities: number[];
}

/** The index with every tie weight set to 1 (the CSR structure is shared). */
export function unitWeightIndex(index: GraphIndex): GraphIndex {
  if (!index.weighted) {
    // An unweighted index whose arrays hold other weights (e.g. summed reciprocated pairs) is normalised.
    const allOne = (a: Float64Array) => a.every((w) => w === 1);
    if (allOne(index.outWeights) && allOne(index.inWeights) && allOne(index.undWeights)) return index;
  }
  const ones = (a: Float64Array) => new Float64Array(a.length).fill(1);
  const outWeights = ones(index.outWeights);
  const undWeights = index.undWeights === index.outWeights ? outWeights : ones(index.undWeights);
  const inWeights = index.inWeights === index.outWeights ? outWeights : index.inWeights === index.undWeights ? undWeights : ones(index.inWeights);
  return { ...index, weighted: false, outWeights, inWeights, undWeights };
}

/**
 * Renumbers communities: by size descending, then by the lowest member index → 0..k−1.
 * Returns the number of communities.
 */
export function canonicalizeAssignment(assignment: Int32Array): number {
  const n = assignment.length;
  const label = new Map<number, number>();
  const size: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < n; i++) {
    let c = label.get(assignment[i]);
    if (c === undefined) {
      c = size.length;
      label.set(assignment[i], c);
      size.push(0);
      first.push(i);
    }
    size[c]++;
    assignment[i] = c;
  }
  const order = size.map((_, c) => c).sort((a, b) => size[b] - size[a] || first[a] - first[b]);
  const rank = new Int32Array(order.length);
  order.forEach((c, r) => (rank[c] = r));
  for (let i = 0; i < n; i++) assignment[i] = rank[assignment[i]];
  return order.length;
}

/** A graphology graph of the index, nodes keyed "0".."n−1" and inserted in `order`. */
/** Ties (edges or arcs) worth of graphology copies built per call; see detectCommunities. */
const COPY_BUDGET = 20000;

function toGraphology(index: GraphIndex, order: Int32Array) {
  const graph = index.directed ? new DirectedGraph() : new UndirectedGraph();
  for (let r = 0; r < order.length; r++) graph.addNode(String(order[r]));
  const { outOffsets, outTargets, outWeights } = index;
  for (let r = 0; r < order.length; r++) {
    const i = order[r];
    for (let p = outOffsets[i], end = outOffsets[i + 1]; p < end; p++) {
      const j = outTargets[p];
      if (!index.directed && j < i) continue;
      graph.addEdge(String(i), String(j), { weight: outWeights[p] });
    }
  }
  return graph;
}

/**
 * Seeded local moving on a finished partition (the node-level phase of Louvain, Blondel et al. 2008,
 * run once more on the final partition): members are visited in a seeded random order and each moves
 * to the neighbouring community with the largest modularity gain (strictly positive, > 1e-12 relative),
 * until a full sweep moves nobody. Works in place; never lowers modularity.
 *
 * In-house bookkeeping (typed arrays, no per-member allocation): the weights from a member to its
 * neighbouring communities, in order of first appearance in its ties, are kept in a per-member slice
 * of a flat array and summed again only after one of its neighbours moved — the same sums in the
 * same order, so the moves are those of a full re-scan. `buffers` (optional): arrays to reuse, e.g.
 * the {@link louvainScratch} of the same index.
 */
export function refinePartition(
  index: GraphIndex,
  assignment: Int32Array,
  resolution: number,
  rng: Rng,
  buffers?: MoveBuffers,
): void {
  const n = index.n;
  const directed = index.directed;
  const { outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = index;
  const kOut = new Float64Array(n);
  const kIn = directed ? new Float64Array(n) : kOut;
  let m = 0;
  for (let i = 0; i < n; i++) {
    for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) kOut[i] += outWeights[p];
    if (directed) for (let p = inOffsets[i]; p < inOffsets[i + 1]; p++) kIn[i] += inWeights[p];
    m += kOut[i];
  }
  if (!directed) m /= 2;
  if (!(m > 0)) return;
  // Labels live in 0..n−1 (renumber first if they do not); free labels serve members that leave.
  for (let i = 0; i < n; i++) {
    if (assignment[i] < 0 || assignment[i] >= n) {
      canonicalizeAssignment(assignment);
      break;
    }
  }
  // totIn is only read by the directed gain (undirected: tot^in = tot^out).
  const totOut = new Float64Array(n);
  const totIn = new Float64Array(directed ? n : 0);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = assignment[i];
    totOut[c] += kOut[i];
    if (directed) totIn[c] += kIn[i];
    size[c]++;
  }
  // Free labels, a stack whose top is the lowest one.
  const free = new Int32Array(n);
  let nFree = 0;
  for (let c = n - 1; c >= 0; c--) if (size[c] === 0) free[nFree++] = c;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Gain of putting i (taken out of its community) into community c, in units of 1/m:
  // undirected w_ic − γ k_i tot_c / 2m; directed w_ic − γ (k_i^out tot_c^in + k_i^in tot_c^out) / m,
  // w_ic = weight of i's ties (either direction) into c. Being alone gains 0.
  const penalty = directed ? resolution / m : resolution / (2 * m);
  const eps = 1e-12 * Math.max(1, m);
  const slots = directed ? outTargets.length + inSources.length : outTargets.length;
  const b = buffers !== undefined && buffers.nbrCount.length >= n && buffers.nbrComm.length >= slots ? buffers : moveBuffers(n, slots);
  b.nbrCount.fill(-1, 0, n);
  const { linkTo, seen, nbrComm, nbrLink, nbrCount } = b;
  const state: RefineState = {
    linkTo, seen, nbrComm, nbrLink, nbrCount, index, assignment, kOut, kIn, totOut, totIn, size, free, nFree, penalty, eps,
  };
  for (let sweep = 0; sweep < 1000; sweep++) {
    shuffleInPlace(rng, order);
    if (refineSweep(order, state) === 0) break;
  }
}

/**
 * Arrays of the local-moving loops ({@link louvainCsr}, {@link refinePartition}), reusable from one
 * run to the next (detectCommunities allocates them once: fresh memory is costly at 10⁶ ties).
 * Neighbouring communities of node i and its tie weight to each: nbrComm, nbrLink from i's first slot
 * on (one slot per tie of i), nbrCount[i] used, −1 (stale) when a neighbour moved since they were summed.
 * linkTo and seen (per community) are zero between uses.
 */
export interface MoveBuffers {
  linkTo: Float64Array;
  seen: Uint8Array;
  nbrComm: Int32Array;
  nbrLink: Float64Array;
  nbrCount: Int32Array;
}

/** {@link MoveBuffers} for n nodes and `slots` ties (row entries). */
function moveBuffers(n: number, slots: number): MoveBuffers {
  return {
    linkTo: new Float64Array(n),
    seen: new Uint8Array(n),
    nbrComm: new Int32Array(slots),
    nbrLink: new Float64Array(slots),
    nbrCount: new Int32Array(n),
  };
}

/**
 * State of {@link refinePartition}; a member's slots start at outOffsets[i] (+ inOffsets[i] when
 * directed: out- + in-degree slots per member). free[0..nFree): free labels, the lowest on top.
 */
interface RefineState extends MoveBuffers {
  index: GraphIndex;
  assignment: Int32Array;
  kOut: Float64Array;
  kIn: Float64Array;
  totOut: Float64Array;
  totIn: Float64Array;
  size: Int32Array;
  free: Int32Array;
  nFree: number;
  penalty: number;
  eps: number;
}

/** One sweep of {@link refinePartition} in `order`; returns the number of members moved. */
function refineSweep(order: Int32Array, st: RefineState): number {
  const { index, assignment, kOut, kIn, totOut, totIn, size, free, penalty, eps } = st;
  const { linkTo, seen, nbrComm, nbrLink, nbrCount } = st;
  const { directed, outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = index;
  let nFree = st.nFree;
  let moved = 0;
  for (let r = 0; r < order.length; r++) {
    const i = order[r];
    const own = assignment[i];
    const first = directed ? outOffsets[i] + inOffsets[i] : outOffsets[i];
    const ko = kOut[i];
    const ki = kIn[i];
    totOut[own] -= ko;
    if (directed) totIn[own] -= ki;
    const alone = size[own] === 1;
    let best = own;
    let bestGain = 0;
    if (nbrCount[i] < 0) {
      // Sum i's ties by community, keep the sums, evaluate them.
      let last = first;
      for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) {
        const c = assignment[outTargets[p]];
        if (seen[c] === 0) {
          seen[c] = 1;
          nbrComm[last++] = c;
        }
        linkTo[c] += outWeights[p];
      }
      if (directed) {
        for (let p = inOffsets[i]; p < inOffsets[i + 1]; p++) {
          const c = assignment[inSources[p]];
          if (seen[c] === 0) {
            seen[c] = 1;
            nbrComm[last++] = c;
          }
          linkTo[c] += inWeights[p];
        }
      }
      if (!alone) {
        const ownLink = linkTo[own];
        bestGain = directed ? ownLink - penalty * (ko * totIn[own] + ki * totOut[own]) : ownLink - penalty * (ko * totOut[own]);
      }
      for (let t = first; t < last; t++) {
        const c = nbrComm[t];
        const link = linkTo[c];
        nbrLink[t] = link;
        linkTo[c] = 0;
        seen[c] = 0;
        if (c === own) continue;
        const g = directed ? link - penalty * (ko * totIn[c] + ki * totOut[c]) : link - penalty * (ko * totOut[c]);
        if (g > bestGain + eps) {
          best = c;
          bestGain = g;
        }
      }
      nbrCount[i] = last - first;
    } else {
      const last = first + nbrCount[i];
      if (!alone) {
        let ownLink = 0;
        for (let t = first; t < last; t++) {
          if (nbrComm[t] === own) {
            ownLink = nbrLink[t];
            break;
          }
        }
        bestGain = directed ? ownLink - penalty * (ko * totIn[own] + ki * totOut[own]) : ownLink - penalty * (ko * totOut[own]);
      }
      for (let t = first; t < last; t++) {
        const c = nbrComm[t];
        if (c === own) continue;
        const g = directed ? nbrLink[t] - penalty * (ko * totIn[c] + ki * totOut[c]) : nbrLink[t] - penalty * (ko * totOut[c]);
        if (g > bestGain + eps) {
          best = c;
          bestGain = g;
        }
      }
    }
    if (best === own && !alone && bestGain < -eps) best = free[--nFree]; // better alone
    totOut[best] += ko;
    if (directed) totIn[best] += ki;
    if (best !== own) {
      assignment[i] = best;
      size[own]--;
      size[best]++;
      if (size[own] === 0) free[nFree++] = own;
      moved++;
      // Members whose ties hold i: in-rows list the out-rows holding i (in = out when undirected).
      for (let p = inOffsets[i]; p < inOffsets[i + 1]; p++) nbrCount[inSources[p]] = -1;
      if (directed) for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) nbrCount[outTargets[p]] = -1;
    }
  }
  st.nFree = nFree;
  return moved;
}

/**
 * Communities by seeded Louvain modularity optimisation with restarts.
 *
 * Method: Louvain (Blondel, Guillaume, Lambiotte & Lefebvre 2008, J. Stat. Mech. P10008) as
 * implemented by graphology-communities-louvain 2.0.2, maximising modularity
 * Q = Σ_c [L_c/m − γ (d_c/2m)²] (Newman & Girvan 2004); on directed graphs the directed modularity
 * Q = Σ_c [L_c/m − γ d_c^out d_c^in / m²] (Leicht & Newman 2008; Dugué & Perez 2015), as networkx's
 * `louvain_communities` on a DiGraph. Weights: tie weight = intensity (strength); `weighted: false`
 * counts every tie 1 (also the reciprocated pairs of an undirected view).
 *
 * Run k (k = 0..restarts−1) uses `createRng(deriveSeed(seed, k))`: it inserts the members into the
 * graphology graph in a seeded random order (graphology's own `randomWalk` only rotates a fixed
 * order; networkx shuffles all members) and drives graphology's `rng`, then a seeded node-level
 * refinement pass ({@link refinePartition}) moves members that still gain modularity. The partition
 * with the highest modularity is kept (ties → the earliest restart), renumbered by size descending
 * then lowest member index. The reported modularity is {@link modularity} on the index (networkx's
 * definition at the given resolution), not graphology's figure.
 *
 * Peer: networkx 2.8 `louvain_communities(G, weight, resolution, seed)`; partitions differ from
 * networkx's for the same seed (other RNG and visiting order) — compare modularity with networkx's
 * best over seeds. Graph with no ties: every member its own community and modularity NaN (undefined;
 * networkx raises ZeroDivisionError on it). `graph` must be the graph `index` was built from (its
 * order is checked); the computation runs on the index only, so `undirectedView(index)` works.
 */
export function detectCommunities(
  graph: ClusterGraph,
  index: GraphIndex,
  options: CommunityOptions = {},
): CommunityResult {
  if (graph.order !== index.n) {
    throw new RangeError(`detectCommunities: the graph has ${graph.order} members, the index ${index.n}`);
  }
  return communitiesOnIndex(index, options);
}

/**
 * {@link detectCommunities} on the index alone (it never reads the graph: both engines run on the
 * index), e.g. in a worker thread (src/core/workers.ts). Same result for the same index and options.
 */
export function communitiesOnIndex(index: GraphIndex, options: CommunityOptions = {}): CommunityResult {
  // An unweighted index cannot be used weighted: it holds no tie weights (see `weighted` in the result).
  const weighted = (options.weighted ?? true) && index.weighted;
  const resolution = options.resolution ?? 1;
  const seed = options.seed ?? 42;
  const restarts = Math.max(1, Math.trunc(options.restarts ?? 10));
  if (!(resolution > 0) || !Number.isFinite(resolution)) throw new RangeError(`detectCommunities: invalid resolution ${resolution}`);
  const work = weighted ? index : unitWeightIndex(index);
  const n = work.n;
  const result = (assignment: Int32Array, q: number, restartModularities: number[]): CommunityResult => {
    const count = canonicalizeAssignment(assignment);
    return { algorithm: 'louvain', seed, resolution, restarts, weighted, modularity: q, count, assignment, restartModularities };
  };
  if (work.m === 0) {
    const assignment = new Int32Array(n);
    for (let i = 0; i < n; i++) assignment[i] = i;
    return result(assignment, NaN, new Array<number>(restarts).fill(NaN));
  }
  const partitions: Int32Array[] = [];
  const restartModularities: number[] = [];
  // Each restart runs Louvain on a graphology copy whose members were added in a seeded shuffled
  // order (networkx shuffles every pass; graphology's random walk only rotates a fixed order).
  // Building a copy costs more than Louvain itself, so at most COPY_BUDGET / m copies are built
  // (all restarts of a small cluster get their own order); later restarts reuse them round-robin,
  // still with their own seeded generator.
  if (options.engine === 'csr' && !work.directed) {
    const scratch = louvainScratch(work);
    for (let k = 0; k < restarts; k++) {
      const rng = createRng(deriveSeed(seed, k));
      const assignment = louvainCsr(work, resolution, rng, scratch);
      refinePartition(work, assignment, resolution, rng, scratch);
      partitions.push(assignment);
      restartModularities.push(modularity(work, assignment, { resolution }));
    }
    const top = Math.max(...restartModularities);
    const pick = restartModularities.findIndex((q) => q >= top - 1e-12 * Math.max(1, Math.abs(top)));
    return result(partitions[pick], restartModularities[pick], restartModularities);
  }
  const copies = Math.max(1, Math.min(restarts, Math.floor(COPY_BUDGET / Math.max(1, work.m))));
  const graphs: ReturnType<typeof toGraphology>[] = [];
  for (let k = 0; k < restarts; k++) {
    const rng = createRng(deriveSeed(seed, k));
    if (k < copies) {
      const order = new Int32Array(n);
      for (let i = 0; i < n; i++) order[i] = i;
      shuffleInPlace(rng, order);
      graphs.push(toGraphology(work, order));
    }
    const out = louvain.detailed(graphs[k % copies], { resolution, rng, getEdgeWeight: 'weight' });
    const assignment = new Int32Array(n);
    for (let i = 0; i < n; i++) assignment[i] = out.communities[String(i)];
    refinePartition(work, assignment, resolution, rng);
    partitions.push(assignment);
    restartModularities.push(modularity(work, assignment, { resolution }));
  }
  // Best modularity; values within 1e-12 (relative) of it are ties → the earliest restart.
  const top = Math.max(...restartModularities);
  const pick = restartModularities.findIndex((q) => q >= top - 1e-12 * Math.max(1, Math.abs(top)));
  const best = partitions[pick];
  const bestQ = restartModularities[pick];
  return result(best, bestQ, restartModularities);
}

/**
 * Louvain (Blondel et al. 2008) on the undirected index with typed arrays: local moving in a seeded
 * random order (gain w_ic − γ k_i tot_c / 2m, strictly positive moves only, > 1e-12 relative), then
 * aggregation of communities into nodes (internal weight kept as self-loops), repeated while a level
 * moves anybody. Returns the community of every member (labels 0..k−1 in no particular order).
 * Same objective as graphology-communities-louvain; the partitions differ (another visiting order and
 * RNG). O(m) per sweep; no graphology copy, so it suits 10⁶ ties.
 *
 * In-house layout, chosen for speed at 10⁶ ties without changing a move: each level's graph is
 * copied in its visiting order (node r = the r-th visited), so a sweep reads it sequentially; a
 * node's weights to its neighbouring communities are kept (in order of first appearance in its row)
 * and summed again only after a neighbour moved. Sums, visiting order and tie-breaking are those of
 * the plain algorithm. Each phase is its own function so that V8 optimises each whole (one large
 * function is compiled again at every loop it reaches for the first time). `scratch` (optional): a
 * {@link louvainScratch} of the same index, reused from run to run.
 */
export function louvainCsr(index: GraphIndex, resolution: number, rng: Rng, scratch?: LouvainScratch): Int32Array {
  const n0 = index.n;
  const membership = new Int32Array(n0);
  for (let i = 0; i < n0; i++) membership[i] = i;
  let level: LevelGraph = {
    n: n0,
    offsets: index.undOffsets,
    targets: index.undTargets,
    weights: index.undWeights,
    loops: new Float64Array(n0),
  };
  let m2 = 0;
  for (let p = 0; p < level.weights.length; p++) m2 += level.weights[p];
  if (!(m2 > 0)) return membership;
  const s = scratch ?? louvainScratch(index);
  for (let depth = 0; depth < 100; depth++) {
    const order = new Int32Array(level.n);
    for (let i = 0; i < level.n; i++) order[i] = i;
    shuffleInPlace(rng, order);
    layOutLevel(level, order, s);
    if (!moveNodes(level.n, resolution, m2, s)) break;
    const C = relabelLevel(level.n, s);
    for (let v = 0; v < n0; v++) membership[v] = s.group[membership[v]];
    if (C === level.n) break;
    level = aggregateLevel(level, C, s, depth > 0);
  }
  return membership;
}

/**
 * A level of {@link louvainCsr}: a symmetric CSR of nodes 0..n−1 plus each node's self-loop weight.
 * Above level 0 the rows live in the scratch's nbrComm, nbrLink until the level is laid out.
 */
interface LevelGraph {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  loops: Float64Array;
}

/**
 * Scratch of {@link louvainCsr} ({@link louvainScratch}), sized for level 0 and reused by every level
 * (and by detectCommunities for every restart and refinement). By visiting position r: row slots
 * pOff[r]..pOff[r+1] of the level copy (pTgt: neighbour positions, pWt: weights) and of the
 * neighbouring communities (the {@link MoveBuffers}); kPos: strength; comm: community (a position);
 * tot: its strength. pos: position of each node; group: its community after the level, 0..C−1;
 * groupPos: the same by position.
 */
export interface LouvainScratch extends MoveBuffers {
  pos: Int32Array;
  pOff: Int32Array;
  pTgt: Int32Array;
  pWt: Float64Array;
  kPos: Float64Array;
  comm: Int32Array;
  tot: Float64Array;
  label: Int32Array;
  group: Int32Array;
  groupPos: Int32Array;
}

/** A {@link LouvainScratch} for the undirected view of `index`. */
export function louvainScratch(index: GraphIndex): LouvainScratch {
  const n = index.n;
  const slots = index.undTargets.length;
  return {
    ...moveBuffers(n, slots),
    pos: new Int32Array(n),
    pOff: new Int32Array(n + 1),
    pTgt: new Int32Array(slots),
    pWt: new Float64Array(slots),
    kPos: new Float64Array(n),
    comm: new Int32Array(n),
    tot: new Float64Array(n),
    label: new Int32Array(n),
    group: new Int32Array(n),
    groupPos: new Int32Array(n),
  };
}

/**
 * Copies the level graph in visiting order (a self-tie counts in the strength only) and starts every
 * node alone (community = its position) and stale (nbrCount −1).
 */
function layOutLevel(level: LevelGraph, order: Int32Array, s: LouvainScratch): void {
  const { n, offsets, targets, weights, loops } = level;
  const { pos, pOff, pTgt, pWt, kPos, comm, tot, nbrCount } = s;
  for (let r = 0; r < n; r++) pos[order[r]] = r;
  let q = 0;
  for (let r = 0; r < n; r++) {
    const i = order[r];
    let k = 2 * loops[i];
    for (let p = offsets[i]; p < offsets[i + 1]; p++) {
      const w = weights[p];
      k += w;
      const j = targets[p];
      if (j === i) continue;
      pTgt[q] = pos[j];
      pWt[q++] = w;
    }
    pOff[r + 1] = q;
    kPos[r] = k;
    comm[r] = r;
    tot[r] = k;
    nbrCount[r] = -1;
  }
}

/** Local moving on the laid-out level until a sweep moves nobody; whether anybody moved. */
function moveNodes(n: number, resolution: number, m2: number, s: LouvainScratch): boolean {
  const { pOff, pTgt, pWt, kPos, comm, tot, linkTo, seen, nbrComm, nbrLink, nbrCount } = s;
  const eps = 1e-12 * Math.max(1, m2);
  let improved = false;
  for (let sweep = 0; sweep < 1000; sweep++) {
    let moved = 0;
    for (let r = 0; r < n; r++) {
      const first = pOff[r];
      const end = pOff[r + 1];
      const own = comm[r];
      const k = kPos[r];
      tot[own] -= k;
      const factor = (resolution * k) / m2;
      let best = own;
      let bestGain: number;
      if (nbrCount[r] < 0) {
        // Sum the row by community, keep the sums, evaluate them.
        let last = first;
        for (let p = first; p < end; p++) {
          const c = comm[pTgt[p]];
          if (seen[c] === 0) {
            seen[c] = 1;
            nbrComm[last++] = c;
          }
          linkTo[c] += pWt[p];
        }
        bestGain = linkTo[own] - factor * tot[own];
        for (let t = first; t < last; t++) {
          const c = nbrComm[t];
          const link = linkTo[c];
          nbrLink[t] = link;
          linkTo[c] = 0;
          seen[c] = 0;
          if (c === own) continue;
          const g = link - factor * tot[c];
          if (g > bestGain + eps) {
            best = c;
            bestGain = g;
          }
        }
        nbrCount[r] = last - first;
      } else {
        const last = first + nbrCount[r];
        let ownLink = 0;
        for (let t = first; t < last; t++) {
          if (nbrComm[t] === own) {
            ownLink = nbrLink[t];
            break;
          }
        }
        bestGain = ownLink - factor * tot[own];
        for (let t = first; t < last; t++) {
          const c = nbrComm[t];
          if (c === own) continue;
          const g = nbrLink[t] - factor * tot[c];
          if (g > bestGain + eps) {
            best = c;
            bestGain = g;
          }
        }
      }
      tot[best] += k;
      if (best !== own) {
        comm[r] = best;
        moved++;
        for (let p = first; p < end; p++) nbrCount[pTgt[p]] = -1;
      }
    }
    if (moved === 0) break;
    improved = true;
  }
  return improved;
}

/**
 * Numbers the level's communities 0..C−1 by first appearance in node order into `group` (and
 * `groupPos`); returns C.
 */
function relabelLevel(n: number, s: LouvainScratch): number {
  const { pos, comm, label, group, groupPos } = s;
  label.fill(-1, 0, n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = comm[pos[i]];
    if (label[c] < 0) label[c] = count++;
    group[i] = label[c];
  }
  for (let r = 0; r < n; r++) groupPos[r] = label[comm[r]];
  return count;
}

/**
 * The next level: one node per community. Row c sums, for each other community d, the weights of
 * c's nodes (increasing) to d in row order, and lists the d in increasing order; ties inside c go to
 * its self-loop (half from each end). The rows are read from the level graph at level 0 (the index,
 * self-ties included) and from its copy in visiting order above (the same rows; the level graph's
 * arrays then hold the node slots), and written to the scratch's nbrComm, nbrLink: free until the
 * next level is laid out, so no level allocates ties-sized arrays.
 */
function aggregateLevel(level: LevelGraph, C: number, s: LouvainScratch, fromCopy: boolean): LevelGraph {
  const { n, loops } = level;
  const { pos, group, linkTo, seen, nbrComm: rowT, nbrLink: rowW } = s;
  const offsets = fromCopy ? s.pOff : level.offsets;
  const targets = fromCopy ? s.pTgt : level.targets;
  const weights = fromCopy ? s.pWt : level.weights;
  const targetGroup = fromCopy ? s.groupPos : group;
  const start = new Int32Array(C + 1);
  for (let i = 0; i < n; i++) start[group[i] + 1]++;
  for (let c = 0; c < C; c++) start[c + 1] += start[c];
  const fill = start.slice(0, C);
  const nodesOf = new Int32Array(n);
  for (let i = 0; i < n; i++) nodesOf[fill[group[i]]++] = i;
  const newLoops = new Float64Array(C);
  const rowOff = new Int32Array(C + 1);
  let e = 0;
  for (let c = 0; c < C; c++) {
    const rowStart = e;
    for (let q = start[c]; q < start[c + 1]; q++) {
      const i = nodesOf[q];
      newLoops[c] += loops[i];
      const row = fromCopy ? pos[i] : i;
      for (let p = offsets[row]; p < offsets[row + 1]; p++) {
        const d = targetGroup[targets[p]];
        if (d === c) {
          newLoops[c] += weights[p] / 2; // an internal tie is seen from both ends
          continue;
        }
        if (seen[d] === 0) {
          seen[d] = 1;
          rowT[e++] = d;
        }
        linkTo[d] += weights[p];
      }
    }
    rowT.subarray(rowStart, e).sort();
    for (let t = rowStart; t < e; t++) {
      const d = rowT[t];
      rowW[t] = linkTo[d];
      linkTo[d] = 0;
      seen[d] = 0;
    }
    rowOff[c + 1] = e;
  }
  return { n: C, offsets: rowOff, targets: rowT, weights: rowW, loops: newLoops };
}
