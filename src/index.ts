/**
 * cluster-graph — the library. Reading and analysing are separate calls:
 *
 *   import { readCluster, analyze } from 'cluster-graph';
 *   const data = await readCluster({ members: 'members.csv', ties: 'ties.csv' });
 *   const report = await analyze(data, { seed: 42 });
 *
 * Without files: `buildCluster({ members: rows, ties: rows })`. Every measure is also exported as a
 * pure function over the indexed graph (`buildIndex(data.toGraph())`, or `indexFromArcs` over
 * `data.ties.arcs()`). `data.toGraph()` builds the graphology graph (once) for those who want it.
 */
export { readCluster, buildCluster, resolveTiesPath, type ClusterData, type ReadOptions, type RowsOrText, type CellValue } from './io/read-cluster.js';
export { readProjects, buildProjects, findProjectsBeside, type ProjectsData } from './io/read-projects.js';
export { projectTies, type ProjectRow } from './model/projects.js';
export { InputError, type InputWarning, type InputAccount, type InputProblem, type RosterAccount } from './model/errors.js';
export { readInput, type InputPaths, type InputOptions, type ReadInput } from './io/read-input.js';
export { validateInput, type ValidateResult, type ValueCount } from './io/validate.js';
export { applyProjectTies, PROJECT_TIE_KIND } from './io/project-ties.js';
export { clusterFromGraph } from './model/from-graph.js';
export { Members, clusterData, type AnalysisInput, type ReportInput, type MemberSource, type ProjectTiesMode, type ProjectTiesAccount, type ProjectsInput } from './model/cluster.js';
export { TieTable, ORIENTATION_CODE, ORIENTATION_OF_CODE } from './model/tie-table.js';
export { analyze } from './analysis/analyze.js';
export { DEFAULT_OPTIONS, PATH_MODES, resolveOptions, type AnalysisOptions, type EffectiveOptions, type PathMode } from './analysis/options.js';
export { groupMembers, groupKey, GroupCounter, type Grouping } from './analysis/groups.js';
export {
  canonicalType,
  typeKey,
  typeResolver,
  typeOverrides,
  TYPE_TERMS,
  TYPE_SYNONYMS,
  MEMBER_TYPES,
  DEFAULT_TYPE_SECTORS,
  DEFAULT_TYPE_HELICES,
  type MemberType,
  type ResolvedType,
  type VocabularyLanguage,
} from './model/vocabulary.js';
export { memberHelices, HELIX_RULE, type TripleHelixReport, type HelixMappingRow } from './analysis/triple-helix-section.js';
export * from './analysis/report-types.js';
export { renderText, type TextOptions } from './report/text.js';
export { renderJson } from './report/json.js';
export { FIELDS, TOPICS, SECTIONS, REFERENCES, field, findField, topic, definitionOf, citationOf, readingOf, type FieldEntry, type FieldFormat, type Topic, type Section, type Reference } from './report/catalogue/index.js';
export { renderMeasuresReference } from './report/measures-reference.js';
export { renderHtml, type HtmlOptions } from './report/html.js';
export { renderSvg, type DrawOptions, type SizeBy } from './report/svg.js';
export { renderMarkdown, type MarkdownOptions } from './report/markdown.js';
export { renderCsvTables, type CsvFile } from './report/csv-tables.js';
export { renderGexf, renderGraphml, renderGraphJson, graphJson, type SerializedClusterGraph } from './report/graph-exports.js';
export { computeLayout, type Layout, type LayoutOptions } from './report/layout.js';
export type { ColorBy } from './report/palette.js';
export type { ClusterGraph, MemberAttributes, TieAttributes, Orientation } from './model/types.js';
export { buildIndex, indexFromArcs, undirectedView, type GraphIndex, type IndexOptions } from './graph/graph-index.js';
export { createRng, deriveSeed, type Rng } from './graph/random.js';
export { GENERATOR } from './model/version.js';

