/**
 * Path-length summaries: diameter and average shortest-path length of the main component.
 */
import type { GraphIndex } from '../core/graph-index.js';
import { bfs, createBfsBuffers } from '../core/traversal.js';
import { components } from './components.js';

export interface PathSummary {
  /** Longest shortest path (hops) inside the component; null when the graph has no members. */
  diameter: number | null;
  /** Mean shortest-path length over ordered pairs of the component; null when the graph has no members. */
  averagePathLength: number | null;
  /** Members in the component the summary is computed on. */
  componentSize: number;
}

export interface PathSummaryOptions {
  /** Average path length with tie length 1/weight (Dijkstra). The diameter stays hop-based. */
  weighted?: boolean;
}

/** Moves heap[i] up to its place (min-heap on dist). */
function siftUp(heap: Int32Array, pos: Int32Array, dist: Float64Array, i: number): void {
  const v = heap[i];
  const dv = dist[v];
  while (i > 0) {
    const parent = (i - 1) >> 1;
    const u = heap[parent];
    if (dist[u] <= dv) break;
    heap[i] = u;
    pos[u] = i;
    i = parent;
  }
  heap[i] = v;
  pos[v] = i;
}

/** Moves heap[i] down to its place within the first `size` entries. */
function siftDown(heap: Int32Array, pos: Int32Array, dist: Float64Array, i: number, size: number): void {
  const v = heap[i];
  const dv = dist[v];
  for (;;) {
    let child = 2 * i + 1;
    if (child >= size) break;
    if (child + 1 < size && dist[heap[child + 1]] < dist[heap[child]]) child++;
    const u = heap[child];
    if (dist[u] >= dv) break;
    heap[i] = u;
    pos[u] = i;
    i = child;
  }
  heap[i] = v;
  pos[v] = i;
}

/**
 * Single-source Dijkstra along `offsets/targets` with tie lengths `lengths` (= 1/weight), restricted
 * to members with `inside[v] = 1`; returns the sum of the distances to the members reached.
 * Indexed binary heap with decrease-key. Buffers are reused across sources: `pos` must be all -1 on entry; the
 * caller resets it from `visited` (the first `visitedCount[0]` entries) afterwards.
 */
function dijkstraSum(
  source: number,
  offsets: Int32Array,
  targets: Int32Array,
  lengths: Float64Array,
  inside: Uint8Array,
  dist: Float64Array,
  heap: Int32Array,
  pos: Int32Array,
  visited: Int32Array,
  visitedCount: Int32Array,
): number {
  let size = 0;
  let reached = 0;
  let sum = 0;
  dist[source] = 0;
  heap[size++] = source;
  pos[source] = 0;
  visited[reached++] = source;
  while (size > 0) {
    const v = heap[0];
    pos[v] = -2; // settled
    size--;
    if (size > 0) {
      heap[0] = heap[size];
      pos[heap[0]] = 0;
      siftDown(heap, pos, dist, 0, size);
    }
    const dv = dist[v];
    sum += dv;
    for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) {
      const u = targets[p];
      const pu = pos[u];
      if (pu === -2 || inside[u] !== 1) continue;
      const du = dv + lengths[p];
      if (pu === -1) {
        dist[u] = du;
        heap[size] = u;
        visited[reached++] = u;
        siftUp(heap, pos, dist, size++);
      } else if (du < dist[u]) {
        dist[u] = du;
        siftUp(heap, pos, dist, pu);
      }
    }
  }
  visitedCount[0] = reached;
  return sum;
}

/**
 * Diameter and average shortest-path length of the largest connected component (undirected graphs)
 * or the largest strongly connected component (directed graphs; ties between equal sizes → the
 * component with the lowest member index).
 *
 * - diameter = max d(i,j) in hops over the component;
 * - average path length L = Σ_{i≠j} d(i,j) / (c(c−1)) over the c members of the component
 *   (ordered pairs; Watts & Strogatz 1998 "characteristic path length").
 *
 * Weights: `weighted: true` uses length 1/weight (strong tie = short tie) for L (Dijkstra); the
 * diameter is always in hops. A component of one member gives diameter 0 and L = 0 (networkx returns
 * 0 for the trivial graph); a graph without members gives nulls. Matches networkx 2.8 `diameter` and
 * `average_shortest_path_length` on the (strongly) connected subgraph, and igraph 0.10 on the same
 * subgraph (igraph's `unconn=True` on the whole graph uses all components: a different number).
 * Tie weights must be positive for `weighted: true` (length 1/w). Cost O(c·m) (Dijkstra O(c·m log n)).
 */
export function pathSummary(index: GraphIndex, options: PathSummaryOptions = {}): PathSummary {
  const weighted = options.weighted ?? false;
  const n = index.n;
  if (n === 0) return { diameter: null, averagePathLength: null, componentSize: 0 };
  const comps = components(index);
  const set = index.directed ? comps.strong! : comps.weak;
  const target = set.largest;
  const size = set.sizes[target];
  const inside = new Uint8Array(n);
  const outside = new Uint8Array(n).fill(1);
  for (let v = 0; v < n; v++) {
    if (set.membership[v] === target) {
      inside[v] = 1;
      outside[v] = 0;
    }
  }
  if (size < 2) return { diameter: 0, averagePathLength: 0, componentSize: size };

  // Hop distances: diameter (and the unweighted average).
  const buffers = createBfsBuffers(n);
  let diameter = 0;
  let hopSum = 0;
  let reached = -1;
  for (let s = 0; s < n; s++) {
    if (inside[s] !== 1) continue;
    reached = bfs(index, s, 'out', buffers, outside, reached);
    for (let k = 1; k < reached; k++) {
      const d = buffers.dist[buffers.queue[k]];
      hopSum += d;
      if (d > diameter) diameter = d;
    }
  }
  const pairs = size * (size - 1);
  if (!weighted) return { diameter, averagePathLength: hopSum / pairs, componentSize: size };

  const dist = new Float64Array(n);
  const heap = new Int32Array(n);
  const pos = new Int32Array(n).fill(-1);
  const visited = new Int32Array(n);
  const visitedCount = new Int32Array(1);
  const lengths = new Float64Array(index.outWeights.length);
  for (let p = 0; p < lengths.length; p++) lengths[p] = 1 / index.outWeights[p];
  let total = 0;
  for (let s = 0; s < n; s++) {
    if (inside[s] !== 1) continue;
    total += dijkstraSum(s, index.outOffsets, index.outTargets, lengths, inside, dist, heap, pos, visited, visitedCount);
    for (let k = 0; k < visitedCount[0]; k++) pos[visited[k]] = -1;
  }
  return { diameter, averagePathLength: total / pairs, componentSize: size };
}
