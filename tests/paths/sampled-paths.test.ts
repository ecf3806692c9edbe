/**
 * Sampling as an option of the path measures (`{ pivots, seed }`): the public betweenness, closeness,
 * harmonic, global efficiency and path summary estimate from the same seeded pivots as the analysis, against
 * the estimators recomputed from networkx's shortest-path lengths over those pivots
 * (fixtures/sampling/make-sampled.py → sampled.json), hops and length 1/weight, undirected and directed.
 * Also: the public measures and the analysis give the same numbers (one pass, one reduction).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import { buildIndex, type GraphIndex } from '../../src/graph/graph-index.js';
import type { ClusterGraph } from '../../src/model/types.js';
import { closeness, harmonic } from '../../src/metrics/paths/closeness.js';
import { pathSummary } from '../../src/metrics/paths/path-summary.js';
import { globalEfficiency } from '../../src/metrics/efficiency.js';
import { samplePivots } from '../../src/metrics/paths/path-family.js';
import { betweenness } from '../../src/metrics/paths/betweenness.js';
import { readCluster } from '../../src/io/read-cluster.js';
import { analyze } from '../../src/analysis/analyze.js';
import { FIXTURES, readRows } from '../helpers/reference.js';

const pivots = JSON.parse(readFileSync(join(FIXTURES, 'sampling', 'pivots.json'), 'utf8'));
const expected = JSON.parse(readFileSync(join(FIXTURES, 'sampling', 'sampled.json'), 'utf8'));
const FOLDERS: Record<string, string> = { karate: join(FIXTURES, 'reference', 'karate'), 'er-directed': join(FIXTURES, 'paths', 'er-directed') };

function graphOf(folder: string, directed: boolean): ClusterGraph {
  const g = (directed ? new DirectedGraph() : new UndirectedGraph()) as unknown as ClusterGraph;
  for (const r of readRows(join(folder, 'members.csv'))) g.addNode(r.id, { name: r.id, type: null, sector: null, level: null, region: null, extra: Object.create(null) });
  for (const r of readRows(join(folder, 'ties.csv'))) {
    g.addEdge(r.source, r.target, { weight: Number(r.weight ?? 1), kinds: [], orientation: 'unknown', since: null, until: null, rows: 1, extra: Object.create(null) });
  }
  return g;
}

function expectArray(actual: Float64Array, want: number[], label: string): void {
  expect(actual.length, label).toBe(want.length);
  for (let v = 0; v < want.length; v++) {
    expect(Math.abs(actual[v] - want[v]), `${label} [${v}]: ${actual[v]} vs ${want[v]}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want[v])));
  }
}

describe('sampled path measures ({ pivots, seed }) against networkx distances', () => {
  for (const name of Object.keys(FOLDERS)) {
    const { pivots: k, seed, indices, n } = pivots[name];
    const exp = expected.datasets[name];
    const index: GraphIndex = buildIndex(graphOf(FOLDERS[name], exp.directed), { weighted: true });

    it(`${name}: the seeded draw gives the stored pivots`, () => {
      expect(index.n).toBe(n);
      expect(index.ids).toEqual(exp.ids);
      expect(Array.from(samplePivots(n, k, seed))).toEqual(indices);
    });

    for (const mode of ['hops', 'weighted'] as const) {
      it(`${name}, ${mode}: closeness, harmonic, global efficiency, path summary`, () => {
        const e = exp[mode];
        const weighted = mode === 'weighted';
        const opts = { pivots: k, seed, weighted };
        expectArray(closeness(index, opts), e.closeness, 'closeness');
        expectArray(closeness(index, { ...opts, wfImproved: false }), e.closenessRaw, 'closeness raw');
        expectArray(harmonic(index, opts), e.harmonic, 'harmonic');
        if (exp.directed) {
          expectArray(closeness(index, { ...opts, direction: 'out' }), e.closenessOut, 'closeness out');
          expectArray(harmonic(index, { ...opts, direction: 'out' }), e.harmonicOut, 'harmonic out');
        }
        expect(globalEfficiency(index, opts)).toBeCloseTo(e.globalEfficiency, 12);
        if (!weighted) expectArray(betweenness(index, opts), e.betweenness, 'betweenness (Brandes–Pich, networkx 2.8 scaling)');
        const ps = pathSummary(index, opts);
        expect(ps.componentSize).toBe(e.pathSummary.componentSize);
        expect(ps.averagePathLength!).toBeCloseTo(e.pathSummary.averagePathLength, 12);
        expect(ps.diameter!).toBeCloseTo(e.pathSummary.diameter, 12);
      });
    }
  }

  it('pivots ≥ n is the exact value; a pivot count below 1 is refused', () => {
    const index = buildIndex(graphOf(FOLDERS.karate, false), { weighted: true });
    expect(Array.from(closeness(index, { pivots: 34 }))).toEqual(Array.from(closeness(index)));
    expect(() => harmonic(index, { pivots: 0 })).toThrow(RangeError);
  });
});

describe('one pass, one reduction: the public measures give the analysis numbers', () => {
  for (const [paths, weighted] of [['hops', false], ['weighted', true]] as const) {
    it(`karate, sampled (8 pivots, seed 42), ${paths}`, async () => {
      const dir = FOLDERS.karate;
      const data = await readCluster({ members: join(dir, 'members.csv'), ties: join(dir, 'ties.csv') });
      const report = await analyze(data, { exact: false, sample: 8, seed: 42, threads: 1, paths, permutations: 0, restarts: 1, keyPlayers: 0 });
      const index = buildIndex(graphOf(dir, false), { weighted: true });
      const opts = { pivots: 8, seed: 42, weighted };
      const c = closeness(index, opts);
      const h = harmonic(index, opts);
      const b = betweenness(index, opts);
      report.members.forEach((m, v) => {
        expect(m.betweenness).toBe(b[v]);
        expect(m.closeness).toBe(c[v]);
        expect(m.harmonic).toBe(h[v]);
      });
      expect(report.summary.globalEfficiency).toBe(globalEfficiency(index, opts));
      const ps = pathSummary(index, opts);
      expect(report.summary.averagePathLength).toBe(ps.averagePathLength);
      expect(report.summary.diameter).toBe(ps.diameter);
    });
  }
});
