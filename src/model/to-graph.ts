/**
 * Members + tie table → the graphology graph of a cluster: the members as nodes in order (their
 * attribute objects as given), then the ties as edges in table order, keyed by their index ("0",
 * "1", …: cheaper than graphology's generated keys, and made from nothing in the input).
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { ClusterGraph, ClusterGraphAttributes, MemberAttributes, TieAttributes } from './types.js';
import type { TieTable } from './tie-table.js';
import { prepareAdjacency, presetNeighbours } from './graph-hardening.js';

export function buildGraph(directed: boolean, ids: readonly string[], attributes: readonly MemberAttributes[], ties: TieTable): ClusterGraph {
  const options = { allowSelfLoops: false };
  const graph: ClusterGraph = directed
    ? new DirectedGraph<MemberAttributes, TieAttributes, ClusterGraphAttributes>(options)
    : new UndirectedGraph<MemberAttributes, TieAttributes, ClusterGraphAttributes>(options);
  graph.replaceAttributes({ directed });
  for (let i = 0; i < ids.length; i++) graph.addNode(ids[i], attributes[i]);
  const protect = ids.some((id) => id in Object.prototype);
  const count = ties.count;
  if (count > 0 || protect) prepareAdjacency(graph, protect);
  presetNeighbours(graph, ids, ties.src, ties.dst, count);
  for (let e = 0; e < count; e++) graph.addEdgeWithKey(e, ids[ties.src[e]], ids[ties.dst[e]], ties.attributes(e));
  return graph;
}
