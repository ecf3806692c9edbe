/**
 * The CSR construction (counting sort into rows, then a stable sort of each row; src/graph/graph-index.ts) against a plain reference: rows sorted
 * by neighbour, duplicates merged with weights summed in arc order, self-loops dropped; and the index
 * of a graph built by the reader (arcs remembered by the builder) equal to the index built by walking
 * the graph, also after the graph is changed.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex, indexFromArcs, type GraphIndex } from '../../src/graph/graph-index.js';
import { createRng, randomInt } from '../../src/graph/random.js';
import { buildCluster } from '../../src/io/build-cluster.js';

type Rows = { offsets: number[]; targets: number[]; weights: number[] };

/** Reference CSR: per row, entries in arc order, stably sorted by neighbour, duplicates summed left to right. */
function referenceCsr(n: number, entries: [number, number, number][]): Rows {
  const rows: [number, number][][] = Array.from({ length: n }, () => []);
  for (const [a, b, w] of entries) rows[a].push([b, w]);
  const out: Rows = { offsets: [0], targets: [], weights: [] };
  for (const row of rows) {
    const sorted = row.map((x, i) => [x[0], x[1], i] as const).sort((x, y) => x[0] - y[0] || x[2] - y[2]);
    for (const [b, w] of sorted) {
      const last = out.targets.length - 1;
      if (out.targets.length > out.offsets[out.offsets.length - 1] && out.targets[last] === b) out.weights[last] += w;
      else {
        out.targets.push(b);
        out.weights.push(w);
      }
    }
    out.offsets.push(out.targets.length);
  }
  return out;
}

function rows(offsets: Int32Array, targets: Int32Array, weights: Float64Array): Rows {
  return { offsets: Array.from(offsets), targets: Array.from(targets), weights: Array.from(weights) };
}

function randomArcs(seed: number, n: number, m: number) {
  const rng = createRng(seed);
  const src: number[] = [];
  const dst: number[] = [];
  const w: number[] = [];
  for (let e = 0; e < m; e++) {
    // Few members, many arcs: duplicates, reciprocal arcs and self-loops are all frequent.
    src.push(randomInt(rng, n));
    dst.push(randomInt(rng, n));
    w.push(rng() < 0.5 ? 1 + randomInt(rng, 5) : rng() * 3);
  }
  return { src, dst, w };
}

