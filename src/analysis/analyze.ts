/**
 * The analysis planner: decides exact or sampled (the size rule), starts the all-sources pass and
 * Louvain in worker threads, computes the other measures meanwhile, then hands everything to the
 * report assembly (assemble.ts). Every formula lives with its measure in src/metrics. Reading is a
 * separate step (`readCluster` / `buildCluster`); this module does no I/O and prints nothing.
 */
import type { AnalysisInput } from '../model/cluster.js';
import { indexFromArcs, type GraphIndex } from '../graph/graph-index.js';
import {
  DEFAULT_PIVOTS,
  EI_PERMUTATION_BUDGET,
  EXACT_WORK_LIMIT,
  LARGE_LOUVAIN_RESTARTS,
  NULL_EXACT_WORK_LIMIT,
  NULL_MIN_SAMPLES,
  NULL_PIVOTS,
  NULL_TIE_SAMPLE_BUDGET,
  resolveOptions,
  type AnalysisOptions,
  type SamplingChoice,
} from './options.js';
import { levelCodesFit } from '../metrics/paths/level-codes.js';
import { defaultThreads, keyPlayerEfficiencies, keyPlayerEfficienciesFromLevels, permutationsInParallel, startCommunities, startNullModel } from './workers.js';
import { nullSetup, summarizeNull, type NullModelResult } from '../metrics/null-model/index.js';
import { startPathPass, type PassResult } from './path-pass.js';
import { assembleReport } from './assemble.js';
import type { Report } from './report-types.js';
import { deriveSeed } from '../graph/random.js';
import { groupMembers, type Grouping } from './groups.js';
import { degreeMeasures } from '../metrics/degree.js';
import { normalizeBetweenness } from '../metrics/paths/betweenness.js';
import { samplePivots } from '../metrics/paths/path-family.js';
import { eigenvector } from '../metrics/eigenvector.js';
import { solverWarnings } from './solver-warnings.js';
import { pagerank } from '../metrics/pagerank.js';
import { localClustering } from '../metrics/clustering.js';
import { components } from '../metrics/components.js';
import { coreNumbers } from '../metrics/cores.js';
import { localEfficiency } from '../metrics/efficiency.js';
import { structuralHoles } from '../metrics/structural-holes.js';
import { centralization } from '../metrics/centralization.js';
import { tieArrays, type TieWalk } from '../metrics/mixing.js';
import { eiIndex, eiPermutationSetup } from '../metrics/ei-index.js';
import { brokerage } from '../metrics/brokerage.js';
import { articulationPointsAndBridges, blockCut, removalImpact } from '../metrics/resilience.js';
import { candidateSuperset, KEY_PLAYER_PIVOTS, keyPlayerCandidates, keyPlayers } from '../metrics/key-players.js';
import { corePeriphery } from '../metrics/core-periphery.js';
import { memberHelices, tripleHelixSection } from './triple-helix-section.js';
import { snapshot } from '../model/snapshot.js';
import { opportunities } from './recommend/opportunities.js';
import { findings } from './findings/index.js';

export type { AnalysisInput, ReportInput } from '../model/cluster.js';

/** Calls `onPhase(name, ms)` with the time since the previous mark. */
function phaseClock(onPhase: ((name: string, ms: number) => void) | undefined): (name: string) => void {
  if (onPhase === undefined) return () => {};
  let last = performance.now();
  return (name) => {
    const now = performance.now();
    onPhase(name, now - last);
    last = now;
  };
}

/**
 * Measures a cluster. Same input and options → the same report, byte for byte once serialised.
 * Options not given take the defaults in {@link DEFAULT_OPTIONS}.
 */
