/**
 * Each finding rule fires on a cluster built to trigger it and stays silent on one built not to.
 * Structural rules on hand-built clusters (analysed); rules whose input is a statistic that a tiny
 * cluster cannot be made to give on purpose (null-model z, Triple-Helix T) or a section of another
 * branch (opportunities) on hand-made report objects: the rules are pure functions of the report.
 */
import { describe, it, expect } from 'vitest';
import { findings } from '../../../src/analysis/findings/index.js';
import type { Report } from '../../../src/analysis/report-types.js';
import { complete, cycle, has, ids, reportOf, star } from './helpers.js';

const fired = (r: Report, id: string, config = {}) => findings(r, config).filter((f) => f.id === id);

describe('resilience rules', () => {
  it('isolates, single-tie members, one-member communities: fire with an isolate and pendants, silent on a cycle', async () => {
    const v = ids(6);
    const yes = await reportOf({ members: [...v, 'lone', 'p'], ties: [...cycle(v), ['m5', 'p']] });
    expect(yes.summary.isolates).toBeGreaterThan(0);
    expect(has(yes, 'isolates')).toBe(true);
    expect(fired(yes, 'isolates')[0].evidence.members).toContain('lone');
    expect(has(yes, 'singleton-communities')).toBe(true);
    expect(fired(yes, 'single-tie-members')[0].evidence.members).toEqual(['p']);
    const no = await reportOf({ members: v, ties: cycle(v) });
    for (const id of ['isolates', 'single-tie-members', 'singleton-communities', 'cut-points', 'key-player']) expect(has(no, id), id).toBe(false);
  });

  it('cut points and key player: fire on a star, silent on a complete graph', async () => {
    const v = ids(7);
    const s = await reportOf({ members: v, ties: star('m0', v.slice(1)) });
    const cut = fired(s, 'cut-points');
    expect(cut).toHaveLength(1);
    expect(cut[0].evidence.members).toEqual(['m0']);
    expect(cut[0].evidence.ties).toHaveLength(6);
    expect(has(s, 'key-player')).toBe(true);
    expect(has(s, 'single-tie-members')).toBe(true);
    const k = await reportOf({ members: v, ties: complete(v) });
    for (const id of ['cut-points', 'key-player', 'single-tie-members']) expect(has(k, id), id).toBe(false);
  });
});

describe('centralization and brokerage rules', () => {
  const sectors: Record<string, [string, string]> = { c: ['hub', 'local'], a1: ['a', 'local'], a2: ['a', 'local'], b1: ['b', 'local'], b2: ['b', 'local'], d1: ['d', 'local'], d2: ['d', 'local'], e1: ['e', 'local'] };
  it('centralized, lead organisation, brokers, brokerage on one member, structural holes: fire on a star of sectors', async () => {
    const r = await reportOf({ members: sectors, ties: star('c', Object.keys(sectors).slice(1)) });
    for (const id of ['centralized', 'lead-organisation', 'cross-sector-brokers', 'brokerage-on-one-member', 'structural-holes']) expect(has(r, id), id).toBe(true);
    expect(fired(r, 'lead-organisation')[0].evidence.members).toEqual(['c']);
    expect(fired(r, 'cross-sector-brokers')[0].evidence.members[0]).toBe('c');
  });
  it('… and stay silent on a complete graph of the same members', async () => {
    const r = await reportOf({ members: sectors, ties: complete(Object.keys(sectors)) });
    for (const id of ['centralized', 'lead-organisation', 'cross-sector-brokers', 'brokerage-on-one-member', 'structural-holes']) expect(has(r, id), id).toBe(false);
  });
  it('brokerage on one member is silent on a cycle (brokerage spread evenly)', async () => {
    const v = ids(8);
    const r = await reportOf({ members: Object.fromEntries(v.map((id, i) => [id, [`s${i % 4}`, 'local']])), ties: cycle(v) });
    expect(r.brokerage.totals.total).toBeGreaterThan(0);
    expect(has(r, 'brokerage-on-one-member')).toBe(false);
    expect(has(r, 'lead-organisation')).toBe(false);
  });
});

