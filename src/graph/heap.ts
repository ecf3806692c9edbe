/**
 * Weighted shortest paths on the indexed core: an indexed binary min-heap on typed arrays and a
 * single-source Dijkstra with tie length = 1/weight, shared by the weighted path measures
 * (betweenness, closeness, harmonic). Allocation-free per source: callers pass reusable buffers.
 *
 * In-house (not graphology-metrics / graphology-shortest-path) because graphology reads weights as
 * lengths (we need length = 1/weight) and does not run on the CSR index.
 */
import type { GraphIndex } from './graph-index.js';
import { adjacency, type Direction } from './traversal.js';

/**
 * Relative tolerance for comparing path lengths (as igraph's `igraph_cmp_epsilon`): two lengths
 * within this relative distance are the same length. Float sums of 1/w make mathematically equal
 * paths differ in the last bits (1/3 + 1/6 vs 1/2); real differences between distinct paths with
 * sensible weights are many orders of magnitude larger.
 */
export const PATH_LENGTH_EPSILON = 1e-10;

/** Whether two path lengths are equal up to {@link PATH_LENGTH_EPSILON} (relative). */
export function sameLength(a: number, b: number): boolean {
  return Math.abs(a - b) <= PATH_LENGTH_EPSILON * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Binary min-heap of member indices 0..capacity-1 keyed by a float, with decrease-key.
 * Ties in the key are popped in no particular order.
 */
export class IndexedMinHeap {
  private readonly items: Int32Array;
  private readonly keys: Float64Array;
  /** Position of each member in `items`, -1 when not in the heap. */
  private readonly pos: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  has(item: number): boolean {
    return this.pos[item] >= 0;
  }

  /** Inserts `item` with `key`, or lowers its key if it is already in the heap with a larger one. */
  push(item: number, key: number): void {
    let i = this.pos[item];
    if (i >= 0) {
      if (key >= this.keys[i]) return;
    } else {
      i = this.count++;
      this.items[i] = item;
      this.pos[item] = i;
    }
    this.keys[i] = key;
    this.siftUp(i);
  }

  /** Removes and returns the member with the smallest key (heap must not be empty). */
  pop(): number {
    const items = this.items;
    const top = items[0];
    this.pos[top] = -1;
    const last = --this.count;
    if (last > 0) {
      items[0] = items[last];
      this.keys[0] = this.keys[last];
      this.pos[items[0]] = 0;
      this.siftDown(0);
    }
    return top;
  }

  /** Empties the heap. */
  clear(): void {
    for (let i = 0; i < this.count; i++) this.pos[this.items[i]] = -1;
    this.count = 0;
  }

  private siftUp(i: number): void {
    const { items, keys, pos } = this;
    const item = items[i];
    const key = keys[i];
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      items[i] = items[parent];
      keys[i] = keys[parent];
      pos[items[i]] = i;
      i = parent;
    }
    items[i] = item;
    keys[i] = key;
    pos[item] = i;
  }

  private siftDown(i: number): void {
    const { items, keys, pos } = this;
    const n = this.count;
    const item = items[i];
    const key = keys[i];
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && keys[child + 1] < keys[child]) child++;
      if (keys[child] >= key) break;
      items[i] = items[child];
      keys[i] = keys[child];
      pos[items[i]] = i;
      i = child;
    }
    items[i] = item;
    keys[i] = key;
    pos[item] = i;
  }
}

/**
 * Tie lengths 1/weight for the rows of one adjacency (same layout as its `weights`).
 * A tie with weight ≤ 0 or a non-finite weight gets length Infinity: no path uses it.
 */
export function inverseLengths(weights: Float64Array): Float64Array {
  const lengths = new Float64Array(weights.length);
  for (let p = 0; p < weights.length; p++) {
    const w = weights[p];
    lengths[p] = w > 0 && Number.isFinite(w) ? 1 / w : Infinity;
  }
  return lengths;
}

/** Reusable buffers for {@link dijkstra}. */
export interface DijkstraBuffers {
  /** Path length from the source; Infinity = not reached. */
  dist: Float64Array;
  /** Settle order (non-decreasing distance); the first `reached` entries are valid. */
  order: Int32Array;
  heap: IndexedMinHeap;
  /** How many members the previous call reached (for the O(reached) reset). */
  reached: number;
}

export function createDijkstraBuffers(n: number): DijkstraBuffers {
  return { dist: new Float64Array(n).fill(Infinity), order: new Int32Array(n), heap: new IndexedMinHeap(n), reached: 0 };
}

/**
 * Single-source Dijkstra along `direction` with per-entry lengths `lengths` (laid out like the
 * adjacency's weights, see {@link inverseLengths}). Fills `buffers.dist` and `buffers.order` and
 * returns the number of members reached, the source included. Resets what the previous call touched.
 * Binary heap: O((n + m) log n).
 */
export function dijkstra(
  index: GraphIndex,
  source: number,
  direction: Direction,
  lengths: Float64Array,
  buffers: DijkstraBuffers,
): number {
  const { dist, order, heap } = buffers;
  for (let k = 0; k < buffers.reached; k++) dist[order[k]] = Infinity;
  heap.clear();
  const { offsets, targets } = adjacency(index, direction);
  let reached = 0;
  dist[source] = 0;
  heap.push(source, 0);
  while (heap.size > 0) {
    const v = heap.pop();
    order[reached++] = v;
    const dv = dist[v];
    for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
      const alt = dv + lengths[p];
      if (alt === Infinity) continue;
      const u = targets[p];
      if (alt < dist[u]) {
        // A settled member is never improved: lengths are positive.
        dist[u] = alt;
        heap.push(u, alt);
      }
    }
  }
  buffers.reached = reached;
  return reached;
}
