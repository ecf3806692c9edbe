import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATASETS, FIXTURES, loadReference, expectClose, expectNodeValues, type LoadedReference } from '../helpers/reference.js';
import { indexFromArcs, undirectedView, type GraphIndex } from '../../src/graph/graph-index.js';
import { components, isolateMask } from '../../src/metrics/components.js';
import { pathSummary } from '../../src/metrics/paths/path-summary.js';
import { density, reciprocity } from '../../src/metrics/density.js';
import {
  localClustering,
  clusteringOnnela,
  clusteringBarrat,
  averageClustering,
  transitivity,
} from '../../src/metrics/clustering.js';

/** The views a dataset is checked on: the graph itself and, for directed data, `@undirected`. */
interface View {
  suffix: string;
  weighted: GraphIndex;
  unweighted: GraphIndex;
}
function viewsOf(loaded: LoadedReference): View[] {
  const views: View[] = [{ suffix: '', weighted: loaded.index, unweighted: loaded.unweighted }];
  if (loaded.index.directed) {
    // The symmetrised graph with weights summed; its hop-based measures only need the structure.
    views.push({ suffix: '@undirected', weighted: undirectedView(loaded.index), unweighted: undirectedView(loaded.unweighted) });
  }
  return views;
}

const loaded = DATASETS.map((name) => loadReference(name));
/** Weighted-path values of fixtures/paths (networkx, lengths 1/weight). */
const WEIGHTED_PATHS = JSON.parse(readFileSync(join(FIXTURES, 'paths', 'weighted-paths.json'), 'utf8')) as { graphs: Record<string, { diameter: number }> };
/** Reference keys checked at least once (asserted at the end, so a renamed key cannot pass silently). */
const checked = new Set<string>();
function graphValue(ref: LoadedReference['ref'], key: string): number | null | undefined {
  const entry = ref.graph[key];
  if (entry === undefined) return undefined;
  checked.add(key.replace('@undirected', ''));
  return entry.value;
}
function nodeValues(ref: LoadedReference['ref'], key: string): Record<string, number | null> | undefined {
  const entry = ref.node[key];
  if (entry === undefined) return undefined;
  checked.add(key.replace('@undirected', ''));
  return entry.values;
}

/** Local clustering with NaN for degree < 2 (igraph's default), for `average_clustering_excl_deg_lt2`. */
function nanBelowDegreeTwo(index: GraphIndex, values: Float64Array): Float64Array {
  const out = Float64Array.from(values);
  for (let i = 0; i < index.n; i++) if (index.undOffsets[i + 1] - index.undOffsets[i] < 2) out[i] = Number.NaN;
  return out;
}

