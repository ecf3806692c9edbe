/**
 * Test oracle: graphology-communities-louvain 2.0.2 (a devDependency, the engine the library used
 * before its own engine ran at every size) on a graphology copy of an index, with seeded restarts,
 * scored with the library's networkx modularity. Restart k: a copy whose nodes were inserted in an
 * order shuffled by `createRng(deriveSeed(seed, k))` (graphology's own random walk only rotates a
 * fixed order), the same generator driving graphology's `rng`. No refinement pass: graphology's own
 * partitions.
 */
import louvainModule from 'graphology-communities-louvain';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { GraphIndex } from '../../src/graph/graph-index.js';
import { createRng, deriveSeed, shuffleInPlace } from '../../src/graph/random.js';
import { modularity } from '../../src/metrics/modularity.js';
import { unitWeightIndex } from '../../src/metrics/communities/index.js';

// CommonJS with an `export default` .d.ts: the import is `module.exports` itself at run time.
type Louvain = typeof louvainModule.default;
const louvain: Louvain =
  (louvainModule as unknown as { default?: Louvain }).default ?? (louvainModule as unknown as Louvain);

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

export interface OracleResult {
  /** Best modularity over the restarts (networkx definition, on the (un)weighted index). */
  modularity: number;
  /** Modularity of each restart. */
  restartModularities: number[];
}

/** graphology-communities-louvain, best of `restarts` seeded runs. */
export function graphologyLouvain(
  index: GraphIndex,
  options: { weighted?: boolean; resolution?: number; seed?: number; restarts?: number } = {},
): OracleResult {
  const work = (options.weighted ?? true) && index.weighted ? index : unitWeightIndex(index);
  const resolution = options.resolution ?? 1;
  const seed = options.seed ?? 42;
  const restarts = options.restarts ?? 10;
  const restartModularities: number[] = [];
  for (let k = 0; k < restarts; k++) {
    const rng = createRng(deriveSeed(seed, k));
    const order = new Int32Array(work.n);
    for (let i = 0; i < work.n; i++) order[i] = i;
    shuffleInPlace(rng, order);
    const out = louvain.detailed(toGraphology(work, order), { resolution, rng, getEdgeWeight: 'weight' });
    const assignment = new Int32Array(work.n);
    for (let i = 0; i < work.n; i++) assignment[i] = out.communities[String(i)];
    restartModularities.push(modularity(work, assignment, { resolution }));
  }
  return { modularity: Math.max(...restartModularities), restartModularities };
}