// Measures (pure functions over a GraphIndex).
export { degreeMeasures, type DegreeMeasures } from './metrics/degree.js';
export { betweenness, type BetweennessOptions } from './metrics/paths/betweenness.js';
export { closeness, harmonic, type ClosenessOptions, type HarmonicOptions } from './metrics/paths/closeness.js';
export { eigenvector, type EigenvectorOptions, type IterativeResult } from './metrics/eigenvector.js';
export { pagerank, type PageRankOptions } from './metrics/pagerank.js';
export { localClustering, averageClustering, transitivity, clusteringOnnela, clusteringBarrat } from './metrics/clustering.js';
export { components, isolateMask, type Components, type ComponentSet } from './metrics/components.js';
export { pathSummary, type PathSummary } from './metrics/paths/path-summary.js';
export { samplePivots, type PivotOptions } from './metrics/paths/sources.js';
export { density, reciprocity } from './metrics/density.js';
export { coreNumbers, degeneracy } from './metrics/cores.js';
export { globalEfficiency, localEfficiency } from './metrics/efficiency.js';
export { detectCommunities, communitiesOnIndex, type CommunityOptions, type CommunityResult } from './metrics/communities/index.js';
export { modularity } from './metrics/modularity.js';
export { structuralHoles, type StructuralHolesResult } from './metrics/structural-holes.js';
export { brokerage, BROKERAGE_ROLES, type BrokerageResult } from './metrics/brokerage.js';
export { centralization, freemanCentralization, topTieShare } from './metrics/centralization.js';
export { attributeAssortativity, degreeAssortativity } from './metrics/assortativity.js';
export {
  mixingMatrix,
  crossGroupShare,
  orientationShares,
  orientationSharesByGroup,
  orientationSharesOfTies,
  tieArrays,
  type TieArrays,
  type TieWalk,
  type TieKindAndOrientation,
} from './metrics/mixing.js';
export { eiIndex, type EiResult } from './metrics/ei-index.js';
export { tripleHelix, projectHelices, resolveHelix, helixResolver, defaultHelixOfType, type Helix } from './metrics/triple-helix.js';
export { articulationPointsAndBridges, removalImpact } from './metrics/resilience.js';
export { keyPlayers, type KeyPlayer } from './metrics/key-players.js';
export { corePeriphery, type CorePeripheryResult } from './metrics/core-periphery.js';
// Years (issue 13): the cluster in one year.
export { snapshot, clusterYears, checkYear, presentIn } from './model/snapshot.js';
export { TieRows } from './model/tie-rows.js';
export type { YearAccount } from './model/errors.js';
export { clusterTimeline, joinSpells, type ClusterTimeline, type Spell } from './model/timeline.js';

// Change over time (issue 13): two waves compared, the cluster year by year, and their kernels.
export { compareClusters, DEFAULT_COMPARE_PERMUTATIONS, COMPARE_EXACT_WORK, type CompareOptions } from './analysis/compare.js';
export { evolve, evolveYears, type EvolveOptions } from './analysis/evolve.js';
export { evolutionYears, MAX_EVOLUTION_YEARS } from './analysis/years.js';
export { matchMembers, stayerTies, stayerPairs, type StayerMatch, type StayerTies } from './metrics/change/stayers.js';
export { tieChange, type TieChangeCounts } from './metrics/change/tie-change.js';
export { graphCorrelation } from './metrics/change/correlation.js';
export { qapTest, QAP_EXACT_MAX_STAYERS, type QapResult } from './metrics/change/qap.js';
export { spearman, kendallTauB } from './metrics/change/rank-correlation.js';
export { comparePartitions, type PartitionComparison } from './metrics/change/partition-comparison.js';
export { communityEvents, EVENT_THRESHOLD, type CommunityEvent, type CommunityEventType } from './metrics/change/community-events.js';
export { renderComparisonText } from './report/comparison/text.js';
export { renderComparisonMarkdown } from './report/comparison/markdown.js';
export { renderComparisonCsv } from './report/comparison/csv.js';
export { renderComparisonHtml } from './report/comparison/html.js';
export { renderChangeJson } from './report/comparison/json.js';
export { renderEvolutionText } from './report/evolution/text.js';
export { renderEvolutionCsv } from './report/evolution/csv.js';
export { renderEvolutionHtml } from './report/evolution/html.js';
// Partnership recommendations (issue 14): link-prediction scores, recommend(), the backtest.
export { recommend } from './analysis/recommend/recommend.js';
export type { RecommendOptions } from './analysis/recommend/options.js';
export {
  SCORE_KEYS,
  CROSS_ATTRIBUTES,
  RECOMMENDATIONS_SCHEMA_VERSION,
  type ScoreKey,
  type CrossAttribute,
  type Recommendation,
  type RecommendationEffects,
  type RecommendationsResult,
  type BacktestReport,
  type BacktestScore,
  type OpportunitiesReport,
} from './analysis/recommend/types.js';
export { linkView, type LinkView } from './metrics/link-prediction/view.js';
export { twoHopScores, pairNeighbourhoodScores, type TwoHopPairs } from './metrics/link-prediction/neighbourhood.js';
export { preferentialAttachment, topPreferential } from './metrics/link-prediction/preferential.js';
export { katzFrom, defaultKatzBeta } from './metrics/link-prediction/katz.js';
export { personalizedPagerankFrom, pprPairScore } from './metrics/link-prediction/personalized-pagerank.js';
export { renderRecommendationsText } from './report/recommendations/text.js';
export { renderRecommendationsJson } from './report/recommendations/json.js';
export { renderRecommendationsMarkdown } from './report/recommendations/markdown.js';
export { renderRecommendationsCsv } from './report/recommendations/csv.js';
export { renderRecommendationsHtml } from './report/recommendations/html.js';
export {
  nullModel,
  doubleEdgeSwaps,
  simpleTies,
  NULL_INDICATORS,
  type NullModelOptions,
  type NullModelResult,
  type NullComparison,
  type NullIndicator,
  type TieList,
  type SwapCount,
} from './metrics/null-model/index.js';
export {
  findings,
  comparisonFindings,
  findingsConfig,
  parseFindingsConfig,
  DEFAULT_FINDINGS_CONFIG,
  RULES as FINDING_RULES,
  ruleTableMarkdown,
  type FindingsConfig,
  type RuleRow,
  type ComparisonLike,
} from './analysis/findings/index.js';
export type { Finding, FindingCategory, NullModelReport } from './analysis/report-types.js';
