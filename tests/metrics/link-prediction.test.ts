/**
 * The link-prediction scores against networkx 2.8 / a dense numpy inverse (fixtures/link-prediction/
 * scores.json, written by make-scores.py) on the reference datasets and generated graphs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indexFromArcs } from '../../src/graph/graph-index.js';
import { linkView, type LinkView } from '../../src/metrics/link-prediction/view.js';
import { pairNeighbourhoodScores, twoHopScores } from '../../src/metrics/link-prediction/neighbourhood.js';
import { topPreferential } from '../../src/metrics/link-prediction/preferential.js';
import { defaultKatzBeta, katzFrom } from '../../src/metrics/link-prediction/katz.js';
import { personalizedPagerankFrom, pprPairScore } from '../../src/metrics/link-prediction/personalized-pagerank.js';
import { adjacent } from '../../src/metrics/link-prediction/view.js';

interface Graph {
  name: string;
  n: number;
  edges: [number, number][];
  twoHop: [number, number, number, number, number, number][];
  paTop: [number, number, number][];
  lambdaMax: number;
  katzBeta: number;
  katz: [number, number, number][];
  ppr: { source: number; values: [number, number, number][] }[];
}

const fixture = JSON.parse(readFileSync(new URL('../../fixtures/link-prediction/scores.json', import.meta.url), 'utf8')) as { graphs: Graph[] };

function viewOf(g: Graph): LinkView {
  const ids = Array.from({ length: g.n }, (_, i) => String(i));
  const index = indexFromArcs(ids, false, { src: g.edges.map((e) => e[0]), dst: g.edges.map((e) => e[1]), w: g.edges.map(() => 1) }, { weighted: false });
  return linkView(index);
}

const close = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

describe('link-prediction scores = networkx 2.8', () => {
  it('has the graphs of the fixture', () => {
    expect(fixture.graphs.map((g) => g.name)).toContain('karate');
    expect(fixture.graphs.length).toBeGreaterThanOrEqual(12);
  });

  for (const g of fixture.graphs) {
    describe(g.name, () => {
      const view = viewOf(g);

      it('enumerates exactly the non-adjacent pairs with a common neighbour, with CN, Jaccard, Adamic–Adar and RA', () => {
        const pairs = twoHopScores(view);
        expect(pairs.count).toBe(g.twoHop.length);
        for (let i = 0; i < pairs.count; i++) {
          const [u, v, cn, jac, aa, ra] = g.twoHop[i];
          expect([pairs.u[i], pairs.v[i]]).toEqual([u, v]);
          expect(pairs.commonNeighbours[i]).toBe(cn);
          expect(close(pairs.jaccard[i], jac, 1e-12)).toBe(true);
          expect(close(pairs.adamicAdar[i], aa, 1e-12)).toBe(true);
          expect(close(pairs.resourceAllocation[i], ra, 1e-12)).toBe(true);
          const one = pairNeighbourhoodScores(view, u, v);
          expect(one.commonNeighbours).toBe(cn);
          expect(close(one.adamicAdar, aa, 1e-12) && close(one.resourceAllocation, ra, 1e-12) && close(one.jaccard, jac, 1e-12)).toBe(true);
        }
      });

      it('finds the top pairs by preferential attachment from the degree order', () => {
        const { pairs } = topPreferential(view, g.paTop.length, (u, v) => !adjacent(view, u, v));
        expect(pairs.map(([u, v]) => [u, v, view.degree[u] * view.degree[v]])).toEqual(g.paTop.map(([u, v, p]) => [Math.min(u, v), Math.max(u, v), p]));
      });

      it('Katz equals the dense (I − βA)⁻¹ − I with β = 0.5/λ_max', () => {
        const beta = defaultKatzBeta(view);
        expect(close(beta, g.katzBeta, 1e-9)).toBe(true);
        const out = new Float64Array(g.n);
        const bySource = new Map<number, [number, number][]>();
        for (const [u, v, s] of g.katz) bySource.set(u, [...(bySource.get(u) ?? []), [v, s]]);
        for (const [u, list] of bySource) {
          katzFrom(view, u, g.katzBeta, out);
          for (const [v, s] of list) expect(Math.abs(out[v] - s)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(s)));
        }
      });

      it('personalised PageRank equals networkx pagerank(personalization={u: 1}) both ways', () => {
        const pi = new Float64Array(g.n);
        for (const { source, values } of g.ppr) {
          personalizedPagerankFrom(view, source, 0.85, pi);
          for (const [v, suv, svu] of values) {
            expect(Math.abs(pi[v] - suv)).toBeLessThanOrEqual(1e-10);
            expect(Math.abs(pprPairScore(view, pi, source, v) - (suv + svu))).toBeLessThanOrEqual(1e-10);
          }
        }
      });
    });
  }
});
