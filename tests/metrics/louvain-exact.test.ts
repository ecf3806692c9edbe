/**
 * The Louvain engine against the exact optimum: on small random graphs (9 members) the modularity of
 * every partition is computed (21,147 set partitions, restricted growth strings) and the engine's best
 * of 10 seeded restarts — without the refinement pass, so that its own gains are what is checked —
 * must reach the maximum. Louvain is a heuristic and misses it now and then; the bound (27 of 30 per
 * variant) is what a correct gain reaches here, while a wrong directed gain (k^out·tot^out +
 * k^in·tot^in instead of k^out·tot^in + k^in·tot^out) reaches only 20–22.
 */
import { describe, expect, it } from 'vitest';
import type { GraphIndex } from '../../src/graph/graph-index.js';
import { createRng, deriveSeed } from '../../src/graph/random.js';
import { louvain } from '../../src/metrics/communities/index.js';
import { modularity } from '../../src/metrics/modularity.js';
import { erdosRenyi } from '../helpers/random-graphs.js';

/** Largest modularity over all partitions of the members (n ≤ 10). */
function exactOptimum(index: GraphIndex): number {
  const n = index.n;
  const a = new Int32Array(n);
  let best = -Infinity;
  const extend = (i: number, used: number): void => {
    if (i === n) {
      best = Math.max(best, modularity(index, a));
      return;
    }
    for (let c = 0; c <= used; c++) {
      a[i] = c;
      extend(i + 1, Math.max(used, c + 1));
    }
  };
  extend(0, 0);
  return best;
}

describe('Louvain engine vs exhaustive search (30 random graphs of 9 members per variant)', () => {
  for (const directed of [false, true]) {
    for (const weighted of [true, false]) {
      it(`${directed ? 'directed' : 'undirected'}, ${weighted ? 'weights 1..5' : 'unweighted'}`, () => {
        let reached = 0;
        for (let seed = 1; seed <= 30; seed++) {
          const graph = erdosRenyi(9, directed ? 18 : 14, seed, { directed, weighted });
          const optimum = exactOptimum(graph);
          let best = -Infinity;
          for (let k = 0; k < 10; k++) best = Math.max(best, modularity(graph, louvain(graph, 1, createRng(deriveSeed(42, k)))));
          expect(best).toBeLessThanOrEqual(optimum + 1e-12);
          expect(best).toBeGreaterThan(optimum - 0.05);
          if (best >= optimum - 1e-12) reached++;
        }
        expect(reached).toBeGreaterThanOrEqual(27);
      }, 60_000);
    }
  }
});
