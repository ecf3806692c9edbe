/**
 * The Triple-Helix block of the synergy section: maps members to helices and measures
 * Leydesdorff's mutual information over the joint projects (metrics in src/metrics/triple-helix.ts).
 * The mapping is shown (`helixMapping`, and `members[].helix` in the report) and every triad that is
 * 0 or undefined is explained (`explanation`).
 */
import type { MemberSource, ProjectsInput } from '../model/cluster.js';
import type { ProjectRow } from '../model/projects.js';
import { HELICES, HELIX_LETTERS, helixResolver, projectHelices, tripleHelix, type Helix, type TripleHelixResult } from '../metrics/triple-helix.js';
import { canonicalType } from '../model/vocabulary.js';
import { groupKey } from './groups.js';

export type { ProjectsInput } from '../model/cluster.js';

/** How one of the user's types maps to a helix: members of that type (grouped as `--group-by type`) per type class and helix. */
export interface HelixMappingRow {
  type: string | null;
  typeClass: string | null;
  helix: Helix | null;
  members: number;
}

export interface TripleHelixReport {
  file: string | null;
  projects: number;
  /** Projects none of whose members has a helix (left out of the entropies). */
  projectsWithoutHelix: number;
  T_AIG: number | null;
  T4: number | null;
  triads: { AIG: number | null; AIC: number | null; AGC: number | null; IGC: number | null };
  entropy: Record<string, number | null>;
  /** Projects in which each helix takes part. */
  helixCounts: Record<Helix, number>;
  configurations: Record<string, number>;
  /** Members per helix, and members with no helix. */
  membersByHelix: Record<Helix | 'none', number>;
  overrides: Record<string, Helix>;
  /** Each type as written → its type class and helix, with the number of members (by type, then helix). */
  helixMapping: HelixMappingRow[];
  /** How members get their helix, and why any T that is 0 or undefined is so (sentences). */
  explanation: string[];
}

/** How a member's helix is found (the first sentence of `explanation`). */
export const HELIX_RULE =
  "A member's helix is its helix column when that names a helix; else its sector when that is academia, industry, government or civil; " +
  'else the --type-helix value for its type as written, or for its type class; else the default of its type class ' +
  '(university, research, teacher-training, college, school → academia; business → industry; state, inspectorate → government; ' +
  'ngo, international → civil; other and unknown types → none).';

const fin = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The helix value given in a member's own columns (a `helix` column kept among the extra ones). */
export function helixColumn(extra: Record<string, string>): string | null {
  for (const key of Object.keys(extra)) if (key.trim().toLowerCase() === 'helix') return extra[key];
  return null;
}

/** Each member's helix (graph node order), by {@link HELIX_RULE}. */
export function memberHelices(graph: MemberSource, overrides: Record<string, Helix> = {}): (Helix | null)[] {
  const resolve = helixResolver(overrides);
  const out: (Helix | null)[] = [];
  graph.forEachNode((_id, a) => out.push(resolve({ helix: helixColumn(a.extra), sector: a.sector, type: a.type, typeClass: a.typeClass })));
  return out;
}

