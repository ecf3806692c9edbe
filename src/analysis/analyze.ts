/**
 * Composes the measures into the versioned report object. Reading is a separate step
 * (`readCluster` / `buildCluster`); this module does no I/O and prints nothing.
 */
import type { ClusterData } from '../model/build-graph.js';
import type { ClusterGraph } from '../model/types.js';
import type { InputAccount, SkippedRows } from '../io/errors.js';
import type { ProjectTiesAccount } from '../model/project-ties.js';
import { buildIndex, type GraphIndex } from '../core/graph-index.js';
import { GENERATOR } from '../version.js';
import { resolveOptions, type AnalysisOptions } from './options.js';
import { groupMembers, type Grouping } from './groups.js';
import { SCHEMA_VERSION, type CountTable, type MemberReport, type Report, type RoleCounts } from './report-types.js';
import { degreeMeasures } from '../metrics/degree.js';
import { betweenness, normalizeBetweenness } from '../metrics/betweenness.js';
import { closeness, harmonic } from '../metrics/closeness.js';
import { eigenvector } from '../metrics/eigenvector.js';
import { pagerank } from '../metrics/pagerank.js';
import { averageClustering, localClustering, transitivity } from '../metrics/clustering.js';
import { components } from '../metrics/components.js';
import { pathSummary } from '../metrics/paths.js';
import { density, reciprocity } from '../metrics/density.js';
import { coreNumbers, degeneracy } from '../metrics/cores.js';
import { globalEfficiency, localEfficiency } from '../metrics/efficiency.js';
import { detectCommunities } from '../metrics/communities.js';
import { structuralHoles } from '../metrics/structural-holes.js';
import { centralization, topTieShare } from '../metrics/centralization.js';
import { degreeAssortativity, attributeAssortativity } from '../metrics/assortativity.js';
import { crossGroupShare, mixingMatrix, orientationShares } from '../metrics/mixing.js';
import { eiIndex } from '../metrics/ei-index.js';
import { brokerage, BROKERAGE_ROLES } from '../metrics/brokerage.js';
import { articulationPointsAndBridges, removalImpact } from '../metrics/resilience.js';
import { keyPlayers } from '../metrics/key-players.js';
import { corePeriphery } from '../metrics/core-periphery.js';
import { tripleHelixSection, type ProjectsInput } from './triple-helix-section.js';

/** Where every input row went, with the projects file and the project-derived ties when read. */
export type ReportInput = InputAccount & {
  projects?: { file: string; rows: number; used: number; skipped: SkippedRows[] };
  projectTies?: ProjectTiesAccount;
};

/** What `analyze` takes: the read cluster, optionally with joint projects (`project,member` rows). */
export interface AnalysisInput extends ClusterData {
  input: ReportInput;
  projects?: ProjectsInput;
}

/** A finite number, or null for NaN/±Infinity (the report never holds NaN). */
export function finite(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}

