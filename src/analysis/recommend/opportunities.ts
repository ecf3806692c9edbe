/**
 * The analyze report's `opportunities`: the top 10 cross-sector recommendations by resource
 * allocation, built from the structures the analysis already has (the index, the block–cut DFS, the
 * Louvain partition). No Katz or PageRank solve and no backtest here (that is the `recommend`
 * command's), so the section costs one enumeration of the pairs two steps apart.
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import type { Members } from '../../model/cluster.js';
import type { BlockCut } from '../../metrics/resilience.js';
import { linkView } from '../../metrics/link-prediction/view.js';
import { buildRecommendations } from './build.js';
import { candidateCount } from './filter.js';
import { filterFor } from './prepare.js';
import { PAGERANK_ALPHA } from './options.js';
import type { OpportunitiesReport } from './types.js';

export const OPPORTUNITIES_TOP = 10;

export function opportunities(parts: { index: GraphIndex; structure: BlockCut; community: Int32Array; members: Members }, top = OPPORTUNITIES_TOP): OpportunitiesReport {
  const s = { ...parts, view: linkView(parts.index) };
  const f = filterFor(s, 'sector', null, -1);
  // Katz β is not needed: no Katz solve is made (withSolves false).
  const recs = buildRecommendations(s, f, 'resourceAllocation', top, { katzBeta: 0, alpha: PAGERANK_ALPHA }, false);
  return {
    score: 'resourceAllocation',
    cross: 'sector',
    candidates: candidateCount(f),
    recommendations: recs.map((r) => ({
      source: r.source,
      target: r.target,
      score: r.score,
      crosses: r.crosses,
      sharedPartners: r.sharedPartners,
      effects: r.effects,
      explanation: r.explanation,
    })),
  };
}
