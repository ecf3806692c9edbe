/**
 * The degree-preserving null model (src/metrics/null-model/): swaps keep degrees and simplicity, the
 * ensemble agrees with networkx 2.8 `double_edge_swap` ensembles (fixtures/null-model/, written by
 * make-null-model.py) within sampling error, and the numbers are seeded and thread-independent.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCluster } from '../../../src/io/read-cluster.js';
import { indexFromArcs } from '../../../src/graph/graph-index.js';
import { createRng } from '../../../src/graph/random.js';
import { doubleEdgeSwaps, nullModel, nullSetup, NULL_INDICATORS, runNullBlock, simpleTies } from '../../../src/metrics/null-model/index.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const fixture = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'null-model', 'null-model.json'), 'utf8'));

async function referenceIndex(name: string) {
  const dir = join(ROOT, 'fixtures', 'reference', name);
  const data = await readCluster({ members: join(dir, 'members.csv'), ties: join(dir, 'ties.csv') });
  return indexFromArcs(data.members.ids, data.directed, data.ties.arcs(), { weighted: false });
}

function arcsOf(n: number, pairs: [number, number][]) {
  return indexFromArcs(Array.from({ length: n }, (_, i) => `m${i}`), false, { src: pairs.map((p) => p[0]), dst: pairs.map((p) => p[1]), w: pairs.map(() => 1) });
}

describe('double edge swaps', () => {
  it('keep every degree, make no self-loop or double tie, and count attempts ≥ swaps', async () => {
    const index = await referenceIndex('karate');
    const ties = simpleTies(index);
    const { ties: out, count } = doubleEdgeSwaps(ties, 10 * ties.a.length, 100 * ties.a.length, createRng(7));
    expect(count.swaps).toBe(780);
    expect(count.attempts).toBeGreaterThan(count.swaps);
    const deg = (t: typeof ties) => {
      const d = new Array(t.n).fill(0);
      for (let e = 0; e < t.a.length; e++) {
        d[t.a[e]]++;
        d[t.b[e]]++;
      }
      return d;
    };
    expect(deg(out)).toEqual(deg(ties));
    const seen = new Set<string>();
    for (let e = 0; e < out.a.length; e++) {
      expect(out.a[e]).toBeLessThan(out.b[e]);
      seen.add(`${out.a[e]}-${out.b[e]}`);
    }
    expect(seen.size).toBe(out.a.length);
    // The graph changed.
    let moved = 0;
    for (let e = 0; e < out.a.length; e++) if (out.a[e] !== ties.a[e] || out.b[e] !== ties.b[e]) moved++;
    expect(moved).toBeGreaterThan(out.a.length / 2);
  });

  it('stop at the attempt limit on a graph no swap can change (a complete graph): sd 0 gives z null', () => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < 6; i++) for (let j = i + 1; j < 6; j++) pairs.push([i, j]);
    const r = nullModel(arcsOf(6, pairs), { samples: 5 });
    expect(r.swaps).toBe(0);
    expect(r.attempts).toBe(5 * 100 * 15);
    expect(r.indicators.transitivity).toEqual({ observed: 1, mean: 1, sd: 0, z: null });
  });
});

describe('null model against networkx double_edge_swap ensembles', () => {
  // Ours: R = 400 samples; networkx: 1000 (fixture). Means: |Δ| ≤ 4·√(sd²/R + sd_nx²/R_nx), four
  // combined standard errors. Sds: the standard error of a sample sd is sd·√((κ − 1)/(4R)) for kurtosis
  // κ; with κ up to 6 (the discrete, skewed path lengths of kite) the combined relative error is
  // √(5/1600 + 5/4000) ≈ 0.066, and 4 of it ≈ 0.26 of the sd. Modularity: our Louvain engine adds a
  // node-level refinement pass that networkx's louvain_communities lacks and finds partitions up to
  // 3 % better on these graphs (src/metrics/communities/), so its mean may exceed networkx's by that much.
  const R = 400;
  for (const name of Object.keys(fixture.datasets)) {
    it(`${name}: mean and sd of the six indicators`, async () => {
      const ref = fixture.datasets[name];
      const r = nullModel(await referenceIndex(name), { samples: R, seed: 3 });
      expect(r.ties).toBe(ref.ties);
      for (const key of NULL_INDICATORS) {
        const ours = r.indicators[key];
        const peer = ref.indicators[key];
        if (key === 'modularity') expect(Math.abs(ours.observed! - ref.observed[key])).toBeLessThanOrEqual(0.03 * ref.observed[key]);
        else expect(ours.observed, `${name} ${key} observed`).toBeCloseTo(ref.observed[key], 10);
        const tol = 4 * Math.sqrt(ours.sd! ** 2 / R + peer.sd ** 2 / peer.n) + 1e-12;
        const bias = key === 'modularity' ? 0.03 * Math.abs(peer.mean) : 0;
        expect(ours.mean! - peer.mean, `${name} ${key} mean ${ours.mean} vs ${peer.mean}`).toBeLessThanOrEqual(tol + bias);
        expect(peer.mean - ours.mean!, `${name} ${key} mean ${ours.mean} vs ${peer.mean}`).toBeLessThanOrEqual(tol);
        expect(Math.abs(ours.sd! - peer.sd), `${name} ${key} sd ${ours.sd} vs ${peer.sd}`).toBeLessThanOrEqual(0.26 * peer.sd + 1e-12);
      }
    }, 60_000);
  }
});

describe('seeding', () => {
  it('the same seed gives the same numbers; another seed other samples; samples do not depend on R', async () => {
    const index = await referenceIndex('kite');
    const a = nullModel(index, { samples: 40, seed: 1 });
    expect(nullModel(index, { samples: 40, seed: 1 })).toEqual(a);
    expect(nullModel(index, { samples: 40, seed: 2 }).indicators.transitivity.mean).not.toBe(a.indicators.transitivity.mean);
    // Sample s depends on (seed, s) only, not on the block it is computed in.
    const setup = nullSetup(index, { seed: 1 });
    const wide = runNullBlock(setup, 32, 40);
    const narrow = runNullBlock(setup, 36, 40);
    expect(Array.from(narrow.values)).toEqual(Array.from(wide.values.subarray(4 * NULL_INDICATORS.length)));
    expect(Array.from(narrow.attempts)).toEqual(Array.from(wide.attempts.subarray(4)));
  });
});