describe('synergy rules', () => {
  const two = (n: number) => ({ ...Object.fromEntries(ids(n, 'a').map((id) => [id, ['A', 'local']])), ...Object.fromEntries(ids(n, 'b').map((id) => [id, ['B', 'local']])) }) as Record<string, [string, string]>;
  it('cross-sector below chance and an isolated sector: two sector cliques', async () => {
    const cliques = [...complete(ids(6, 'a')), ...complete(ids(6, 'b'))];
    const r = await reportOf({ members: two(6), ties: cliques });
    expect(has(r, 'cross-sector-below-chance')).toBe(true);
    expect(has(r, 'cross-sector-above-chance')).toBe(false);
    expect(fired(r, 'isolated-sector').map((f) => f.evidence.members.length)).toEqual([6, 6]);
    const joined = await reportOf({ members: two(6), ties: [...cliques, ['a0', 'b0']] });
    expect(has(joined, 'isolated-sector')).toBe(false);
  });
  it('cross-sector above chance: ties only across the two sectors; silent when p is large', async () => {
    const across: [string, string][] = [];
    for (let i = 0; i < 6; i++) for (let j = 0; j < 6; j++) if ((i + j) % 2 === 0) across.push([`a${i}`, `b${j}`]);
    const r = await reportOf({ members: two(6), ties: across });
    expect(has(r, 'cross-sector-above-chance')).toBe(true);
    expect(has(r, 'cross-sector-below-chance')).toBe(false);
    // A ring alternating sectors by pairs: as many ties inside as across, chance level.
    const ring = ['a0', 'a1', 'b0', 'b1', 'a2', 'a3', 'b2', 'b3', 'a4', 'a5', 'b4', 'b5'];
    const even = await reportOf({ members: two(6), ties: cycle(ring) });
    expect(has(even, 'cross-sector-above-chance') || has(even, 'cross-sector-below-chance')).toBe(false);
  });
  it('Triple-Helix: T < 0 synergy, T > 0 none, no finding without projects', async () => {
    const base = await reportOf({ members: ids(4), ties: cycle(ids(4)) });
    expect(has(base, 'triple-helix-synergy') || has(base, 'triple-helix-no-synergy')).toBe(false);
    const th = (T: number) => ({ ...base, synergy: { ...base.synergy, tripleHelix: { projects: 12, T_AIG: T } } }) as unknown as Report;
    expect(fired(th(-0.02), 'triple-helix-synergy')).toHaveLength(1);
    expect(fired(th(-0.02), 'triple-helix-no-synergy')).toHaveLength(0);
    expect(fired(th(0.05), 'triple-helix-no-synergy')).toHaveLength(1);
    expect(fired(th(0.05), 'triple-helix-synergy')).toHaveLength(0);
  });
});

describe('balance rules', () => {
  it('orientation and level imbalance: one level fires both; two levels with ties both ways stay silent', async () => {
    const v = ids(6);
    const one = await reportOf({ members: Object.fromEntries(v.map((id) => [id, ['s', 'local']])), ties: cycle(v) });
    expect(has(one, 'orientation-imbalance')).toBe(true);
    expect(fired(one, 'orientation-imbalance')[0].indicator).toBe('synergy.orientation.overall.horizontal');
    expect(has(one, 'level-imbalance')).toBe(true);
    // Levels local, local, regional, regional, local, local round a cycle: 4 horizontal, 2 vertical ties.
    const levels = ['local', 'local', 'regional', 'regional', 'local', 'local'];
    const mixed = await reportOf({ members: Object.fromEntries(v.map((id, i) => [id, ['s', levels[i]]])), ties: cycle(v) });
    expect(mixed.synergy.orientation.overall.horizontal).toBeGreaterThan(0);
    expect(mixed.synergy.orientation.overall.vertical).toBeGreaterThan(0);
    expect(has(mixed, 'orientation-imbalance')).toBe(false);
    expect(has(mixed, 'level-imbalance')).toBe(false);
  });
});

