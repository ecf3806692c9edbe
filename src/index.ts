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
