import { describe, it, expect } from 'vitest';
import { indexFromArcs } from '../../src/graph/graph-index.js';
import { allPairsHopSums } from '../../src/graph/bit-bfs.js';
import { bfs, createBfsBuffers, type Direction } from '../../src/graph/traversal.js';
import { createRng } from '../../src/graph/random.js';

/** Plain one-source-at-a-time BFS sums, the definition the bit-parallel kernel must reproduce. */
function naive(index: ReturnType<typeof indexFromArcs>, direction: Direction, removed?: Uint8Array) {
  const n = index.n;
  const reach = new Float64Array(n);
  const distance = new Float64Array(n);
  const inverse = new Float64Array(n);
  const buf = createBfsBuffers(n);
  for (let s = 0; s < n; s++) {
    if (removed && removed[s]) continue;
    const r = bfs(index, s, direction, buf, removed);
    for (let k = 1; k < r; k++) {
      const v = buf.queue[k];
      const d = buf.dist[v];
      reach[v]++;
      distance[v] += d;
      inverse[v] += 1 / d;
    }
  }
  return { reach, distance, inverse };
}

function randomIndex(n: number, m: number, directed: boolean, seed: number) {
  const rng = createRng(seed);
  const src: number[] = [];
  const dst: number[] = [];
  const w: number[] = [];
  for (let e = 0; e < m; e++) {
    src.push(Math.floor(rng() * n));
    dst.push(Math.floor(rng() * n));
    w.push(1);
  }
  return indexFromArcs(Array.from({ length: n }, (_, i) => `m${i}`), directed, { src, dst, w });
}

describe('bit-parallel all-pairs BFS', () => {
  for (const directed of [false, true]) {
    for (const direction of (directed ? ['out', 'in', 'und'] : ['und']) as Direction[]) {
      it(`equals n separate BFS (${directed ? 'directed' : 'undirected'}, ${direction}, several batches, removed members)`, () => {
        const index = randomIndex(700, 1400, directed, directed ? 7 : 3);
        const removed = new Uint8Array(700);
        for (let v = 0; v < 700; v += 37) removed[v] = 1;
        for (const rm of [undefined, removed]) {
          const a = allPairsHopSums(index, direction, rm);
          const b = naive(index, direction, rm);
          expect(Array.from(a.reach)).toEqual(Array.from(b.reach));
          expect(Array.from(a.distance)).toEqual(Array.from(b.distance));
          for (let v = 0; v < 700; v++) expect(a.inverse[v]).toBeCloseTo(b.inverse[v], 9);
        }
      });
    }
  }

  it('handles an empty graph and a graph whose members are all removed', () => {
    const empty = indexFromArcs([], false, { src: [], dst: [], w: [] });
    expect(allPairsHopSums(empty, 'und').reach.length).toBe(0);
    const two = indexFromArcs(['a', 'b'], false, { src: [0], dst: [1], w: [1] });
    expect(Array.from(allPairsHopSums(two, 'und', new Uint8Array([1, 1])).reach)).toEqual([0, 0]);
    expect(Array.from(allPairsHopSums(two, 'und').distance)).toEqual([1, 1]);
  });
});
