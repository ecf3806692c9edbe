/**
 * Composes the measures into the versioned report object. Reading is a separate step
 * (`readCluster` / `buildCluster`); this module does no I/O and prints nothing.
 */
import type { AnalysisInput } from '../model/cluster.js';
import { indexFromArcs, type GraphIndex } from '../graph/graph-index.js';
import { GENERATOR } from '../model/version.js';
import {
  DEFAULT_PIVOTS,
  EI_PERMUTATION_BUDGET,
  EXACT_WORK_LIMIT,
  LARGE_LOUVAIN_RESTARTS,
  resolveOptions,
  type AnalysisOptions,
  type SamplingChoice,
} from './options.js';
import { defaultThreads, keyPlayerEfficiencies, permutationsInParallel, startCommunities, startTraversal, type Pending } from './workers.js';
import { createRng, deriveSeed } from '../graph/random.js';
import type { BlockResult } from '../metrics/paths/all-sources.js';
import type { PathSummary } from '../metrics/paths/path-summary.js';
import { GroupCounter, groupMembers, type Grouping } from './groups.js';
import { SCHEMA_VERSION, type CountTable, type MemberReport, type Report, type RoleCounts } from './report-types.js';
import { degreeMeasures } from '../metrics/degree.js';
import { normalizeBetweenness, scaleBetweenness } from '../metrics/paths/betweenness.js';
import { eigenvector } from '../metrics/eigenvector.js';
import { solverWarnings } from './solver-warnings.js';
import { pagerank } from '../metrics/pagerank.js';
import { averageClustering, localClustering, transitivity } from '../metrics/clustering.js';
import { components } from '../metrics/components.js';
import { density, reciprocity } from '../metrics/density.js';
import { coreNumbers, degeneracy } from '../metrics/cores.js';
import { localEfficiency } from '../metrics/efficiency.js';
import { structuralHoles } from '../metrics/structural-holes.js';
import { centralization, topTieShare } from '../metrics/centralization.js';
import { degreeAssortativity, attributeAssortativity } from '../metrics/assortativity.js';
import { crossGroupShare, mixingMatrix, orientationSharesOfTies, tieArrays, type TieWalk } from '../metrics/mixing.js';
import { eiIndex, eiPermutationSetup } from '../metrics/ei-index.js';
import { brokerage, BROKERAGE_ROLES } from '../metrics/brokerage.js';
import { articulationPointsAndBridges, blockCut, removalImpact } from '../metrics/resilience.js';
import { keyPlayerCandidates, keyPlayers } from '../metrics/key-players.js';
import { corePeriphery } from '../metrics/core-periphery.js';
import { memberHelices, tripleHelixSection } from './triple-helix-section.js';
import { canonicalType } from '../model/vocabulary.js';

export type { AnalysisInput, ReportInput } from '../model/cluster.js';

/** A finite number, or null for NaN/±Infinity (the report never holds NaN). */
export function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function count(counts: Map<string | null, number>, value: string | null): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

/** The count table of counted values: by count descending, then by value (null last). */
function countTable(counts: Map<string | null, number>): CountTable {
  return [...counts.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || compareNullable(a.value, b.value));
}

function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/** Whether BROKERAGE_ROLES is the list {@link roleCounts} spells out. */
const ROLES_AS_WRITTEN = BROKERAGE_ROLES.join() === 'coordinator,itinerant,representative,gatekeeper,liaison,total';

function roleCounts(values: Float64Array[], v: number): RoleCounts {
  if (ROLES_AS_WRITTEN) {
    return {
      coordinator: finite(values[0][v]),
      itinerant: finite(values[1][v]),
      representative: finite(values[2][v]),
      gatekeeper: finite(values[3][v]),
      liaison: finite(values[4][v]),
      total: finite(values[5][v]),
    };
  }
  const out = {} as Record<string, number | null>;
  BROKERAGE_ROLES.forEach((role, r) => (out[role] = finite(values[r][v])));
  return out as RoleCounts;
}

/** Seeded sample of `k` distinct members of 0..n−1 (partial Fisher–Yates), in draw order. */
function samplePivots(n: number, k: number, seed: number): Int32Array {
  const rng = createRng(deriveSeed(seed, 0x5a3));
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, take);
}