describe('cohesion rules (null model)', () => {
  const withZ = (r: Report, tz: number, lz: number) => {
    const nm = structuredClone(r.nullModel!);
    nm.indicators.transitivity.z = tz;
    nm.indicators.averagePathLength.z = lz;
    return { ...r, nullModel: nm } as Report;
  };
  it('small world, no closure, long paths fire and stay silent by the z-scores; none without a null model', async () => {
    const v = ids(10);
    const r = await reportOf({ members: v, ties: [...cycle(v), ['m0', 'm5'], ['m0', 'm2']] });
    expect(fired(withZ(r, 3, 0.5), 'small-world')).toHaveLength(1);
    expect(fired(withZ(r, 3, 0.5), 'no-closure')).toHaveLength(0);
    expect(fired(withZ(r, 3, 3), 'small-world')).toHaveLength(0);
    expect(fired(withZ(r, 3, 3), 'long-paths')).toHaveLength(1);
    expect(fired(withZ(r, 1, 0), 'no-closure')).toHaveLength(1);
    expect(fired(withZ(r, 1, 0), 'long-paths')).toHaveLength(0);
    expect(fired(withZ(r, 2.5, 0), 'no-closure', { z: 3 })).toHaveLength(1);
    const off = await reportOf({ members: v, ties: cycle(v) }, { nullSamples: 0 });
    for (const id of ['small-world', 'no-closure', 'long-paths']) expect(has(off, id)).toBe(false);
  });
  it('on a real cluster: a lattice ring closes triads above chance and has long paths', async () => {
    const v = ids(24);
    const ties: [string, string][] = [...cycle(v), ...v.map((a, i) => [a, v[(i + 2) % v.length]] as [string, string])];
    const r = await reportOf({ members: v, ties }, { nullSamples: 100 });
    expect(r.nullModel!.indicators.transitivity.z!).toBeGreaterThan(1.96);
    expect(has(r, 'long-paths')).toBe(true);
    expect(has(r, 'no-closure')).toBe(false);
  });
});

describe('opportunity rules', () => {
  it('recommended ties: the top cross-sector recommendations with their effects; silent without the section', async () => {
    const r = await reportOf({ members: { a: ['A', 'local'], b: ['B', 'local'], c: ['A', 'local'] }, ties: [['a', 'c'], ['c', 'b']] });
    // The analysis's own opportunities section proposes a–b (sectors A and B, partner c in common).
    expect(r.opportunities!.recommendations.map((x) => [x.source.id, x.target.id])).toEqual([['a', 'b']]);
    expect(has(r, 'recommended-ties')).toBe(true);
    expect(findings({ ...r, opportunities: undefined } as Report).some((x) => x.id === 'recommended-ties')).toBe(false);
    const rec = (i: number, crosses: boolean) => ({
      source: { id: 'a', name: 'Member a' }, target: { id: 'b', name: 'Member b' }, score: 1 - i / 10,
      crosses: crosses ? { attribute: 'sector', source: 'A', target: 'B' } : null, sharedPartners: [{ id: 'c', name: 'Member c' }],
      effects: { bridgesBackedUp: [['a', 'c']], articulationPointsRelieved: ['c'], joinsComponents: false, joinsCommunities: null, eiIndex: { attribute: 'sector', before: 0, after: 0.33 }, constraint: {} },
      explanation: 'They share a partner.',
    });
    const withRecs = { ...r, opportunities: { score: 'resourceAllocation', cross: 'sector', candidates: 7, recommendations: [0, 1, 2, 3, 4, 5, 6].map((i) => rec(i, i !== 1)) } } as unknown as Report;
    const f = fired(withRecs, 'recommended-ties');
    expect(f.map((x) => x.indicator)).toEqual(['opportunities.recommendations.0.score', 'opportunities.recommendations.2.score', 'opportunities.recommendations.3.score', 'opportunities.recommendations.4.score']);
    expect(f[0].evidence.ties).toEqual([['a', 'b']]);
    expect(f[0].statement).toContain('second route around 1 bridge');
    expect(fired(withRecs, 'recommended-ties', { recommendations: 1 })).toHaveLength(1);
  });
});
