import { describe, it, expect } from 'vitest';
import { detectCommunities } from '../../src/metrics/communities.js';
import { modularity } from '../../src/metrics/modularity.js';
import { DATASETS, loadReference } from '../helpers/reference.js';

describe('typed-array Louvain (engine csr, used above the exact-size threshold)', () => {
  for (const name of DATASETS) {
    it(`${name}: a valid partition with modularity close to the graphology engine's`, () => {
      const L = loadReference(name);
      if (L.index.directed) return; // csr engine is undirected-only; directed graphs keep graphology
      const a = detectCommunities(L.graph, L.index, { engine: 'csr', restarts: 5, seed: 1 });
      const b = detectCommunities(L.graph, L.index, { engine: 'graphology', restarts: 5, seed: 1 });
      expect(a.assignment.length).toBe(L.index.n);
      expect(a.modularity).toBeCloseTo(modularity(L.index, a.assignment), 12);
      expect(a.modularity).toBeGreaterThan(b.modularity - 0.02);
      const again = detectCommunities(L.graph, L.index, { engine: 'csr', restarts: 5, seed: 1 });
      expect(Array.from(again.assignment)).toEqual(Array.from(a.assignment));
    });
  }
});
