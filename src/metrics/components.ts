/**
 * Connected components of the partnership graph: who can reach whom at all.
 */
import type { GraphIndex } from '../graph/graph-index.js';
import { bfs, createBfsBuffers } from '../graph/traversal.js';

/** A partition of the members into components. */
export interface ComponentSet {
  /** Number of components (isolates count, one each). */
  count: number;
  /** Component id of every member, indexed like `index.ids`; ids 0..count-1. */
  membership: Int32Array;
  /** Size of every component, by id. */
  sizes: number[];
  /** Id of the largest component (ties → lowest id); -1 when there are no members. */
  largest: number;
}

export interface Components {
  /** Connected components (undirected) / weakly connected components (directed). */
  weak: ComponentSet;
  /** Strongly connected components (directed graphs only; null for undirected graphs). */
  strong: ComponentSet | null;
  /** Members with no tie at all. */
  isolates: number;
}

/** 1 for every member with no tie in either direction, else 0. */
export function isolateMask(index: GraphIndex): Uint8Array {
  const mask = new Uint8Array(index.n);
  const off = index.undOffsets;
  for (let v = 0; v < index.n; v++) if (off[v + 1] === off[v]) mask[v] = 1;
  return mask;
}

/**
 * Renumbers raw component labels so that components are numbered in the order of their lowest
 * member index, and computes sizes and the largest component.
 */
function canonical(raw: Int32Array, rawCount: number): ComponentSet {
  const n = raw.length;
  const map = new Int32Array(rawCount).fill(-1);
  const membership = new Int32Array(n);
  const sizes: number[] = [];
  for (let v = 0; v < n; v++) {
    let c = map[raw[v]];
    if (c < 0) {
      c = sizes.length;
      map[raw[v]] = c;
      sizes.push(0);
    }
    membership[v] = c;
    sizes[c]++;
  }
  let largest = -1;
  for (let c = 0; c < sizes.length; c++) if (largest < 0 || sizes[c] > sizes[largest]) largest = c;
  return { count: sizes.length, membership, sizes, largest };
}

/** Connected components of the undirected view (weak components of a directed graph). O(n + m). */
function weakComponents(index: GraphIndex): ComponentSet {
  const n = index.n;
  const raw = new Int32Array(n).fill(-1);
  const buffers = createBfsBuffers(n);
  let count = 0;
  let reached = -1;
  for (let s = 0; s < n; s++) {
    if (raw[s] >= 0) continue;
    reached = bfs(index, s, 'und', buffers, undefined, reached);
    for (let k = 0; k < reached; k++) raw[buffers.queue[k]] = count;
    count++;
  }
  return canonical(raw, count);
}

/**
 * Strongly connected components by Tarjan's algorithm (Tarjan 1972), iterative (explicit call
 * stack, so deep graphs cannot overflow the JS stack). O(n + m).
 */
function strongComponents(index: GraphIndex): ComponentSet {
  const n = index.n;
  const offsets = index.outOffsets;
  const targets = index.outTargets;
  const order = new Int32Array(n).fill(-1); // discovery index
  const low = new Int32Array(n);
  const raw = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n); // Tarjan's stack
  const callV = new Int32Array(n); // DFS call stack: member
  const callP = new Int32Array(n); // DFS call stack: next arc position
  let sp = 0;
  let counter = 0;
  let count = 0;
  for (let root = 0; root < n; root++) {
    if (order[root] >= 0) continue;
    let depth = 0;
    callV[0] = root;
    callP[0] = offsets[root];
    order[root] = low[root] = counter++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callV[depth];
      const p = callP[depth];
      if (p < offsets[v + 1]) {
        callP[depth] = p + 1;
        const w = targets[p];
        if (order[w] < 0) {
          order[w] = low[w] = counter++;
          stack[sp++] = w;
          onStack[w] = 1;
          depth++;
          callV[depth] = w;
          callP[depth] = offsets[w];
        } else if (onStack[w] === 1 && order[w] < low[v]) {
          low[v] = order[w];
        }
        continue;
      }
      // v is finished.
      if (low[v] === order[v]) {
        let w: number;
        do {
          w = stack[--sp];
          onStack[w] = 0;
          raw[w] = count;
        } while (w !== v);
        count++;
      }
      depth--;
      if (depth >= 0) {
        const parent = callV[depth];
        if (low[v] < low[parent]) low[parent] = low[v];
      }
    }
  }
  return canonical(raw, count);
}

/**
 * Components of the graph. Undirected graphs: `weak` = connected components, `strong` = null.
 * Directed graphs: `weak` = weakly connected components (ties in either direction), `strong` =
 * strongly connected components (mutual reachability along arcs; Tarjan 1972, SIAM J. Comput. 1:146,
 * iterative). Component ids are numbered in the order of their lowest member index; an isolate is a
 * component of its own. Weights are not used. Matches networkx 2.8 `number_connected_components`,
 * `number_weakly_connected_components`, `number_strongly_connected_components` (and igraph
 * `clusters`). O(n + m).
 */
export function components(index: GraphIndex): Components {
  const mask = isolateMask(index);
  let isolates = 0;
  for (let v = 0; v < index.n; v++) isolates += mask[v];
  return {
    weak: weakComponents(index),
    strong: index.directed ? strongComponents(index) : null,
    isolates,
  };
}
