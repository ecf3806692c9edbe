/**
 * From a ranked list of pairs to finished recommendations: every score, shared partners, what the pair
 * crosses, the effects and the explanation. Shared by `recommend()` and the analyze report's
 * `opportunities` (which passes the structures it already has: index, block–cut DFS, communities).
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import type { Members } from '../../model/cluster.js';
import type { BlockCut } from '../../metrics/resilience.js';
import { commonNeighbourList, type LinkView } from '../../metrics/link-prediction/view.js';
import type { PairFilter } from './filter.js';
import { allScores, rankPairs, type RankSettings } from './rank.js';
import { eiCounts, pairEffects, type EffectContext } from './effects.js';
import { explain } from './explain.js';
import type { MemberRef, Recommendation, ScoreKey } from './types.js';

export interface Structures {
  /** The analysis index (the report's weighting): constraint and E-I read it. */
  index: GraphIndex;
  view: LinkView;
  structure: BlockCut;
  community: Int32Array | null;
  members: Members;
}

export function memberRef(s: Structures, v: number): MemberRef {
  return { id: s.index.ids[v], name: s.members.attributes[v].name };
}

/** The top `k` recommendations by `score` under the filter `f`. `withSolves` false leaves Katz/PageRank of the pairs null (analyze). */
export function buildRecommendations(s: Structures, f: PairFilter, score: ScoreKey, k: number, settings: RankSettings, withSolves = true): Recommendation[] {
  const ranked = rankPairs(f, score, k, settings);
  const scores = allScores(f, ranked, settings, withSolves);
  const eiGroups = f.groups;
  const ei = eiGroups === null ? null : eiCounts(s.index, eiGroups);
  const ctx: EffectContext = { index: s.index, structure: s.structure, community: s.community, eiGroups, eiAttribute: f.attribute };
  const nameOf = new Map<string, string>();
  return ranked.map((p, i) => {
    const source = memberRef(s, p.u);
    const target = memberRef(s, p.v);
    const sharedPartners = commonNeighbourList(s.view, p.u, p.v).map((w) => memberRef(s, w));
    const crosses =
      f.groups === null ? null : { attribute: f.attribute, source: f.groupNames[f.groups[p.u]], target: f.groupNames[f.groups[p.v]] };
    const effects = pairEffects(ctx, ei, p.u, p.v);
    for (const id of effects.articulationPointsRelieved) nameOf.set(id, s.members.attributes[s.index.indexOf.get(id)!].name);
    const explanation = explain({ source, target, sharedPartners, crosses, effects, nameOf: (id) => nameOf.get(id) ?? id });
    return { rank: i + 1, source, target, score: p.score, scores: scores[i], sharedPartners, crosses, effects, explanation };
  });
}
