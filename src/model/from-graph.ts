/**
 * A graphology graph built elsewhere → the cluster value, so that `analyze` can measure it: members
 * in the graph's node order, ties in its edge order (self-loops are left out, as the reader leaves
 * them out). The attribute objects are read as they are; `toGraph()` of the result builds a new graph.
 */
import type { ClusterGraph, MemberAttributes } from './types.js';
import type { InputAccount, InputWarning } from './errors.js';
import { Members, clusterData, type ClusterData } from './cluster.js';
import { ORIENTATION_CODE, TieTable } from './tie-table.js';

export function clusterFromGraph(graph: ClusterGraph, extra: { warnings?: InputWarning[]; input?: InputAccount } = {}): ClusterData {
  const ids: string[] = [];
  const attributes: MemberAttributes[] = [];
  const indexOf = new Map<string, number>();
  graph.forEachNode((id, a) => {
    indexOf.set(id, ids.length);
    ids.push(id);
    attributes.push(a);
  });
  const ties = new TieTable(graph.size);
  let withExtra = true;
  graph.forEachEdge((_e, a, source, target) => {
    if (source === target) return;
    const e = ties.add(indexOf.get(source)!, indexOf.get(target)!, 0, a.weight, a.since ?? -1, a.until ?? -1, ORIENTATION_CODE[a.orientation] ?? 0);
    ties.rows[e] = a.rows;
    if (a.kinds.length > 0) ties.kinds.set(e, [...a.kinds].sort());
    if (a.extra === undefined) withExtra = false;
    else ties.extra.push(a.extra);
  });
  if (!withExtra) ties.extra.length = 0;
  const input: InputAccount = extra.input ?? {
    files: { members: null, ties: null },
    members: { rows: ids.length, used: ids.length, skipped: [] },
    ties: { rows: ties.count, used: ties.count, merged: 0, skipped: [] },
  };
  return clusterData({ directed: graph.type === 'directed', members: new Members(ids, attributes), ties, warnings: extra.warnings ?? [], input });
}
