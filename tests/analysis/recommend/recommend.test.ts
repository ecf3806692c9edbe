/**
 * Recommendations: filters never return a pair that violates them; effects equal a recomputation on the
 * graph with the tie added (Burt constraint, bridges, articulation points, E-I); errors are input errors;
 * same input → same output.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../../src/io/build-cluster.js';
import { recommend } from '../../../src/analysis/recommend/recommend.js';
import { indexFromArcs } from '../../../src/graph/graph-index.js';
import { structuralHoles } from '../../../src/metrics/structural-holes.js';
import { articulationPointsAndBridges, blockCut } from '../../../src/metrics/resilience.js';
import { InputError } from '../../../src/model/errors.js';
import { groupKey } from '../../../src/model/group-key.js';
import type { ClusterData } from '../../../src/model/cluster.js';

const ex = new URL('../../../fixtures/example/', import.meta.url);
const example = buildCluster({ members: readFileSync(new URL('members.csv', ex), 'utf8'), ties: readFileSync(new URL('ties.csv', ex), 'utf8') });
const attrOf = (data: ClusterData, id: string) => data.members.attributes[data.members.ids.indexOf(id)];

describe('filters', () => {
  const tied = new Set<string>();
  for (let e = 0; e < example.ties.count; e++) {
    const a = example.members.ids[example.ties.src[e]];
    const b = example.members.ids[example.ties.dst[e]];
    tied.add(`${a}\u0000${b}`);
    tied.add(`${b}\u0000${a}`);
  }
  for (const score of ['resource-allocation', 'jaccard', 'preferential-attachment', 'katz', 'personalized-pagerank'] as const) {
    it(`${score}: --cross sector / level / type, --between, --for hold for every pair`, () => {
      for (const cross of ['sector', 'level', 'type'] as const) {
        const r = recommend(example, { score, cross, top: 50 });
        expect(r.recommendations.length).toBeGreaterThan(0);
        for (const x of r.recommendations) {
          expect(tied.has(`${x.source.id}\u0000${x.target.id}`)).toBe(false);
          const a = attrOf(example, x.source.id)[cross];
          const b = attrOf(example, x.target.id)[cross];
          expect(a !== null && b !== null && groupKey(a) !== groupKey(b)).toBe(true);
          expect(x.crosses).toEqual({ attribute: cross, source: expect.any(String), target: expect.any(String) });
        }
        for (let i = 1; i < r.recommendations.length; i++) expect(r.recommendations[i - 1].score).toBeGreaterThanOrEqual(r.recommendations[i].score);
      }
      const b = recommend(example, { score, cross: 'sector', between: ['education', 'industry'], top: 50 });
      for (const x of b.recommendations) expect(new Set([attrOf(example, x.source.id).sector, attrOf(example, x.target.id).sector])).toEqual(new Set(['education', 'industry']));
      const f = recommend(example, { score, cross: 'none', for: 'MOE', top: 50 });
      expect(f.recommendations.length).toBeGreaterThan(0);
      for (const x of f.recommendations) expect(x.source.id === 'MOE' || x.target.id === 'MOE').toBe(true);
    });
  }

  it('counts the candidates: untied pairs passing the filters', () => {
    const r = recommend(example, { cross: 'none', score: 'jaccard' });
    const n = example.members.ids.length;
    expect(r.candidates).toBe((n * (n - 1)) / 2 - tied.size / 2);
  });
});

describe('effects = recomputation with the tie added', () => {
  // Two triangles joined by a path, a pendant and a separate pair: bridges and articulation points to relieve.
  const chain = buildCluster({
    members: 'id,name,sector\na,A,x\nb,B,y\nc,C,x\nd,D,y\ne,E,x\nf,F,y\ng,G,x\nh,H,y\ni,I,x\nj,J,y\nk,K,x\n',
    ties: 'source,target\na,b\nb,c\nc,a\nc,d\nd,e\ne,f\nf,g\ng,e\ng,h\nh,i\nj,k\n',
  });
  let seen = { bridges: 0, points: 0, components: 0 };
  for (const [name, data, score] of [['example', example, 'preferential-attachment'], ['chain', chain, 'katz'], ['chain', chain, 'preferential-attachment']] as const) it(`constraint, bridges, articulation points of every recommendation (${name}, ${score})`, () => {
    const r = recommend(data, { score, cross: 'none', top: 60 });
    const example = data;
    const before = indexFromArcs(example.members.ids, false, example.ties.arcs(), { weighted: true });
    const cut0 = articulationPointsAndBridges(before, blockCut(before));
    const holes0 = structuralHoles(before);
    for (const x of r.recommendations) {
      const arcs = example.ties.arcs();
      const u = example.members.ids.indexOf(x.source.id);
      const v = example.members.ids.indexOf(x.target.id);
      const after = indexFromArcs(example.members.ids, false, { src: [...arcs.src, u], dst: [...arcs.dst, v], w: [...arcs.w, 1] }, { weighted: true });
      const holes1 = structuralHoles(after);
      const e = x.effects;
      expect(e.constraint.source.before).toBeCloseTo(holes0.constraint[u], 12);
      expect(e.constraint.target.before).toBeCloseTo(holes0.constraint[v], 12);
      expect(e.constraint.source.after).toBeCloseTo(holes1.constraint[u], 12);
      expect(e.constraint.target.after).toBeCloseTo(holes1.constraint[v], 12);
      const cut1 = articulationPointsAndBridges(after, blockCut(after));
      const name = (i: number) => before.ids[i];
      const key = (b: [number, number]) => [name(b[0]), name(b[1])].sort().join('|');
      const gone = cut0.bridges.map(key).filter((k) => !new Set(cut1.bridges.map(key)).has(k)).sort();
      expect(e.bridgesBackedUp.map((b) => b.join('|')).sort()).toEqual(gone);
      const ap1 = new Set([...cut1.articulationPoints].map(name));
      expect([...e.articulationPointsRelieved].sort()).toEqual([...cut0.articulationPoints].map(name).filter((a) => !ap1.has(a)).sort());
      seen = { bridges: seen.bridges + e.bridgesBackedUp.length, points: seen.points + e.articulationPointsRelieved.length, components: seen.components + (e.joinsComponents ? 1 : 0) };
    }
  });
  it('met bridges, articulation points and separate components above', () => {
    expect(seen.bridges).toBeGreaterThan(0);
    expect(seen.points).toBeGreaterThan(0);
    expect(seen.components).toBeGreaterThan(0);
  });
});

describe('errors and determinism', () => {
  const fails = (f: () => unknown, code: string) => {
    try {
      f();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).code).toBe(code);
      return;
    }
    throw new Error('no error');
  };
  it('refuses an unknown score, group, member, year and a backtest without positives', () => {
    fails(() => recommend(example, { score: 'magic' }), 'unknown-score');
    fails(() => recommend(example, { cross: 'type', between: ['school', 'spaceship'] }), 'unknown-group');
    fails(() => recommend(example, { for: 'NOPE' }), 'unknown-member');
    fails(() => recommend(example, { backtest: 1900 }), 'invalid-option');
    fails(() => recommend(example, { backtest: 2024, until: 2024 }), 'invalid-option');
    fails(() => recommend(example, { backtest: 2018, cross: 'type', between: ['school', 'spaceship'] }), 'unknown-group');
    fails(() => recommend(example, { backtest: 2022 }), 'no-positives');
  });
  it('gives the same result twice', () => {
    expect(JSON.stringify(recommend(example, { backtest: 2018 }))).toBe(JSON.stringify(recommend(example, { backtest: 2018 })));
  });
});

describe('cli: recommend', () => {
  it('exits 2 with a clear message on bad options, 0 otherwise', async () => {
    const { main } = await import('../../../src/cli/main.js');
    const members = new URL('../../../fixtures/example/members.csv', import.meta.url).pathname;
    const writes: string[] = [];
    const orig = process.stderr.write.bind(process.stderr);
    const origOut = process.stdout.write.bind(process.stdout);
    process.stderr.write = ((s: string) => (writes.push(String(s)), true)) as typeof process.stderr.write;
    process.stdout.write = ((s: string) => (writes.push(String(s)), true)) as typeof process.stdout.write;
    try {
      expect(await main(['recommend', members, '--score', 'magic'])).toBe(2);
      expect(writes.join('')).toContain('--score "magic"');
      expect(await main(['recommend', members, '--cross', 'type', '--between', 'school,spaceship'])).toBe(2);
      expect(await main(['recommend', members, '--for', 'NOPE'])).toBe(2);
      expect(await main(['recommend', members, '--backtest', '1990'])).toBe(2);
      expect(await main(['recommend', members, '--backtest', '2022'])).toBe(2);
      expect(writes.join('')).not.toMatch(/\n\s+at /); // no stack trace
      expect(await main(['recommend', members, '--top', '3', '--format', 'json'])).toBe(0);
    } finally {
      process.stderr.write = orig;
      process.stdout.write = origOut;
    }
    const json = JSON.parse(writes.filter((w) => w.startsWith('{')).join(''));
    expect(json.kind).toBe('recommendations');
    expect(json.recommendations).toHaveLength(3);
  });
});
