/**
 * Bit-parallel breadth-first search from many sources at once (the "multi-source BFS" of Then et al.
 * 2014, "The More the Merrier: Efficient Multi-Source Graph Traversal", PVLDB 8:449). Sources are
 * processed in batches of 32·W; every member holds a W-word bitset of the batch's sources that have
 * reached it, and one level of all those searches costs one OR per tie and word. All-pairs hop-count
 * sums thus cost O(D · m · n/32) word operations (D = diameter) instead of O(n · m) for n separate
 * searches — about 10–30× fewer on cluster graphs. Written in-house: no npm package offers it.
 */
import type { GraphIndex } from './graph-index.js';
import type { Direction } from './traversal.js';

/** Per-member sums over the sources that reach it (the member itself excluded). */
export interface HopSums {
  /** Number of sources that reach the member. */
  reach: Float64Array;
  /** Σ d(s, v) over those sources. */
  distance: Float64Array;
  /** Σ 1/d(s, v) over those sources. */
  inverse: Float64Array;
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/**
 * For every member v, the hop distances d(s, v) from every source s (every member not removed, or
 * the members of `onlySources` that are not removed), following `direction` from the source:
 * 'out' = along arcs s → … → v, 'in' = against them, 'und' = the undirected view. Members with
 * `removed[v] = 1` are absent (neither source nor path).
 *
 * Work skipped without changing any sum: a member whose bitset already holds every source of the
 * batch pulls nothing more, and a neighbour with an empty frontier word set contributes nothing.
 */
export function allPairsHopSums(
  index: GraphIndex,
  direction: Direction,
  removed?: Uint8Array,
  onlySources?: ArrayLike<number>,
): HopSums {
  const n = index.n;
  const reach = new Float64Array(n);
  const distance = new Float64Array(n);
  const inverse = new Float64Array(n);
  // To extend a path s → … → u → v we pull into v from the members u with a tie u → v.
  const offsets = direction === 'out' ? index.inOffsets : direction === 'in' ? index.outOffsets : index.undOffsets;
  const targets = direction === 'out' ? index.inSources : direction === 'in' ? index.outTargets : index.undTargets;
  const sources: number[] = [];
  if (onlySources !== undefined) {
    for (let i = 0; i < onlySources.length; i++) {
      const v = onlySources[i];
      if (removed === undefined || removed[v] !== 1) sources.push(v);
    }
  } else {
    for (let v = 0; v < n; v++) if (removed === undefined || removed[v] !== 1) sources.push(v);
  }
  if (sources.length === 0) return { reach, distance, inverse };
  const W = Math.min(8, Math.ceil(sources.length / 32));
  const visited = new Int32Array(n * W);
  let frontier = new Int32Array(n * W);
  let next = new Int32Array(n * W);
  // full[v] = 1 once v has been reached by every source of the batch; active[u] = 1 when u's
  // frontier is not empty (for the current level).
  const full = new Uint8Array(n);
  let active = new Uint8Array(n);
  let nextActive = new Uint8Array(n);
  const fullWord = new Int32Array(W);
  for (let start = 0; start < sources.length; start += 32 * W) {
    visited.fill(0);
    frontier.fill(0);
    full.fill(0);
    active.fill(0);
    const batch = Math.min(32 * W, sources.length - start);
    for (let w = 0; w < W; w++) {
      const bits = Math.max(0, Math.min(32, batch - 32 * w));
      fullWord[w] = bits === 32 ? -1 : bits === 0 ? 0 : (1 << bits) - 1;
    }
    for (let b = 0; b < batch; b++) {
      const s = sources[start + b];
      const word = s * W + (b >>> 5);
      const bit = 1 << (b & 31);
      visited[word] |= bit;
      frontier[word] |= bit;
      active[s] = 1;
    }
    for (let d = 1; ; d++) {
      let any = 0;
      for (let v = 0; v < n; v++) {
        nextActive[v] = 0;
        if (full[v] === 1 || (removed !== undefined && removed[v] === 1)) continue;
        const base = v * W;
        for (let w = 0; w < W; w++) next[base + w] = 0;
        let pulled = 0;
        for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
          const u = targets[p];
          if (active[u] === 0 || (removed !== undefined && removed[u] === 1)) continue;
          const ub = u * W;
          for (let w = 0; w < W; w++) next[base + w] |= frontier[ub + w];
          pulled = 1;
        }
        if (pulled === 0) continue;
        let count = 0;
        let isFull = 1;
        for (let w = 0; w < W; w++) {
          const fresh = next[base + w] & ~visited[base + w];
          next[base + w] = fresh;
          if (fresh !== 0) {
            visited[base + w] |= fresh;
            count += popcount(fresh);
          }
          if (visited[base + w] !== fullWord[w]) isFull = 0;
        }
        if (count > 0) {
          reach[v] += count;
          distance[v] += count * d;
          inverse[v] += count / d;
          nextActive[v] = 1;
          any = 1;
        }
        if (isFull === 1) full[v] = 1;
      }
      if (!any) break;
      const tmp = frontier;
      frontier = next;
      next = tmp;
      const tmpA = active;
      active = nextActive;
      nextActive = tmpA;
    }
  }
  return { reach, distance, inverse };
}
