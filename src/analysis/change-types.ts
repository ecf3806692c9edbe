/**
 * The comparison of two waves (`compareClusters`, `cluster-graph compare`: `kind: "comparison"`) and
 * the evolution over years (`evolve`, `cluster-graph evolve`: `kind: "evolution"`). Versioned like the
 * report: `schemaVersion` changes when a field changes meaning; fields may be added without a change.
 * Undefined values are `null`, never NaN. Re-exported by report-types.ts for the renderers, which
 * also names the evolution types with the report's Summary (`EvolutionReport`, `EvolutionYear`): this
 * file does not import report-types.ts, so that there is no import cycle.
 */
import type { InputWarning } from '../model/errors.js';
import type { SamplingChoice } from './options.js';
import type { TieChangeByCounts, TieChangeCounts } from '../metrics/change/tie-change.js';
import type { QapResult } from '../metrics/change/qap.js';
import type { CommunityEvent } from '../metrics/change/community-events.js';
import type { Finding } from './finding-types.js';

export const CHANGE_SCHEMA_VERSION = 1 as const;

export type { TieChangeCounts, TieChangeByCounts, QapResult, CommunityEvent };

/** One whole wave (all its members), from its analysis. */
export interface WaveSummary {
  /** File name, year or the label given. */
  label: string;
  members: number;
  ties: number;
  density: number;
  components: number;
  largestComponentSize: number;
  isolates: number;
  transitivity: number;
  averageClustering: number;
  degreeCentralization: number | null;
  communities: number;
  modularity: number | null;
  /** How the wave's path measures (betweenness of the ranks) were computed. */
  sampling: SamplingChoice;
  warnings: InputWarning[];
}

/** Members matched by id. */
export interface MemberChange {
  entrants: string[];
  exits: string[];
  stayers: number;
}

/** Jaccard band of the RSiena manual: ≥ 0.3 good, 0.2–0.3 moderate, < 0.2 low change-stability. */
export type JaccardBand = 'good' | 'moderate' | 'low';

export interface TieChangeSection extends TieChangeCounts {
  band: JaccardBand | null;
  /** By the group (groupBy, default sector) of the two stayers in the after wave; undirected pairs written from ≤ to. */
  bySectorPair: ({ from: string | null; to: string | null } & TieChangeByCounts)[];
  /** By tie orientation (of the after wave for kept and formed ties, of the before wave for ended ones); pairs undefined (null). */
  byOrientation: ({ orientation: string } & TieChangeByCounts)[];
}

export interface CorrelationSection {
  /** Pearson correlation of the binary adjacency matrices over the pairs of stayers (sna gcor). */
  binary: number | null;
  /** The same with tie weights. */
  valued: number | null;
  /** QAP test of the binary correlation. */
  qap: QapResult;
}

export interface RankMove {
  id: string;
  name: string;
  before: number;
  after: number;
  /** Rank among the stayers, 1 = highest (ties share their average rank). */
  beforeRank: number;
  afterRank: number;
  /** beforeRank − afterRank: positive = rose. */
  change: number;
}

export interface RankSection {
  measure: 'degree' | 'strength' | 'betweenness' | 'eigenvector';
  /** Stayers with a value in both waves. */
  stayers: number;
  spearman: number | null;
  kendall: number | null;
  risers: RankMove[];
  fallers: RankMove[];
}

export interface CommunityChangeSection {
  before: { count: number; modularity: number | null };
  after: { count: number; modularity: number | null };
  /** Over the stayers (igraph compare_communities). */
  nmi: number | null;
  vi: number | null;
  rand: number | null;
  adjustedRand: number | null;
  splitJoin: number | null;
  /** Jaccard threshold of the events. */
  threshold: number;
  events: CommunityEvent[];
}

export interface IndicatorChange {
  name: string;
  before: number | null;
  after: number | null;
  /** after − before (null when either is null). */
  change: number | null;
  /** E-I index only: each wave's permutation p-value. */
  pValue?: { before: number | null; after: number | null };
}

export interface ComparisonOptions {
  directed: boolean;
  weighted: boolean;
  seed: number;
  /** QAP relabellings and E-I permutations. */
  permutations: number;
  groupBy: string;
  resolution: number;
  restarts: number;
}

export interface ComparisonReport {
  kind: 'comparison';
  schemaVersion: typeof CHANGE_SCHEMA_VERSION;
  generator: { name: string; version: string };
  options: ComparisonOptions;
  before: WaveSummary;
  after: WaveSummary;
  members: MemberChange;
  ties: TieChangeSection;
  correlation: CorrelationSection;
  ranks: RankSection[];
  communities: CommunityChangeSection;
  indicators: IndicatorChange[];
  /**
   * The reading of the comparison (the change rules of src/analysis/findings/change.ts: Jaccard band,
   * growth or shrinkage, risers and fallers): each finding's `indicator` is a dotted path into this
   * object and its `value` the number there.
   */
  findings: Finding[];
}

/** One year of an evolution: the snapshot's analysis, in short (S: the report's Summary). */
export interface EvolutionYearOf<S extends { centralization: unknown }> {
  year: number;
  /** The same fields as the analysis report's summary. */
  summary: S;
  communities: { modularity: number | null; count: number };
  synergy: { eiIndex: { overall: number | null; pValue: number | null }; tripleHelix: { T_AIG: number | null; T4: number | null } | null };
  centralization: S['centralization'];
}

export interface EvolutionTransition {
  from: number;
  to: number;
  members: MemberChange;
  ties: TieChangeCounts & { band: JaccardBand | null };
  correlation: CorrelationSection;
}

export interface EvolutionReportOf<S extends { centralization: unknown }> {
  kind: 'evolution';
  schemaVersion: typeof CHANGE_SCHEMA_VERSION;
  generator: { name: string; version: string };
  options: ComparisonOptions & { years: number[] };
  years: EvolutionYearOf<S>[];
  transitions: EvolutionTransition[];
  warnings: InputWarning[];
}
