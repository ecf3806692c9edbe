import { describe, it, expect } from 'vitest';
import { indexFromArcs, undirectedView, type GraphIndex } from '../../src/graph/graph-index.js';
import { degreeMeasures } from '../../src/metrics/degree.js';
import {
  accumulateBetweennessFromSource,
  betweenness,
  createBetweennessWork,
} from '../../src/metrics/paths/betweenness.js';
import { closeness, harmonic } from '../../src/metrics/paths/closeness.js';
import { eigenvector } from '../../src/metrics/eigenvector.js';
import { pagerank } from '../../src/metrics/pagerank.js';
import { IndexedMinHeap, sameLength } from '../../src/graph/heap.js';
import { DATASETS, expectNodeValues, loadReference, type LoadedReference } from '../helpers/reference.js';
import { createRng } from '../../src/graph/random.js';

const EXACT = 1e-9;
const ITERATIVE = 1e-6;

/** The two indexes a reference key is computed on: weighted and unweighted. */
interface Views {
  index: GraphIndex;
  unweighted: GraphIndex;
}

interface Check {
  key: string;
  tol: number;
  compute: (v: Views) => ArrayLike<number>;
}

/** Keys shared by undirected datasets and the `@undirected` variants of school-cluster. */
const UNDIRECTED_CHECKS: Check[] = [
  { key: 'degree', tol: EXACT, compute: (v) => degreeMeasures(v.unweighted).degree },
  { key: 'strength', tol: EXACT, compute: (v) => degreeMeasures(v.index).strength },
  { key: 'degree_centrality', tol: EXACT, compute: (v) => degreeMeasures(v.unweighted).degreeCentrality },
  { key: 'betweenness_raw', tol: EXACT, compute: (v) => betweenness(v.unweighted, { normalized: false }) },
  { key: 'betweenness_normalized', tol: EXACT, compute: (v) => betweenness(v.unweighted) },
  { key: 'betweenness_weighted_raw', tol: EXACT, compute: (v) => betweenness(v.index, { weighted: true, normalized: false }) },
  { key: 'betweenness_weighted_normalized', tol: EXACT, compute: (v) => betweenness(v.index, { weighted: true }) },
  { key: 'closeness_wf', tol: EXACT, compute: (v) => closeness(v.unweighted) },
  { key: 'closeness_reachable', tol: EXACT, compute: (v) => closeness(v.unweighted, { wfImproved: false }) },
  { key: 'closeness_wf_weighted', tol: EXACT, compute: (v) => closeness(v.index, { weighted: true }) },
  { key: 'closeness_reachable_weighted', tol: EXACT, compute: (v) => closeness(v.index, { weighted: true, wfImproved: false }) },
  { key: 'harmonic', tol: EXACT, compute: (v) => harmonic(v.unweighted) },
  { key: 'eigenvector_l2', tol: ITERATIVE, compute: (v) => eigenvector(v.unweighted, { weighted: false }).values },
  { key: 'eigenvector_weighted_l2', tol: ITERATIVE, compute: (v) => eigenvector(v.index).values },
  { key: 'pagerank', tol: ITERATIVE, compute: (v) => pagerank(v.unweighted, { weighted: false }).values },
  { key: 'pagerank_weighted', tol: ITERATIVE, compute: (v) => pagerank(v.index).values },
];