export async function analyze(input: AnalysisInput, options: AnalysisOptions = {}): Promise<Report> {
  const opts = resolveOptions(options);
  const data = inYear(input, opts.year);
  const mark = phaseClock(options.onPhase);
  const threads = options.threads ?? defaultThreads();
  // Straight from the tie table: analyze never builds the graphology graph.
  const directed = data.directed;
  const weighted = opts.weighted && data.ties.hasNonUnitWeight();
  // Path measures by tie length 1/weight. Without a weight other than 1 the index is unweighted and
  // every length is 1: the traversals then count hops (the same numbers).
  const weightedPaths = opts.paths === 'weighted';
  const index: GraphIndex = indexFromArcs(data.members.ids, directed, data.ties.arcs(), { weighted });
  const n = index.n;
  const ids = index.ids;
  mark('index');

  // Size rule (docs/performance.md): exact when members × arcs ≤ EXACT_WORK_LIMIT or
  // `exact`; else seeded pivots for the all-sources family and bounded quadratic measures.
  const work = n * index.outTargets.length;
  const K = Math.max(1, Math.trunc(options.sample ?? DEFAULT_PIVOTS));
  const exact = options.exact ?? (work <= EXACT_WORK_LIMIT || K >= n);
  const pivotSeed = deriveSeed(opts.seed, 0x5a3);
  const pivotOrder = exact ? null : samplePivots(n, K, opts.seed);
  const permutations = exact ? opts.permutations : Math.min(opts.permutations, Math.max(100, Math.floor(EI_PERMUTATION_BUDGET / Math.max(1, index.m))));
  const restarts = exact ? opts.restarts : Math.min(opts.restarts, LARGE_LOUVAIN_RESTARTS);
  const sampling: SamplingChoice = {
    threshold: EXACT_WORK_LIMIT,
    work,
    exact,
    betweenness: { exact, pivots: exact ? null : pivotOrder!.length, seed: exact ? null : pivotSeed },
    closeness: { exact, pivots: exact ? null : pivotOrder!.length, seed: exact ? null : pivotSeed },
    keyPlayers: { exact, pivots: exact ? null : pivotOrder!.length },
    eiPermutations: { exact: permutations === opts.permutations, permutations },
    louvainRestarts: { exact: restarts === opts.restarts, restarts },
    nullModel: nullSampling(n, index.outTargets.length, index.m, opts.nullSamples, options.exact, opts.seed),
  };

  const deg = degreeMeasures(index);
  mark('degree');
  const comps = components(index);
  const structure = blockCut(index); // one DFS for articulation points, bridges and removal impact
  const impact = removalImpact(index, structure);
  mark('components');
  // Key-player candidates: on an undirected graph the superset that can make the top k whatever the
  // betweenness rides along in the all-sources pass (no second pass) when it is small enough.
  const superset = directed ? null : candidateSuperset(impact, opts.keyPlayers, n);
  // The pass starts now in threads − 1 workers (large graphs) while this thread builds the graph and
  // computes what does not need it; finish() takes the blocks left. Fixed blocks reduced in a fixed
  // order: who computes which block changes no result.
  // When it does not (many members tie on fragmentation and largest component, as in any biconnected
  // graph), an exact hop-count pass keeps its BFS level codes: the candidates chosen after it, by
  // betweenness, are evaluated from them without a second all-sources pass.
  const keepLevels = superset === null && !directed && exact && !weightedPaths && opts.keyPlayers > 0 && levelCodesFit(n);
  const pathPending = startPathPass(index, comps, pivotOrder, threads, superset ?? new Int32Array(0), weightedPaths, keepLevels);
  mark('paths-start');
  // Louvain runs on the index alone: in a worker of its own on large graphs, awaited before assembly.
  const communityPending = startCommunities(index, { weighted, resolution: opts.resolution, seed: opts.seed, restarts }, threads);
  mark('communities-start');
  // The members (attributes in member order) and the ties' orientation and kinds, from the tables.
  const graph = data.members;
  const eachTie: TieWalk = (visit) => data.ties.forEachTie(visit);

  // Groups and the E-I permutation test (in workers when large), started early for the same reason.
  const helices = memberHelices(graph, opts.helix);
  const grouping: Grouping = groupMembers(graph, opts.groupBy, helices);
  const { groups, groupNames } = grouping;
  const ties = tieArrays(index); // listed once for the E-I index, its set-up, mixing and cross-group share
  const eiSetup = permutations > 0 ? eiPermutationSetup(index, groups, groupNames, { seed: opts.seed, ties }) : null;
  // One thread fewer than given: the all-sources pass has taken a worker and this thread is busy.
  const eiPending = eiSetup !== null ? permutationsInParallel(eiSetup, permutations, Math.max(1, threads - 1)) : Promise.resolve(undefined);
  eiPending.catch(() => {}); // rethrown where it is awaited
  mark('ei-permutations');
  // The null model's samples: in workers from now on, the blocks left taken by this thread at the end.
  const nullPlan = sampling.nullModel;
  const nullPivots = nullPlan.pivots === null ? null : samplePivots(n, nullPlan.pivots, opts.seed);
  const nullInput = nullPlan.samples > 0 ? nullSetup(index, { seed: opts.seed, pivots: nullPivots, resolution: opts.resolution }) : null;
  const nullPending = nullInput !== null ? startNullModel(nullInput, nullPlan.samples, Math.max(1, threads - 1)) : null;
  mark('null-model-start');

  const eig = eigenvector(index, { weighted });
  const pr = pagerank(index, { weighted });
  const iterativeWarnings = solverWarnings(eig, pr, index.directed);
  mark('eigenvector-pagerank');
  const clustering = localClustering(index);
  mark('clustering');
  const cores = coreNumbers(index);
  const localEff = localEfficiency(index, { weighted: weightedPaths });
  mark('cohesion');
  const holes = structuralHoles(index);
  mark('structural-holes');
  const cp = corePeriphery(index, { seed: opts.seed });
  mark('core-periphery');
  const broker = brokerage(index, groups, groupNames);
  mark('brokerage');

  // What needs the all-sources pass.
  const family = await pathPending.finish();
  const betweennessValues = normalizeBetweenness(index, family.betweennessRaw);
  mark('paths');
  // Betweenness and closeness centralization from the pass's values (hops or 1/weight); sampled
  // directed graphs have no Freeman closeness (reported as null).
  const central = centralization(index, { betweennessRaw: family.betweennessRaw, closeness: family.freemanCloseness });
  mark('centralization');
  const eiValues = await eiPending;
  const ei = eiIndex(index, groups, groupNames, { permutations, seed: opts.seed, values: eiValues, ties });
  mark('ei-index');

  const cut = articulationPointsAndBridges(index, structure);
  mark('resilience');
  const players = await rankKeyPlayers(index, impact, opts.keyPlayers, betweennessValues, family, pivotOrder, sampling, threads, weightedPaths);
  mark('key-players');
  const community = await communityPending.finish();
  mark('communities');
  const nullModel: NullModelResult | null =
    nullPending !== null ? summarizeNull(nullInput!, nullPlan.samples, 10, opts.seed, await nullPending.finish()) : null;
  mark('null-model');
  const tripleHelix = tripleHelixSection(data, graph, opts.helix, helices);
  const report = assembleReport({
    opts, sampling, directed, weighted, input: data.input, warnings: data.warnings, index, graph, eachTie, helices, grouping, ties,
    deg, comps, eig, pr, iterativeWarnings, clustering, cores, localEff, holes, cp, broker, family, betweennessValues, central, ei,
    impact, cut, players, community, tripleHelix, nullModel,
  });
  mark('assembly');
  report.opportunities = opportunities({ index, structure, community: community.assignment, members: data.members });
  mark('opportunities');
  // The reading of the report under the default thresholds (the CLI's --findings-config recomputes it).
  report.findings = findings(report);
  mark('findings');
  return report;
}

