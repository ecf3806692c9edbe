/**
 * graphology (0.26) internals the cluster's `toGraph()` adjusts, with the reasons: ids such as
 * `__proto__` or `hasOwnProperty` must work as member ids, and a million ties must be added in
 * reasonable time. These edit the graph's private `_nodes` neighbour objects while they are empty,
 * replacing them by objects graphology uses the same way; they are kept here, next to the one
 * function that builds graphs from a cluster (src/model/to-graph.ts), so no other module needs them.
 */
import type { ClusterGraph } from './types.js';

/** Prototype for graphology's neighbour objects when member ids collide with Object.prototype properties. */
const ADJACENCY_PROTO: object = Object.create(null);

/** An empty object in V8's dictionary mode (adding then deleting two properties normalises it). */
function dictionaryObject(proto: object): Record<string, unknown> {
  const o = Object.create(proto) as Record<string, unknown>;
  o.__cg_a = 0;
  o.__cg_b = 0;
  delete o.__cg_a;
  delete o.__cg_b;
  return o;
}

const hasOwn = Object.prototype.hasOwnProperty;

interface NodeDataLike {
  in?: Record<string, unknown>;
  out?: Record<string, unknown>;
  undirected?: Record<string, unknown>;
}

/**
 * Makes a graph safe for member ids that are Object.prototype properties. graphology 0.26 (a) keeps
 * each node's neighbours in plain objects keyed by neighbour id, so `__proto__`, `constructor`,
 * `toString`, … as ids break ties ("edge already exists", or a corrupted prototype): the objects get
 * a null prototype; and (b) answers `hasEdge(s, t)`, `hasDirectedEdge(s, t)` and
 * `hasUndirectedEdge(s, t)` with `neighbours.hasOwnProperty(t)`, which fails once a neighbour is
 * called `hasOwnProperty` (its own entry shadows the method): these three methods are replaced on
 * the instance by versions that call `Object.prototype.hasOwnProperty`, and `clearEdges` by one that
 * prepares the new neighbour objects again. `graph.copy()` and graphs built elsewhere do not get this.
 */
function hardenGraph(graph: ClusterGraph): void {
  const g = graph as unknown as Record<string, unknown> & { _nodes: Map<string, NodeDataLike>; type: string };
  if (hasOwn.call(g, 'hasEdge')) return;
  const proto = Object.getPrototypeOf(graph) as Record<string, (...args: unknown[]) => unknown>;
  const lookup = (source: unknown, target: unknown, which: 'out' | 'undirected' | 'both'): boolean => {
    const data = g._nodes.get(String(source));
    if (!data) return false;
    const t = String(target);
    if (which !== 'undirected' && data.out !== undefined && hasOwn.call(data.out, t)) return true;
    return which !== 'out' && data.undirected !== undefined && hasOwn.call(data.undirected, t);
  };
  const define = (name: string, fn: (...args: unknown[]) => unknown) =>
    Object.defineProperty(g, name, { value: fn, enumerable: false, writable: true, configurable: true });
  define('hasEdge', function (this: unknown, ...args: unknown[]) {
    return args.length === 2 ? lookup(args[0], args[1], 'both') : proto.hasEdge.apply(graph, args);
  });
  define('hasDirectedEdge', function (...args: unknown[]) {
    if (g.type === 'undirected') return false;
    return args.length === 2 ? lookup(args[0], args[1], 'out') : proto.hasDirectedEdge.apply(graph, args);
  });
  define('hasUndirectedEdge', function (...args: unknown[]) {
    if (g.type === 'directed') return false;
    return args.length === 2 ? lookup(args[0], args[1], 'undirected') : proto.hasUndirectedEdge.apply(graph, args);
  });
  define('clearEdges', function (...args: unknown[]) {
    const out = proto.clearEdges.apply(graph, args);
    prepareAdjacency(graph, true);
    return out;
  });
}

/**
 * Prepares graphology's (0.26) per-node neighbour objects before the ties are added. They are plain
 * objects keyed by neighbour id, which has two problems this fixes for the graphs the reader builds:
 * - an id that is also an Object.prototype property (`__proto__`, `constructor`, `toString`,
 *   `hasOwnProperty`, …) breaks ties to that member. With `protect`, the objects get a null prototype
 *   and the graph is hardened ({@link hardenGraph});
 * - V8 gives every distinct sequence of neighbour ids its own hidden class, which makes adding a
 *   million ties about twice as slow as with dictionary-mode objects.
 * The objects are replaced only while empty, by empty objects that graphology uses the same way.
 */
export function prepareAdjacency(graph: ClusterGraph, protect: boolean): void {
  const nodes = (graph as unknown as { _nodes?: Map<string, Record<string, unknown>> })._nodes;
  if (!(nodes instanceof Map)) return;
  const proto = protect ? ADJACENCY_PROTO : Object.prototype;
  for (const data of nodes.values()) {
    for (const k of ['in', 'out', 'undirected']) {
      const v = data[k];
      if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && Object.keys(v).length === 0) {
        data[k] = dictionaryObject(proto);
      }
    }
  }
  if (protect) hardenGraph(graph);
}

/**
 * Gives the neighbour objects of a graph's nodes (fresh from {@link prepareAdjacency}) their final keys
 * before the ties are added with graphology's addEdge: for each node, the ids of its neighbours in the
 * order addEdge will add them, with the value undefined (which graphology reads as "no edge yet"; the
 * edge then takes the key where it stands, so the key order is unchanged). Each object grows node by
 * node while it is in cache, rather than a step at a time across the whole graph as the ties are added.
 * `src[e]`, `dst[e]`: positions in the node order of the ends of the e-th tie, in the order it will be
 * added.
 */
export function presetNeighbours(graph: ClusterGraph, ids: readonly string[], src: Int32Array, dst: Int32Array, count: number): void {
  const nodes = (graph as unknown as { _nodes?: Map<string, Record<string, unknown>> })._nodes;
  if (!(nodes instanceof Map) || nodes.size !== ids.length) return;
  const data = [...nodes.values()];
  const n = ids.length;
  const fill = (rows: readonly Int32Array[], cols: readonly Int32Array[], key: string): void => {
    // Neighbours by node, in the order the arcs come (a counting sort).
    const offsets = new Int32Array(n + 1);
    for (const r of rows) for (let e = 0; e < count; e++) offsets[r[e] + 1]++;
    for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
    const at = offsets.slice(0, n);
    const neighbours = new Int32Array(offsets[n]);
    for (let e = 0; e < count; e++) for (let k = 0; k < rows.length; k++) neighbours[at[rows[k][e]]++] = cols[k][e];
    for (let i = 0; i < n; i++) {
      const adjacency = data[i][key] as Record<string, unknown>;
      for (let p = offsets[i]; p < offsets[i + 1]; p++) adjacency[ids[neighbours[p]]] = undefined;
    }
  };
  if (graph.type === 'undirected') fill([src, dst], [dst, src], 'undirected');
  else {
    fill([src], [dst], 'out');
    fill([dst], [src], 'in');
  }
}

