/**
 * The single Louvain engine against its peers: networkx 2.8's best modularity over seeds 0..49
 * (written into fixtures/reference/<name>.json, `louvain.<variant>.networkx`) on every reference
 * dataset and variant, directed included; and graphology-communities-louvain 2.0.2 (the engine used
 * before on small and directed graphs, now only this oracle) on the same datasets and on seeded graphs
 * of several families.
 */
import { describe, expect, it } from 'vitest';
import { undirectedView, type GraphIndex } from '../../src/graph/graph-index.js';
import { communitiesOnIndex } from '../../src/metrics/communities/index.js';
import { modularity } from '../../src/metrics/modularity.js';
import { graphologyLouvain } from '../helpers/graphology-louvain.js';
import { barabasiAlbert, erdosRenyi, plantedPartition } from '../helpers/random-graphs.js';
import { DATASETS, expectClose, loadReference } from '../helpers/reference.js';

/** The oracle's best of 10 restarts may beat the engine's by at most this much. */
const ORACLE_TOLERANCE = 0.002;

describe('reference datasets: every variant, directed included', () => {
  for (const name of DATASETS) {
    const L = loadReference(name);
    for (const [variant, section] of Object.entries<any>(L.ref.louvain)) {
      const nx = section?.networkx;
      if (nx?.best_modularity_seeds_0_49 === undefined) continue;
      it(`${name} ${variant}: ≥ networkx best of 50 seeds − 0.005 and ≥ graphology's best − ${ORACLE_TOLERANCE}`, () => {
        const weighted = !variant.includes('unweighted');
        const index = variant.startsWith('undirected') ? undirectedView(L.index) : L.index;
        expect(index.directed).toBe(nx.directed_modularity);
        const r = communitiesOnIndex(index, { weighted });
        expect(r.modularity).toBeGreaterThanOrEqual(nx.best_modularity_seeds_0_49 - 0.005);
        const oracle = graphologyLouvain(index, { weighted });
        expect(r.modularity).toBeGreaterThanOrEqual(oracle.modularity - ORACLE_TOLERANCE);
      });
    }
  }
});

describe('generated graphs: the engine vs graphology-communities-louvain (best of 10 restarts each)', () => {
  const families: [string, (seed: number) => GraphIndex][] = [
    ['Erdős–Rényi, 300 members / 1,200 ties', (s) => erdosRenyi(300, 1200, s)],
    ['Erdős–Rényi weighted', (s) => erdosRenyi(300, 1200, s, { weighted: true })],
    ['planted partition 8 × 40, weighted', (s) => plantedPartition(8, 40, 0.2, 0.01, s, { weighted: true })],
    ['planted partition 8 × 40, weak', (s) => plantedPartition(8, 40, 0.08, 0.02, s)],
    ['Barabási–Albert 500 × 3', (s) => barabasiAlbert(500, 3, s)],
    ['directed planted partition 6 × 40, weighted', (s) => plantedPartition(6, 40, 0.12, 0.01, s, { directed: true, weighted: true })],
    ['directed planted partition 6 × 40, weak', (s) => plantedPartition(6, 40, 0.06, 0.02, s, { directed: true })],
    ['directed Erdős–Rényi 300 / 1,500 arcs', (s) => erdosRenyi(300, 1500, s, { directed: true })],
    ['directed Barabási–Albert 400 × 3, weighted', (s) => barabasiAlbert(400, 3, s, { directed: true, weighted: true })],
  ];
  for (const [family, make] of families) {
    it(family, () => {
      for (const seed of [1, 2]) {
        const index = make(seed);
        const r = communitiesOnIndex(index);
        const oracle = graphologyLouvain(index);
        expect(r.modularity).toBeGreaterThanOrEqual(oracle.modularity - ORACLE_TOLERANCE);
        expectClose(r.modularity, modularity(index, r.assignment), 1e-12, 'reported Q');
        expect(new Set(r.assignment).size).toBe(r.count);
      }
    }, 60_000);
  }
});

describe('determinism', () => {
  it('same seed → the same partition and restart values, undirected and directed', () => {
    for (const index of [plantedPartition(6, 30, 0.1, 0.02, 5), plantedPartition(6, 30, 0.1, 0.02, 5, { directed: true, weighted: true })]) {
      const a = communitiesOnIndex(index, { seed: 3, restarts: 4 });
      const b = communitiesOnIndex(index, { seed: 3, restarts: 4 });
      expect(Array.from(b.assignment)).toEqual(Array.from(a.assignment));
      expect(b.restartModularities).toEqual(a.restartModularities);
      // Restart k does not depend on how many restarts follow it.
      expect(communitiesOnIndex(index, { seed: 3, restarts: 1 }).restartModularities[0]).toBe(a.restartModularities[0]);
    }
  });
});
