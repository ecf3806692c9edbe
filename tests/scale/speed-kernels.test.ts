/**
 * The speed kernels give the numbers of the plain ones, bit for bit: key-player E(G − v) from the
 * pass's BFS level codes vs a BFS per source; the E-I permutation tie pass through untied pairs
 * (dense) and through packed label lanes vs the plain scalar count.
 */
import { describe, it, expect } from 'vitest';
import { indexFromArcs } from '../../src/graph/graph-index.js';
import { bfs, createBfsBuffers } from '../../src/graph/traversal.js';
import { createRng, randomInt } from '../../src/graph/random.js';
import { runBlock } from '../../src/metrics/paths/all-sources.js';
import { joinBlocks, pathComponent, passSources, sourceBlocks, traversalGraph } from '../../src/metrics/paths/path-family.js';
import { createLevelCodes, levelCode, writeLevelRow } from '../../src/metrics/paths/level-codes.js';
import { reduceKeyPlayerBlocks, runKeyPlayerBlock, sortStarts } from '../../src/metrics/key-player-removal.js';
import { runKeyPlayerLevelBlock } from '../../src/metrics/key-player-levels.js';
import { eiPermutationSetup, permutationValues } from '../../src/metrics/ei-index.js';
import { untiedPairs } from '../../src/metrics/ei-dense.js';
import { internalTiesPerLane, laneCount, packLane } from '../../src/metrics/ei-lanes.js';

/** A hub-and-spoke graph with chords: hubs dominate large sets (the expensive case). */
function hubGraph(n: number, seed: number) {
  const rng = createRng(seed);
  const src: number[] = [];
  const dst: number[] = [];
  for (let v = 1; v < n; v++) {
    // preferential-ish: attach to a low index more often
    const k = 1 + randomInt(rng, 2);
    for (let j = 0; j < k; j++) {
      const u = Math.floor(v * rng() * rng());
      if (u !== v) {
        src.push(v);
        dst.push(u);
      }
    }
  }
  // a second component and an isolate
  src.push(n, n + 1);
  dst.push(n + 1, n + 2);
  const ids = Array.from({ length: n + 4 }, (_, i) => `m${i}`);
  return indexFromArcs(ids, false, { src, dst, w: src.map(() => 1) });
}

function naiveTieCount(setupLab: Int32Array, rowStart: Int32Array, nbr: Int32Array, t: number): number {
  let same = 0;
  for (let i = 0; i < t; i++) for (let q = rowStart[i]; q < rowStart[i + 1]; q++) if (setupLab[nbr[q]] === setupLab[i]) same++;
  return same;
}

describe('key players from level codes', () => {
  it('level codes hold d(s,t) mod 3 and 3 for unreached members', () => {
    const index = hubGraph(60, 3);
    const codes = createLevelCodes(index.n);
    const buf = createBfsBuffers(index.n);
    const reached = bfs(index, 5, 'out', buf);
    writeLevelRow(codes, 5, buf.queue, reached, buf.dist);
    for (let t = 0; t < index.n; t++) {
      expect(levelCode(codes.bytes, 5 * codes.stride, t)).toBe(buf.dist[t] < 0 ? 3 : buf.dist[t] % 3);
    }
  });

  it('E(G) and E(G − v) equal the BFS-per-source kernel bit for bit, hubs included', () => {
    for (const seed of [1, 2, 3]) {
      const index = hubGraph(400, seed);
      const n = index.n;
      const g = traversalGraph(index, false);
      const sources = passSources(n, null);
      const { inComponent } = pathComponent(index);
      const codes = createLevelCodes(n);
      const blocks = sourceBlocks(sources).map((s) => runBlock(g, { sources: s, exact: true, inComponent, levels: codes }));
      const rows = joinBlocks(blocks, (b) => b.rowInverse);
      const deg = (v: number) => index.outOffsets[v + 1] - index.outOffsets[v];
      const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => deg(b) - deg(a) || a - b);
      const cand = Int32Array.from([...order.slice(0, 12), n - 1, n - 3, 200]);
      const candidateDist = new Int32Array(cand.length * n);
      const buf = createBfsBuffers(n);
      for (let c = 0; c < cand.length; c++) {
        bfs(index, cand[c], 'out', buf);
        candidateDist.set(buf.dist, c * n);
      }
      const fromLevels = reduceKeyPlayerBlocks(sourceBlocks(sources).map((b) => runKeyPlayerLevelBlock(g, b, cand, codes, candidateDist, rows)), n, n, cand.length);
      const plain = reduceKeyPlayerBlocks(sourceBlocks(sources).map((b) => runKeyPlayerBlock(g, b, cand)), n, n, cand.length);
      expect(fromLevels.whole).toBe(plain.whole);
      expect(Array.from(fromLevels.without)).toEqual(Array.from(plain.without));
    }
  });

  it('sortStarts orders by (distance, member) for short and long lists alike', () => {
    const rng = createRng(5);
    for (const ns of [5, 24, 25, 300]) {
      const n = 1000;
      const newDist = new Int32Array(n);
      for (let v = 0; v < n; v++) newDist[v] = 1 + randomInt(rng, 6);
      const order = new Int32Array(n);
      const chosen = new Set<number>();
      while (chosen.size < ns) chosen.add(randomInt(rng, n));
      Array.from(chosen).forEach((v, i) => (order[i] = v));
      const expected = Array.from(chosen).sort((a, b) => newDist[a] - newDist[b] || a - b);
      sortStarts(order, ns, newDist, new Float64Array(n));
      expect(Array.from(order.subarray(0, ns))).toEqual(expected);
    }
  });
});

