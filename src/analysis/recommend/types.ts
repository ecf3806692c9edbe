/**
 * The recommendations object (`kind: "recommendations"`, schemaVersion 1): what `recommend()` returns
 * and `cluster-graph recommend --format json` prints; and the `opportunities` section of the analyze
 * report. Undefined values are `null`, never NaN.
 */

export const RECOMMENDATIONS_SCHEMA_VERSION = 1 as const;

/** The ranking scores, camelCase (JSON keys) in the order they are listed. */
export const SCORE_KEYS = [
  'resourceAllocation',
  'adamicAdar',
  'jaccard',
  'commonNeighbours',
  'preferentialAttachment',
  'katz',
  'personalizedPagerank',
] as const;
export type ScoreKey = (typeof SCORE_KEYS)[number];

/** Attributes `--cross` can name. */
export const CROSS_ATTRIBUTES = ['sector', 'level', 'type', 'community', 'none'] as const;
export type CrossAttribute = (typeof CROSS_ATTRIBUTES)[number];

export type PairScores = Record<ScoreKey, number | null>;

export interface MemberRef {
  id: string;
  name: string;
}

export interface RecommendationEffects {
  /** Burt's aggregate constraint of each end before and after the tie (null for an isolate before). */
  constraint: { source: { before: number | null; after: number | null }; target: { before: number | null; after: number | null } };
  /** Network E-I index (tie counts) by the cross attribute before and after; null without groups. */
  eiIndex: { attribute: string; before: number | null; after: number | null } | null;
  /** Bridges that the tie gives a second route around (no longer bridges), as [id, id] pairs. */
  bridgesBackedUp: [string, string][];
  /** Articulation points that stop being articulation points with the tie. */
  articulationPointsRelieved: string[];
  /** Whether the two members were in different components (the tie joins them). */
  joinsComponents: boolean;
  /** The two communities (report numbering) when they differ, else null. */
  joinsCommunities: { source: number; target: number } | null;
}

export interface Recommendation {
  rank: number;
  source: MemberRef;
  target: MemberRef;
  /** The ranking score's value. */
  score: number;
  /** Every score of the pair (null: not computed, see `notes`). */
  scores: PairScores;
  sharedPartners: MemberRef[];
  /** The cross attribute and both members' values (null with `--cross none`). */
  crosses: { attribute: string; source: string; target: string } | null;
  effects: RecommendationEffects;
  explanation: string;
}

export interface BacktestScore {
  auc: number | null;
  precisionAtPositives: number | null;
  precisionAt20: number | null;
  lift: number | null;
}

export interface BacktestReport {
  trainYear: number;
  testYear: number;
  members: number;
  trainTies: number;
  candidates: number;
  positives: number;
  baseRate: number;
  /** Per score (null entries: skipped, see `skipped`). */
  scores: Record<ScoreKey, BacktestScore | null>;
  random: BacktestScore;
  /** The scores the backtest could not evaluate, with why. */
  skipped: { score: ScoreKey; reason: string }[];
  /** The score with the highest AUC (first in SCORE_KEYS order on ties). */
  best: ScoreKey | null;
  /** A caveat when positives < 30; else null. */
  caveat: string | null;
}

export interface RecommendationsOptions {
  score: ScoreKey;
  cross: CrossAttribute;
  between: [string, string] | null;
  for: string | null;
  top: number;
  year: number | null;
  katzBeta: number;
  pagerankAlpha: number;
  backtest: { trainYear: number; testYear: number } | null;
}

export interface RecommendationsResult {
  kind: 'recommendations';
  schemaVersion: typeof RECOMMENDATIONS_SCHEMA_VERSION;
  generator: { name: string; version: string };
  options: RecommendationsOptions;
  /** The ranking score and why it was chosen. */
  score: ScoreKey;
  scoreReason: string;
  /** Members and ties of the (snapshot) cluster the recommendations are for. */
  members: number;
  ties: number;
  /** Candidate pairs: not tied in either direction, passing the filters. */
  candidates: number;
  recommendations: Recommendation[];
  backtest: BacktestReport | null;
  /** Things the reader should know (skipped scores, fewer recommendations than asked). */
  notes: string[];
}

/** The analyze report's `opportunities`: the top cross-sector recommendations. */
export interface OpportunitiesReport {
  score: string;
  cross: string;
  candidates: number;
  recommendations: {
    source: MemberRef;
    target: MemberRef;
    score: number;
    crosses: { attribute: string; source: string; target: string } | null;
    sharedPartners: MemberRef[];
    effects: RecommendationEffects;
    explanation: string;
  }[];
}
