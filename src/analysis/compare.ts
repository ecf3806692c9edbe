/**
 * `compareClusters(before, after)`: what changed between two waves of a cluster (two survey exports,
 * or two snapshots of one history). Each wave is measured by `analyze` (seeded Louvain, E-I with its
 * permutation p-value, centralization, transitivity, Triple-Helix, the centralities of the ranks); the
 * change measures come from the kernels of src/metrics/change/ through wave-change.ts. Same input and
 * options → the same comparison, byte for byte once serialised.
 */
import type { AnalysisInput } from '../model/cluster.js';
import { InputError } from '../model/errors.js';
import { GENERATOR } from '../model/version.js';
import { analyze } from './analyze.js';
import { groupMembers } from './groups.js';
import { memberHelices } from './triple-helix-section.js';
import { DEFAULT_OPTIONS, type AnalysisOptions } from './options.js';
import type { Report } from './report-types.js';
import { CHANGE_SCHEMA_VERSION, type ComparisonOptions, type ComparisonReport, type WaveSummary } from './change-types.js';
import { tieChangeBreakdown, waveChange } from './wave-change.js';
import { rankSections } from './compare-ranks.js';
import { communityChange, indicatorChanges } from './compare-sections.js';
import { comparisonFindings, type FindingsConfig } from './findings/index.js';

export interface CompareOptions {
  /** Labels of the two waves (default "before" and "after"). */
  labels?: { before: string; after: string };
  /** Seed of every random step (QAP relabellings, Louvain, E-I permutations). Default 42. */
  seed?: number;
  /** QAP relabellings and E-I permutations of each wave. Default 1000. */
  permutations?: number;
  /** Use tie weights in each wave's analysis (default true); the valued correlation always uses them. */
  weighted?: boolean;
  groupBy?: string;
  resolution?: number;
  restarts?: number;
  helix?: AnalysisOptions['helix'];
  threads?: number;
  /**
   * Path measures of each wave (betweenness of the ranks): exact when true; absent: exact up to
   * COMPARE_EXACT_WORK (members × arcs), above it sampled with `sample` pivots (echoed in
   * `before.sampling` / `after.sampling`).
   */
  exact?: boolean;
  sample?: number;
  /** Thresholds of the comparison's findings (default: DEFAULT_FINDINGS_CONFIG; `--findings-config`). */
  findings?: Partial<FindingsConfig>;
}

/** Default QAP relabellings (and E-I permutations) of a comparison. */
export const DEFAULT_COMPARE_PERMUTATIONS = 1000;
/**
 * Members × arcs up to which each wave's path measures are exact in a comparison (lower than the
 * analysis's limit: a comparison measures two waves and reports betweenness only as ranks).
 */
export const COMPARE_EXACT_WORK = 2.5e8;

/** The effective comparison options (echoed in the result). */
export function comparisonOptions(directed: boolean, options: CompareOptions): ComparisonOptions {
  return {
    directed,
    weighted: options.weighted ?? DEFAULT_OPTIONS.weighted,
    seed: options.seed ?? DEFAULT_OPTIONS.seed,
    permutations: Math.max(0, Math.trunc(options.permutations ?? DEFAULT_COMPARE_PERMUTATIONS)),
    groupBy: options.groupBy ?? DEFAULT_OPTIONS.groupBy,
    resolution: options.resolution ?? DEFAULT_OPTIONS.resolution,
    restarts: options.restarts ?? DEFAULT_OPTIONS.restarts,
  };
}

/** The analysis options of one wave in a comparison or an evolution. */
export function waveAnalysisOptions(data: AnalysisInput, opts: ComparisonOptions, options: CompareOptions, exactLimit: number | null): AnalysisOptions {
  const work = data.members.ids.length * data.ties.count * (data.directed ? 1 : 2);
  const out: AnalysisOptions = {
    weighted: opts.weighted,
    seed: opts.seed,
    permutations: opts.permutations,
    groupBy: opts.groupBy,
    resolution: opts.resolution,
    restarts: opts.restarts,
    keyPlayers: 0,
    helix: options.helix ?? {},
  };
  if (options.threads !== undefined) out.threads = options.threads;
  if (options.sample !== undefined) out.sample = options.sample;
  if (options.exact !== undefined) out.exact = options.exact;
  else if (exactLimit !== null && work > exactLimit) out.exact = false;
  return out;
}

/** A wave in short, from its analysis. */
export function waveSummary(label: string, report: Report): WaveSummary {
  const s = report.summary;
  return {
    label,
    members: s.members,
    ties: s.ties,
    density: s.density,
    components: s.components,
    largestComponentSize: s.largestComponentSize,
    isolates: s.isolates,
    transitivity: s.transitivity,
    averageClustering: s.averageClustering,
    degreeCentralization: s.centralization.degree,
    communities: report.communities.count,
    modularity: report.communities.modularity,
    sampling: report.options.sampling!,
    warnings: report.warnings,
  };
}

/** Refuses two waves of different direction (both must be read with or without `--directed`). */
export function checkSameDirection(before: AnalysisInput, after: AnalysisInput): void {
  if (before.directed !== after.directed) {
    throw new InputError({
      code: 'invalid-option',
      problem: `the before wave is ${before.directed ? 'directed' : 'undirected'} and the after wave ${after.directed ? 'directed' : 'undirected'}`,
      expected: 'two waves read the same way (both with or both without --directed)',
    });
  }
}

/**
 * Compares two waves of a cluster (members matched by id). See {@link ComparisonReport} and
 * docs/change-over-time.md for every definition, citation and peer.
 */
export async function compareClusters(before: AnalysisInput, after: AnalysisInput, options: CompareOptions = {}): Promise<ComparisonReport> {
  checkSameDirection(before, after);
  const opts = comparisonOptions(before.directed, options);
  const labels = options.labels ?? { before: 'before', after: 'after' };
  const reportBefore = await analyze(before, waveAnalysisOptions(before, opts, options, COMPARE_EXACT_WORK));
  const reportAfter = await analyze(after, waveAnalysisOptions(after, opts, options, COMPARE_EXACT_WORK));
  const change = waveChange(before, after, { permutations: opts.permutations, seed: opts.seed });
  const grouping = groupMembers(after.members, opts.groupBy, memberHelices(after.members, options.helix ?? {}));
  const breakdown = tieChangeBreakdown(change, before, after, (j) => grouping.labels[j]);
  const comparison: ComparisonReport = {
    kind: 'comparison',
    schemaVersion: CHANGE_SCHEMA_VERSION,
    generator: { name: GENERATOR.name, version: GENERATOR.version },
    options: opts,
    before: waveSummary(labels.before, reportBefore),
    after: waveSummary(labels.after, reportAfter),
    members: change.members,
    ties: { ...change.ties, ...breakdown },
    correlation: change.correlation,
    ranks: rankSections(change.match, reportBefore, reportAfter),
    communities: communityChange(change.match, reportBefore, reportAfter),
    indicators: indicatorChanges(reportBefore, reportAfter),
    findings: [],
  };
  // The reading of the comparison: every finding's value is read from the object above at its indicator.
  comparison.findings = comparisonFindings(comparison, options.findings ?? {});
  return comparison;
}