/** Directed keys of school-cluster. */
const DIRECTED_CHECKS: Check[] = [
  { key: 'in_degree', tol: EXACT, compute: (v) => degreeMeasures(v.unweighted).inDegree },
  { key: 'out_degree', tol: EXACT, compute: (v) => degreeMeasures(v.unweighted).outDegree },
  { key: 'degree', tol: EXACT, compute: (v) => degreeMeasures(v.unweighted).degree },
  { key: 'in_strength', tol: EXACT, compute: (v) => degreeMeasures(v.index).inStrength },
  { key: 'out_strength', tol: EXACT, compute: (v) => degreeMeasures(v.index).outStrength },
  { key: 'strength', tol: EXACT, compute: (v) => degreeMeasures(v.index).strength },
  { key: 'degree_centrality', tol: EXACT, compute: (v) => degreeMeasures(v.unweighted).degreeCentrality },
  { key: 'in_degree_centrality', tol: EXACT, compute: (v) => degreeMeasures(v.unweighted).inDegreeCentrality },
  { key: 'out_degree_centrality', tol: EXACT, compute: (v) => degreeMeasures(v.unweighted).outDegreeCentrality },
  { key: 'betweenness_raw', tol: EXACT, compute: (v) => betweenness(v.unweighted, { normalized: false }) },
  { key: 'betweenness_normalized', tol: EXACT, compute: (v) => betweenness(v.unweighted) },
  { key: 'betweenness_weighted_raw', tol: EXACT, compute: (v) => betweenness(v.index, { weighted: true, normalized: false }) },
  { key: 'betweenness_weighted_normalized', tol: EXACT, compute: (v) => betweenness(v.index, { weighted: true }) },
  { key: 'closeness_in_wf', tol: EXACT, compute: (v) => closeness(v.unweighted) },
  { key: 'closeness_out_wf', tol: EXACT, compute: (v) => closeness(v.unweighted, { direction: 'out' }) },
  { key: 'closeness_in_reachable', tol: EXACT, compute: (v) => closeness(v.unweighted, { wfImproved: false, direction: 'in' }) },
  { key: 'closeness_out_reachable', tol: EXACT, compute: (v) => closeness(v.unweighted, { wfImproved: false, direction: 'out' }) },
  { key: 'closeness_in_wf_weighted', tol: EXACT, compute: (v) => closeness(v.index, { weighted: true }) },
  { key: 'closeness_in_reachable_weighted', tol: EXACT, compute: (v) => closeness(v.index, { weighted: true, wfImproved: false }) },
  { key: 'harmonic_in', tol: EXACT, compute: (v) => harmonic(v.unweighted) },
  { key: 'harmonic_out', tol: EXACT, compute: (v) => harmonic(v.unweighted, { direction: 'out' }) },
  { key: 'eigenvector_l2', tol: ITERATIVE, compute: (v) => eigenvector(v.unweighted, { weighted: false }).values },
  { key: 'eigenvector_weighted_l2', tol: ITERATIVE, compute: (v) => eigenvector(v.index).values },
  { key: 'pagerank', tol: ITERATIVE, compute: (v) => pagerank(v.unweighted, { weighted: false }).values },
  { key: 'pagerank_weighted', tol: ITERATIVE, compute: (v) => pagerank(v.index).values },
];

function checkAll(loaded: LoadedReference, views: Views, checks: Check[], suffix: string): number {
  let checked = 0;
  for (const check of checks) {
    const key = check.key + suffix;
    const entry = loaded.ref.node[key];
    expect(entry, `${loaded.name}: reference key ${key}`).toBeDefined();
    expectNodeValues(views.index, check.compute(views), entry.values, check.tol, `${loaded.name} ${key}`);
    checked++;
  }
  return checked;
}