describe('CSR construction', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    for (const directed of [false, true]) {
      for (const weighted of [true, false]) {
        it(`seed ${seed}, ${directed ? 'directed' : 'undirected'}, ${weighted ? 'weighted' : 'unweighted'}: sorted rows, duplicates merged`, () => {
          const n = 3 + seed * 7;
          const arcs = randomArcs(seed, n, seed * 60);
          const ids = Array.from({ length: n }, (_, i) => `m${i}`);
          const idx = indexFromArcs(ids, directed, arcs, { weighted });
          const kept = arcs.src.map((a, e) => [a, arcs.dst[e], weighted ? arcs.w[e] : 1] as [number, number, number]).filter(([a, b]) => a !== b);
          const und = referenceCsr(n, kept.flatMap(([a, b, w]) => [[a, b, w], [b, a, w]] as [number, number, number][]));
          expect(rows(idx.undOffsets, idx.undTargets, idx.undWeights)).toEqual(und);
          if (directed) {
            const out = referenceCsr(n, kept);
            const inn = referenceCsr(n, kept.map(([a, b, w]) => [b, a, w]));
            expect(rows(idx.outOffsets, idx.outTargets, idx.outWeights)).toEqual(out);
            expect(rows(idx.inOffsets, idx.inSources, idx.inWeights)).toEqual(inn);
            expect(idx.m).toBe(out.targets.length);
          } else {
            expect(rows(idx.outOffsets, idx.outTargets, idx.outWeights)).toEqual(und);
            expect(idx.m).toBe(und.targets.length / 2);
          }
          for (let i = 0; i < n; i++) {
            for (let p = idx.undOffsets[i] + 1; p < idx.undOffsets[i + 1]; p++) expect(idx.undTargets[p]).toBeGreaterThan(idx.undTargets[p - 1]);
          }
        });
      }
    }
  }

  it('long rows (sorted by merging runs): typed arcs with a hub, duplicates summed in arc order', () => {
    const n = 12;
    const arcs = randomArcs(7, n, 900);
    // Member 0 is an end of a third of the arcs: its rows are hundreds of entries long.
    for (let e = 0; e < arcs.src.length; e += 3) arcs.src[e] = 0;
    const typed = { src: Int32Array.from(arcs.src), dst: Int32Array.from(arcs.dst), w: Float64Array.from(arcs.w) };
    const ids = Array.from({ length: n }, (_, i) => `m${i}`);
    const idx = indexFromArcs(ids, true, typed);
    const kept = arcs.src.map((a, e) => [a, arcs.dst[e], arcs.w[e]] as [number, number, number]).filter(([a, b]) => a !== b);
    expect(rows(idx.outOffsets, idx.outTargets, idx.outWeights)).toEqual(referenceCsr(n, kept));
    expect(rows(idx.undOffsets, idx.undTargets, idx.undWeights)).toEqual(referenceCsr(n, kept.flatMap(([a, b, w]) => [[a, b, w], [b, a, w]] as [number, number, number][])));
  });

  it('handles no arcs and isolated members', () => {
    const idx = indexFromArcs(['a', 'b', 'c'], true, { src: [], dst: [], w: [] });
    expect(Array.from(idx.outOffsets)).toEqual([0, 0, 0, 0]);
    expect(idx.m).toBe(0);
  });
});

function same(a: GraphIndex, b: GraphIndex): void {
  expect(a.ids).toEqual(b.ids);
  for (const k of ['outOffsets', 'outTargets', 'outWeights', 'inOffsets', 'inSources', 'inWeights', 'undOffsets', 'undTargets', 'undWeights'] as const) {
    expect(Array.from(a[k]), k).toEqual(Array.from(b[k]));
  }
}

describe('index of a graph read from rows', () => {
  function cluster(directed: boolean) {
    const rng = createRng(directed ? 11 : 12);
    const members = Array.from({ length: 40 }, (_, i) => ({ id: `m${i}` }));
    const ties = Array.from({ length: 300 }, () => ({ source: `m${randomInt(rng, 40)}`, target: `m${randomInt(rng, 40)}`, weight: String(1 + randomInt(rng, 4)) })).filter((t) => t.source !== t.target);
    return buildCluster({ members, ties }, { directed });
  }

  for (const directed of [false, true]) {
    it(`${directed ? 'directed' : 'undirected'}: same index as walking the graph, also after changes`, () => {
      const graph = cluster(directed).toGraph();
      same(buildIndex(graph), buildIndex(graph.copy()));
      same(buildIndex(graph, { weighted: false }), buildIndex(graph.copy(), { weighted: false }));
      // A weight changed in place (no event) is seen.
      const first = graph.edges()[0];
      graph.getEdgeAttributes(first).weight = 17;
      expect(Array.from(buildIndex(graph).outWeights)).toContain(17);
      same(buildIndex(graph), buildIndex(graph.copy()));
      // Dropping and adding edges (events) makes the index walk the graph again.
      graph.dropEdge(first);
      let t = 1;
      while (graph.hasEdge('m0', `m${t}`) || graph.hasEdge(`m${t}`, 'm0')) t++;
      graph.addEdge('m0', `m${t}`, { weight: 5, kinds: [], orientation: 'unknown', since: null, until: null, rows: 1, extra: {} });
      const idx = buildIndex(graph);
      same(idx, buildIndex(graph.copy()));
      expect(idx.m).toBe(graph.size);
    });
  }
});