/**
 * The input in the year asked for: as given when no year is asked or it is already that year's
 * snapshot, else {@link snapshot}. A snapshot of another year, or a tie table changed after reading
 * (project-derived ties), cannot be cut again: a RangeError says to read with the year instead.
 */
function inYear(data: AnalysisInput, year: number | null): AnalysisInput {
  if (year === null) return data;
  const current = data.input.year?.year;
  if (current === year) return data;
  if (current !== undefined) throw new RangeError(`year: the input is the cluster of ${current}; read the files again for ${year}`);
  if (data.ties.rowTable === null && data.input.projectTies !== undefined && data.input.projectTies.mode !== 'ignore') {
    throw new RangeError('year: the ties include ties derived from projects; give the year to the reader (readInput option year) instead');
  }
  return snapshot(data, year);
}

/**
 * The null model's size rule: every requested sample and exact path indicators while small (or with
 * `exact: true`); above, at most ⌊NULL_TIE_SAMPLE_BUDGET / ties⌋ samples (at least NULL_MIN_SAMPLES)
 * and path indicators over NULL_PIVOTS seeded pivots once members × arcs > NULL_EXACT_WORK_LIMIT (the
 * first NULL_PIVOTS of the analysis's own pivot draw: same seed, same generator).
 */
function nullSampling(n: number, arcs: number, ties: number, requested: number, exact: boolean | undefined, seed: number): SamplingChoice['nullModel'] {
  const asked = Math.max(0, Math.trunc(requested));
  const samples = exact === true ? asked : Math.min(asked, Math.max(NULL_MIN_SAMPLES, Math.floor(NULL_TIE_SAMPLE_BUDGET / Math.max(1, ties))));
  const pathsExact = exact === true || (exact !== false && n * arcs <= NULL_EXACT_WORK_LIMIT) || n <= NULL_PIVOTS;
  return { exact: samples === asked && pathsExact, samples, pivots: pathsExact ? null : NULL_PIVOTS, seed: pathsExact ? null : deriveSeed(seed, 0x5a3) };
}

