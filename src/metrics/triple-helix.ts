/**
 * Triple-Helix (and quadruple-helix) synergy of joint projects: Leydesdorff's mutual information in
 * three and four dimensions, over projects as cases.
 *
 * Leydesdorff, L. (2003). The mutual information of university-industry-government relations: an
 * indicator of the Triple Helix dynamics. Scientometrics 58(2), 445–467.
 * Leydesdorff, L. & Ivanova, I. (2014). Mutual redundancies in interhuman communication systems: steps
 * toward a calculus of processing meaning. JASIST 65(2), 386–399.
 *
 * Each project is one case; for each helix h, x_h = 1 when at least one member of helix h takes part.
 * Entropies are Shannon entropies in bits over the cases' 0/1 patterns. Peer: the reference's own
 * implementations (explicit entropies, I(X;Y) − I(X;Y|Z), inclusion–exclusion), which agree to 1e-15.
 */

import { DEFAULT_TYPE_HELICES, canonicalType, typeOverrides } from '../model/vocabulary.js';

export type Helix = 'academia' | 'industry' | 'government' | 'civil';

/** The helices in their fixed order, with their letters: A, I, G, C. */
export const HELICES: readonly Helix[] = ['academia', 'industry', 'government', 'civil'];
export const HELIX_LETTERS: Readonly<Record<Helix, string>> = { academia: 'A', industry: 'I', government: 'G', civil: 'C' };

const HELIX_BIT: Readonly<Record<Helix, number>> = { academia: 1, industry: 2, government: 4, civil: 8 };
const LETTERS = 'AIGC';
/** Every non-empty subset of the helices as a bit mask, by size, then in A, I, G, C order: A, I, G, C, AI, AG, AC, IG, IC, GC, AIG, AIC, AGC, IGC, AIGC. */
const SUBSETS = [1, 2, 4, 8, 3, 5, 9, 6, 10, 12, 7, 11, 13, 14, 15];

export function isHelix(value: unknown): value is Helix {
  return value === 'academia' || value === 'industry' || value === 'government' || value === 'civil';
}

/** One case: a project and the helices taking part in it. */
export interface ProjectHelices {
  project: string;
  helices: Set<Helix>;
}

/**
 * The documented default helix of a member type, by its class in the type vocabulary
 * (`DEFAULT_TYPE_HELICES`): university, research, teacher-training, college, school → academia;
 * business → industry; state, inspectorate → government; ngo, international → civil; other, unknown
 * or null → null. The type may be a class name or any spelling the vocabulary knows, in English,
 * Uzbek or Russian ("it-company", "Vazirlik", "Колледж").
 */
export function defaultHelixOfType(type: string | null): Helix | null {
  if (type === null) return null;
  const typeClass = canonicalType(type);
  return typeClass === null ? null : DEFAULT_TYPE_HELICES[typeClass];
}

/**
 * The helix of a member: its explicit `helix` value when that is one of the four helices; else its
 * `sector` when that is one of academia, industry, government, civil; else `overrides` for its type
 * as written, else for its type class (keys matched ignoring case, spaces and punctuation: see
 * `typeOverrides`); else the default of its type class ({@link defaultHelixOfType}). `typeClass`
 * absent: looked up from `type`. A `helix` or `sector` value outside the four helices is passed over.
 */
export function resolveHelix(
  member: { helix?: string | null; sector: string | null; type: string | null; typeClass?: string | null },
  overrides?: Record<string, Helix>,
): Helix | null {
  return helixResolver(overrides)(member);
}

/** {@link resolveHelix} with its overrides prepared once, for many members. */
export function helixResolver(
  overrides?: Record<string, Helix>,
): (member: { helix?: string | null; sector: string | null; type: string | null; typeClass?: string | null }) => Helix | null {
  const override = typeOverrides(overrides);
  const norm = (s: string | null | undefined): string | null => (s === null || s === undefined ? null : s.trim().toLowerCase());
  return (member) => {
    const helix = norm(member.helix);
    if (isHelix(helix)) return helix;
    const sector = norm(member.sector);
    if (isHelix(sector)) return sector;
    const typeClass = member.typeClass !== undefined ? member.typeClass : member.type === null ? null : canonicalType(member.type);
    const own = override(member.type, typeClass);
    if (own !== undefined) return own;
    return typeClass === null ? null : defaultHelixOfType(typeClass);
  };
}

/**
 * Builds the cases from project participation rows: one case per project, in order of first appearance;
 * a project has helix h when at least one of its members maps to h (`helixOf` null = no helix). A project
 * none of whose members has a helix is kept with an empty set (a case with all four x_h = 0): filter it
 * out before {@link tripleHelix} if missing data rather than absence is the reason.
 */
export function projectHelices(
  rows: readonly { project: string; member: string }[],
  helixOf: (memberId: string) => Helix | null,
): ProjectHelices[] {
  const byProject = new Map<string, Set<Helix>>();
  for (const row of rows) {
    let set = byProject.get(row.project);
    if (set === undefined) {
      set = new Set<Helix>();
      byProject.set(row.project, set);
    }
    const h = helixOf(row.member);
    if (h !== null) set.add(h);
  }
  return [...byProject].map(([project, helices]) => ({ project, helices }));
}


