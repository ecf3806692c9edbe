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
 */
export function refinePartition(index: GraphIndex, assignment: Int32Array, resolution: number, rng: Rng): void {
  const n = index.n;
  const directed = index.directed;
  const { outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = index;
  const kOut = new Float64Array(n);
  const kIn = new Float64Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) kOut[i] += outWeights[p];
    if (directed) for (let p = inOffsets[i]; p < inOffsets[i + 1]; p++) kIn[i] += inWeights[p];
    else kIn[i] = kOut[i];
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
  const totOut = new Float64Array(n);
  const totIn = new Float64Array(n);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = assignment[i];
    totOut[c] += kOut[i];
    totIn[c] += kIn[i];
    size[c]++;
  }
  const free: number[] = [];
  for (let c = n - 1; c >= 0; c--) if (size[c] === 0) free.push(c);
  const linkTo = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Gain of putting i (taken out of its community) into community c, in units of 1/m:
  // undirected w_ic − γ k_i tot_c / 2m; directed w_ic − γ (k_i^out tot_c^in + k_i^in tot_c^out) / m,
  // w_ic = weight of i's ties (either direction) into c. Being alone gains 0.
  const penalty = directed ? resolution / m : resolution / (2 * m);
  const eps = 1e-12 * Math.max(1, m);
  for (let sweep = 0; sweep < 1000; sweep++) {
    shuffleInPlace(rng, order);
    let moved = 0;
    for (let r = 0; r < n; r++) {
      const i = order[r];
      const own = assignment[i];
      let nt = 0;
      for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) {
        const c = assignment[outTargets[p]];
        if (!seen[c]) { seen[c] = 1; touched[nt++] = c; }
        linkTo[c] += outWeights[p];
      }
      if (directed) {
        for (let p = inOffsets[i]; p < inOffsets[i + 1]; p++) {
          const c = assignment[inSources[p]];
          if (!seen[c]) { seen[c] = 1; touched[nt++] = c; }
          linkTo[c] += inWeights[p];
        }
      }
      totOut[own] -= kOut[i];
      totIn[own] -= kIn[i];
      const gain = (c: number): number =>
        linkTo[c] - penalty * (directed ? kOut[i] * totIn[c] + kIn[i] * totOut[c] : kOut[i] * totOut[c]);
      let best = own;
      let bestGain = size[own] === 1 ? 0 : gain(own);
      for (let t = 0; t < nt; t++) {
        const c = touched[t];
        if (c === own) continue;
        const g = gain(c);
        if (g > bestGain + eps) {
          best = c;
          bestGain = g;
        }
      }
      if (best === own && size[own] > 1 && bestGain < -eps) best = free.pop()!; // better alone
      totOut[best] += kOut[i];
      totIn[best] += kIn[i];
      if (best !== own) {
        assignment[i] = best;
        size[own]--;
        size[best]++;
        if (size[own] === 0) free.push(own);
        moved++;
      }
      for (let t = 0; t < nt; t++) {
        linkTo[touched[t]] = 0;
        seen[touched[t]] = 0;
      }
    }
    if (moved === 0) break;
  }
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
  // An unweighted index cannot be used weighted: it holds no tie weights (see `weighted` in the result).
  const weighted = (options.weighted ?? true) && index.weighted;
  const resolution = options.resolution ?? 1;
  const seed = options.seed ?? 42;
  const restarts = Math.max(1, Math.trunc(options.restarts ?? 10));
  if (graph.order !== index.n) {
    throw new RangeError(`detectCommunities: the graph has ${graph.order} members, the index ${index.n}`);
  }
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
    for (let k = 0; k < restarts; k++) {
      const rng = createRng(deriveSeed(seed, k));
      const assignment = louvainCsr(work, resolution, rng);
      refinePartition(work, assignment, resolution, rng);
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
 */
export function louvainCsr(index: GraphIndex, resolution: number, rng: Rng): Int32Array {
  const n0 = index.n;
  let N = n0;
  let off: Int32Array = index.undOffsets;
  let tgt: Int32Array = index.undTargets;
  let wt: Float64Array = index.undWeights;
  let loop = new Float64Array(N);
  const membership = new Int32Array(n0);
  for (let i = 0; i < n0; i++) membership[i] = i;
  let m2 = 0;
  for (let p = 0; p < wt.length; p++) m2 += wt[p];
  if (!(m2 > 0)) return membership;
  const eps = 1e-12 * Math.max(1, m2);
  for (let level = 0; level < 100; level++) {
    const k = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      let sum = 2 * loop[i];
      for (let p = off[i]; p < off[i + 1]; p++) sum += wt[p];
      k[i] = sum;
    }
    const comm = new Int32Array(N);
    const tot = new Float64Array(N);
    for (let i = 0; i < N; i++) {
      comm[i] = i;
      tot[i] = k[i];
    }
    const order = new Int32Array(N);
    for (let i = 0; i < N; i++) order[i] = i;
    shuffleInPlace(rng, order);
    const linkTo = new Float64Array(N);
    const seen = new Uint8Array(N);
    const touched = new Int32Array(N);
    let improved = false;
    for (let sweep = 0; sweep < 1000; sweep++) {
      let moved = 0;
      for (let r = 0; r < N; r++) {
        const i = order[r];
        const own = comm[i];
        let nt = 0;
        for (let p = off[i]; p < off[i + 1]; p++) {
          const j = tgt[p];
          if (j === i) continue;
          const c = comm[j];
          if (seen[c] === 0) {
            seen[c] = 1;
            touched[nt++] = c;
          }
          linkTo[c] += wt[p];
        }
        tot[own] -= k[i];
        const factor = (resolution * k[i]) / m2;
        let best = own;
        let bestGain = linkTo[own] - factor * tot[own];
        for (let t = 0; t < nt; t++) {
          const c = touched[t];
          if (c === own) continue;
          const g = linkTo[c] - factor * tot[c];
          if (g > bestGain + eps) {
            best = c;
            bestGain = g;
          }
        }
        tot[best] += k[i];
        if (best !== own) {
          comm[i] = best;
          moved++;
        }
        for (let t = 0; t < nt; t++) {
          linkTo[touched[t]] = 0;
          seen[touched[t]] = 0;
        }
        linkTo[own] = 0;
      }
      if (moved === 0) break;
      improved = true;
    }
    if (!improved) break;
    // Renumber, project onto the members, aggregate.
    const label = new Int32Array(N).fill(-1);
    let C = 0;
    for (let i = 0; i < N; i++) if (label[comm[i]] < 0) label[comm[i]] = C++;
    for (let v = 0; v < n0; v++) membership[v] = label[comm[membership[v]]];
    if (C === N) break;
    const start = new Int32Array(C + 1);
    for (let i = 0; i < N; i++) start[label[comm[i]] + 1]++;
    for (let c = 0; c < C; c++) start[c + 1] += start[c];
    const fill = start.slice(0, C);
    const nodesOf = new Int32Array(N);
    for (let i = 0; i < N; i++) nodesOf[fill[label[comm[i]]]++] = i;
    const newLoop = new Float64Array(C);
    const rowT: number[] = [];
    const rowW: number[] = [];
    const newOff = new Int32Array(C + 1);
    const acc = new Float64Array(C);
    const mark = new Uint8Array(C);
    const list = new Int32Array(C);
    for (let c = 0; c < C; c++) {
      let nl = 0;
      for (let q = start[c]; q < start[c + 1]; q++) {
        const i = nodesOf[q];
        newLoop[c] += loop[i];
        for (let p = off[i]; p < off[i + 1]; p++) {
          const d = label[comm[tgt[p]]];
          if (d === c) {
            newLoop[c] += wt[p] / 2; // an internal tie is seen from both ends
            continue;
          }
          if (mark[d] === 0) {
            mark[d] = 1;
            list[nl++] = d;
          }
          acc[d] += wt[p];
        }
      }
      const row = list.subarray(0, nl).sort();
      for (let t = 0; t < nl; t++) {
        const d = row[t];
        rowT.push(d);
        rowW.push(acc[d]);
        acc[d] = 0;
        mark[d] = 0;
      }
      newOff[c + 1] = rowT.length;
    }
    N = C;
    off = newOff;
    tgt = Int32Array.from(rowT);
    wt = Float64Array.from(rowW);
    loop = newLoop;
  }
  return membership;
}
