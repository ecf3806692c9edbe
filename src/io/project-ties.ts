/**
 * Ties derived from joint projects: two members who share projects are tied with weight = the number
 * of projects they share (the one-mode projection of the member × project table; Breiger 1974).
 * `--project-ties merge` adds them to the ties read from the ties file (a pair already tied gains the
 * shared-project count as weight and the kind `joint-project`); `only` uses them instead of the ties
 * file; `ignore` leaves the graph as read. On a directed graph a shared project ties both ways
 * (one arc each direction), since co-participation has no direction.
 */
import { inferOrientation, DEFAULT_LEVEL_ORDER } from '../model/vocabulary.js';
import { projectTies } from '../model/projects.js';
import { ORIENTATION_CODE, TieTable, nullRecord } from '../model/tie-table.js';
import { clusterData, type ClusterData, type ProjectTiesAccount, type ProjectTiesMode } from '../model/cluster.js';
import { PairTable } from './builder/pair-table.js';

export type { ProjectTiesAccount, ProjectTiesMode } from '../model/cluster.js';

export const PROJECT_TIE_KIND = 'joint-project';

/**
 * The cluster with the project-derived ties applied to its tie table (a new cluster value: `data` is
 * left as it was), and their account. New ties come after the ties read, in the order of
 * {@link projectTies}; on a directed graph a pair gives the arc source → target, then target → source.
 * A new tie has the kind `joint-project`, no years, `rows` 0 and the orientation inferred from its
 * members' levels; a tie that existed gains the weight and the kind.
 */
export function applyProjectTies(
  data: ClusterData,
  rows: readonly { project: string; member: string }[],
  mode: ProjectTiesMode,
  levelOrder: readonly string[] = DEFAULT_LEVEL_ORDER,
): { data: ClusterData; account: ProjectTiesAccount } {
  const account: ProjectTiesAccount = { mode, pairs: 0, added: 0, strengthened: 0, replaced: 0 };
  if (mode === 'ignore') return { data, account };
  const pairs = projectTies(rows);
  account.pairs = pairs.length;
  const directed = data.directed;
  const { ids, attributes } = data.members;
  const indexOf = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) indexOf.set(ids[i], i);
  let ties: TieTable;
  if (mode === 'only') {
    account.replaced = data.ties.count;
    ties = new TieTable(pairs.length * (directed ? 2 : 1));
  } else ties = data.ties.clone(pairs.length * (directed ? 2 : 1));
  // Ties by (a, b): b > a when undirected.
  const byPair = new PairTable();
  const key = (s: number, t: number): [number, number] => (directed || s < t ? [s, t] : [t, s]);
  for (let e = 0; e < ties.count; e++) byPair.set(...key(ties.src[e], ties.dst[e]), e);
  for (const { source, target, weight } of pairs) {
    const si = indexOf.get(source)!;
    const ti = indexOf.get(target)!;
    const arcs: [number, number][] = directed ? [[si, ti], [ti, si]] : [[si, ti]];
    let existed = false;
    for (const [s, t] of arcs) {
      const e = byPair.get(...key(s, t));
      if (e >= 0) {
        existed = true;
        ties.weight[e] += weight;
        const kinds = ties.kinds.get(e) ?? [];
        if (!kinds.includes(PROJECT_TIE_KIND)) ties.kinds.set(e, [...kinds, PROJECT_TIE_KIND].sort());
      } else {
        const withExtra = ties.extra.length === ties.count;
        const orientation = inferOrientation(attributes[s].level, attributes[t].level, levelOrder);
        const added = ties.add(s, t, 0, weight, -1, -1, ORIENTATION_CODE[orientation]);
        ties.rows[added] = 0;
        ties.kinds.set(added, [PROJECT_TIE_KIND]);
        if (withExtra) ties.extra.push(nullRecord());
        byPair.set(...key(s, t), added);
      }
    }
    if (existed) account.strengthened++;
    else account.added++;
  }
  return { data: clusterData({ directed, members: data.members, ties, warnings: data.warnings, input: data.input }), account };
}