/** Bit pattern of a case: academia 1, industry 2, government 4, civil 8. */
function caseMask(helices: ReadonlySet<Helix>): number {
  let mask = 0;
  for (const h of helices) mask |= HELIX_BIT[h];
  return mask;
}

/** Name of a subset of helices: letters in A, I, G, C order (mask 5 → "AG"). */
function subsetName(mask: number): string {
  let s = '';
  for (let b = 0; b < 4; b++) if (mask & (1 << b)) s += LETTERS[b];
  return s;
}

/** Joint Shannon entropy in bits of the helices in `subset` (a bit mask) over the case masks. */
function jointEntropy(masks: Uint8Array, subset: number): number {
  const counts = new Float64Array(16);
  for (let c = 0; c < masks.length; c++) counts[masks[c] & subset]++;
  const n = masks.length;
  let h = 0;
  for (let p = 0; p < 16; p++) {
    if (counts[p] === 0) continue;
    const q = counts[p] / n;
    h -= q * Math.log2(q);
  }
  return h;
}

/**
 * Every joint entropy of the four helices over the cases, in bits: keys H_A, H_I, H_G, H_C, H_AI, H_AG,
 * H_AC, H_IG, H_IC, H_GC, H_AIG, H_AIC, H_AGC, H_IGC, H_AIGC (letters in A, I, G, C order; the same
 * keys as the reference's `entropy_bits`). H_X = −Σ p log2 p over the observed 0/1 patterns. Every value
 * is NaN when there are no cases.
 */
export function helixEntropies(cases: readonly { helices: ReadonlySet<Helix> }[]): Record<string, number> {
  const masks = Uint8Array.from(cases, (c) => caseMask(c.helices));
  const out: Record<string, number> = {};
  for (const s of SUBSETS) out[`H_${subsetName(s)}`] = masks.length > 0 ? jointEntropy(masks, s) : NaN;
  return out;
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}

/** Co-information of the helices in `subset`: Σ over non-empty S ⊆ subset of (−1)^(|S|+1) H(S). */
function transmission(entropy: Record<string, number>, subset: number): number {
  let t = 0;
  for (let s = subset; s > 0; s = (s - 1) & subset) {
    const sign = popcount(s) % 2 === 1 ? 1 : -1;
    t += sign * entropy[`H_${subsetName(s)}`];
  }
  return t;
}

export interface TripleHelixResult {
  /** Number of cases (projects). */
  projects: number;
  /** Joint entropies in bits, keyed H_A … H_AIGC (see {@link helixEntropies}). */
  entropy: Record<string, number>;
  /** T(A,I,G) in bits; negative = synergy. */
  T_AIG: number;
  /** Four-helix T(A,I,G,C) in bits (sign convention flips with the number of dimensions: see docs). */
  T4: number;
  /** T of every three-helix subset, in bits. */
  triads: { AIG: number; AIC: number; AGC: number; IGC: number };
  /** Projects in which each helix takes part. */
  helixCounts: Record<Helix, number>;
  /** Projects per participation pattern, letters A I G C in that order, '-' = absent (e.g. "AI-C"). */
  configurations: Record<string, number>;
}

/**
 * Leydesdorff's mutual information among the helices over projects, in bits:
 * T_XYZ = H_X + H_Y + H_Z − H_XY − H_XZ − H_YZ + H_XYZ (= I(X;Y) − I(X;Y|Z); Leydesdorff 2003) for each of
 * the triads AIG, AIC, AGC, IGC, and T4 = Σ H_x − Σ H_xy + Σ H_xyz − H_AIGC (Leydesdorff & Ivanova 2014).
 * Negative T_XYZ = reduction of uncertainty = synergy among the three; positive = the helices overlap
 * without synergy. In four dimensions the sign convention flips (mutual redundancy R = −T4), so read the
 * triads too. No weights: a case counts once whatever the number of members. Checks: G = A xor I gives
 * −1 bit; A = I = G gives +1 bit. All values NaN with no projects. O(cases).
 */
export function tripleHelix(projects: readonly { project: string; helices: ReadonlySet<Helix> }[]): TripleHelixResult {
  const entropy = helixEntropies(projects);
  const bit = (s: string): number => [...s].reduce((m, ch) => m | (1 << LETTERS.indexOf(ch)), 0);
  const triads = {
    AIG: transmission(entropy, bit('AIG')),
    AIC: transmission(entropy, bit('AIC')),
    AGC: transmission(entropy, bit('AGC')),
    IGC: transmission(entropy, bit('IGC')),
  };
  const helixCounts: Record<Helix, number> = { academia: 0, industry: 0, government: 0, civil: 0 };
  const configurations: Record<string, number> = {};
  for (const p of projects) {
    let pattern = '';
    for (const h of HELICES) {
      if (p.helices.has(h)) {
        helixCounts[h]++;
        pattern += HELIX_LETTERS[h];
      } else pattern += '-';
    }
    configurations[pattern] = (configurations[pattern] ?? 0) + 1;
  }
  return {
    projects: projects.length,
    entropy,
    T_AIG: triads.AIG,
    T4: transmission(entropy, 15),
    triads,
    helixCounts,
    configurations,
  };
}
