/** Labels and number formats shared by the recommendation renderers. */
import type { RecommendationsResult, ScoreKey } from '../../analysis/report-types.js';
import { fmt } from '../format.js';

export const SCORE_LABELS: Readonly<Record<ScoreKey, string>> = {
  resourceAllocation: 'resource allocation',
  adamicAdar: 'Adamic–Adar',
  jaccard: 'Jaccard',
  commonNeighbours: 'common neighbours',
  preferentialAttachment: 'preferential attachment',
  katz: 'Katz',
  personalizedPagerank: 'personalised PageRank',
};

/** Score flag names (kebab-case), as `--score` takes them. */
export const SCORE_FLAG_NAMES: Readonly<Record<ScoreKey, string>> = {
  resourceAllocation: 'resource-allocation',
  adamicAdar: 'adamic-adar',
  jaccard: 'jaccard',
  commonNeighbours: 'common-neighbours',
  preferentialAttachment: 'preferential-attachment',
  katz: 'katz',
  personalizedPagerank: 'personalized-pagerank',
};

/** A number for people (see report/format.ts `fmt`): integers as integers, tiny values in exponent form, null as —. */
export function num(v: number | null | undefined, digits = 3): string {
  return fmt(v !== null && v !== undefined && !Number.isFinite(v) ? null : v, digits);
}

export function change(before: number | null, after: number | null): string {
  return `${num(before)} → ${num(after)}`;
}

/** The filters of a run in words, e.g. "pairs across sector, between school and business, for MOE". */
export function filterWords(r: RecommendationsResult): string {
  const o = r.options;
  const parts: string[] = [];
  parts.push(o.cross === 'none' ? 'all pairs' : `pairs that differ in ${o.cross}`);
  if (o.between) parts.push(`between ${o.between[0]} and ${o.between[1]}`);
  if (o.for) parts.push(`with ${o.for}`);
  if (o.year !== null) parts.push(`in ${o.year}`);
  return parts.join(', ');
}

export const CAVEAT =
  'Link prediction proposes partners from the shape of the network; it does not know budgets, distances, missions or people. Read every line as a question to put to the members, not a decision.';