describe('centralities against the reference values', () => {
  for (const name of DATASETS) {
    it(`matches every centrality key of ${name}`, () => {
      const loaded = loadReference(name);
      const views = { index: loaded.index, unweighted: loaded.unweighted };
      if (loaded.index.directed) {
        expect(checkAll(loaded, views, DIRECTED_CHECKS, '')).toBe(DIRECTED_CHECKS.length);
        const undirected = { index: undirectedView(loaded.index), unweighted: undirectedView(loaded.unweighted) };
        expect(checkAll(loaded, undirected, UNDIRECTED_CHECKS, '@undirected')).toBe(UNDIRECTED_CHECKS.length);
      } else {
        expect(checkAll(loaded, views, UNDIRECTED_CHECKS, '')).toBe(UNDIRECTED_CHECKS.length);
      }
    });
  }

  it('the weighted index gives the same hop-count measures as the unweighted one', () => {
    const { index, ref } = loadReference('karate');
    // Hop-count betweenness / closeness must ignore weights even on a weighted index.
    expectNodeValues(index, betweenness(index, { normalized: false }), ref.node.betweenness_raw.values, EXACT, 'bc');
    expectNodeValues(index, closeness(index), ref.node.closeness_wf.values, EXACT, 'cl');
    expectNodeValues(index, eigenvector(index, { weighted: false }).values, ref.node.eigenvector_l2.values, ITERATIVE, 'ev');
    expectNodeValues(index, pagerank(index, { weighted: false }).values, ref.node.pagerank.values, ITERATIVE, 'pr');
  });

  it('an index built unweighted counts 1 per tie, also in its undirected view (reciprocated pairs merge to 2)', () => {
    const { unweighted, ref } = loadReference('school-cluster');
    const view = undirectedView(unweighted);
    const node = ref.node;
    expectNodeValues(view, degreeMeasures(view).strength, node['degree@undirected'].values, EXACT, 'strength');
    expectNodeValues(view, pagerank(view).values, node['pagerank@undirected'].values, ITERATIVE, 'pr');
    expectNodeValues(view, eigenvector(view).values, node['eigenvector_l2@undirected'].values, ITERATIVE, 'ev');
    expectNodeValues(view, betweenness(view, { weighted: true, normalized: false }), node['betweenness_raw@undirected'].values, EXACT, 'bc');
    expectNodeValues(view, closeness(view, { weighted: true }), node['closeness_wf@undirected'].values, EXACT, 'cl');
  });

  it('iterative solvers report convergence', () => {
    for (const name of DATASETS) {
      const { index } = loadReference(name);
      const ev = eigenvector(index);
      const pr = pagerank(index);
      expect(ev.converged, name).toBe(true);
      expect(pr.converged, name).toBe(true);
      expect(pr.values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Hand-checked graphs

function graph(n: number, edges: [number, number, number?][], directed = false, weighted = true): GraphIndex {
  const ids = Array.from({ length: n }, (_, i) => `m${i}`);
  return indexFromArcs(
    ids,
    directed,
    { src: edges.map((e) => e[0]), dst: edges.map((e) => e[1]), w: edges.map((e) => e[2] ?? 1) },
    { weighted },
  );
}

function close(actual: ArrayLike<number>, expected: number[], tol = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    expect(Math.abs(actual[i] - expected[i]), `entry ${i}: ${actual[i]} vs ${expected[i]}`).toBeLessThanOrEqual(tol);
  }
}

describe('hand-checked cases', () => {
  const path3 = graph(3, [[0, 1], [1, 2]]);
  const star = graph(5, [[0, 1], [0, 2], [0, 3], [0, 4]]);

  it('path of 3: middle member has raw betweenness 1', () => {
    close(betweenness(path3, { normalized: false }), [0, 1, 0]);
    close(betweenness(path3), [0, 1, 0]);
    close(betweenness(path3, { weighted: true, normalized: false }), [0, 1, 0]);
    close(closeness(path3), [2 / 3, 1, 2 / 3]);
    close(harmonic(path3), [1.5, 2, 1.5]);
    const d = degreeMeasures(path3);
    close(d.degree, [1, 2, 1]);
    close(d.degreeCentrality, [0.5, 1, 0.5]);
    close(d.inDegree, [1, 2, 1]);
    close(d.outStrength, [1, 2, 1]);
  });

  it('directed path a→b→c: ordered pairs, in/out distances', () => {
    const g = graph(3, [[0, 1], [1, 2]], true);
    close(betweenness(g, { normalized: false }), [0, 1, 0]);
    close(betweenness(g), [0, 0.5, 0]);
    close(closeness(g), [0, 1 / 2, 2 / 3]); // incoming: b reached by a only: (1/2)·(1/1)
    close(closeness(g, { direction: 'out' }), [2 / 3, 1 / 2, 0]);
    close(closeness(g, { wfImproved: false }), [0, 1, 2 / 3]);
    close(harmonic(g), [0, 1, 1.5]);
    close(harmonic(g, { direction: 'out' }), [1.5, 1, 0]);
    const d = degreeMeasures(g);
    close(d.inDegree, [0, 1, 1]);
    close(d.outDegree, [1, 1, 0]);
    close(d.degree, [1, 2, 1]);
    close(d.degreeCentrality, [0.5, 1, 0.5]);
    // Reciprocated pair counts 2 in total degree (and can exceed 1 as centrality).
    const r = degreeMeasures(graph(2, [[0, 1, 2], [1, 0, 3]], true));
    close(r.degree, [2, 2]);
    close(r.degreeCentrality, [2, 2]);
    close(r.strength, [5, 5]);
    close(r.inStrength, [3, 2]);
  });

  it('star of 5: centre and leaves', () => {
    close(betweenness(star, { normalized: false }), [6, 0, 0, 0, 0]);
    close(betweenness(star), [1, 0, 0, 0, 0]);
    close(closeness(star), [1, 4 / 7, 4 / 7, 4 / 7, 4 / 7]);
    close(harmonic(star), [4, 2.5, 2.5, 2.5, 2.5]);
    close(degreeMeasures(star).degreeCentrality, [1, 0.25, 0.25, 0.25, 0.25]);
    const l = 1 / (2 * Math.SQRT2);
    close(eigenvector(star).values, [1 / Math.SQRT2, l, l, l, l], 1e-10);
    // PageRank on a star: centre c, leaves x: x = (1−α)/5 + α c/4, c = (1−α)/5 + α·4x.
    const a = 0.85;
    const x = (((1 - a) / 5) * (1 + a / 4)) / (1 - a * a);
    const c = (1 - a) / 5 + 4 * a * x;
    close(pagerank(star).values, [c, x, x, x, x], 1e-9);
  });

  it('weights: length 1/w, intensities for strength, eigenvector and PageRank', () => {
    const g = graph(3, [[0, 1, 2], [1, 2, 4]]);
    close(closeness(g, { weighted: true }), [2 / (0.5 + 0.75), 2 / (0.5 + 0.25), 2 / (0.75 + 0.25)]);
    close(harmonic(g, { weighted: true }), [2 + 1 / 0.75, 2 + 4, 4 + 1 / 0.75]);
    close(degreeMeasures(g).strength, [2, 6, 4]);
    close(degreeMeasures(graph(3, [[0, 1, 2], [1, 2, 4]], false, false)).strength, [1, 2, 1]);
    // Weighted shortcut: a–c has weight 10 (length 0.1).
    const tri = graph(3, [[0, 1, 2], [1, 2, 4], [0, 2, 10]]);
    close(betweenness(tri), [0, 0, 0]);
    close(betweenness(tri, { weighted: true }), [0, 0, 1]); // a–b is shorter via c: 0.1 + 0.25 < 0.5
    close(betweenness(graph(3, [[0, 1, 8], [1, 2, 8], [0, 2, 1]]), { weighted: true, normalized: false }), [0, 1, 0]);
    // PageRank walker at b follows the heavier tie 2:1.
    const pr = pagerank(graph(3, [[1, 0, 2], [1, 2, 1]], true), { alpha: 1, maxIterations: 1 });
    // One step from uniform with α = 1: a and c are dangling, spread 2/3 uniformly.
    close(pr.values, [(2 / 9) + (1 / 3) * (2 / 3), 2 / 9, (2 / 9) + (1 / 3) * (1 / 3)]);
  });

  it('weighted betweenness counts paths equal in exact arithmetic although their float sums differ', () => {
    // s–a–t: 1/2 + 1/12 = 0.5833…34 ; s–b–t: 1/3 + 1/4 = 0.5833…33 (both 7/12 exactly).
    expect(1 / 2 + 1 / 12).not.toBe(1 / 3 + 1 / 4);
    expect(sameLength(1 / 2 + 1 / 12, 1 / 3 + 1 / 4)).toBe(true);
    const g = graph(4, [[0, 1, 2], [1, 3, 12], [0, 2, 3], [2, 3, 4]]); // s=0, a=1, b=2, t=3
    // Pair (s,t): two equal paths → a and b get 1/2 each; pair (a,b): a–t–b (1/3) beats a–s–b (5/6) → t gets 1.
    close(betweenness(g, { weighted: true, normalized: false }), [0, 0.5, 0.5, 1], 1e-12);
    const d = graph(4, [[0, 1, 2], [1, 3, 12], [0, 2, 3], [2, 3, 4]], true);
    close(betweenness(d, { weighted: true, normalized: false }), [0, 0.5, 0.5, 0], 1e-12);
  });

  it('accumulateBetweennessFromSource adds one source’s dependencies', () => {
    for (const weighted of [false, true]) {
      const out = new Float64Array(3);
      const work = createBetweennessWork(path3, weighted);
      accumulateBetweennessFromSource(path3, 0, work, out);
      close(out, [0, 1, 0]);
      accumulateBetweennessFromSource(path3, 1, work, out);
      close(out, [0, 1, 0]);
      accumulateBetweennessFromSource(path3, 2, work, out);
      close(out, [0, 2, 0]); // ordered pairs: (a,c) and (c,a)
    }
  });

  it('empty graph', () => {
    const g = graph(0, []);
    expect(degreeMeasures(g).degree.length).toBe(0);
    expect(betweenness(g).length).toBe(0);
    expect(betweenness(g, { weighted: true }).length).toBe(0);
    expect(closeness(g).length).toBe(0);
    expect(harmonic(g, { weighted: true }).length).toBe(0);
    expect(eigenvector(g)).toEqual({ values: new Float64Array(0), iterations: 0, converged: true });
    expect(pagerank(g)).toEqual({ values: new Float64Array(0), iterations: 0, converged: true });
  });

  it('single member', () => {
    const g = graph(1, []);
    const d = degreeMeasures(g);
    close(d.degree, [0]);
    close(d.degreeCentrality, [0]);
    close(betweenness(g), [0]);
    close(closeness(g), [0]);
    close(closeness(g, { weighted: true, wfImproved: false }), [0]);
    close(harmonic(g), [0]);
    close(eigenvector(g).values, [1]);
    close(pagerank(g).values, [1]);
  });

  it('two isolates, and a disconnected graph', () => {
    const g = graph(2, []);
    close(degreeMeasures(g).degreeCentrality, [0, 0]);
    close(betweenness(g), [0, 0]);
    close(closeness(g), [0, 0]);
    close(harmonic(g), [0, 0]);
    const ev = eigenvector(g);
    expect(ev.converged).toBe(true);
    close(ev.values, [Math.SQRT1_2, Math.SQRT1_2]);
    close(pagerank(g).values, [0.5, 0.5]);
    // path a–b–c plus a separate pair d–e (n = 5)
    const h = graph(5, [[0, 1], [1, 2], [3, 4]]);
    close(closeness(h), [(2 / 4) * (2 / 3), (2 / 4) * 1, (2 / 4) * (2 / 3), 1 / 4, 1 / 4]);
    close(closeness(h, { wfImproved: false }), [2 / 3, 1, 2 / 3, 1, 1]);
    close(harmonic(h), [1.5, 2, 1.5, 1, 1]);
    close(betweenness(h, { normalized: false }), [0, 1, 0, 0, 0]);
    close(betweenness(h), [0, 1 / 6, 0, 0, 0]);
    // Eigenvector concentrates on the path (λ = √2 > 1): the pair tends to 0.
    const ev2 = eigenvector(h, { weighted: false });
    close(ev2.values, [0.5, Math.SQRT1_2, 0.5, 0, 0], 1e-6);
  });

  it('undirected ties count both ways in PageRank; dangling mass is spread uniformly', () => {
    const dir = pagerank(graph(2, [[0, 1]], true));
    // a → b, b dangling: x_a = 0.15/2 + 0.85 x_b/2, x_b = 0.15/2 + 0.85 (x_a + x_b/2).
    const xa = 0.5 / 1.425; // with x_b = 1 − x_a
    const xb = 1 - xa;
    close(dir.values, [xa, xb], 1e-9);
    close(pagerank(graph(2, [[0, 1]])).values, [0.5, 0.5]);
  });

  it('indexed heap pops in key order with decrease-key', () => {
    const rng = createRng(7);
    const heap = new IndexedMinHeap(200);
    const keys = new Float64Array(200);
    for (let i = 0; i < 200; i++) {
      keys[i] = rng();
      heap.push(i, keys[i]);
    }
    for (let i = 0; i < 200; i += 3) {
      keys[i] /= 2;
      heap.push(i, keys[i]);
      heap.push(i, keys[i] + 1); // larger key: ignored
    }
    const popped: number[] = [];
    while (heap.size > 0) popped.push(keys[heap.pop()]);
    expect(popped.length).toBe(200);
    expect(popped).toEqual([...keys].sort((a, b) => a - b));
  });
});

describe('normalizeBetweenness', () => {
  it('equals the normalized computation on every dataset (to rounding)', async () => {
    const { normalizeBetweenness } = await import('../../src/metrics/paths/betweenness.js');
    for (const name of DATASETS) {
      const { index, ref } = loadReference(name);
      const scaled = normalizeBetweenness(index, betweenness(index, { normalized: false }));
      expectNodeValues(index, scaled, ref.node.betweenness_normalized.values, 1e-12, name);
    }
  });
});
