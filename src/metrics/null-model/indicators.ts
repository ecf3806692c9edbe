/**
 * The indicators the null model compares, computed the same way on the observed simple view and on
 * every rewired sample: transitivity, average clustering, average path length of the largest
 * component, global efficiency, degree assortativity and Louvain modularity (all unweighted, on the
 * undirected simple view).
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import { allPairsHopSums } from '../../graph/bit-bfs.js';
import { averageClustering, localClustering, transitivity } from '../clustering.js';
import { degreeAssortativity } from '../assortativity.js';
import { components } from '../components.js';
import { communitiesOnIndex } from '../communities/index.js';
import type { TieList } from './swap.js';

/** The indicators, in the order of the value arrays. */
export const NULL_INDICATORS = ['transitivity', 'averageClustering', 'averagePathLength', 'globalEfficiency', 'degreeAssortativity', 'modularity'] as const;
export type NullIndicator = (typeof NULL_INDICATORS)[number];

/** How the indicators of one graph are computed. */
export interface IndicatorPlan {
  /** Pivot sources of the path indicators (null: every member, exact). */
  pivots: Int32Array | null;
  /** Resolution γ of the Louvain modularity. */
  resolution: number;
  /** Seeded Louvain restarts per graph (the best modularity is kept). */
  restarts: number;
}

/** The undirected, unweighted index of a tie list (rows sorted by neighbour index). */
export function tieIndex(ties: TieList): GraphIndex {
  const { n, a, b } = ties;
  const m = a.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    offsets[a[e] + 1]++;
    offsets[b[e] + 1]++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(2 * m);
  for (let e = 0; e < m; e++) {
    targets[fill[a[e]]++] = b[e];
    targets[fill[b[e]]++] = a[e];
  }
  for (let v = 0; v < n; v++) targets.subarray(offsets[v], offsets[v + 1]).sort();
  const weights = new Float64Array(2 * m).fill(1);
  return {
    n, directed: false, weighted: false, ids: [], indexOf: new Map(), m,
    outOffsets: offsets, outTargets: targets, outWeights: weights,
    inOffsets: offsets, inSources: targets, inWeights: weights,
    undOffsets: offsets, undTargets: targets, undWeights: weights,
  };
}

/**
 * The six indicators of a simple undirected graph (NaN where undefined), in {@link NULL_INDICATORS}
 * order. `louvainSeed` seeds the Louvain restarts.
 *
 * - transitivity and average clustering: src/metrics/clustering.ts (networkx `transitivity`,
 *   `average_clustering`);
 * - average path length L of the largest component (ties in size → the one with the lowest member
 *   index) and global efficiency E = Σ_{i≠j} 1/d(i,j) / (n(n−1)), hop counts, from one bit-parallel
 *   BFS (src/graph/bit-bfs.ts). With pivots P: L = Σ_{s∈P∩C} Σ_{t∈C} d(s,t) / (|P∩C| (c−1)) and
 *   E = Σ_{s∈P} Σ_t 1/d(s,t) / (|P| (n−1)), the estimators of the analysis above its size limit;
 * - degree assortativity: Newman 2002 (networkx `degree_assortativity_coefficient`);
 * - modularity of the best of `restarts` seeded Louvain runs (src/metrics/communities/), unweighted.
 */
export function graphIndicators(index: GraphIndex, plan: IndicatorPlan, louvainSeed: number): Float64Array {
  const n = index.n;
  const out = new Float64Array(NULL_INDICATORS.length).fill(Number.NaN);
  out[0] = transitivity(index);
  out[1] = averageClustering(localClustering(index));
  const { weak } = components(index);
  const hop = allPairsHopSums(index, 'und', undefined, plan.pivots ?? undefined);
  if (n > 0) {
    const largest = weak.largest;
    const c = weak.sizes[largest];
    let sources = n;
    let inC = c;
    if (plan.pivots !== null) {
      sources = plan.pivots.length;
      inC = 0;
      for (let i = 0; i < plan.pivots.length; i++) if (weak.membership[plan.pivots[i]] === largest) inC++;
    }
    let dist = 0;
    let inv = 0;
    for (let v = 0; v < n; v++) {
      inv += hop.inverse[v];
      if (weak.membership[v] === largest) dist += hop.distance[v];
    }
    out[2] = c < 2 ? 0 : inC === 0 ? Number.NaN : dist / (inC * (c - 1));
    out[3] = n < 2 ? 0 : inv / (sources * (n - 1));
  }
  const r = degreeAssortativity(index);
  out[4] = r === null ? Number.NaN : r;
  out[5] = communitiesOnIndex(index, { weighted: false, resolution: plan.resolution, seed: louvainSeed, restarts: plan.restarts }).modularity;
  return out;
}
