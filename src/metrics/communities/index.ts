/**
 * Community detection: seeded Louvain with restarts ({@link louvain}, one engine for every graph size
 * and direction) and a seeded refinement pass ({@link refinePartition}), scored with the networkx
 * modularity of `../modularity.ts`.
 */
import type { ClusterGraph } from '../../model/types.js';
import type { GraphIndex } from '../../graph/graph-index.js';
import { createRng, deriveSeed } from '../../graph/random.js';
import { modularity } from '../modularity.js';
import { louvain } from './louvain.js';
import { canonicalizeAssignment, unitWeightIndex } from './partition.js';
import { refinePartition } from './refine.js';
import { louvainScratch } from './scratch.js';

export { louvain } from './louvain.js';
export { canonicalizeAssignment, unitWeightIndex } from './partition.js';
export { refinePartition } from './refine.js';
export { louvainScratch, type LouvainScratch, type MoveBuffers } from './scratch.js';

export interface CommunityOptions {
  /** Use tie weights (default true). False: every tie counts 1 (networkx `weight=None`). */
  weighted?: boolean;
  /** Resolution γ of the modularity being optimised (default 1; > 1 gives more, smaller communities). */
  resolution?: number;
  /** Base seed (default 42); restart k runs with `deriveSeed(seed, k)`. */
  seed?: number;
  /** Number of seeded Louvain runs; the best partition is kept (default 10, at least 1). */
  restarts?: number;
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

/**
 * Communities by seeded Louvain modularity optimisation with restarts.
 *
 * Method: Louvain (Blondel, Guillaume, Lambiotte & Lefebvre 2008, J. Stat. Mech. P10008), the
 * in-house typed-array engine `louvain`, maximising modularity Q = Σ_c [L_c/m − γ (d_c/2m)²]
 * (Newman & Girvan 2004); on directed graphs the directed modularity
 * Q = Σ_c [L_c/m − γ d_c^out d_c^in / m²] (Leicht & Newman 2008; Louvain gain of Dugué & Perez
 * 2015), as networkx's `louvain_communities` on a DiGraph. The same engine runs at every size and
 * in both directions, so a growing cluster never changes algorithm. Weights: tie weight = intensity
 * (strength); `weighted: false` counts every tie 1 (also the reciprocated pairs of an undirected view).
 *
 * Run k (k = 0..restarts−1) uses `createRng(deriveSeed(seed, k))`: it shuffles the visiting order of
 * every level (as networkx does), then a seeded node-level refinement pass (`refinePartition`)
 * moves members that still gain modularity. The partition with the highest modularity is kept (ties
 * → the earliest restart), renumbered by size descending then lowest member index. The reported
 * modularity is {@link modularity} on the index (networkx's definition at the given resolution).
 *
 * Peers: networkx 2.8 `louvain_communities(G, weight, resolution, seed)` (partitions differ from
 * networkx's for the same seed — other RNG and visiting order — so compare modularity with
 * networkx's best over seeds); graphology-communities-louvain 2.0.2 (same objective and gains) is
 * the oracle of the tests. Graph with no ties: every member its own community and modularity NaN
 * (undefined; networkx raises ZeroDivisionError on it). `graph` must be the graph `index` was built
 * from (its order is checked); the computation runs on the index only, so `undirectedView(index)`
 * works.
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
 * {@link detectCommunities} on the index alone (it never reads the graph), e.g. in a worker thread
 * (src/analysis/workers.ts). Same result for the same index and options.
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
  const scratch = louvainScratch(work);
  for (let k = 0; k < restarts; k++) {
    const rng = createRng(deriveSeed(seed, k));
    const assignment = louvain(work, resolution, rng, scratch);
    refinePartition(work, assignment, resolution, rng, scratch);
    partitions.push(assignment);
    restartModularities.push(modularity(work, assignment, { resolution }));
  }
  // Best modularity; values within 1e-12 (relative) of it are ties → the earliest restart.
  const top = Math.max(...restartModularities);
  const pick = restartModularities.findIndex((q) => q >= top - 1e-12 * Math.max(1, Math.abs(top)));
  return result(partitions[pick], restartModularities[pick], restartModularities);
}
