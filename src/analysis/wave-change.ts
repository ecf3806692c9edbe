/**
 * What changed between two waves at the level of members and ties — shared by `compareClusters` and
 * the transitions of `evolve`: members matched by id, the tie-change counts over the pairs of stayers
 * (by group pair and by orientation on request), the binary and valued graph correlation and its QAP
 * test. Every number comes from the kernels of src/metrics/change/.
 */
import type { ClusterData } from '../model/cluster.js';
import { matchMembers, stayerPairs, stayerTies, type StayerMatch, type StayerTies } from '../metrics/change/stayers.js';
import { tieChange, tieChangeBy } from '../metrics/change/tie-change.js';
import { correlationSums, pearsonFromSums } from '../metrics/change/correlation.js';
import { qapTest } from '../metrics/change/qap.js';
import type { CorrelationSection, JaccardBand, MemberChange, TieChangeSection } from './change-types.js';
import type { TieChangeCounts } from '../metrics/change/tie-change.js';

/** The RSiena manual's reading of the Jaccard index of two waves. */
export function jaccardBand(j: number | null): JaccardBand | null {
  if (j === null) return null;
  return j >= 0.3 ? 'good' : j >= 0.2 ? 'moderate' : 'low';
}

export interface WaveChange {
  match: StayerMatch;
  before: StayerTies;
  after: StayerTies;
  pairs: number;
  members: MemberChange;
  ties: TieChangeCounts & { band: JaccardBand | null };
  correlation: CorrelationSection;
}

/** Members, tie change and correlation of two waves (same direction). */
export function waveChange(before: ClusterData, after: ClusterData, options: { permutations: number; seed: number }): WaveChange {
  const directed = before.directed;
  const match = matchMembers(before.members.ids, after.members.ids);
  const s = match.stayers;
  const a = stayerTies(before.ties.arcs(), match.stayerOfBefore, s, directed);
  const b = stayerTies(after.ties.arcs(), match.stayerOfAfter, s, directed);
  const pairs = stayerPairs(s, directed);
  const counts = tieChange(a, b, pairs);
  const binarySums = correlationSums(a, b, pairs, false);
  const binary = pearsonFromSums(binarySums);
  const valued = pearsonFromSums(correlationSums(a, b, pairs, true));
  const qap = qapTest(a, b, s, directed, { permutations: options.permutations, seed: options.seed, defined: binary !== null });
  return {
    match,
    before: a,
    after: b,
    pairs,
    members: {
      entrants: Array.from(match.entrants, (j) => after.members.ids[j]),
      exits: Array.from(match.exits, (i) => before.members.ids[i]),
      stayers: s,
    },
    ties: { ...counts, band: jaccardBand(counts.jaccard) },
    correlation: { binary, valued, qap },
  };
}

/**
 * The tie-change counts by group pair (the group of each stayer in the after wave, `groupOf` by after
 * position; null = no group) and by orientation. Group pairs sorted by from, then to (null last);
 * undirected pairs are unordered (from ≤ to).
 */
export function tieChangeBreakdown(
  change: WaveChange,
  beforeData: ClusterData,
  afterData: ClusterData,
  groupOf: (afterPosition: number) => string | null,
): Pick<TieChangeSection, 'bySectorPair' | 'byOrientation'> {
  const { match, before: a, after: b } = change;
  const directed = beforeData.directed;
  const group: (string | null)[] = Array.from(match.afterOf, (j) => groupOf(j));
  const sizes = new Map<string | null, number>();
  for (const g of group) sizes.set(g, (sizes.get(g) ?? 0) + 1);
  const NONE = '\u0000';
  const enc = (g: string | null) => (g === null ? NONE : g);
  const dec = (g: string) => (g === NONE ? null : g);
  const order = (x: string | null, y: string | null) => (x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1);
  const pairName = (u: number, v: number): string => {
    let g = group[u];
    let h = group[v];
    if (!directed && order(g, h) > 0) [g, h] = [h, g];
    return `${enc(g)}\u0001${enc(h)}`;
  };
  const bySectorPair = tieChangeBy(
    a,
    b,
    (i, j) => (i >= 0 ? pairName(a.u[i], a.v[i]) : pairName(b.u[j], b.v[j])),
    (name) => {
      const [g, h] = name.split('\u0001').map(dec);
      const cg = sizes.get(g) ?? 0;
      if (g === h) return directed ? cg * (cg - 1) : (cg * (cg - 1)) / 2;
      return directed ? cg * (sizes.get(h) ?? 0) : cg * (sizes.get(h) ?? 0);
    },
  )
    .map(({ category, counts }) => {
      const [from, to] = category.split('\u0001').map(dec);
      return { from, to, ...counts };
    })
    .sort((x, y) => order(x.from, y.from) || order(x.to, y.to));
  const orientation = (i: number, j: number) => (j >= 0 ? afterData.ties.orientationOf(b.tie[j]) : beforeData.ties.orientationOf(a.tie[i]));
  const rank = { horizontal: 0, vertical: 1, unknown: 2 } as Record<string, number>;
  const byOrientation = tieChangeBy(a, b, orientation, () => null)
    .map(({ category, counts }) => ({ orientation: category, ...counts }))
    .sort((x, y) => rank[x.orientation] - rank[y.orientation]);
  return { bySectorPair, byOrientation };
}
