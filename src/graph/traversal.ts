/**
 * Breadth-first search on the indexed core, shared by every hop-count measure (closeness, harmonic,
 * efficiency, diameter, key-player, ...). Allocation-free in the loop: callers pass reusable buffers.
 */
import type { GraphIndex } from './graph-index.js';

/** Which adjacency a traversal follows: successors, predecessors, or the undirected view. */
export type Direction = 'out' | 'in' | 'und';

export function adjacency(index: GraphIndex, direction: Direction): { offsets: Int32Array; targets: Int32Array; weights: Float64Array } {
  switch (direction) {
    case 'out':
      return { offsets: index.outOffsets, targets: index.outTargets, weights: index.outWeights };
    case 'in':
      return { offsets: index.inOffsets, targets: index.inSources, weights: index.inWeights };
    default:
      return { offsets: index.undOffsets, targets: index.undTargets, weights: index.undWeights };
  }
}

/** Reusable buffers for {@link bfs}. */
export interface BfsBuffers {
  /** Hop distance from the source; -1 = not reached. */
  dist: Int32Array;
  /** Visit order; the first `reached` entries are valid. */
  queue: Int32Array;
}

export function createBfsBuffers(n: number): BfsBuffers {
  return { dist: new Int32Array(n).fill(-1), queue: new Int32Array(n) };
}

/**
 * BFS from `source` along `direction`. Fills `buffers.dist` (hops, -1 unreachable) and
 * `buffers.queue` (visit order) and returns the number of members reached, source included.
 * Members with `removed[v] = 1` are treated as absent. Resets the distances of the previous call
 * itself (only the entries it touched), so buffers can be reused across sources at O(reached) cost.
 */
export function bfs(
  index: GraphIndex,
  source: number,
  direction: Direction,
  buffers: BfsBuffers,
  removed?: Uint8Array,
  previouslyReached = -1,
): number {
  const { dist, queue } = buffers;
  if (previouslyReached >= 0) {
    for (let k = 0; k < previouslyReached; k++) dist[queue[k]] = -1;
  } else {
    dist.fill(-1);
  }
  const { offsets, targets } = adjacency(index, direction);
  let head = 0;
  let tail = 0;
  dist[source] = 0;
  queue[tail++] = source;
  while (head < tail) {
    const v = queue[head++];
    const dv = dist[v] + 1;
    for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
      const u = targets[p];
      if (dist[u] >= 0 || (removed !== undefined && removed[u] === 1)) continue;
      dist[u] = dv;
      queue[tail++] = u;
    }
  }
  return tail;
}