export function tripleHelixSection(
  data: { projects?: ProjectsInput },
  graph: MemberSource,
  overrides: Record<string, Helix> = {},
  helices: readonly (Helix | null)[] = memberHelices(graph, overrides),
): TripleHelixReport | null {
  if (!data.projects) return null;
  const helixOf = new Map<string, Helix | null>();
  const membersByHelix: Record<Helix | 'none', number> = { academia: 0, industry: 0, government: 0, civil: 0, none: 0 };
  const mapping = new Map<string, HelixMappingRow>();
  let position = 0;
  graph.forEachNode((id, a) => {
    const h = helices[position++];
    helixOf.set(id, h);
    membersByHelix[h ?? 'none']++;
    const typeClass = a.typeClass !== undefined ? a.typeClass : a.type === null ? null : canonicalType(a.type);
    const key = `${a.type === null ? '\u0000' : groupKey(a.type)}\u0000${h}`;
    const row = mapping.get(key);
    if (row) row.members++;
    else mapping.set(key, { type: a.type, typeClass, helix: h, members: 1 });
  });
  const all = projectHelices(data.projects.rows, (id) => helixOf.get(id) ?? null);
  const cases = all.filter((p) => p.helices.size > 0);
  const t = tripleHelix(cases);
  const entropy: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(t.entropy)) entropy[k] = fin(v);
  const cmp = (x: string | null, y: string | null): number => (x === y ? 0 : x === null ? 1 : y === null ? -1 : x < y ? -1 : 1);
  return {
    file: data.projects.file,
    projects: t.projects,
    projectsWithoutHelix: all.length - cases.length,
    T_AIG: fin(t.T_AIG),
    T4: fin(t.T4),
    triads: { AIG: fin(t.triads.AIG), AIC: fin(t.triads.AIC), AGC: fin(t.triads.AGC), IGC: fin(t.triads.IGC) },
    entropy,
    helixCounts: t.helixCounts,
    configurations: t.configurations,
    membersByHelix,
    overrides: { ...overrides },
    helixMapping: [...mapping.values()].sort((x, y) => cmp(x.type, y.type) || cmp(x.helix, y.helix)),
    explanation: explainTripleHelix(t, membersByHelix, all.length - cases.length),
  };
}

/** Values this close to 0 are reported as exactly 0 (sums of entropies round off at ~1e-16). */
const ZERO = 1e-12;

/**
 * Why T is what it is when it is 0 or undefined. T of a set of helices is 0 whenever one of them has
 * zero entropy: it takes part in no project, or in every project (co-information with a constant
 * variable vanishes). A triad can also be 0 with all three varying (the co-information cancels).
 */
export function explainTripleHelix(t: TripleHelixResult, membersByHelix: Record<Helix | 'none', number>, withoutHelix: number): string[] {
  const out = [HELIX_RULE];
  const members = HELICES.map((h) => `${h} ${membersByHelix[h]}`).join(', ') + `, none ${membersByHelix.none}`;
  out.push(`Members by helix: ${members}.`);
  const n = t.projects;
  if (n === 0) {
    out.push(
      withoutHelix > 0
        ? `No project has a member with a helix (${withoutHelix} project(s) left out), so every entropy and T is undefined (null).`
        : 'There are no joint projects, so every entropy and T is undefined (null).',
    );
    return out;
  }
  out.push(`Projects by helix (of ${n}): ${HELICES.map((h) => `${h} ${t.helixCounts[h]}`).join(', ')}.`);
  const constant = HELICES.filter((h) => t.helixCounts[h] === 0 || t.helixCounts[h] === n);
  const triads = ['AIG', 'AIC', 'AGC', 'IGC'] as const;
  const lettersOf = (h: Helix): string => HELIX_LETTERS[h];
  for (const h of constant) {
    const zeroed = triads.filter((tr) => tr.includes(lettersOf(h))).map((tr) => `T(${[...tr].join(',')})`);
    const why = t.helixCounts[h] === 0 ? `No project has a member of ${h}` : `Every project has a member of ${h}`;
    out.push(`${why} (${t.helixCounts[h]} of ${n}): H_${lettersOf(h)} = 0, so ${zeroed.join(', ')} and T(A,I,G,C) are 0.`);
  }
  for (const tr of triads) {
    const value = t.triads[tr];
    const letters = [...tr];
    const all3 = Object.entries(t.configurations)
      .filter(([pattern]) => letters.every((l) => pattern.includes(l)))
      .reduce((s, [, c]) => s + c, 0);
    const involvesConstant = constant.some((h) => letters.includes(lettersOf(h)));
    if (Math.abs(value) < ZERO && !involvesConstant) {
      out.push(`T(${letters.join(',')}) = 0 although all three helices vary: on these projects the pairwise and three-way information cancel exactly (${all3} of ${n} projects have all three).`);
    } else if (tr === 'AIG' && all3 === 0) {
      out.push(`No project has members of all three of academia, industry and government.`);
    }
  }
  return out;
}
