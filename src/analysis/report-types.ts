/**
 * The report object (schemaVersion 1): what `analyze()` returns and `--format json` prints.
 * Field names listed in the issues are fixed; new fields may be added without a version change,
 * a field that changes meaning bumps `schemaVersion`. Undefined values are `null`, never NaN.
 */
import type { InputWarning } from '../model/errors.js';
import type { ReportInput } from '../model/cluster.js';
import type { EffectiveOptions } from './options.js';
import type { MixingMatrix, OrientationShares } from '../metrics/mixing.js';
import type { EiPermutationTest } from '../metrics/ei-index.js';
import type { TripleHelixReport } from './triple-helix-section.js';
import type { OpportunitiesReport } from './recommend/types.js';
import type { NullModelResult } from '../metrics/null-model/index.js';

export const SCHEMA_VERSION = 1 as const;

/** Counts by a category, sorted by count (descending) then name; `null` key = not given. */
export type CountTable = { value: string | null; count: number }[];

export interface Summary {
  members: number;
  ties: number;
  directed: boolean;
  /** Whether tie weights were used (given in the input, not all 1, and not `--unweighted`). */
  weighted: boolean;
  density: number;
  /** Connected components (directed: weakly connected). */
  components: number;
  /** Strongly connected components (directed graphs only, else null). */
  strongComponents: number | null;
  largestComponentSize: number;
  isolates: number;
  reciprocity: number | null;
  transitivity: number;
  averageClustering: number;
  diameter: number | null;
  averagePathLength: number | null;
  /** Members of the component on which diameter and average path length are measured. */
  pathComponentSize: number;
  /** Members by type as written, grouped ignoring case and spaces (label: the first spelling). */
  byType: CountTable;
  /** Members by type class of the vocabulary (null: type not in the vocabulary, or no type). */
  byTypeClass: CountTable;
  bySector: CountTable;
  /** Members by helix (as `members[].helix`; null: no helix). */
  byHelix: CountTable;
  byLevel: CountTable;
  byOrientation: CountTable;
  byKind: CountTable;
  // Issue 3 indicators
  centralization: { degree: number | null; inDegree?: number | null; outDegree?: number | null; betweenness: number | null; closeness: number | null };
  topTieShare: { id: string; share: number } | null;
  globalEfficiency: number;
  localEfficiency: number;
  degeneracy: number;
  degreeAssortativity: number | null;
}

export type RoleCounts = {
  coordinator: number | null;
  itinerant: number | null;
  representative: number | null;
  gatekeeper: number | null;
  liaison: number | null;
  total: number | null;
};

export interface MemberReport {
  id: string;
  name: string;
  /** The type as written in the members file. */
  type: string | null;
  /** Its class in the type vocabulary (null when unknown): gives the default sector and helix. */
  typeClass: string | null;
  sector: string | null;
  /** The helix used by the Triple-Helix measures (see `synergy.tripleHelix.explanation`); null: none. */
  helix: 'academia' | 'industry' | 'government' | 'civil' | null;
  level: string | null;
  degree: number;
  inDegree?: number;
  outDegree?: number;
  strength: number;
  degreeCentrality: number;
  betweenness: number;
  closeness: number;
  eigenvector: number | null;
  pagerank: number | null;
  clustering: number;
  community: number;
  // Issue 3
  harmonic: number;
  coreNumber: number;
  localEfficiency: number;
  effectiveSize: number | null;
  efficiency: number | null;
  constraint: number | null;
  hierarchy: number | null;
  coreness: number | null;
  eiIndex: number | null;
  brokerage: RoleCounts;
  brokerageZ: RoleCounts;
  /** Borgatti's fragmentation of the cluster without this member (undirected view). */
  fragmentation: number | null;
  /** Size of the largest component left without this member. */
  largestComponentWithout: number;
}

export interface CommunityGroup {
  id: number;
  size: number;
  members: string[];
  bySector: CountTable;
}

export interface CommunitiesReport {
  algorithm: 'louvain';
  seed: number;
  resolution: number;
  restarts: number;
  weighted: boolean;
  modularity: number | null;
  count: number;
  groups: CommunityGroup[];
}

export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  generator: { name: string; version: string };
  options: EffectiveOptions & { directed: boolean };
  input: ReportInput;
  summary: Summary;
  members: MemberReport[];
  communities: CommunitiesReport;
  synergy: SynergyReport;
  brokerage: BrokerageReport;
  resilience: ResilienceReport;
  corePeriphery: { core: string[]; fit: number | null };
  /**
   * Degree-preserving null model (Maslov & Sneppen 2002): observed cohesion against R rewired samples
   * of the undirected simple view (`nullSamples`; null when 0).
   */
  nullModel: NullModelReport | null;
  /**
   * Findings (SWOT reading) of the report under the default thresholds (src/analysis/findings/;
   * `findings(report, config)` recomputes them). Absent only in reports made before findings existed.
   */
  findings?: Finding[];
  warnings: InputWarning[];
  /** The top cross-sector partnership recommendations (src/analysis/recommend/opportunities.ts). */
  opportunities?: OpportunitiesReport;
}

export type NullModelReport = NullModelResult;

type ByRole = Record<string, number | null>;

export interface SynergyReport {
  groupBy: string;
  groups: string[];
  mixing: MixingMatrix;
  crossGroupShare: { count: number; weight: number };
  eiIndex: {
    overall: number | null;
    weighted: number | null;
    range: [number | null, number | null];
    baseline: number | null;
    pValue: number | null;
    permutation: (Omit<EiPermutationTest, 'observed' | 'mean' | 'sd' | 'min' | 'max'> & { observed: number | null; mean: number | null; sd: number | null; min: number | null; max: number | null }) | null;
    E: number;
    I: number;
    groups: { group: string; size: number; E: number; I: number; EI: number | null; EIWeighted: number | null; EIMemberSum: number | null }[];
  };
  assortativity: number | null;
  orientation: OrientationShares;
  tripleHelix: TripleHelixReport | null;
}

export interface BrokerageReport {
  groupBy: string;
  undirected: boolean;
  note: string | null;
  roles: string[];
  density: number;
  totals: ByRole;
  expected: ByRole;
  z: ByRole;
  byGroup: { group: string; size: number; expected: ByRole; sd: ByRole }[];
}

export interface ResilienceReport {
  articulationPoints: string[];
  bridges: string[][];
  baseFragmentation: number | null;
  keyPlayers: { id: string; fragmentation: number | null; largestComponent: number; distanceFragmentation: number | null; efficiencyLoss: number | null }[];
}

// Comparison of two waves and evolution over years (their own report kinds), for the renderers.
export * from './change-types.js';
import type { EvolutionReportOf, EvolutionYearOf } from './change-types.js';
export type EvolutionYear = EvolutionYearOf<Summary>;
export type EvolutionReport = EvolutionReportOf<Summary>;
// The recommendations object and the report's opportunities (the renderers read them through here).
export type {
  BacktestReport,
  BacktestScore,
  MemberRef,
  OpportunitiesReport,
  PairScores,
  Recommendation,
  RecommendationEffects,
  RecommendationsResult,
  ScoreKey,
} from './recommend/types.js';
export { SCORE_KEYS, RECOMMENDATIONS_SCHEMA_VERSION } from './recommend/types.js';
/** The findings (defined in finding-types.ts so that change-types.ts can name them without a cycle). */
export type { Finding, FindingCategory } from './finding-types.js';
import type { Finding } from './finding-types.js';