/**
 * The key players (Borgatti 2006) among the top-k candidates: E(G) and E(G − v) from the pass when the
 * candidates rode along, else from the pass's level codes (exact hop counts, undirected), else from a
 * second pass (sampled: the first KEY_PLAYER_PIVOTS pivots). The three give the same numbers.
 */
async function rankKeyPlayers(
  index: GraphIndex,
  impact: ReturnType<typeof removalImpact>,
  k: number,
  betweennessValues: Float64Array,
  pass: PassResult,
  pivotOrder: Int32Array | null,
  sampling: SamplingChoice,
  threads: number,
  weightedPaths: boolean,
): Promise<ReturnType<typeof keyPlayers>> {
  const candidates = keyPlayerCandidates(index, impact, k, betweennessValues);
  if (candidates.length === 0) return [];
  let whole: number;
  let without: Float64Array;
  const fused = pass.keyPlayerValues;
  if (pass.levels !== null) {
    // Kernel cost ≈ per candidate, the sources × its degree (first dominance step) plus its
    // dominated pairs (at most its raw betweenness), each × the mean degree.
    const meanDegree = index.outTargets.length / Math.max(1, index.n);
    let work = 0;
    for (const v of candidates) work += (index.n * (index.outOffsets[v + 1] - index.outOffsets[v]) + pass.betweennessRaw[v]) * meanDegree;
    ({ whole, without } = await keyPlayerEfficienciesFromLevels(index, candidates, pass.levels.codes, pass.levels.rows, threads, work));
  } else if (fused !== null && candidates.every((v) => fused.without.has(v))) {
    whole = fused.whole;
    without = Float64Array.from(candidates, (v) => fused.without.get(v)!);
  } else {
    const kp = pivotOrder === null ? null : pivotOrder.slice(0, Math.min(KEY_PLAYER_PIVOTS, pivotOrder.length));
    if (kp !== null) sampling.keyPlayers.pivots = kp.length;
    ({ whole, without } = await keyPlayerEfficiencies(index, candidates, kp, threads, weightedPaths));
  }
  return keyPlayers(index, { candidates: Int32Array.from(candidates), impact, whole, efficiencyWithout: without });
}
