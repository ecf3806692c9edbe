import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  defaultHelixOfType,
  helixEntropies,
  projectHelices,
  resolveHelix,
  tripleHelix,
  type Helix,
} from '../../src/metrics/triple-helix.js';
import { projectTies } from '../../src/model/projects.js';
import { REFERENCE_DIR, expectClose, loadReferenceJson, readRows } from '../helpers/reference.js';

/** Cases from letter strings: 'AI' = academia + industry. */
function cases(patterns: string[]): { project: string; helices: Set<Helix> }[] {
  const of: Record<string, Helix> = { A: 'academia', I: 'industry', G: 'government', C: 'civil' };
  return patterns.map((p, i) => ({ project: `p${i}`, helices: new Set([...p].map((ch) => of[ch])) }));
}

describe('Triple Helix on school-cluster projects (reference triple_helix block)', () => {
  const ref = loadReferenceJson('school-cluster').triple_helix;
  const members = readRows(join(REFERENCE_DIR, 'school-cluster', 'members.csv'));
  const mapping: Record<string, Helix> = ref.helix_mapping;
  const typeOf = new Map(members.map((m) => [m.id, m.type]));
  const rows = readRows(join(REFERENCE_DIR, 'school-cluster', 'projects.csv')) as { project: string; member: string }[];
  const projects = projectHelices(rows, (id) => mapping[typeOf.get(id) ?? ''] ?? null);

  it('builds the 40 cases with the reference 0/1 vectors, in order of first appearance', () => {
    expect(projects.map((p) => p.project)).toEqual(Object.keys(ref.projects));
    for (const p of projects) {
      for (const h of ref.helices as Helix[]) expect(p.helices.has(h) ? 1 : 0).toBe(ref.projects[p.project][h]);
    }
  });

  it('matches entropies, T for every triad and T4 to 1e-9', () => {
    const r = tripleHelix(projects);
    expect(r.projects).toBe(ref.n_projects);
    expect(Object.keys(r.entropy)).toEqual(Object.keys(ref.entropy_bits));
    for (const [key, value] of Object.entries(ref.entropy_bits)) expectClose(r.entropy[key], value as number, 1e-9, key);
    expectClose(r.T_AIG, ref.T_AIG, 1e-9, 'T_AIG');
    for (const t of ['AIG', 'AIC', 'AGC', 'IGC'] as const) expectClose(r.triads[t], ref.T_triads[t], 1e-9, t);
    expectClose(r.T4, ref.T4_AIGC, 1e-9, 'T4');
    expect(r.helixCounts).toEqual(ref.helix_counts);
    expect(r.configurations).toEqual(ref.configurations);
  });

  it('the documented default type mapping gives the same helices on this dataset', () => {
    for (const [type, helix] of Object.entries(mapping)) expect(defaultHelixOfType(type)).toBe(helix);
    const viaResolve = projectHelices(rows, (id) => {
      const m = members.find((x) => x.id === id)!;
      return resolveHelix({ sector: m.sector || null, type: m.type || null });
    });
    // school-cluster sectors are public/private/nonprofit, so resolveHelix falls through to the type.
    expectClose(tripleHelix(viaResolve).T_AIG, ref.T_AIG, 1e-12, 'T_AIG via resolveHelix');
  });

  it('projectTies equals project-ties.csv exactly', () => {
    const expected = readRows(join(REFERENCE_DIR, 'school-cluster', 'project-ties.csv')).map((r) => ({
      source: r.source,
      target: r.target,
      weight: Number(r.weight),
    }));
    expect(expected.length).toBe(343);
    expect(projectTies(rows)).toEqual(expected);
  });
});

