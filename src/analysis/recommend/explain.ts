/** The one-sentence, plain-language explanation of a recommendation, built from its parts. */
import type { MemberRef, RecommendationEffects } from './types.js';

const fmt = (x: number): string => x.toFixed(2);

function list(names: string[], max = 3): string {
  if (names.length <= max) return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

export interface ExplanationParts {
  source: MemberRef;
  target: MemberRef;
  sharedPartners: MemberRef[];
  crosses: { attribute: string; source: string; target: string } | null;
  effects: RecommendationEffects;
  /** Name of a member by id (for the articulation points). */
  nameOf: (id: string) => string;
}

/** E.g. "School 5 (school) and Agro Ltd (business) share 2 partners (TTI and MOE); a tie would bridge sectors school and business, lower their constraint (0.50 → 0.42; 0.61 → 0.55) and back up 1 bridge." */
export function explain(p: ExplanationParts): string {
  const a = p.crosses ? `${p.source.name} (${p.crosses.source})` : p.source.name;
  const b = p.crosses ? `${p.target.name} (${p.crosses.target})` : p.target.name;
  const k = p.sharedPartners.length;
  const head =
    k === 0
      ? `${a} and ${b} have no partner in common`
      : `${a} and ${b} share ${k === 1 ? 'a partner' : `${k} partners`} (${list(p.sharedPartners.map((m) => m.name))})`;
  const what: string[] = [];
  if (p.crosses) what.push(`link ${p.crosses.attribute === 'community' ? 'communities' : `${p.crosses.attribute}s`} ${p.crosses.source} and ${p.crosses.target}`);
  const e = p.effects;
  const cs = e.constraint.source;
  const ct = e.constraint.target;
  // Only changes visible at two decimals are told.
  const lowers = (c: { before: number | null; after: number | null }) => c.before !== null && c.after !== null && fmt(c.after) !== fmt(c.before) && c.after < c.before;
  if (lowers(cs) || lowers(ct)) {
    const parts: string[] = [];
    if (lowers(cs)) parts.push(`${p.source.name} ${fmt(cs.before!)} → ${fmt(cs.after!)}`);
    if (lowers(ct)) parts.push(`${p.target.name} ${fmt(ct.before!)} → ${fmt(ct.after!)}`);
    what.push(`lower Burt's constraint (${parts.join('; ')})`);
  }
  if (e.joinsComponents) what.push('join two parts of the cluster that have no link today');
  if (e.bridgesBackedUp.length > 0) what.push(`give a second route around ${e.bridgesBackedUp.length === 1 ? 'a bridge' : `${e.bridgesBackedUp.length} bridges`}`);
  if (e.articulationPointsRelieved.length > 0) {
    const n = e.articulationPointsRelieved.length;
    what.push(`stop ${n === 1 ? 'a member' : `${n} members`} (${list(e.articulationPointsRelieved.map(p.nameOf))}) being the only link between parts of the cluster`);
  }
  if (e.joinsCommunities !== null && p.crosses?.attribute !== 'community') what.push(`connect communities ${e.joinsCommunities.source} and ${e.joinsCommunities.target}`);
  if (what.length === 0) return `${head}.`;
  return `${head}; a tie would ${list(what, what.length)}.`;
}
