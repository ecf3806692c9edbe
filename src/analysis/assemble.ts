/**
 * Assembly of the versioned report object from the measures computed by `analyze` (analyze.ts):
 * one walk over the members (their rows, community member lists, attribute counts), one over the
 * ties (orientation and kinds), and the sections. No measure is computed here beyond counting.
 */
import type { MemberSource } from '../model/cluster.js';
import type { GraphIndex } from '../graph/graph-index.js';
import type { EffectiveOptions, SamplingChoice } from './options.js';
import { GENERATOR } from '../model/version.js';
import { GroupCounter, type Grouping } from './groups.js';
import { compareNullable } from '../model/group-key.js';
import { SCHEMA_VERSION, type CountTable, type MemberReport, type Report, type RoleCounts } from './report-types.js';
import type { degreeMeasures } from '../metrics/degree.js';
import type { eigenvector } from '../metrics/eigenvector.js';
import type { pagerank } from '../metrics/pagerank.js';
import { averageClustering, type localClustering, transitivity } from '../metrics/clustering.js';
import type { components } from '../metrics/components.js';
import { density, reciprocity } from '../metrics/density.js';
import { degeneracy, type coreNumbers } from '../metrics/cores.js';
import type { localEfficiency } from '../metrics/efficiency.js';
import type { structuralHoles } from '../metrics/structural-holes.js';
import { topTieShare, type centralization } from '../metrics/centralization.js';
import { degreeAssortativity, attributeAssortativity } from '../metrics/assortativity.js';
import { crossGroupShare, mixingMatrix, orientationSharesOfTies, type TieArrays, type TieWalk } from '../metrics/mixing.js';
import type { eiIndex } from '../metrics/ei-index.js';
import { BROKERAGE_ROLES, type brokerage } from '../metrics/brokerage.js';
import type { articulationPointsAndBridges, removalImpact } from '../metrics/resilience.js';
import type { keyPlayers } from '../metrics/key-players.js';
import type { corePeriphery } from '../metrics/core-periphery.js';
import type { PathFamily } from '../metrics/paths/path-family.js';
import type { solverWarnings } from './solver-warnings.js';
import { canonicalType } from '../model/vocabulary.js';
import type { CommunityResult } from '../metrics/communities/index.js';
import type { Helix } from '../metrics/triple-helix.js';
import type { NullModelResult } from '../metrics/null-model/index.js';

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

/** Everything the report is assembled from (computed by `analyze`). */
export interface ReportParts {
  opts: EffectiveOptions;
  sampling: SamplingChoice;
  directed: boolean;
  weighted: boolean;
  input: Report['input'];
  warnings: Report['warnings'];
  index: GraphIndex;
  graph: MemberSource;
  eachTie: TieWalk;
  helices: readonly (Helix | null)[];
  grouping: Grouping;
  ties: TieArrays;
  deg: ReturnType<typeof degreeMeasures>;
  comps: ReturnType<typeof components>;
  eig: ReturnType<typeof eigenvector>;
  pr: ReturnType<typeof pagerank>;
  iterativeWarnings: ReturnType<typeof solverWarnings>;
  clustering: ReturnType<typeof localClustering>;
  cores: ReturnType<typeof coreNumbers>;
  localEff: ReturnType<typeof localEfficiency>;
  holes: ReturnType<typeof structuralHoles>;
  cp: ReturnType<typeof corePeriphery>;
  broker: ReturnType<typeof brokerage>;
  family: PathFamily;
  betweennessValues: Float64Array;
  central: ReturnType<typeof centralization>;
  ei: ReturnType<typeof eiIndex>;
  impact: ReturnType<typeof removalImpact>;
  cut: ReturnType<typeof articulationPointsAndBridges>;
  players: ReturnType<typeof keyPlayers>;
  community: CommunityResult;
  tripleHelix: Report['synergy']['tripleHelix'];
  nullModel: NullModelResult | null;
}

/** The report object of the measures, members and ties in graph order. */
export function assembleReport(parts: ReportParts): Report {
  const { opts, sampling, directed, weighted, input, warnings, index, graph, eachTie, helices, grouping, ties } = parts;
  const { deg, comps, eig, pr, iterativeWarnings, clustering, cores, localEff, holes, cp, broker, family, betweennessValues, central, ei } = parts;
  const { impact, cut, players, community, tripleHelix } = parts;
  const { groups, groupNames } = grouping;
  const n = index.n;
  const ids = index.ids;
  const closenessValues = family.closeness;
  const harmonicValues = family.harmonic;
  const paths = family.paths;
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

  return {
    schemaVersion: SCHEMA_VERSION,
    generator: { name: GENERATOR.name, version: GENERATOR.version },
    options: { ...opts, sampling, directed },
    input,
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
      tripleHelix,
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
    nullModel: parts.nullModel,
    warnings: iterativeWarnings.length > 0 ? [...warnings, ...iterativeWarnings] : warnings,
  };
}
