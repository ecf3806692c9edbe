/**
 * Ties derived from joint projects: two members who share projects are tied with weight = the number
 * of projects they share (the one-mode projection of the member × project table; Breiger 1974).
 * `--project-ties merge` adds them to the ties read from the ties file (a pair already tied gains the
 * shared-project count as weight and the kind `joint-project`); `only` uses them instead of the ties
 * file; `ignore` leaves the graph as read. On a directed graph a shared project ties both ways
 * (one arc each direction), since co-participation has no direction.
 */
import type { ClusterGraph, TieAttributes } from '../model/types.js';
import { inferOrientation, DEFAULT_LEVEL_ORDER } from '../model/vocabulary.js';
import { projectTies } from '../model/projects.js';

export type ProjectTiesMode = 'merge' | 'only' | 'ignore';

export const PROJECT_TIE_KIND = 'joint-project';

export interface ProjectTiesAccount {
  mode: ProjectTiesMode;
  /** Member pairs that share at least one project. */
  pairs: number;
  /** Pairs that became new ties. */
  added: number;
  /** Pairs that were already tied and gained weight. */
  strengthened: number;
  /** Ties from the ties file dropped because the mode is `only`. */
  replaced: number;
}

/** Applies the project-derived ties to `graph` in place and accounts for them. */
export function applyProjectTies(
  graph: ClusterGraph,
  rows: readonly { project: string; member: string }[],
  mode: ProjectTiesMode,
  levelOrder: readonly string[] = DEFAULT_LEVEL_ORDER,
): ProjectTiesAccount {
  const account: ProjectTiesAccount = { mode, pairs: 0, added: 0, strengthened: 0, replaced: 0 };
  if (mode === 'ignore') return account;
  if (mode === 'only') {
    account.replaced = graph.size;
    graph.clearEdges();
  }
  const pairs = projectTies(rows);
  account.pairs = pairs.length;
  const directed = graph.type === 'directed';
  for (const { source, target, weight } of pairs) {
    const arcs: [string, string][] = directed ? [[source, target], [target, source]] : [[source, target]];
    let existed = false;
    for (const [s, t] of arcs) {
      if (graph.hasEdge(s, t)) {
        existed = true;
        graph.updateEdgeAttributes(s, t, (attrs) => ({
          ...attrs,
          weight: attrs.weight + weight,
          kinds: attrs.kinds.includes(PROJECT_TIE_KIND) ? attrs.kinds : [...attrs.kinds, PROJECT_TIE_KIND].sort(),
        }));
      } else {
        const attrs: TieAttributes = {
          weight,
          kinds: [PROJECT_TIE_KIND],
          orientation: inferOrientation(graph.getNodeAttribute(s, 'level'), graph.getNodeAttribute(t, 'level'), levelOrder),
          since: null,
          until: null,
          rows: 0,
          extra: Object.create(null) as Record<string, string>,
        };
        graph.addEdge(s, t, attrs);
      }
    }
    if (existed) account.strengthened++;
    else account.added++;
  }
  return account;
}