/** Sum of the block arrays picked by `pick`, in block order (fixed, thread-independent). */
function sumBlocks(blocks: BlockResult[], n: number, pick: (b: BlockResult) => Float64Array | null): Float64Array {
  const out = new Float64Array(n);
  for (const b of blocks) {
    const a = pick(b)!;
    for (let v = 0; v < n; v++) out[v] += a[v];
  }
  return out;
}

/** Concatenation of per-source block arrays, in block order. */
function joinBlocks(blocks: BlockResult[], pick: (b: BlockResult) => Float64Array | null): Float64Array {
  let total = 0;
  for (const b of blocks) total += pick(b)!.length;
  const out = new Float64Array(total);
  let at = 0;
  for (const b of blocks) {
    const a = pick(b)!;
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** The all-sources family: betweenness, closeness, harmonic, global efficiency, path summary. */
interface PathFamily {
  betweennessRaw: Float64Array;
  closeness: Float64Array;
  harmonic: Float64Array;
  /** Freeman closeness (n−1)/Σ out-distances where a member reaches everyone, else NaN; null = not available. */
  freemanCloseness: Float64Array | null;
  globalEfficiency: number;
  paths: PathSummary;
  /** Key-player E(G) and E(G − v) of the candidates evaluated in the same pass (undirected), else null. */
  keyPlayerValues: { whole: number; without: Map<number, number> } | null;
}

/**
 * All-sources traversals, exact (every member a source) or estimated over `pivots`
 * (Brandes & Pich 2007 for betweenness; Eppstein & Wang 2004 for closeness-type sums). Starts the
 * worker threads at once; `finish()` does the rest of the pass in this thread and the reduction.
 * `weightedPaths`: tie length 1/weight (Dijkstra) instead of hop counts, for every quantity of the pass.
 */
function startPathFamily(
  index: GraphIndex,
  comps: ReturnType<typeof components>,
  pivots: Int32Array | null,
  threads: number,
  candidates: Int32Array,
  weightedPaths: boolean,
): Pending<PathFamily> {
  const n = index.n;
  const set = index.directed ? comps.strong! : comps.weak;
  const inComponent = new Uint8Array(n);
  const size = n > 0 ? set.sizes[set.largest] : 0;
  for (let v = 0; v < n; v++) if (n > 0 && set.membership[v] === set.largest) inComponent[v] = 1;
  const exact = pivots === null;
  let sources: Int32Array;
  if (pivots === null) {
    sources = new Int32Array(n);
    for (let v = 0; v < n; v++) sources[v] = v;
  } else {
    sources = Int32Array.from(pivots).sort();
  }
  const pending = startTraversal(index, sources, exact, inComponent, threads, candidates, weightedPaths);
  return { finish: async () => reducePathFamily(index, await pending.finish(), sources, exact, inComponent, size, candidates) };
}

/** The path family from the block results of {@link startPathFamily}, reduced in block order. */
function reducePathFamily(
  index: GraphIndex,
  blocks: BlockResult[],
  sources: Int32Array,
  exact: boolean,
  inComponent: Uint8Array,
  size: number,
  candidates: Int32Array,
): PathFamily {
  const n = index.n;
  let keyPlayerValues: PathFamily['keyPlayerValues'] = null;
  if (candidates.length > 0) {
    let whole = 0;
    const total = new Float64Array(candidates.length);
    const counted = new Float64Array(candidates.length);
    for (const b of blocks) {
      const kp = b.keyPlayers!;
      whole += kp.whole;
      for (let c = 0; c < candidates.length; c++) {
        total[c] += kp.without[c];
        counted[c] += kp.sources[c];
      }
    }
    const values = new Map<number, number>();
    for (let c = 0; c < candidates.length; c++) values.set(candidates[c], n - 1 >= 2 && counted[c] > 0 ? total[c] / (counted[c] * (n - 2)) : NaN);
    keyPlayerValues = { whole: n >= 2 && sources.length > 0 ? whole / (sources.length * (n - 1)) : NaN, without: values };
  }
  const K = sources.length;
  const rowReach = joinBlocks(blocks, (b) => b.rowReach);
  const rowDist = joinBlocks(blocks, (b) => b.rowDist);
  const rowInverse = joinBlocks(blocks, (b) => b.rowInverse);
  const rowCompDist = joinBlocks(blocks, (b) => b.rowComponentDist);
  const rowCompMax = joinBlocks(blocks, (b) => b.rowComponentMax);
  const raw = sumBlocks(blocks, n, (b) => b.betweenness);
  const closenessValues = new Float64Array(n);
  const harmonicValues = new Float64Array(n);
  let freeman: Float64Array | null = null;
  let effSum = 0;
  for (let i = 0; i < K; i++) effSum += rowInverse[i];
  let hop = 0;
  let diameter = 0;
  let sourcesInComponent = 0;
  for (let i = 0; i < K; i++) {
    if (inComponent[sources[i]] !== 1) continue;
    sourcesInComponent++;
    hop += rowCompDist[i];
    if (rowCompMax[i] > diameter) diameter = rowCompMax[i];
  }
  if (exact) {
    scaleBetweenness(index, raw, false);
    const reach = index.directed ? joinBlocks(blocks, (b) => b.inReach) : rowReach;
    const dist = index.directed ? joinBlocks(blocks, (b) => b.inDist) : rowDist;
    const inv = index.directed ? joinBlocks(blocks, (b) => b.inInverse) : rowInverse;
    for (let v = 0; v < n; v++) {
      // As closeness(): (r−1)/Σd · (r−1)/(n−1); harmonic(): Σ 1/d, in BFS order.
      const total = dist[v];
      if (total > 0 && n > 1) closenessValues[v] = (reach[v] / total) * (reach[v] / (n - 1));
      harmonicValues[v] = inv[v];
    }
    freeman = new Float64Array(n);
    for (let v = 0; v < n; v++) freeman[v] = rowReach[v] === n - 1 && rowDist[v] > 0 ? (n - 1) / rowDist[v] : NaN;
  } else {
    // Brandes–Pich: B̂(v) = (n/K) Σ_{s ∈ P} δ_s(v); then the exact scaling.
    const f = n / K;
    for (let v = 0; v < n; v++) raw[v] *= f;
    scaleBetweenness(index, raw, false);
    const colReach = sumBlocks(blocks, n, (b) => b.colReach);
    const colDist = sumBlocks(blocks, n, (b) => b.colDist);
    const colInv = sumBlocks(blocks, n, (b) => b.colInverse);
    const isPivot = new Uint8Array(n);
    for (let i = 0; i < K; i++) isPivot[sources[i]] = 1;
    for (let v = 0; v < n; v++) {
      const kv = K - isPivot[v];
      if (kv <= 0) continue;
      // Eppstein–Wang: the pivots other than v are a uniform sample of the other members.
      if (colDist[v] > 0 && n > 1) closenessValues[v] = (colReach[v] / colDist[v]) * (colReach[v] / kv);
      harmonicValues[v] = ((n - 1) / kv) * colInv[v];
    }
    if (!index.directed) {
      // Connected undirected graph: Freeman's (n−1)/Σd is the estimated closeness itself.
      freeman = closenessValues;
    }
  }
  const globalEfficiency = n < 2 ? 0 : exact ? effSum / (n * (n - 1)) : effSum / (K * (n - 1));
  let paths: PathSummary;
  if (n === 0) paths = { diameter: null, averagePathLength: null, componentSize: 0 };
  else if (size < 2) paths = { diameter: 0, averagePathLength: 0, componentSize: size };
  else if (sourcesInComponent === 0) paths = { diameter: null, averagePathLength: null, componentSize: size };
  else paths = { diameter, averagePathLength: hop / (sourcesInComponent * (size - 1)), componentSize: size };
  return { betweennessRaw: raw, closeness: closenessValues, harmonic: harmonicValues, freemanCloseness: freeman, globalEfficiency, paths, keyPlayerValues };
}

/** Pivots of the sampled key-player second pass (when the candidates could not join the first). */
const KEY_PLAYER_PIVOTS = 64;

/** Largest candidate superset evaluated inside the all-sources pass. */
const FUSED_CANDIDATES = 256;

/**
 * The members that can end up among the top-k key-player candidates whatever their betweenness:
 * every member ranked before the k-th by (fragmentation desc, largest component asc) plus all members
 * tied with it on both. Null when that set exceeds {@link FUSED_CANDIDATES}.
 */
function candidateSuperset(impact: ReturnType<typeof removalImpact>, k: number, n: number): Int32Array | null {
  const top = Math.max(0, Math.min(n, Math.trunc(k)));
  if (top === 0) return new Int32Array(0);
  const { fragmentation: f, largestComponent: lc } = impact;
  const key = (a: number, b: number): number => {
    const fa = Number.isNaN(f[a]) ? -Infinity : f[a];
    const fb = Number.isNaN(f[b]) ? -Infinity : f[b];
    return fb - fa || lc[a] - lc[b];
  };
  const order: number[] = [];
  for (let v = 0; v < n; v++) order.push(v);
  order.sort((a, b) => key(a, b) || a - b);
  const boundary = order[top - 1];
  let end = top;
  while (end < n && key(order[end], boundary) === 0) end++;
  if (end > FUSED_CANDIDATES) return null;
  return Int32Array.from(order.slice(0, end)).sort();
}

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
export async function analyze(data: AnalysisInput, options: AnalysisOptions = {}): Promise<Report> {
  const opts = resolveOptions(options);
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
  };

  // Core measures (issue 2).
  const deg = degreeMeasures(index);
  mark('degree');
  const comps = components(index);
  const structure = blockCut(index); // one DFS for articulation points, bridges and removal impact
  const impact = removalImpact(index, structure);
  mark('components');
  // Key-player candidates are the top k by (fragmentation desc, largest component asc), betweenness
  // breaking ties. On an undirected graph, when the members tied with the k-th on the first two keys
  // are few (≤ FUSED_CANDIDATES), all of them are evaluated inside the all-sources pass (no second
  // pass); the final k are picked once betweenness is known.
  const superset = directed ? null : candidateSuperset(impact, opts.keyPlayers, n);
  // The all-sources pass starts now in threads − 1 workers (when the graph is large enough) while
  // this thread builds the graph and computes every measure that does not need the pass; then this
  // thread takes the blocks left (finish()). Blocks are fixed and reduced in a fixed order, so who
  // computes which block changes no result. Small graphs: the whole pass runs in finish(), in-thread.
  const familyPending = startPathFamily(index, comps, pivotOrder, threads, superset ?? new Int32Array(0), weightedPaths);
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

  const eig = eigenvector(index, { weighted });
  const pr = pagerank(index, { weighted });
  const iterativeWarnings = solverWarnings(eig, pr, index.directed);
  mark('eigenvector-pagerank');
  const clustering = localClustering(index);
  mark('clustering');

  // Cohesion, structural holes, core–periphery, brokerage (issue 3).
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
  const family = await familyPending.finish();
  const betweennessRaw = family.betweennessRaw;
  const betweennessValues = normalizeBetweenness(index, betweennessRaw);
  const closenessValues = family.closeness;
  const harmonicValues = family.harmonic;
  const paths = family.paths;
  mark('paths');
  // Betweenness and closeness centralization from the pass's values: by hops, or by 1/weight.
  const central = centralization(index, {
    betweennessRaw,
    // The pass's closeness when it has one; sampled directed graphs have none (reported as null);
    // otherwise centralization runs its own BFS.
    closeness: family.freemanCloseness ?? (directed && !exact ? null : undefined),
  });
  mark('centralization');
  const eiValues = await eiPending;
  const ei = eiIndex(index, groups, groupNames, { permutations, seed: opts.seed, values: eiValues, ties });
  mark('ei-index');

  // Resilience.
  const cut = articulationPointsAndBridges(index, structure);
  mark('resilience');
  const candidates = keyPlayerCandidates(index, impact, opts.keyPlayers, betweennessValues);
  let players: ReturnType<typeof keyPlayers> = [];
  if (candidates.length > 0) {
    // E(G) and E(G − v) of the undirected view: exact, or over the same pivots as betweenness.
    let whole: number;
    let without: Float64Array;
    const fused = family.keyPlayerValues;
    if (fused !== null && candidates.every((v) => fused.without.has(v))) {
      whole = fused.whole;
      without = Float64Array.from(candidates, (v) => fused.without.get(v)!);
    } else {
      // Second pass over the sources; sampled: the first KEY_PLAYER_PIVOTS pivots of the sample.
      const kp = pivotOrder === null ? null : pivotOrder.slice(0, Math.min(KEY_PLAYER_PIVOTS, pivotOrder.length));
      if (kp !== null) sampling.keyPlayers.pivots = kp.length;
      ({ whole, without } = await keyPlayerEfficiencies(index, candidates, kp, threads, weightedPaths));
    }
    players = keyPlayers(index, { candidates: Int32Array.from(candidates), impact, whole, efficiencyWithout: without });
  }
  mark('key-players');
  const community = await communityPending.finish();
  mark('communities');
  // Members in graph order, which is index order (checked per member; indexOf only if not).
  const at = (v: number, id: string): number => (ids[v] === id ? v : index.indexOf.get(id)!);
  // One walk over the members: their reports, community member lists and attribute counts.
  const members: MemberReport[] = [];
  const groupsOut = Array.from({ length: community.count }, (_, c) => ({ id: c, size: 0, members: [] as string[], bySector: [] as CountTable }));
  const sectorsOf = groupsOut.map(() => new GroupCounter());
  // Counted case- and space-insensitively, each value under its first spelling (member order).
  const typeCounts = new GroupCounter();
  const typeClassCounts = new GroupCounter();
  const helixCounts = new GroupCounter();
  const sectorCounts = new GroupCounter();
  const levelCounts = new GroupCounter();
  let position = 0;
  graph.forEachNode((id, attrs) => {
    const v = at(position++, id);
    // Keys are added in report order (in/out-degree only for directed graphs); no spread, which is
    // slow for 100k members.
    const typeClass = attrs.typeClass !== undefined ? attrs.typeClass : attrs.type === null ? null : canonicalType(attrs.type);
    const helix = helices[position - 1];
    const m = { id, name: attrs.name, type: attrs.type, typeClass, sector: attrs.sector, helix, level: attrs.level, degree: deg.degree[v] } as MemberReport;
    if (directed) {
      m.inDegree = deg.inDegree[v];
      m.outDegree = deg.outDegree[v];
    }
    m.strength = deg.strength[v];
    m.degreeCentrality = deg.degreeCentrality[v];
    m.betweenness = betweennessValues[v];
    m.closeness = closenessValues[v];
    m.eigenvector = finite(eig.values[v]);
    m.pagerank = finite(pr.values[v]);
    m.clustering = clustering[v];
    m.community = community.assignment[v];
    m.harmonic = harmonicValues[v];
    m.coreNumber = cores[v];
    m.localEfficiency = localEff.values[v];
    m.effectiveSize = finite(holes.effectiveSize[v]);
    m.efficiency = finite(holes.efficiency[v]);
    m.constraint = finite(holes.constraint[v]);
    m.hierarchy = finite(holes.hierarchy[v]);
    m.coreness = finite(cp.coreness[v]);
    m.eiIndex = finite(ei.member.EI[v]);
    m.brokerage = roleCounts(broker.raw, v);
    m.brokerageZ = roleCounts(broker.z, v);
    m.fragmentation = finite(impact.fragmentation[v]);
    m.largestComponentWithout = impact.largestComponent[v];
    members.push(m);
    const c = community.assignment[v];
    groupsOut[c].members.push(id);
    sectorsOf[c].add(attrs.sector);
    typeCounts.add(attrs.type);
    typeClassCounts.add(typeClass);
    helixCounts.add(helix);
    sectorCounts.add(attrs.sector);
    levelCounts.add(attrs.level);
  });
  groupsOut.forEach((g, c) => {
    g.size = g.members.length;
    g.bySector = sectorsOf[c].table();
  });
  // One walk over the ties: orientation by group pair, and in it the activity kinds.
  const kindCounts = new Map<string | null, number>();
  let noKind = 0;
  const orientation = orientationSharesOfTies(directed, eachTie, groups, groupNames, (a) => {
    if (a.kinds.length === 0) noKind++;
    else for (const k of a.kinds) count(kindCounts, k);
  });
  if (noKind > 0) kindCounts.set(null, noKind);
  const orientationCounts = new Map<string | null, number>();
  for (const o of ['horizontal', 'vertical', 'unknown'] as const) if (orientation.overall[o] > 0) orientationCounts.set(o, orientation.overall[o]);

  const centralOut: Report['summary']['centralization'] = {
    degree: finite(central.degree ?? NaN),
    ...(directed ? { inDegree: finite(central.inDegree ?? NaN), outDegree: finite(central.outDegree ?? NaN) } : {}),
    betweenness: finite(central.betweenness ?? NaN),
    closeness: finite(central.closeness ?? NaN),
  };

  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: GENERATOR.name, version: GENERATOR.version },
    options: { ...opts, sampling, directed },
    input: data.input,
    summary: {
      members: n,
      ties: index.m,
      directed,
      weighted,
      density: density(index),
      components: comps.weak.count,
      strongComponents: comps.strong ? comps.strong.count : null,
      largestComponentSize: comps.weak.largest >= 0 ? comps.weak.sizes[comps.weak.largest] : 0,
      isolates: comps.isolates,
      reciprocity: reciprocity(index),
      transitivity: transitivity(index),
      averageClustering: averageClustering(clustering),
      diameter: paths.diameter,
      averagePathLength: paths.averagePathLength,
      pathComponentSize: paths.componentSize,
      byType: typeCounts.table(),
      byTypeClass: typeClassCounts.table(),
      bySector: sectorCounts.table(),
      byHelix: helixCounts.table(),
      byLevel: levelCounts.table(),
      byOrientation: countTable(orientationCounts),
      byKind: countTable(kindCounts),
      centralization: centralOut,
      topTieShare: topTieShare(index),
      globalEfficiency: family.globalEfficiency,
      localEfficiency: localEff.mean,
      degeneracy: degeneracy(cores),
      degreeAssortativity: degreeAssortativity(index),
    },
    members,
    communities: {
      algorithm: 'louvain',
      seed: community.seed,
      resolution: community.resolution,
      restarts: community.restarts,
      weighted: community.weighted,
      modularity: finite(community.modularity),
      count: community.count,
      groups: groupsOut,
    },
    synergy: {
      groupBy: opts.groupBy,
      groups: groupNames,
      mixing: mixingMatrix(index, groups, groupNames, ties),
      crossGroupShare: crossGroupShare(index, groups, ties),
      eiIndex: {
        overall: finite(ei.EI),
        weighted: finite(ei.EI_weighted),
        range: [finite(ei.range[0]), finite(ei.range[1])],
        baseline: finite(ei.baseline),
        pValue: ei.permutation ? finite(ei.permutation.pTwoSided) : null,
        permutation: ei.permutation
          ? {
              ...ei.permutation,
              observed: finite(ei.permutation.observed),
              mean: finite(ei.permutation.mean),
              sd: finite(ei.permutation.sd),
              min: finite(ei.permutation.min),
              max: finite(ei.permutation.max),
            }
          : null,
        E: ei.E,
        I: ei.I,
        groups: ei.groups.map((g) => ({
          group: g.group,
          size: g.size,
          E: g.E,
          I: g.I,
          EI: finite(g.EI),
          EIWeighted: finite(g.EI_weighted),
          EIMemberSum: finite(g.EI_member_sum),
        })),
      },
      assortativity: finite(attributeAssortativity(index, groups) ?? NaN),
      orientation,
      tripleHelix: tripleHelixSection(data, graph, opts.helix, helices),
    },
    brokerage: {
      groupBy: opts.groupBy,
      undirected: broker.undirected,
      note: broker.undirected
        ? 'The graph is undirected: every tie counts in both directions, so representative and gatekeeper counts coincide.'
        : null,
      roles: [...BROKERAGE_ROLES],
      density: broker.density,
      totals: Object.fromEntries(BROKERAGE_ROLES.map((r, i) => [r, broker.totals.raw[i]])),
      expected: Object.fromEntries(BROKERAGE_ROLES.map((r, i) => [r, finite(broker.totals.expected[i])])),
      z: Object.fromEntries(BROKERAGE_ROLES.map((r, i) => [r, finite(broker.totals.z[i])])),
      byGroup: broker.byGroup.map((g) => ({
        group: g.group,
        size: g.size,
        expected: Object.fromEntries(BROKERAGE_ROLES.map((r, i) => [r, finite(g.expected[i])])),
        sd: Object.fromEntries(BROKERAGE_ROLES.map((r, i) => [r, finite(g.sd[i])])),
      })),
    },
    resilience: {
      articulationPoints: Array.from(cut.articulationPoints, (v) => ids[v]),
      bridges: cut.bridges.map(([a, b]) => [ids[a], ids[b]]),
      baseFragmentation: finite(impact.baseFragmentation),
      keyPlayers: players.map((p) => ({
        id: p.id,
        fragmentation: finite(p.fragmentation),
        largestComponent: p.largestComponent,
        distanceFragmentation: finite(p.distanceFragmentation),
        efficiencyLoss: finite(p.efficiencyLoss),
      })),
    },
    corePeriphery: {
      core: Array.from(cp.core, (v) => ids[v]),
      fit: finite(cp.fit),
    },
    warnings: iterativeWarnings.length > 0 ? [...data.warnings, ...iterativeWarnings] : data.warnings,
  };
  mark('assembly');
  return report;
}
