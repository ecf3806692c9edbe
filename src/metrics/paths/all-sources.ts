/**
 * The all-sources traversal kernel shared by the in-thread and the worker-thread drivers
 * (src/analysis/workers.ts): one hop-count BFS per source along successors gives, at once, Brandes'
 * betweenness dependencies (Brandes 2001), the source's row statistics (members reached, Σ d, Σ 1/d —
 * closeness, harmonic, global efficiency, path-length summary) and, in sampled mode, the column sums
 * over the pivots that the Brandes–Pich / Eppstein–Wang estimators need. A directed graph adds one BFS
 * along predecessors per source for the incoming-distance rows (closeness / harmonic 'in').
 * With tie length 1/weight (`paths: 'weighted'`) a block runs the Dijkstra form of the same pass,
 * src/metrics/paths/weighted-sources.ts, with the same task and result. The reducers of the block
 * results (every measure of the pass) are in path-family.ts.
 *
 * Pure: typed arrays in, typed arrays out, no graphology, no I/O — so a worker can run it on
 * shared copies of the CSR arrays.
 */
import { bfs, createBfsBuffers } from '../../graph/traversal.js';
import { accumulateBetweennessFromSource, createBetweennessWork } from './betweenness.js';
import { runWeightedBlock } from './weighted-sources.js';
import { createDominanceScratch, removalChange } from '../key-player-removal.js';
import { writeLevelRow } from './level-codes.js';
import { asIndex, type BlockResult, type BlockTask, type TraversalGraph, BlockOutputs } from './pass-types.js';

/**
 * Runs one block of sources. Deterministic: the result depends only on the graph and the task.
 * `g.weightedPaths`: lengths 1/weight ({@link runWeightedBlock}); else hop counts (below).
 */
export function runBlock(g: TraversalGraph, task: BlockTask): BlockResult {
  if (g.weightedPaths === true) return runWeightedBlock(g, task);
  const n = g.n;
  const index = asIndex(g);
  const { sources, exact, inComponent } = task;
  const b = sources.length;
  const wantIn = g.directed && (task.incoming ?? exact);
  const dependencies = task.dependencies ?? true;
  const out = new BlockOutputs(n, b, wantIn, exact);
  const between = out.between;
  const candidates = task.candidates ?? new Int32Array(0);
  const levels = task.levels ?? null;
  if (levels !== null && (g.directed || !exact)) throw new RangeError('runBlock: level codes need an exact pass on an undirected graph');
  const C = candidates.length;
  // Without dependencies or candidates the rows need only distances: a plain BFS (same queue order).
  const plain = !dependencies && C === 0 ? createBfsBuffers(n) : null;
  let plainReached = -1;
  const work = plain === null ? createBetweennessWork(index, false) : null;
  if (C > 0 && g.directed) throw new RangeError('runBlock: key-player candidates need an undirected graph');
  const sc = C > 0 ? createDominanceScratch(n) : null;
  const kpWithout = new Float64Array(C);
  const kpSources = new Float64Array(C);
  let kpWhole = 0;
  const inBuffers = wantIn ? createBfsBuffers(n) : null;
  let inPrevious = -1;
  for (let i = 0; i < b; i++) {
    const s = sources[i];
    let reached: number;
    let dist: Int32Array;
    let queue: Int32Array;
    if (plain !== null) {
      reached = plainReached = bfs(index, s, 'out', plain, undefined, plainReached);
      ({ dist, queue } = plain);
    } else {
      accumulateBetweennessFromSource(index, s, work!, between, dependencies);
      reached = work!.bfsReached;
      ({ dist, queue } = work!.bfs);
    }
    // Hop distances are integers: their sums are exact in any order; Σ 1/d is summed in BFS order.
    const sumInv = out.row(i, s, queue, reached, dist, inComponent);
    if (sc !== null) {
      // DAG predecessor counts from the successor lists of the Brandes pass.
      const preds = sc.preds;
      for (let k = 0; k < reached; k++) preds[queue[k]] = 0;
      const succ = work!.succ;
      for (let q = 0, end = work!.succStart[reached]; q < end; q++) preds[succ[q]]++;
      kpWhole += sumInv;
      for (let c = 0; c < C; c++) {
        const v = candidates[c];
        if (v === s) continue;
        kpSources[c] += 1;
        kpWithout[c] += dist[v] < 0 ? sumInv : sumInv + removalChange(g.outOffsets, g.outTargets, dist, v, sc);
      }
    }
    if (levels !== null) writeLevelRow(levels, s, queue, reached, dist);
    out.columns(queue, reached, dist);
    if (inBuffers !== null) {
      inPrevious = bfs(index, s, 'in', inBuffers, undefined, inPrevious);
      out.incoming(i, inBuffers.queue, inPrevious, inBuffers.dist);
    }
  }
  return out.result(C > 0 ? { whole: kpWhole, without: kpWithout, sources: kpSources } : null);
}