describe.each(loaded)('reference dataset $name', (data) => {
  const { ref } = data;

  it('components, isolates', () => {
    for (const view of viewsOf(data)) {
      const s = view.suffix;
      const c = components(view.unweighted);
      const sizes = c.weak.sizes.reduce((a, b) => a + b, 0);
      expect(sizes).toBe(view.unweighted.n);
      if (view.unweighted.directed) {
        expect(c.weak.count).toBe(graphValue(ref, `weak_components${s}`));
        expect(c.strong!.count).toBe(graphValue(ref, `strong_components${s}`));
        expect(c.strong!.sizes[c.strong!.largest]).toBe(graphValue(ref, `largest_scc_size${s}`));
      } else {
        expect(c.strong).toBeNull();
        expect(c.weak.count).toBe(graphValue(ref, `components${s}`));
        expect(c.weak.sizes[c.weak.largest]).toBe(graphValue(ref, `largest_component_size${s}`));
      }
      const isolatedByDegree = ref.node[`degree${s}`].values as Record<string, number>;
      const expectedIsolates = Object.values(isolatedByDegree).filter((d) => d === 0).length;
      expect(c.isolates).toBe(expectedIsolates);
      expect(Array.from(isolateMask(view.unweighted)).reduce((a, b) => a + b, 0)).toBe(expectedIsolates);
    }
  });

  it('diameter and average shortest path (largest component / SCC)', () => {
    for (const view of viewsOf(data)) {
      const s = view.suffix;
      const hops = pathSummary(view.unweighted);
      expectClose(hops.diameter, graphValue(ref, `diameter${s}`)!, 0, `diameter${s}`);
      expectClose(hops.averagePathLength, graphValue(ref, `avg_shortest_path${s}`)!, 1e-12, `avg_shortest_path${s}`);
      const weighted = pathSummary(view.weighted, { weighted: true });
      // Weighted diameter (paths of length 1/weight; fixtures/paths, networkx): the datasets with
      // weights other than 1 are there; all-1 weights give the hop diameter.
      const fixtureName = s === '' ? data.name : `${data.name}-undirected`;
      const weightedDiameter = WEIGHTED_PATHS.graphs[fixtureName]?.diameter ?? (data.name === 'kite' || data.name === 'florentine' ? hops.diameter : undefined);
      expect(weightedDiameter, `weighted diameter fixture of ${fixtureName}`).toBeDefined();
      expectClose(weighted.diameter, weightedDiameter, 1e-12, `weighted diameter${s}`);
      expectClose(weighted.averagePathLength, graphValue(ref, `avg_shortest_path_weighted${s}`)!, 1e-10, `avg_shortest_path_weighted${s}`);
      const expectedSize = view.unweighted.directed ? graphValue(ref, `largest_scc_size${s}`) : graphValue(ref, `largest_component_size${s}`);
      expect(hops.componentSize).toBe(expectedSize);
    }
  });

  it('density and reciprocity', () => {
    for (const view of viewsOf(data)) {
      const s = view.suffix;
      expectClose(density(view.unweighted), graphValue(ref, `density${s}`)!, 1e-12, `density${s}`);
      expectClose(density(view.weighted), graphValue(ref, `density${s}`)!, 1e-12, `density${s} (weighted index)`);
      const expected = graphValue(ref, `reciprocity${s}`);
      if (view.unweighted.directed) expectClose(reciprocity(view.unweighted), expected!, 1e-12, 'reciprocity');
      else expect(reciprocity(view.unweighted)).toBeNull();
    }
  });

  it('local, weighted and average clustering, transitivity', () => {
    for (const view of viewsOf(data)) {
      const s = view.suffix;
      const local = localClustering(view.unweighted);
      if (view.unweighted.directed) {
        expectNodeValues(view.unweighted, local, nodeValues(ref, `clustering_directed${s}`)!, 1e-12, 'clustering_directed');
        expectClose(averageClustering(local), graphValue(ref, `average_clustering_directed${s}`)!, 1e-12, 'average_clustering_directed');
        expectNodeValues(view.weighted, clusteringOnnela(view.weighted), nodeValues(ref, `clustering_directed_weighted${s}`)!, 1e-10, 'clustering_directed_weighted');
        // networkx's transitivity is undirected-only: the directed graph is measured on its undirected view.
        expectClose(transitivity(view.unweighted), graphValue(ref, `transitivity@undirected`)!, 1e-12, 'transitivity (directed input)');
        continue;
      }
      expectNodeValues(view.unweighted, local, nodeValues(ref, `clustering${s}`)!, 1e-12, `clustering${s}`);
      expectClose(averageClustering(local), graphValue(ref, `average_clustering${s}`)!, 1e-12, `average_clustering${s}`);
      expectClose(
        averageClustering(nanBelowDegreeTwo(view.unweighted, local)),
        graphValue(ref, `average_clustering_excl_deg_lt2${s}`)!,
        1e-12,
        `average_clustering_excl_deg_lt2${s}`,
      );
      const onnela = clusteringOnnela(view.weighted);
      expectNodeValues(view.weighted, onnela, nodeValues(ref, `clustering_weighted_onnela${s}`)!, 1e-10, `onnela${s}`);
      expectClose(averageClustering(onnela), graphValue(ref, `average_clustering_weighted_onnela${s}`)!, 1e-10, `avg onnela${s}`);
      expectNodeValues(view.weighted, clusteringBarrat(view.weighted), nodeValues(ref, `clustering_weighted_barrat${s}`)!, 1e-10, `barrat${s}`);
      expectClose(transitivity(view.unweighted), graphValue(ref, `transitivity${s}`)!, 1e-12, `transitivity${s}`);
    }
  });
});

