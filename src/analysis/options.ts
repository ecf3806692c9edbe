/**
 * Options of an analysis, with their defaults. Every effective option is echoed in the report
 * (`report.options`), so a published figure can be reproduced exactly.
 */
import type { Helix } from '../metrics/triple-helix.js';

export interface AnalysisOptions {
  /** Use tie weights where a measure can (default true; CLI `--unweighted` sets false). */
  weighted?: boolean;
  /** Seed of every random step (Louvain restarts, permutation tests, core–periphery). Default 42. */
  seed?: number;
  /** Louvain resolution γ. Default 1. */
  resolution?: number;
  /** Seeded Louvain restarts; the partition with the highest modularity is kept. Default 10. */
  restarts?: number;
  /** Member attribute that defines groups for mixing, E-I and brokerage. Default 'sector'. */
  groupBy?: string;
  /** Permutations of the E-I permutation test. Default 10000. */
  permutations?: number;
  /** Number of key-player candidates evaluated in detail. Default 10. */
  keyPlayers?: number;
  /** Overrides of the type → helix mapping for the Triple-Helix measures, e.g. { college: 'industry' }. */
  helix?: Record<string, Helix>;
}

export type EffectiveOptions = Required<AnalysisOptions>;

export const DEFAULT_OPTIONS: EffectiveOptions = Object.freeze({
  weighted: true,
  seed: 42,
  resolution: 1,
  restarts: 10,
  groupBy: 'sector',
  permutations: 10000,
  keyPlayers: 10,
  helix: {},
});

export function resolveOptions(options: AnalysisOptions = {}): EffectiveOptions {
  const merged = { ...DEFAULT_OPTIONS };
  for (const key of Object.keys(DEFAULT_OPTIONS) as (keyof AnalysisOptions)[]) {
    const value = options[key];
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}
