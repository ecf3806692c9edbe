/**
 * `paths: 'weighted'` (tie length 1/weight) against the values networkx computes with `distance=` an
 * attribute holding 1/weight, stored by fixtures/paths/make-weighted-paths.py in
 * fixtures/paths/weighted-paths.json (betweenness: exact rational Brandes, the canonical value where
 * networkx's exact float comparison drops equal paths), on the weighted reference datasets and on
 * generated graphs (ER, BA, a tree with chains; undirected and directed). Also the reference JSONs'
 * own weighted keys.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCluster } from '../../src/io/read-cluster.js';
import { analyze } from '../../src/analysis/analyze.js';
import type { Report } from '../../src/analysis/report-types.js';
import { buildIndex, indexFromArcs } from '../../src/graph/graph-index.js';
import { keyPlayerEfficiencies } from '../../src/analysis/workers.js';
import { closeness, harmonic } from '../../src/metrics/paths/closeness.js';
import { betweenness } from '../../src/metrics/paths/betweenness.js';
import { globalEfficiency, localEfficiency } from '../../src/metrics/efficiency.js';
import { pathSummary } from '../../src/metrics/paths/path-summary.js';
import { keyPlayers } from '../../src/metrics/key-players.js';
import { centralization, freemanCloseness } from '../../src/metrics/centralization.js';
import { FIXTURES, loadReferenceJson } from '../helpers/reference.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Expected = any;
const EXPECTED: Expected = JSON.parse(readFileSync(join(FIXTURES, 'paths', 'weighted-paths.json'), 'utf8'));
const NAMES = Object.keys(EXPECTED.graphs) as string[];
const TOL = 1e-9;

function close(actual: number | null | undefined, expected: number | null, what: string, tol = TOL): void {
  if (expected === null) {
    expect(actual ?? null, what).toBeNull();
    return;
  }
  expect(actual, what).not.toBeNull();
  expect(Math.abs((actual as number) - expected), `${what}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(expected)));
}

async function dataOf(name: string) {
  const g = EXPECTED.graphs[name];
  const folder = join(FIXTURES, g.folder);
  return readCluster({ members: join(folder, 'members.csv'), ties: join(folder, 'ties.csv') }, { directed: g.directed });
}

const reports = new Map<string, Promise<Report>>();
function weightedReport(name: string): Promise<Report> {
  let r = reports.get(name);
  if (r === undefined) {
    // Every member a key-player candidate: DF of all of them.
    r = dataOf(name).then((data) => analyze(data, { paths: 'weighted', permutations: 0, restarts: 1, keyPlayers: EXPECTED.graphs[name].n }));
    reports.set(name, r);
  }
  return r;
}

describe('fixtures', () => {
  it('cover the weighted reference datasets and generated graphs of three families, both kinds', () => {
    for (const n of ['karate', 'davis', 'school-cluster', 'school-cluster-undirected', 'er-undirected', 'ba-undirected', 'tree-chains', 'er-directed', 'ba-directed']) {
      expect(NAMES).toContain(n);
    }
    // Where networkx's float comparison misses equal paths, the canonical exact value is what is tested.
    expect(EXPECTED.graphs.karate.betweenness_networkx_differs.length).toBeGreaterThan(0);
    expect(EXPECTED.graphs['er-undirected'].betweenness_networkx_differs.length).toBeGreaterThan(0);
  });
});

describe.each(NAMES)('analyze(paths: weighted) on %s equals networkx with distance = 1/weight', (name) => {
  const exp = EXPECTED.graphs[name];

  it('echoes the path mode', async () => {
    const report = await weightedReport(name);
    expect(report.options.paths).toBe('weighted');
    expect(report.summary.weighted).toBe(true);
  });

  it('betweenness, closeness, harmonic, local efficiency per member', async () => {
    const report = await weightedReport(name);
    expect(report.members.length).toBe(exp.n);
    for (const m of report.members) {
      close(m.betweenness, exp.betweenness[m.id], `${name} betweenness ${m.id}`);
      close(m.closeness, exp.closeness[m.id], `${name} closeness ${m.id}`);
      close(m.harmonic, exp.harmonic[m.id], `${name} harmonic ${m.id}`);
      close(m.localEfficiency, exp.local_efficiency[m.id], `${name} local efficiency ${m.id}`);
    }
  });

  it('global and local efficiency, diameter, average path length, centralization', async () => {
    const s = (await weightedReport(name)).summary;
    close(s.globalEfficiency, exp.global_efficiency, 'global efficiency');
    close(s.localEfficiency, exp.local_efficiency_mean, 'local efficiency');
    close(s.diameter, exp.diameter, 'diameter');
    close(s.averagePathLength, exp.average_path_length, 'average path length');
    expect(s.pathComponentSize).toBe(exp.path_component_size);
    close(s.centralization.betweenness, exp.centralization_betweenness, 'betweenness centralization');
    close(s.centralization.closeness, exp.centralization_closeness, 'closeness centralization');
  });

  it('key players: DF and efficiency loss of every member', async () => {
    const report = await weightedReport(name);
    expect(report.resilience.keyPlayers.length).toBe(exp.n);
    for (const p of report.resilience.keyPlayers) {
      close(p.distanceFragmentation, exp.distance_fragmentation[p.id], `${name} DF ${p.id}`);
      close(p.efficiencyLoss, exp.key_player_whole_efficiency - (1 - exp.distance_fragmentation[p.id]), `${name} efficiency loss ${p.id}`);
    }
  });
});

describe('the reference JSONs’ weighted keys', () => {
  it('karate: betweenness_weighted_normalized, closeness_wf_weighted, avg_shortest_path_weighted', async () => {
    const ref = loadReferenceJson('karate');
    const report = await weightedReport('karate');
    for (const m of report.members) {
      close(m.betweenness, ref.node.betweenness_weighted_normalized.values[m.id], `betweenness ${m.id}`);
      close(m.closeness, ref.node.closeness_wf_weighted.values[m.id], `closeness ${m.id}`);
    }
    close(report.summary.averagePathLength, ref.graph.avg_shortest_path_weighted.value, 'avg_shortest_path_weighted');
  });

  it('school-cluster, directed and symmetrised (@undirected)', async () => {
    const ref = loadReferenceJson('school-cluster');
    const directed = await weightedReport('school-cluster');
    for (const m of directed.members) {
      close(m.betweenness, ref.node.betweenness_weighted_normalized.values[m.id], `betweenness ${m.id}`);
      close(m.closeness, ref.node.closeness_in_wf_weighted.values[m.id], `closeness ${m.id}`);
    }
    close(directed.summary.averagePathLength, ref.graph.avg_shortest_path_weighted.value, 'avg_shortest_path_weighted');
    const undirected = await weightedReport('school-cluster-undirected');
    for (const m of undirected.members) {
      close(m.betweenness, ref.node['betweenness_weighted_normalized@undirected'].values[m.id], `betweenness@undirected ${m.id}`);
      close(m.closeness, ref.node['closeness_wf_weighted@undirected'].values[m.id], `closeness@undirected ${m.id}`);
    }
    close(undirected.summary.averagePathLength, ref.graph['avg_shortest_path_weighted@undirected'].value, 'avg_shortest_path_weighted@undirected');
  });
});

describe('library functions with weighted: true', () => {
  it.each(NAMES)('%s', async (name) => {
    const exp = EXPECTED.graphs[name];
    const index = buildIndex((await dataOf(name)).toGraph());
    const ids = index.ids;
    const b = betweenness(index, { weighted: true });
    const c = closeness(index, { weighted: true });
    const h = harmonic(index, { weighted: true });
    const le = localEfficiency(index, { weighted: true });
    ids.forEach((id, v) => {
      close(b[v], exp.betweenness[id], `betweenness ${id}`);
      close(c[v], exp.closeness[id], `closeness ${id}`);
      close(h[v], exp.harmonic[id], `harmonic ${id}`);
      close(le.values[v], exp.local_efficiency[id], `local efficiency ${id}`);
    });
    close(le.mean, exp.local_efficiency_mean, 'local efficiency mean');
    close(globalEfficiency(index, { weighted: true }), exp.global_efficiency, 'global efficiency');
    const ps = pathSummary(index, { weighted: true });
    close(ps.diameter, exp.diameter, 'diameter');
    close(ps.averagePathLength, exp.average_path_length, 'average path length');
    // Key players computed by recomputing E(G − v) (no precomputed values) and by the DAG-dominance pass.
    const few = [0, 1, Math.floor(index.n / 2), index.n - 1];
    const players = keyPlayers(index, { candidates: Int32Array.from(few), weighted: true });
    for (const p of players) close(p.distanceFragmentation, exp.distance_fragmentation[p.id], `keyPlayers DF ${p.id}`);
    const all = Array.from({ length: index.n }, (_, v) => v);
    const kp = await keyPlayerEfficiencies(index, all, null, 1, true);
    close(kp.whole, exp.key_player_whole_efficiency, 'E(G)');
    ids.forEach((id, v) => close(1 - kp.without[v], exp.distance_fragmentation[id], `second-pass DF ${id}`));
    // Centralization: weighted raw betweenness and, when connected, weighted Freeman closeness.
    const raw = betweenness(index, { weighted: true, normalized: false });
    const central = centralization(index, { betweennessRaw: raw, weighted: true });
    close(central.betweenness, exp.centralization_betweenness, 'betweenness centralization');
    close(central.closeness, exp.centralization_closeness, 'closeness centralization');
    if (exp.centralization_closeness !== null) {
      const fc = freemanCloseness(index, true);
      expect(fc.every((x) => Number.isFinite(x))).toBe(true);
    }
  });
});

describe('the two Dijkstra forward passes (integer lengths with buckets; float lengths with a heap)', () => {
  it.each(['er-undirected', 'er-directed', 'karate', 'school-cluster'])('%s: weights × 1.1 (float lengths, tolerant ties) give the same betweenness', async (name) => {
    const exp = EXPECTED.graphs[name];
    const index = buildIndex((await dataOf(name)).toGraph());
    const scaled = { ...index, outWeights: index.outWeights.map((w) => w * 1.1), inWeights: index.inWeights.map((w) => w * 1.1), undWeights: index.undWeights.map((w) => w * 1.1) };
    const integer = betweenness(index, { weighted: true });
    const float = betweenness(scaled, { weighted: true });
    index.ids.forEach((id, v) => {
      // Lengths 1/(1.1 w) = (1/w)/1.1: the same shortest paths, so the same betweenness.
      close(integer[v], exp.betweenness[id], `integer ${id}`);
      close(float[v], exp.betweenness[id], `float ${id}`);
    });
    // Closeness scales by 1.1 with the lengths.
    const c = closeness(scaled, { weighted: true });
    index.ids.forEach((id, v) => close(c[v], exp.closeness[id] * 1.1, `closeness ${id}`));
  });
});

describe('weighted local efficiency, hand-worked', () => {
  // v's neighbours a, b, c; ties a–b weight 2 (length 1/2), b–c weight 1 (length 1), no a–c.
  // Inside N(v): d(a,b) = 1/2, d(b,c) = 1, d(a,c) = 3/2 → Σ_{ordered} 1/d = 2·(2 + 1 + 2/3) = 22/3,
  // E_loc(v) = (22/3)/(3·2) = 11/9 (hops: 2·(1 + 1 + 1/2)/6 = 5/6). a: N = {v, b}, d(v,b) = 1 → 1.
  // b: N = {v, a, c}, ties v–a (1), v–c (1), a–b… not inside; d(v,a) = d(v,c) = 1, d(a,c) = 2 →
  // 2·(1 + 1 + 1/2)/6 = 5/6. c: N = {v, b}, d(v,b) = 1 → 1.
  const ids = ['v', 'a', 'b', 'c'];
  const index = indexFromArcs(ids, false, { src: [0, 0, 0, 1, 2], dst: [1, 2, 3, 2, 3], w: [1, 1, 1, 2, 1] });

  it('is the weighted global efficiency of each neighbourhood', () => {
    const le = localEfficiency(index, { weighted: true });
    expect(le.values[0]).toBeCloseTo(11 / 9, 14);
    expect(le.values[1]).toBeCloseTo(1, 14);
    expect(le.values[2]).toBeCloseTo(5 / 6, 14);
    expect(le.values[3]).toBeCloseTo(1, 14);
    expect(le.mean).toBeCloseTo((11 / 9 + 1 + 5 / 6 + 1) / 4, 14);
    expect(localEfficiency(index).values[0]).toBeCloseTo(5 / 6, 14);
  });

  it('equals the hop value on an index built without weights', () => {
    const hop = indexFromArcs(ids, false, { src: [0, 0, 0, 1, 2], dst: [1, 2, 3, 2, 3], w: [1, 1, 1, 2, 1] }, { weighted: false });
    expect(Array.from(localEfficiency(hop, { weighted: true }).values)).toEqual(Array.from(localEfficiency(hop).values));
  });
});

describe('weighted paths and unit weights, sampling, refusals', () => {
  it('a cluster whose weights are all 1 gives the hop numbers (florentine)', async () => {
    const ref = loadReferenceJson('florentine');
    const folder = join(FIXTURES, 'reference', 'florentine');
    const data = await readCluster({ members: join(folder, 'members.csv'), ties: join(folder, 'ties.csv') }, {});
    const hops = await analyze(data, { permutations: 0, restarts: 1 });
    const weighted = await analyze(data, { permutations: 0, restarts: 1, paths: 'weighted' });
    expect(weighted.options.paths).toBe('weighted');
    expect({ ...weighted, options: { ...weighted.options, paths: 'hops' } }).toEqual(hops);
    for (const m of weighted.members) close(m.betweenness, ref.node.betweenness_normalized.values[m.id], `betweenness ${m.id}`);
  });

  it('sampled with every member a pivot equals the exact weighted values; fewer pivots use weighted paths too', async () => {
    const data = await dataOf('er-undirected');
    const exact = await analyze(data, { paths: 'weighted', permutations: 0, restarts: 1, keyPlayers: 3 });
    const all = await analyze(data, { paths: 'weighted', permutations: 0, restarts: 1, keyPlayers: 3, exact: false, sample: 40 });
    expect(all.options.sampling!.betweenness.pivots).toBe(40);
    exact.members.forEach((m, i) => {
      close(all.members[i].betweenness, m.betweenness, `betweenness ${m.id}`, 1e-12);
      close(all.members[i].closeness, m.closeness, `closeness ${m.id}`, 1e-12);
      close(all.members[i].harmonic, m.harmonic, `harmonic ${m.id}`, 1e-12);
    });
    close(all.summary.globalEfficiency, exact.summary.globalEfficiency, 'global efficiency', 1e-12);
    close(all.summary.averagePathLength, exact.summary.averagePathLength, 'average path length', 1e-12);
    const few = await analyze(data, { paths: 'weighted', permutations: 0, restarts: 1, keyPlayers: 3, exact: false, sample: 12 });
    const fewHops = await analyze(data, { permutations: 0, restarts: 1, keyPlayers: 3, exact: false, sample: 12 });
    expect(few.options.sampling!.betweenness.pivots).toBe(12);
    // Weighted distances are fractions of hops here (weights 1..5): the estimates differ from the hop ones.
    expect(few.summary.averagePathLength).toBeLessThan(fewHops.summary.averagePathLength!);
    expect(few.summary.diameter).not.toBe(fewHops.summary.diameter);
  });

  it('refuses weighted paths with weighted: false, and an unknown mode', async () => {
    const data = await dataOf('karate');
    await expect(analyze(data, { paths: 'weighted', weighted: false })).rejects.toThrow(/weighted: false/);
    await expect(analyze(data, { paths: 'shortest' as 'hops' })).rejects.toThrow(/not a path mode/);
  });
});