describe('Triple Helix: textbook and worked examples', () => {
  it('G = A xor I gives −1 bit', () => {
    const r = tripleHelix(cases(['', 'IG', 'AG', 'AI']));
    expectClose(r.T_AIG, -1, 1e-15, 'xor');
  });

  it('A = I = G gives +1 bit', () => {
    const r = tripleHelix(cases(['', 'AIG', 'AIG', '']));
    expectClose(r.T_AIG, 1, 1e-15, 'copies');
    // C constant (always absent): no information, every triad with C is 0.
    expectClose(r.triads.AIC, 0, 1e-15, 'AIC');
    expectClose(r.entropy.H_C, 0, 1e-15, 'H_C');
  });

  it('the 10-project example of the notes: T = −0.0897 bits', () => {
    const r = tripleHelix(cases(['AI', 'AI', 'AG', 'AIG', 'A', 'I', 'IG', 'AIG', 'A', 'G']));
    expectClose(r.entropy.H_A, 0.8813, 1e-4, 'H_A');
    expectClose(r.entropy.H_I, 0.971, 1e-4, 'H_I');
    expectClose(r.entropy.H_G, 1, 1e-12, 'H_G');
    expectClose(r.entropy.H_AI, 1.8464, 1e-4, 'H_AI');
    expectClose(r.entropy.H_AG, 1.8464, 1e-4, 'H_AG');
    expectClose(r.entropy.H_IG, 1.971, 1e-4, 'H_IG');
    expectClose(r.entropy.H_AIG, 2.7219, 1e-4, 'H_AIG');
    expect(Math.abs(r.T_AIG - -0.0897)).toBeLessThan(2e-4);
    // exact: −0.3 log2 0.3 − 0.7 log2 0.7 etc. combined
    const h = (...p: number[]) => -p.reduce((s, x) => s + x * Math.log2(x), 0);
    const exact = h(0.7, 0.3) + h(0.6, 0.4) + 1 - h(0.4, 0.3, 0.2, 0.1) - h(0.4, 0.3, 0.2, 0.1) - h(0.3, 0.3, 0.2, 0.2)
      + h(0.2, 0.2, 0.2, 0.1, 0.1, 0.1, 0.1);
    expectClose(r.T_AIG, exact, 1e-12, 'exact');
  });

  it('four dimensions: copies of one bit give +1, independent bits give 0', () => {
    expectClose(tripleHelix(cases(['AIGC', ''])).T4, 1, 1e-15, 'copies');
    const all16 = Array.from({ length: 16 }, (_, m) => ['A', 'I', 'G', 'C'].filter((_, b) => m & (1 << b)).join(''));
    const r = tripleHelix(cases(all16));
    expectClose(r.T4, 0, 1e-12, 'independent');
    expectClose(r.entropy.H_AIGC, 4, 1e-12, 'H_AIGC');
    for (const t of Object.values(r.triads)) expectClose(t, 0, 1e-12, 'triad');
  });

  it('no projects: NaN everywhere; one project: all zero', () => {
    const empty = tripleHelix([]);
    expect(empty.projects).toBe(0);
    expect(Number.isNaN(empty.T_AIG) && Number.isNaN(empty.T4) && Number.isNaN(empty.entropy.H_A)).toBe(true);
    const one = tripleHelix(cases(['AI']));
    expect(one.T_AIG).toBe(0);
    expect(Object.values(helixEntropies(cases(['AI']))).every((x) => x === 0)).toBe(true);
  });
});

describe('helix assignment and project ties', () => {
  it('defaultHelixOfType follows the documented mapping', () => {
    const table: [string | null, Helix | null][] = [
      ['university', 'academia'], ['research', 'academia'], ['teacher-training', 'academia'], ['college', 'academia'],
      ['school', 'academia'], ['business', 'industry'], ['it-company', 'industry'], ['state', 'government'],
      ['ministry', 'government'], ['inspectorate', 'government'], ['ngo', 'civil'], ['international', 'civil'],
      [' University ', 'academia'], ['media', null], [null, null],
    ];
    for (const [type, helix] of table) expect(defaultHelixOfType(type)).toBe(helix);
  });

  it('resolveHelix: helix, then sector, then overrides, then the default', () => {
    expect(resolveHelix({ helix: 'civil', sector: 'industry', type: 'university' })).toBe('civil');
    expect(resolveHelix({ helix: 'other', sector: 'Industry', type: 'university' })).toBe('industry');
    expect(resolveHelix({ helix: null, sector: 'public', type: 'university' })).toBe('academia');
    expect(resolveHelix({ sector: 'public', type: 'museum' }, { museum: 'civil' })).toBe('civil');
    expect(resolveHelix({ sector: null, type: 'school' }, { school: 'government' })).toBe('government');
    expect(resolveHelix({ sector: null, type: 'museum' })).toBeNull();
    expect(resolveHelix({ sector: null, type: null }, { museum: 'civil' })).toBeNull();
  });

  it('projectHelices keeps first-appearance order and empty projects', () => {
    const helixOf = (id: string): Helix | null => ({ u: 'academia', b: 'industry' } as Record<string, Helix>)[id] ?? null;
    const r = projectHelices(
      [
        { project: 'P2', member: 'u' },
        { project: 'P1', member: 'x' },
        { project: 'P2', member: 'b' },
        { project: 'P2', member: 'u' },
      ],
      helixOf,
    );
    expect(r.map((p) => [p.project, [...p.helices].sort()])).toEqual([
      ['P2', ['academia', 'industry']],
      ['P1', []],
    ]);
  });

  it('projectTies counts shared projects once per project, string order', () => {
    const ties = projectTies([
      { project: 'P1', member: 'b' },
      { project: 'P1', member: 'a' },
      { project: 'P1', member: 'a' },
      { project: 'P2', member: 'b' },
      { project: 'P2', member: 'a' },
      { project: 'P2', member: 'C' },
      { project: 'P3', member: 'solo' },
    ]);
    expect(ties).toEqual([
      { source: 'C', target: 'a', weight: 1 },
      { source: 'C', target: 'b', weight: 1 },
      { source: 'a', target: 'b', weight: 2 },
    ]);
    expect(projectTies([])).toEqual([]);
  });
});
