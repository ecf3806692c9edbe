/**
 * The whole pipeline (readCluster → analyze) against the peer values of the reference datasets:
 * what a user gets in the report, not only what each measure function returns.
 */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { readCluster } from '../src/io/read-cluster.js';
import { analyze } from '../src/analysis/analyze.js';
import { renderJson } from '../src/report/json.js';
import { REFERENCE_DIR, loadReferenceJson, type DatasetName } from './helpers/reference.js';
import type { Report } from '../src/analysis/report-types.js';

async function reportOf(name: DatasetName, options = {}): Promise<Report> {
  const ref = loadReferenceJson(name);
  const data = await readCluster(
    { members: join(REFERENCE_DIR, name, 'members.csv'), ties: join(REFERENCE_DIR, name, 'ties.csv') },
    { directed: ref.directed },
  );
  return analyze(data, { permutations: 200, groupBy: 'type', ...options });
}

function close(a: number | null | undefined, e: number | null, tol: number, what: string): void {
  if (e === null) {
    expect(a ?? null, what).toBeNull();
    return;
  }
  expect(a, what).not.toBeNull();
  expect(Math.abs((a as number) - e), `${what}: got ${a}, expected ${e}`).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(e)));
}

/** Reference key of each report field (directed variants where they differ). */
const MEMBER_FIELDS: { field: keyof Report['members'][number]; key: string; directedKey?: string; tol?: number }[] = [
  { field: 'degree', key: 'degree' },
  { field: 'strength', key: 'strength' },
  { field: 'degreeCentrality', key: 'degree_centrality' },
  { field: 'betweenness', key: 'betweenness_normalized' },
  { field: 'closeness', key: 'closeness_wf', directedKey: 'closeness_in_wf' },
  { field: 'harmonic', key: 'harmonic', directedKey: 'harmonic_in' },
  { field: 'eigenvector', key: 'eigenvector_weighted_l2', tol: 1e-6 },
  { field: 'pagerank', key: 'pagerank_weighted', tol: 1e-6 },
  { field: 'clustering', key: 'clustering', directedKey: 'clustering_directed' },
  { field: 'coreNumber', key: 'core_number' },
  { field: 'effectiveSize', key: 'effective_size_weighted' },
  { field: 'constraint', key: 'constraint_weighted' },
];

const DATASETS: DatasetName[] = ['karate', 'kite', 'davis', 'florentine', 'school-cluster'];

