/**
 * The analysis's all-sources pass: the kernel (src/metrics/paths/all-sources.ts, weighted-sources.ts)
 * run over the fixed source blocks in worker threads and this thread (workers.ts), then the reducers
 * of the measures (src/metrics/paths/path-family.ts; key players: src/metrics/key-player-removal.ts).
 * Scheduling only: every formula lives with its measure.
 */
import type { GraphIndex } from '../graph/graph-index.js';
import type { Components } from '../metrics/components.js';
import { reduceKeyPlayerBlocks } from '../metrics/key-player-removal.js';
import { joinBlocks, passSources, pathComponent, reducePathFamily, type PathFamily } from '../metrics/paths/path-family.js';
import { createLevelCodes, type LevelCodes } from '../metrics/paths/level-codes.js';
import { startTraversal, type Pending } from './workers.js';

/** The path family and, when candidates rode along (undirected), E(G) and E(G − v) per candidate. */
export interface PassResult extends PathFamily {
  /** Key-player E(G) and E(G − v) of the candidates evaluated in the same pass (undirected), else null. */
  keyPlayerValues: { whole: number; without: Map<number, number> } | null;
  /**
   * With `levels` asked for: the BFS level codes of every source and the sources' rows Σ_t 1/d(s,t)
   * (member order), for key-player candidates chosen after the pass; else null.
   */
  levels: { codes: LevelCodes; rows: Float64Array } | null;
}

/**
 * Starts the pass, exact (every member a source, `pivots` null) or over the pivots; the worker
 * threads start at once, `finish()` runs the blocks left in this thread and reduces in block order.
 * `weightedPaths`: tie length 1/weight (Dijkstra) for every quantity of the pass.
 */
export function startPathPass(
  index: GraphIndex,
  comps: Components,
  pivots: Int32Array | null,
  threads: number,
  candidates: Int32Array,
  weightedPaths: boolean,
  levels = false,
): Pending<PassResult> {
  const { inComponent, size } = pathComponent(index, comps);
  const exact = pivots === null;
  const sources = passSources(index.n, pivots);
  // Level codes: exact hop counts on an undirected graph only (the caller decides, memory permitting).
  const codes = levels && exact && !index.directed && !weightedPaths ? createLevelCodes(index.n) : null;
  const pending = startTraversal(index, sources, exact, inComponent, threads, candidates, weightedPaths, codes);
  return {
    finish: async () => {
      const blocks = await pending.finish();
      let keyPlayerValues: PassResult['keyPlayerValues'] = null;
      if (candidates.length > 0) {
        const kp = reduceKeyPlayerBlocks(blocks.map((b) => b.keyPlayers!), index.n, sources.length, candidates.length);
        const without = new Map<number, number>();
        for (let c = 0; c < candidates.length; c++) without.set(candidates[c], kp.without[c]);
        keyPlayerValues = { whole: kp.whole, without };
      }
      const levelResult = codes === null ? null : { codes, rows: joinBlocks(blocks, (b) => b.rowInverse) };
      return { ...reducePathFamily(index, blocks, sources, exact, inComponent, size), keyPlayerValues, levels: levelResult };
    },
  };
}