function countBy(values: Iterable<string | null>): CountTable {
  const counts = new Map<string | null, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
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

function hasNonUnitWeight(graph: ClusterGraph): boolean {
  let found = false;
  graph.someEdge((_e, attrs) => (found = attrs.weight !== 1));
  return found;
}

function roleCounts(values: Float64Array[], v: number): RoleCounts {
  const out = {} as Record<string, number | null>;
  BROKERAGE_ROLES.forEach((role, r) => (out[role] = finite(values[r][v])));
  return out as RoleCounts;
}

/**
 * Measures a cluster. Same input and options → the same report, byte for byte once serialised.
 * Options not given take the defaults in {@link DEFAULT_OPTIONS}.
 */
export async function analyze(data: AnalysisInput, options: AnalysisOptions = {}): Promise<Report> {
  const opts = resolveOptions(options);
  const { graph } = data;
  const directed = graph.type === 'directed';
  const weighted = opts.weighted && hasNonUnitWeight(graph);
  const index: GraphIndex = buildIndex(graph, { weighted });
  const n = index.n;
  const ids = index.ids;

  // Core measures (issue 2).
  const deg = degreeMeasures(index);
  const betweennessRaw = betweenness(index, { weighted: false, normalized: false });
  const betweennessValues = normalizeBetweenness(index, betweennessRaw);
  const closenessValues = closeness(index, { weighted: false });
  const harmonicValues = harmonic(index, { weighted: false });
  const eig = eigenvector(index, { weighted });
  const pr = pagerank(index, { weighted });
  const clustering = localClustering(index);
  const comps = components(index);
  const paths = pathSummary(index, { weighted: false });
  const community = detectCommunities(graph, index, {
    weighted,
    resolution: opts.resolution,
    seed: opts.seed,
    restarts: opts.restarts,
  });

  // Cohesion, structural holes, centralization (issue 3).
  const cores = coreNumbers(index);
  const localEff = localEfficiency(index);
  const holes = structuralHoles(index);
  const central = centralization(index, { betweennessRaw });
  const cp = corePeriphery(index, { seed: opts.seed });

  // Groups, mixing, E-I, brokerage.
  const grouping: Grouping = groupMembers(graph, opts.groupBy);
  const { groups, groupNames } = grouping;
  const ei = eiIndex(index, groups, groupNames, { permutations: opts.permutations, seed: opts.seed });
  const broker = brokerage(index, groups, groupNames);
  const labelOf = new Map<string, string | null>();
  ids.forEach((id, v) => labelOf.set(id, grouping.labels[v]));

  // Resilience.
  const cut = articulationPointsAndBridges(index);
  const impact = removalImpact(index);
  const players = keyPlayers(index, { k: opts.keyPlayers, betweenness: betweennessValues });

  const members: MemberReport[] = [];
  graph.forEachNode((id, attrs) => {
    const v = index.indexOf.get(id)!;
    const m: MemberReport = {
      id,
      name: attrs.name,
      type: attrs.type,
      sector: attrs.sector,
      level: attrs.level,
      degree: deg.degree[v],
      ...(directed ? { inDegree: deg.inDegree[v], outDegree: deg.outDegree[v] } : {}),
      strength: deg.strength[v],
      degreeCentrality: deg.degreeCentrality[v],
      betweenness: betweennessValues[v],
      closeness: closenessValues[v],
      eigenvector: finite(eig.values[v]),
      pagerank: finite(pr.values[v]),
      clustering: clustering[v],
      community: community.assignment[v],
      harmonic: harmonicValues[v],
      coreNumber: cores[v],
      localEfficiency: localEff.values[v],
      effectiveSize: finite(holes.effectiveSize[v]),
      efficiency: finite(holes.efficiency[v]),
      constraint: finite(holes.constraint[v]),
      hierarchy: finite(holes.hierarchy[v]),
      coreness: finite(cp.coreness[v]),
      eiIndex: finite(ei.member.EI[v]),
      brokerage: roleCounts(broker.raw, v),
      brokerageZ: roleCounts(broker.z, v),
      fragmentation: finite(impact.fragmentation[v]),
      largestComponentWithout: impact.largestComponent[v],
    };
    members.push(m);
  });

  const groupsOut = Array.from({ length: community.count }, (_, c) => ({ id: c, size: 0, members: [] as string[], bySector: [] as CountTable }));
  const sectorsOf: (string | null)[][] = groupsOut.map(() => []);
  graph.forEachNode((id, attrs) => {
    const c = community.assignment[index.indexOf.get(id)!];
    groupsOut[c].members.push(id);
    sectorsOf[c].push(attrs.sector);
  });
  groupsOut.forEach((g, c) => {
    g.size = g.members.length;
    g.bySector = countBy(sectorsOf[c]);
  });

  const types: (string | null)[] = [];
  const sectors: (string | null)[] = [];
  const levels: (string | null)[] = [];
  graph.forEachNode((_id, a) => {
    types.push(a.type);
    sectors.push(a.sector);
    levels.push(a.level);
  });
  const orientations: string[] = [];
  const kinds: (string | null)[] = [];
  graph.forEachEdge((_e, a) => {
    orientations.push(a.orientation);
    if (a.kinds.length === 0) kinds.push(null);
    else for (const k of a.kinds) kinds.push(k);
  });

  const centralOut: Report['summary']['centralization'] = {
    degree: finite(central.degree ?? NaN),
    ...(directed ? { inDegree: finite(central.inDegree ?? NaN), outDegree: finite(central.outDegree ?? NaN) } : {}),
    betweenness: finite(central.betweenness ?? NaN),
    closeness: finite(central.closeness ?? NaN),
  };

  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: GENERATOR.name, version: GENERATOR.version },
    options: { ...opts, directed },
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
      byType: countBy(types),
      bySector: countBy(sectors),
      byLevel: countBy(levels),
      byOrientation: countBy(orientations),
      byKind: countBy(kinds),
      centralization: centralOut,
      topTieShare: topTieShare(index),
      globalEfficiency: globalEfficiency(index),
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
      mixing: mixingMatrix(index, groups, groupNames),
      crossGroupShare: crossGroupShare(index, groups),
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
      orientation: orientationShares(graph, (id) => labelOf.get(id) ?? null),
      tripleHelix: tripleHelixSection(data, graph, opts.helix),
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
    warnings: data.warnings,
  };
  return report;
}
