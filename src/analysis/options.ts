/**
 * Options of an analysis, with their defaults. Every effective option is echoed in the report
 * (`report.options`), so a published figure can be reproduced exactly.
 */
import type { Helix } from '../metrics/triple-helix.js';

/** How path measures measure a path: hop counts, or tie length 1/weight (a strong tie is short). */
export type PathMode = 'hops' | 'weighted';
export const PATH_MODES: readonly PathMode[] = ['hops', 'weighted'];

export interface AnalysisOptions {
  /** Use tie weights where a measure can (default true; CLI `--unweighted` sets false). */
  weighted?: boolean;
  /**
   * Shortest paths of the path measures — betweenness, closeness, harmonic, global and local
   * efficiency, diameter, average path length, key-player DF / efficiency loss, betweenness and
   * closeness centralization: 'hops' (default) counts ties; 'weighted' uses tie length 1/weight
   * (Dijkstra; CLI `--paths weighted`). 'weighted' with `weighted: false` is refused (RangeError):
   * the weights it would read are being ignored. On a cluster whose weights are all 1 both give the
   * same numbers.
   */
  paths?: PathMode;
  /**
   * Analyse the cluster as it was in this year (CLI `--year`): `snapshot(data, year)` before anything
   * else, unless `data` is already that year's snapshot (read with the reader option `year`). Echoed
   * as `report.options.year` (null: the whole input, every year).
   */
  year?: number | null;
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
  /**
   * Samples of the degree-preserving null model (double edge swaps; `report.nullModel`). Default 200;
   * 0 turns the null model off (`report.nullModel` null). Above a size the samples run are fewer
   * (`NULL_TIE_SAMPLE_BUDGET`), echoed in `report.options.sampling.nullModel`.
   */
  nullSamples?: number;
  /** Number of key-player candidates evaluated in detail. Default 10. */
  keyPlayers?: number;
  /** Overrides of the type → helix mapping for the Triple-Helix measures, e.g. { college: 'industry' }. */
  helix?: Record<string, Helix>;
  /**
   * Threads for the all-sources traversals (default: `os.availableParallelism()`). Never changes a
   * value: the results are bit-identical for every thread count. Not echoed in the report.
   */
  threads?: number;
  /**
   * Pivots of the sampled estimators used above the exact-size threshold (default
   * `DEFAULT_PIVOTS`); the choice is echoed in `report.options.sampling`.
   */
  sample?: number;
  /**
   * true: every measure exact whatever the size (CLI `--exact`); false: the sampled estimators even
   * below the threshold (for tests and error studies); absent: the size rule (`EXACT_WORK_LIMIT`).
   */
  exact?: boolean;
  /**
   * Called with the wall time of each phase (ms) as it ends: index, each measure family, assembly.
   * For benchmarks; never part of the report.
   */
  onPhase?: (name: string, ms: number) => void;
}

/** Options that only steer how fast the analysis runs (or whether it samples); not echoed as such. */
export type PerformanceOptionKey = 'threads' | 'sample' | 'exact' | 'onPhase';

/** How each size-bounded measure was computed (echoed in the report as `options.sampling`). */
export interface SamplingChoice {
  /** Exact-size threshold: every measure is exact when members × arcs ≤ this (or with `exact`). */
  threshold: number;
  /** members × arcs of this graph (arcs: 2 per undirected tie, 1 per directed arc). */
  work: number;
  /** Whether every measure below is exact. */
  exact: boolean;
  /** Betweenness, closeness, harmonic, global efficiency and the path summary: pivots (null = exact, all members). */
  betweenness: { exact: boolean; pivots: number | null; seed: number | null };
  closeness: { exact: boolean; pivots: number | null; seed: number | null };
  /** Key players: global efficiency (whole and without each candidate) over the same pivots (null = exact). */
  keyPlayers: { exact: boolean; pivots: number | null };
  /** E-I permutation test: permutations run (≤ the `permutations` option). */
  eiPermutations: { exact: boolean; permutations: number };
  /** Louvain restarts run (≤ the `restarts` option). */
  louvainRestarts: { exact: boolean; restarts: number };
  /**
   * Null model: samples run (≤ the `nullSamples` option) and the pivots of its path indicators
   * (null = exact, every member a source; seed = the seed of the pivot draw).
   */
  nullModel: { exact: boolean; samples: number; pivots: number | null; seed: number | null };
}

export type EffectiveOptions = Required<Omit<AnalysisOptions, PerformanceOptionKey>> & {
  /** Set by `analyze` (absent from `resolveOptions`). */
  sampling?: SamplingChoice;
};

/** Exact-size threshold on members × arcs: 5·10⁹ ≈ 20k members with 125k ties. */
export const EXACT_WORK_LIMIT = 5e9;
/** Default pivots of the sampled estimators (Brandes & Pich 2007; Eppstein & Wang 2004). */
export const DEFAULT_PIVOTS = 256;
/** Above the threshold, E-I permutations are bounded to ⌊EI_PERMUTATION_BUDGET / ties⌋ (at least 100). */
export const EI_PERMUTATION_BUDGET = 2e8;
/** Above the threshold, Louvain restarts are bounded to this. */
export const LARGE_LOUVAIN_RESTARTS = 1;

/** Null model: path indicators exact while members × arcs ≤ this, else over {@link NULL_PIVOTS} pivots. */
export const NULL_EXACT_WORK_LIMIT = 2e6;
/** Null model: pivots of the path indicators above {@link NULL_EXACT_WORK_LIMIT} (two 32-bit words of the bit-parallel BFS). */
export const NULL_PIVOTS = 64;
/**
 * Null model: samples are bounded to ⌊NULL_TIE_SAMPLE_BUDGET / ties⌋ (at least {@link NULL_MIN_SAMPLES}),
 * unless `exact`: each sample costs 10 swaps per tie plus Louvain and the paths, so the budget keeps
 * the null model to a fraction of the analysis (1k members / 5k ties: 30 samples).
 */
export const NULL_TIE_SAMPLE_BUDGET = 1.5e5;
/** Null model: the fewest samples the size rule leaves (unless `nullSamples` asks for fewer). */
export const NULL_MIN_SAMPLES = 20;

export const DEFAULT_OPTIONS: EffectiveOptions = Object.freeze({
  weighted: true,
  seed: 42,
  resolution: 1,
  restarts: 10,
  groupBy: 'sector',
  permutations: 10000,
  keyPlayers: 10,
  nullSamples: 200,
  helix: {},
  paths: 'hops',
  year: null,
});

export function resolveOptions(options: AnalysisOptions = {}): EffectiveOptions {
  const merged: EffectiveOptions = { ...DEFAULT_OPTIONS };
  for (const key of Object.keys(DEFAULT_OPTIONS) as (keyof AnalysisOptions)[]) {
    const value = options[key];
    if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  }
  if (!(PATH_MODES as readonly unknown[]).includes(merged.paths)) {
    throw new RangeError(`paths: "${String(merged.paths)}" is not a path mode (expected ${PATH_MODES.join(' or ')})`);
  }
  if (merged.paths === 'weighted' && !merged.weighted) {
    throw new RangeError('paths: "weighted" measures paths by tie weights, which weighted: false ignores');
  }
  return merged;
}
