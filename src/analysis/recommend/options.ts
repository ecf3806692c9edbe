/** The options of `recommend()` and their command-line spellings. */
import { InputError } from '../../model/errors.js';
import { CROSS_ATTRIBUTES, SCORE_KEYS, type CrossAttribute, type ScoreKey } from './types.js';

/** `--score` names (kebab-case) by score key. */
export const SCORE_FLAGS: Readonly<Record<ScoreKey, string>> = {
  resourceAllocation: 'resource-allocation',
  adamicAdar: 'adamic-adar',
  jaccard: 'jaccard',
  commonNeighbours: 'common-neighbours',
  preferentialAttachment: 'preferential-attachment',
  katz: 'katz',
  personalizedPagerank: 'personalized-pagerank',
};

export function scoreFlag(key: ScoreKey): string {
  return SCORE_FLAGS[key];
}

/** The score key of a `--score` name (kebab-case or camelCase, case ignored). */
export function parseScore(name: string): ScoreKey {
  const wanted = name.trim().toLowerCase();
  for (const key of SCORE_KEYS) if (SCORE_FLAGS[key] === wanted || key.toLowerCase() === wanted) return key;
  throw new InputError({
    code: 'unknown-score',
    problem: `--score "${name}" is not a score this tool computes`,
    expected: `one of ${SCORE_KEYS.map(scoreFlag).join(', ')}`,
  });
}

export function parseCross(name: string): CrossAttribute {
  const wanted = name.trim().toLowerCase();
  const found = CROSS_ATTRIBUTES.find((c) => c === wanted);
  if (found === undefined) {
    throw new InputError({ code: 'invalid-option', problem: `--cross "${name}" is not an attribute recommendations can cross`, expected: `one of ${CROSS_ATTRIBUTES.join(', ')}` });
  }
  return found;
}

export interface RecommendOptions {
  /** Ranking score (default: the best of the cluster's own backtest when the ties have years, else resourceAllocation). */
  score?: ScoreKey | string;
  /** Only pairs whose members differ in this attribute (default `sector`). */
  cross?: CrossAttribute;
  /** One member in each of these two groups of the cross attribute. */
  between?: [string, string] | null;
  /** Only pairs with this member (id). */
  for?: string | null;
  /** Number of recommendations (default 20). */
  top?: number;
  /** Recommend on the snapshot of the cluster at this year. */
  year?: number | null;
  /** Backtest: train at this year ... */
  backtest?: number | null;
  /** ... and count the ties begun after it up to this year (default: the last year in the data). */
  until?: number | null;
  /** Katz β (default 0.5/λ_max). */
  katzBeta?: number;
  /** Seed of the community detection (default 42). */
  seed?: number;
  /** Use tie weights in the effects (Burt constraint) and communities (default true). */
  weighted?: boolean;
}

export const DEFAULT_TOP = 20;
export const PAGERANK_ALPHA = 0.85;
