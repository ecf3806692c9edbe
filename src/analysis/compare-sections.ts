/**
 * The `communities` and `indicators` sections of a comparison, from the two waves' analyses.
 * Communities: each wave's seeded Louvain partition (the analysis's), compared over the stayers with
 * igraph's compare_communities definitions (metrics/change/partition-comparison.ts) and matched by the
 * events of Greene, Doyle & Cunningham 2010 (metrics/change/community-events.ts).
 */
import type { StayerMatch } from '../metrics/change/stayers.js';
import { comparePartitions } from '../metrics/change/partition-comparison.js';
import { communityEvents, EVENT_THRESHOLD } from '../metrics/change/community-events.js';
import type { Report } from './report-types.js';
import type { CommunityChangeSection, IndicatorChange } from './change-types.js';

export function communityChange(match: StayerMatch, before: Report, after: Report): CommunityChangeSection {
  const a = Int32Array.from(match.beforeOf, (i) => before.members[i].community);
  const b = Int32Array.from(match.afterOf, (j) => after.members[j].community);
  return {
    before: { count: before.communities.count, modularity: before.communities.modularity },
    after: { count: after.communities.count, modularity: after.communities.modularity },
    ...comparePartitions(a, b),
    threshold: EVENT_THRESHOLD,
    events: communityEvents(before.communities.groups, after.communities.groups),
  };
}

const share = (part: number, total: number): number | null => (total > 0 ? part / total : null);

/** The indicators of one analysis report that a comparison and an evolution follow, by name. */
export function indicatorValues(r: Report): { name: string; value: number | null; pValue?: number | null }[] {
  const o = r.synergy.orientation.overall;
  const out: { name: string; value: number | null; pValue?: number | null }[] = [
    { name: 'density', value: r.summary.density },
    { name: 'components', value: r.summary.components },
    { name: 'degreeCentralization', value: r.summary.centralization.degree },
    { name: 'transitivity', value: r.summary.transitivity },
    { name: 'eiIndex', value: r.synergy.eiIndex.overall, pValue: r.synergy.eiIndex.pValue },
    { name: 'modularity', value: r.communities.modularity },
    { name: 'crossGroupShare', value: Number.isFinite(r.synergy.crossGroupShare.count) ? r.synergy.crossGroupShare.count : null },
    { name: 'verticalShare', value: share(o.vertical, o.total) },
    { name: 'horizontalShare', value: share(o.horizontal, o.total) },
  ];
  if (r.synergy.tripleHelix !== null) out.push({ name: 'tripleHelixT', value: r.synergy.tripleHelix.T_AIG });
  return out;
}

export function indicatorChanges(before: Report, after: Report): IndicatorChange[] {
  const b = indicatorValues(before);
  const a = new Map(indicatorValues(after).map((x) => [x.name, x]));
  const names = [...b.map((x) => x.name), ...[...a.keys()].filter((n) => !b.some((x) => x.name === n))];
  const bm = new Map(b.map((x) => [x.name, x]));
  return names.map((name) => {
    const x = bm.get(name);
    const y = a.get(name);
    const vb = x?.value ?? null;
    const va = y?.value ?? null;
    const row: IndicatorChange = { name, before: vb, after: va, change: vb !== null && va !== null ? va - vb : null };
    if (name === 'eiIndex') row.pValue = { before: x?.pValue ?? null, after: y?.pValue ?? null };
    return row;
  });
}
