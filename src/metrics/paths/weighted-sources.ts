/**
 * The all-sources kernel with tie length 1/weight (`paths: 'weighted'`): the weighted counterpart of
 * src/metrics/paths/all-sources.ts, same block task and block result, so the drivers (src/analysis/workers.ts) and
 * the reducers (src/metrics/paths/path-family.ts) are shared. Per source, the weighted Brandes step of
 * src/metrics/betweenness.ts (Dijkstra with tolerant comparison of path lengths) gives the
 * betweenness dependencies and the distances; the row statistics (Σ d, Σ 1/d, reach, component sum
 * and max), the sampled column sums and — undirected graphs — the key-player terms are read from them.
 * A directed graph adds one Dijkstra along predecessors per source for the incoming rows.
 *
 * Key players: E(G − v) from the source's shortest-path DAG (`removalChangeWeighted`,
 * src/metrics/key-player-removal-weighted.ts), the weighted form of the hop-count dominance update.
 *
 * Pure: typed arrays in, typed arrays out; deterministic (Dijkstra settles in one fixed order).
 */
import { asIndex, type BlockResult, type BlockTask, type TraversalGraph, BlockOutputs } from './pass-types.js';
import { accumulateBetweennessFromSource, createBetweennessWork } from './betweenness.js';
import { createDijkstraBuffers, dijkstra, inverseLengths } from '../../graph/heap.js';
import { createWeightedDominanceScratch, removalChangeWeighted } from '../key-player-removal-weighted.js';

/** {@link runBlock} of all-sources.ts with lengths 1/weight (the graph's `weightedPaths` is true). */
export function runWeightedBlock(g: TraversalGraph, task: BlockTask): BlockResult {
  const n = g.n;
  const index = asIndex(g);
  const { sources, exact, inComponent } = task;
  const b = sources.length;
  const wantIn = g.directed && (task.incoming ?? exact);
  const dependencies = task.dependencies ?? true;
  const out = new BlockOutputs(n, b, wantIn, exact);
  const between = out.between;
  const work = createBetweennessWork(index, true);
  const { dist, order } = work.dijkstra;
  const lengths = work.lengths;
  const candidates = task.candidates ?? new Int32Array(0);
  const C = candidates.length;
  if (C > 0 && g.directed) throw new RangeError('runWeightedBlock: key-player candidates need an undirected graph');
  const sc = C > 0 ? createWeightedDominanceScratch(n) : null;
  const kpWithout = new Float64Array(C);
  const kpSources = new Float64Array(C);
  let kpWhole = 0;
  const inLengths = wantIn ? inverseLengths(g.inWeights) : new Float64Array(0);
  const inBuffers = createDijkstraBuffers(wantIn ? n : 0);
  for (let i = 0; i < b; i++) {
    const s = sources[i];
    accumulateBetweennessFromSource(index, s, work, between, dependencies);
    const reached = work.dijkstra.reached;
    // Sums in settle order (fixed for a graph and a source).
    const sumInv = out.row(i, s, order, reached, dist, inComponent);
    if (sc !== null) {
      // The Brandes step recorded each member's DAG predecessors (and settle positions) already.
      const preds = sc.preds;
      const predCount = work.predCount;
      for (let k = 0; k < reached; k++) preds[order[k]] = predCount[order[k]];
      kpWhole += sumInv;
      for (let c = 0; c < C; c++) {
        const v = candidates[c];
        if (v === s) continue;
        kpSources[c] += 1;
        kpWithout[c] += dist[v] === Infinity ? sumInv : sumInv + removalChangeWeighted(g.outOffsets, g.outTargets, lengths, dist, work.position, v, sc);
      }
    }
    out.columns(order, reached, dist);
    if (wantIn) {
      const r = dijkstra(index, s, 'in', inLengths, inBuffers);
      out.incoming(i, inBuffers.order, r, inBuffers.dist);
    }
  }
  return out.result(C > 0 ? { whole: kpWhole, without: kpWithout, sources: kpSources } : null);
}
