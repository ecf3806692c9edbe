/** The structures a recommendation run builds once from a cluster, the cross groups and the filter. */
import type { ClusterData } from '../../model/cluster.js';
import { InputError } from '../../model/errors.js';
import { indexFromArcs } from '../../graph/graph-index.js';
import { blockCut } from '../../metrics/resilience.js';
import { communitiesOnIndex } from '../../metrics/communities/index.js';
import { linkView } from '../../metrics/link-prediction/view.js';
import { groupMembers } from '../groups.js';
import { EXACT_WORK_LIMIT, LARGE_LOUVAIN_RESTARTS } from '../options.js';
import { makeFilter, type PairFilter } from './filter.js';
import type { Structures } from './build.js';
import type { CrossAttribute } from './types.js';

/** The structures a run needs, built once from a cluster. */
export function prepare(data: ClusterData, options: { weighted?: boolean; seed?: number; needCommunities?: boolean }): Structures {
  const weighted = (options.weighted ?? true) && data.ties.hasNonUnitWeight();
  const index = indexFromArcs(data.members.ids, data.directed, data.ties.arcs(), { weighted });
  const view = linkView(index);
  const structure = blockCut(index);
  let community: Int32Array | null = null;
  if (options.needCommunities !== false) {
    const restarts = index.n * index.outTargets.length <= EXACT_WORK_LIMIT ? 10 : LARGE_LOUVAIN_RESTARTS;
    community = communitiesOnIndex(index, { weighted, seed: options.seed ?? 42, restarts }).assignment;
  }
  return { index, view, structure, community, members: data.members };
}

/** The groups of the cross attribute. */
export function crossGroups(s: Structures, attribute: CrossAttribute): { groups: Int32Array | null; groupNames: string[] } {
  if (attribute === 'none') return { groups: null, groupNames: [] };
  if (attribute === 'community') {
    const groups = s.community!;
    let count = 0;
    for (const c of groups) if (c + 1 > count) count = c + 1;
    return { groups, groupNames: Array.from({ length: count }, (_, c) => String(c)) };
  }
  const g = groupMembers(s.members, attribute);
  return { groups: g.groups, groupNames: g.groupNames };
}

/** The index of `--for ID` in a cluster, or an input error naming the option. */
export function forMember(s: Structures, id: string | null | undefined, where = ''): number {
  if (id === null || id === undefined) return -1;
  const v = s.index.indexOf.get(id);
  if (v === undefined) {
    throw new InputError({
      code: 'unknown-member',
      problem: `--for "${id}": no member has this id${where}`,
      expected: 'the id of a member as written in the members file (case matters)',
    });
  }
  return v;
}

export function filterFor(s: Structures, cross: CrossAttribute, between: [string, string] | null, source: number): PairFilter {
  const { groups, groupNames } = crossGroups(s, cross);
  return makeFilter(s.view, { attribute: cross, groups, groupNames, between, source });
}