describe('E-I permutation tie pass', () => {
  function setupFor(n: number, density: number, groupsCount: number, directed: boolean) {
    const rng = createRng(11);
    const src: number[] = [];
    const dst: number[] = [];
    for (let a = 0; a < n; a++) for (let b = directed ? 0 : a + 1; b < n; b++) if (a !== b && rng() < density) {
      src.push(a);
      dst.push(b);
    }
    const index = indexFromArcs(Array.from({ length: n }, (_, i) => `m${i}`), directed, { src, dst, w: src.map(() => 1) });
    const groups = Int32Array.from({ length: n }, (_, i) => (i * 7) % groupsCount);
    const names = Array.from({ length: groupsCount }, (_, g) => `g${g}`);
    return eiPermutationSetup(index, groups, names, { seed: 3 })!;
  }

  it('untied pairs: found on dense graphs only, and the values equal the tie count', () => {
    expect(setupFor(80, 0.2, 5, false).untied).toBeNull();
    for (const directed of [false, true]) {
      const setup = setupFor(60, 0.85, 5, directed);
      expect(setup.untied).not.toBeNull();
      const values = permutationValues(setup, 0, 50);
      const plain = permutationValues({ ...setup, untied: null }, 0, 50);
      expect(Array.from(values)).toEqual(Array.from(plain));
      expect(new Set(values).size).toBeGreaterThan(1);
    }
    // complete graph: one value, whatever the permutation
    const complete = setupFor(40, 1.1, 4, false);
    expect(complete.untied!.other.length).toBe(0);
    expect(untiedPairs(complete.rowStart, complete.nbr, complete.t, false)!.other.length).toBe(0);
    const v = permutationValues(complete, 3, 20);
    expect(v.length).toBe(17);
    expect(Array.from(v)).toEqual(Array.from(permutationValues({ ...complete, untied: null }, 3, 20)));
  });

  it('packed lanes count each permutation as the scalar pass (4- and 8-bit lanes, flushes)', () => {
    expect(laneCount(5)).toBe(8);
    expect(laneCount(16)).toBe(8);
    expect(laneCount(17)).toBe(4);
    expect(laneCount(257)).toBe(0);
    const rng = createRng(2);
    for (const labels of [3, 16, 200]) {
      const t = 700;
      const lanes = laneCount(labels);
      // a hub row longer than the 255-tie flush
      const rowStart = new Int32Array(t + 1);
      const nbr: number[] = [];
      for (let i = 0; i < t; i++) {
        const k = i === 0 ? 600 : randomInt(rng, 8);
        for (let j = 0; j < k; j++) nbr.push(randomInt(rng, t));
        rowStart[i + 1] = nbr.length;
      }
      const nb = Int32Array.from(nbr);
      const packed = new Int32Array(t);
      const labs: Int32Array[] = [];
      for (let l = 0; l < lanes; l++) {
        const lab = Int32Array.from({ length: t }, () => randomInt(rng, labels));
        labs.push(lab);
        packLane(packed, lab, t, l, lanes);
      }
      const same = new Float64Array(lanes);
      internalTiesPerLane(packed, rowStart, nb, t, lanes, same);
      expect(Array.from(same)).toEqual(labs.map((lab) => naiveTieCount(lab, rowStart, nb, t)));
    }
  });
});