describe.each(DATASETS)('analyze() on %s matches the peers', (name) => {
  it('per member', async () => {
    const report = await reportOf(name);
    const ref = loadReferenceJson(name);
    // Datasets whose weights are all 1 use the unweighted keys for weighted measures (same numbers).
    for (const { field, key, directedKey, tol } of MEMBER_FIELDS) {
      const k = ref.directed && directedKey ? directedKey : key;
      const values = ref.node[k]?.values;
      expect(values, `reference ${name}.${k}`).toBeDefined();
      for (const m of report.members) close(m[field] as number | null, values[m.id], tol ?? 1e-9, `${name} ${String(field)} ${m.id}`);
    }
    if (ref.directed) {
      for (const m of report.members) {
        close(m.inDegree, ref.node.in_degree.values[m.id], 0, `in_degree ${m.id}`);
        close(m.outDegree, ref.node.out_degree.values[m.id], 0, `out_degree ${m.id}`);
      }
    } else {
      for (const m of report.members) close(m.localEfficiency, ref.node.local_efficiency.values[m.id], 1e-9, `local_efficiency ${m.id}`);
    }
  });

  it('summary', async () => {
    const report = await reportOf(name);
    const ref = loadReferenceJson(name);
    const g = ref.graph;
    const s = report.summary;
    expect(s.members).toBe(ref.n);
    expect(s.ties).toBe(ref.m);
    close(s.density, g.density.value, 1e-12, 'density');
    if (ref.directed) {
      expect(s.components).toBe(g.weak_components.value);
      expect(s.strongComponents).toBe(g.strong_components.value);
      close(s.reciprocity, g.reciprocity.value, 1e-12, 'reciprocity');
      close(s.transitivity, g['transitivity@undirected'].value, 1e-12, 'transitivity');
      close(s.averageClustering, g.average_clustering_directed.value, 1e-9, 'average clustering');
      expect(s.pathComponentSize).toBe(g.largest_scc_size.value);
    } else {
      expect(s.components).toBe(g.components.value);
      expect(s.largestComponentSize).toBe(g.largest_component_size.value);
      expect(s.reciprocity).toBeNull();
      close(s.transitivity, g.transitivity.value, 1e-12, 'transitivity');
      close(s.averageClustering, g.average_clustering.value, 1e-12, 'average clustering');
      close(s.localEfficiency, g.local_efficiency.value, 1e-9, 'local efficiency');
      expect(s.degeneracy).toBe(g.degeneracy.value);
    }
    expect(s.diameter).toBe(g.diameter.value);
    close(s.averagePathLength, g.avg_shortest_path.value, 1e-12, 'average path length');
    close(s.globalEfficiency, g.global_efficiency.value, 1e-12, 'global efficiency');
    close(s.degreeAssortativity, g.degree_assortativity.value, 1e-9, 'degree assortativity');
    const art = ref.directed ? g['articulation_points@undirected'].value : g.articulation_points.value;
    expect([...report.resilience.articulationPoints].sort()).toEqual([...art].sort());
  });

  it('communities reach the best networkx modularity over 50 seeds (−0.005) with default options', async () => {
    const report = await reportOf(name);
    const ref = loadReferenceJson(name);
    const variant = ref.louvain.weighted ?? ref.louvain.directed_weighted ?? ref.louvain.unweighted ?? Object.values(ref.louvain)[0];
    const best = variant.networkx.best_modularity_seeds_0_49;
    expect(report.communities.modularity!).toBeGreaterThanOrEqual(best - 0.005);
    const sizes = report.communities.groups.map((g) => g.size);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(ref.n);
    expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
  });
});

describe('report object', () => {
  it('is byte-identical for the same input and options, and has no NaN', async () => {
    const a = renderJson(await reportOf('school-cluster'));
    const b = renderJson(await reportOf('school-cluster'));
    expect(a).toBe(b);
    expect(a).not.toMatch(/NaN|Infinity/);
    const parsed = JSON.parse(a);
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.generator.name).toBe('cluster-graph');
    expect(parsed.options.seed).toBe(42);
  });

  it('echoes every effective option and changes with the seed only where randomness enters', async () => {
    const a = await reportOf('karate', { seed: 1 });
    expect(a.options).toMatchObject({ seed: 1, restarts: 10, resolution: 1, weighted: true, groupBy: 'type', directed: false });
    const b = await reportOf('karate', { seed: 2 });
    expect(a.members.map((m) => m.betweenness)).toEqual(b.members.map((m) => m.betweenness));
  });

  it('omits in/out degree on undirected graphs and gives them on directed ones', async () => {
    const u = await reportOf('kite');
    expect(u.members[0]).not.toHaveProperty('inDegree');
    const d = await reportOf('school-cluster');
    expect(d.members[0]).toHaveProperty('inDegree');
  });

  it('--unweighted ignores weights everywhere', async () => {
    const report = await reportOf('karate', { weighted: false });
    const ref = loadReferenceJson('karate');
    expect(report.summary.weighted).toBe(false);
    for (const m of report.members) {
      close(m.strength, ref.node.degree.values[m.id], 0, 'strength = degree');
      close(m.pagerank, ref.node.pagerank.values[m.id], 1e-6, 'unweighted pagerank');
      close(m.eigenvector, ref.node.eigenvector_l2.values[m.id], 1e-6, 'unweighted eigenvector');
    }
  });
});