describe('reference coverage', () => {
  it('checked every structure key somewhere', () => {
    // runs after the dataset suites (vitest runs describe blocks in order)
    for (const key of [
      'components', 'weak_components', 'strong_components', 'largest_component_size', 'largest_scc_size',
      'diameter', 'avg_shortest_path', 'avg_shortest_path_weighted', 'density', 'reciprocity',
      'transitivity', 'average_clustering', 'average_clustering_excl_deg_lt2', 'average_clustering_directed',
      'average_clustering_weighted_onnela', 'clustering', 'clustering_directed', 'clustering_directed_weighted',
      'clustering_weighted_onnela', 'clustering_weighted_barrat',
    ]) {
      expect(checked.has(key), key).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Small hand-checked graphs.

function graph(n: number, directed: boolean, ties: [number, number, number?][]): GraphIndex {
  const ids = Array.from({ length: n }, (_, i) => String.fromCharCode(97 + (i % 26)) + (i >= 26 ? i : ''));
  return indexFromArcs(ids, directed, {
    src: ties.map((t) => t[0]),
    dst: ties.map((t) => t[1]),
    w: ties.map((t) => t[2] ?? 1),
  });
}

describe('hand cases', () => {
  it('empty graph', () => {
    for (const directed of [false, true]) {
      const g = graph(0, directed, []);
      const c = components(g);
      expect(c.weak).toEqual({ count: 0, membership: new Int32Array(0), sizes: [], largest: -1 });
      expect(c.strong === null).toBe(!directed);
      expect(c.isolates).toBe(0);
      expect(pathSummary(g)).toEqual({ diameter: null, averagePathLength: null, componentSize: 0 });
      expect(pathSummary(g, { weighted: true })).toEqual({ diameter: null, averagePathLength: null, componentSize: 0 });
      expect(density(g)).toBe(0);
      expect(reciprocity(g)).toBeNull();
      expect(localClustering(g).length).toBe(0);
      expect(Number.isNaN(averageClustering(localClustering(g)))).toBe(true);
      expect(transitivity(g)).toBe(0);
    }
  });

  it('one member', () => {
    const g = graph(1, false, []);
    const c = components(g);
    expect(c.weak.count).toBe(1);
    expect(c.weak.sizes).toEqual([1]);
    expect(c.isolates).toBe(1);
    expect(pathSummary(g)).toEqual({ diameter: 0, averagePathLength: 0, componentSize: 1 });
    expect(density(g)).toBe(0);
    expect(Array.from(localClustering(g))).toEqual([0]);
    expect(Number.isNaN(clusteringBarrat(g)[0])).toBe(true);
    expect(averageClustering(localClustering(g))).toBe(0);
  });

  it('two isolates: two components, the first is the largest', () => {
    const g = graph(2, false, []);
    const c = components(g);
    expect(c.weak.count).toBe(2);
    expect(Array.from(c.weak.membership)).toEqual([0, 1]);
    expect(c.weak.largest).toBe(0);
    expect(c.isolates).toBe(2);
    expect(pathSummary(g)).toEqual({ diameter: 0, averagePathLength: 0, componentSize: 1 });
    expect(density(g)).toBe(0);
    expect(transitivity(g)).toBe(0);
  });

  it('components are numbered by their lowest member; largest wins over order', () => {
    // a isolated, b-c-d a path, e-f a pair
    const g = graph(6, false, [[2, 1], [3, 2], [4, 5]]);
    const c = components(g);
    expect(Array.from(c.weak.membership)).toEqual([0, 1, 1, 1, 2, 2]);
    expect(c.weak.sizes).toEqual([1, 3, 2]);
    expect(c.weak.largest).toBe(1);
    expect(c.isolates).toBe(1);
    expect(pathSummary(g)).toEqual({ diameter: 2, averagePathLength: 8 / 6, componentSize: 3 });
  });

  it('triangle with weights 1, 2, 3', () => {
    const g = graph(3, false, [[0, 1, 1], [1, 2, 2], [0, 2, 3]]);
    expect(Array.from(localClustering(g))).toEqual([1, 1, 1]);
    expect(transitivity(g)).toBe(1);
    expect(density(g)).toBe(1);
    expect(Array.from(clusteringBarrat(g))).toEqual([1, 1, 1]);
    // Onnela: (1/3 · 2/3 · 1)^(1/3) on every corner
    for (const v of clusteringOnnela(g)) expect(v).toBeCloseTo(Math.cbrt(2 / 9), 14);
    const p = pathSummary(g, { weighted: true });
    // d(a,b) = 1/3 + 1/2 (via c, shorter than 1), d(b,c) = 1/2, d(a,c) = 1/3: weighted diameter 5/6
    expect(p.diameter).toBeCloseTo(5 / 6, 14);
    expect(pathSummary(g).diameter).toBe(1);
    expect(p.averagePathLength).toBeCloseTo((5 / 6 + 1 / 2 + 1 / 3) / 3, 14);
    expect(pathSummary(g).averagePathLength).toBe(1);
  });

  it('Barrat weights the two ties at the corner', () => {
    // triangle a-b-c plus pendant a-d: corner a has k = 3, s = 1 + 2 + 4 = 7
    const g = graph(4, false, [[0, 1, 1], [0, 2, 2], [1, 2, 5], [0, 3, 4]]);
    const b = clusteringBarrat(g);
    expect(b[0]).toBeCloseTo((1 + 2) / (7 * 2), 14);
    expect(b[1]).toBeCloseTo((1 + 5) / (6 * 1), 14);
    expect(Number.isNaN(b[3])).toBe(true);
    expect(localClustering(g)[0]).toBeCloseTo(1 / 3, 14);
    expect(localClustering(g)[3]).toBe(0);
    // transitivity: 3 closed corners / (3 + 1 + 1 + 0) triples
    expect(transitivity(g)).toBeCloseTo(3 / 5, 14);
  });

  it('path a-b-c-d', () => {
    const g = graph(4, false, [[0, 1], [1, 2], [2, 3]]);
    expect(pathSummary(g)).toEqual({ diameter: 3, averagePathLength: 20 / 12, componentSize: 4 });
    expect(Array.from(localClustering(g))).toEqual([0, 0, 0, 0]);
    expect(transitivity(g)).toBe(0);
    expect(density(g)).toBe(0.5);
  });

  it('directed 3-cycle: one strong component, Fagiolo clustering 1/2', () => {
    const g = graph(3, true, [[0, 1], [1, 2], [2, 0]]);
    const c = components(g);
    expect(c.weak.count).toBe(1);
    expect(c.strong!.count).toBe(1);
    expect(Array.from(c.strong!.membership)).toEqual([0, 0, 0]);
    expect(reciprocity(g)).toBe(0);
    expect(density(g)).toBe(0.5);
    expect(pathSummary(g)).toEqual({ diameter: 2, averagePathLength: 1.5, componentSize: 3 });
    // [(A+Aᵀ)³]_ii = 2, d_tot = 2, no reciprocated pair: 2 / (2·2)
    expect(Array.from(localClustering(g))).toEqual([0.5, 0.5, 0.5]);
    expect(transitivity(g)).toBe(1);
  });

  it('directed: reciprocated pairs, strong components in order of lowest member', () => {
    // c↔d, a↔b, b→c: SCCs {a,b} and {c,d}, equal size → the one holding a
    const g = graph(4, true, [[2, 3], [3, 2], [0, 1], [1, 0], [1, 2]]);
    const c = components(g);
    expect(Array.from(c.strong!.membership)).toEqual([0, 0, 1, 1]);
    expect(c.strong!.largest).toBe(0);
    expect(c.weak.count).toBe(1);
    expect(reciprocity(g)).toBeCloseTo(4 / 5, 15);
    expect(pathSummary(g)).toEqual({ diameter: 1, averagePathLength: 1, componentSize: 2 });
    // acyclic chain: every SCC a singleton
    const chain = graph(3, true, [[2, 1], [1, 0]]);
    const cc = components(chain);
    expect(Array.from(cc.strong!.membership)).toEqual([0, 1, 2]);
    expect(pathSummary(chain)).toEqual({ diameter: 0, averagePathLength: 0, componentSize: 1 });
    // fully reciprocated triangle: Fagiolo = undirected clustering = 1
    const mutual = graph(3, true, [[0, 1], [1, 0], [1, 2], [2, 1], [0, 2], [2, 0]]);
    expect(Array.from(localClustering(mutual))).toEqual([1, 1, 1]);
    expect(reciprocity(mutual)).toBe(1);
  });

  it('strong components of a deep graph without recursion', () => {
    const n = 200_000;
    const src = Array.from({ length: n }, (_, i) => i);
    const cycle = indexFromArcs(Array.from({ length: n }, (_, i) => `m${i}`), true, {
      src,
      dst: src.map((i) => (i + 1) % n),
      w: src.map(() => 1),
    });
    expect(components(cycle).strong!.count).toBe(1);
    const path = indexFromArcs(cycle.ids, true, {
      src: src.slice(0, n - 1),
      dst: src.slice(0, n - 1).map((i) => i + 1),
      w: src.slice(0, n - 1).map(() => 1),
    });
    const c = components(path);
    expect(c.strong!.count).toBe(n);
    expect(c.strong!.membership[n - 1]).toBe(n - 1);
    expect(c.weak.count).toBe(1);
  });
});
