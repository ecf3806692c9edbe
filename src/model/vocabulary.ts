/**
 * The vocabulary of a cluster's CSV exports: column headers (and their synonyms), member types (and
 * their synonyms), the default type → sector mapping, the order of levels and the orientation rule.
 *
 * Everything here is data plus tiny pure functions; the reader (`src/model/build-graph.ts`) uses it and
 * `docs/input.md` documents it. Matching keys are built by {@link matchKey}: lower case, with
 * spaces, hyphens, underscores and dots removed, so "Teacher-training", "teacher training" and
 * "TEACHER_TRAINING" are the same word.
 */
import type { Orientation } from './types.js';

/** Lower case, without BOM, spaces, hyphens, underscores or dots: the key used for every match. */
export function matchKey(value: string): string {
  return value.replace(/^\uFEFF/, '').toLowerCase().replace(/[\s\-_.]+/g, '');
}

// ---------------------------------------------------------------------------------------------
// Column headers
// ---------------------------------------------------------------------------------------------

/** Fields of the members file. */
export type MemberField = 'id' | 'name' | 'type' | 'sector' | 'level' | 'region' | 'partners';
/** Fields of the ties file. */
export type TieField = 'source' | 'target' | 'weight' | 'kind' | 'orientation' | 'since' | 'until';
export type Field = MemberField | TieField;

export const MEMBER_FIELDS: readonly MemberField[] = ['id', 'name', 'type', 'sector', 'level', 'region', 'partners'];
export const TIE_FIELDS: readonly TieField[] = ['source', 'target', 'weight', 'kind', 'orientation', 'since', 'until'];

/**
 * Accepted headers per field (compared with {@link matchKey}, so case, spaces, hyphens, underscores and
 * dots do not matter). The field's own name comes first and wins over a synonym when a file has both.
 */
export const HEADER_SYNONYMS: Readonly<Record<Field, readonly string[]>> = {
  id: ['id', 'member id', 'institution id', 'organisation id', 'organization id', 'code', 'member code', 'institution code', 'identifier', 'key'],
  name: ['name', 'institution', 'institution name', 'organisation', 'organization', 'organisation name', 'organization name', 'member name', 'title', 'full name', 'label'],
  type: ['type', 'category', 'institution type', 'organisation type', 'organization type', 'member type', 'kind of institution'],
  sector: ['sector', 'helix', 'sphere'],
  level: ['level', 'tier', 'governance level'],
  region: ['region', 'territory', 'area', 'district', 'oblast', 'province'],
  /** Roster format: the partner ids a member names, separated by `;` or `|` inside the cell. */
  partners: ['partners', 'partner ids', 'partner list', 'partner institutions'],
  source: ['source', 'from', 'source id', 'from id', 'partner 1', 'partner a', 'member 1', 'member a', 'institution 1', 'institution a', 'source member', 'initiator'],
  target: ['target', 'to', 'target id', 'to id', 'partner 2', 'partner b', 'member 2', 'member b', 'institution 2', 'institution b', 'target member', 'recipient'],
  weight: ['weight', 'intensity', 'strength', 'value', 'tie strength'],
  kind: ['kind', 'activity', 'type', 'tie type', 'activity type', 'partnership type', 'kind of activity'],
  orientation: ['orientation', 'tie orientation'],
  since: ['since', 'start', 'from year', 'start year', 'year from', 'begin', 'started'],
  until: ['until', 'end', 'to year', 'end year', 'year to', 'ended'],
};

/** Where each column of a file goes: a field, or `extra` under the header as written. */
export interface HeaderMatch<F extends Field> {
  /** Column index of each recognised field. */
  fields: Partial<Record<F, number>>;
  /** Columns kept in `extra`: column index and the key (header as written, trimmed, made unique). */
  extra: { column: number; key: string }[];
  /** The headers as written (trimmed, BOM removed), by column. */
  headers: string[];
}

/**
 * Matches a header row against the fields of one file. `map` (field → header, e.g. the CLI's
 * `--map id=Code`) is applied first; then, per field, a column whose header is the field's own name,
 * then the first column (left to right) whose header is one of the field's synonyms. A column claimed
 * by one field is not considered for another. Returns `missing` for a mapped header that is absent.
 */
export function matchHeaders<F extends Field>(
  rawHeaders: string[],
  fields: readonly F[],
  map: Readonly<Record<string, string>> | undefined,
): HeaderMatch<F> & { missingMapped: { field: F; header: string }[] } {
  const headers = rawHeaders.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
  const keys = headers.map(matchKey);
  const claimed = new Array<boolean>(headers.length).fill(false);
  const result: Partial<Record<F, number>> = {};
  const missingMapped: { field: F; header: string }[] = [];
  if (map) {
    for (const field of fields) {
      const wanted = map[field];
      if (wanted === undefined) continue;
      const key = matchKey(wanted.trim());
      const col = keys.findIndex((k, i) => !claimed[i] && k === key);
      if (col < 0) missingMapped.push({ field, header: wanted });
      else {
        result[field] = col;
        claimed[col] = true;
      }
    }
  }
  for (const field of fields) {
    if (result[field] !== undefined || (map && map[field] !== undefined)) continue;
    const synonyms = HEADER_SYNONYMS[field].map(matchKey);
    let col = keys.findIndex((k, i) => !claimed[i] && k === synonyms[0]);
    if (col < 0) col = keys.findIndex((k, i) => !claimed[i] && k !== '' && synonyms.includes(k));
    if (col >= 0) {
      result[field] = col;
      claimed[col] = true;
    }
  }
  const extra: { column: number; key: string }[] = [];
  const used = new Set<string>();
  for (let i = 0; i < headers.length; i++) {
    if (claimed[i]) continue;
    let key = headers[i] === '' ? `column ${i + 1}` : headers[i];
    if (used.has(key)) {
      let k = 2;
      while (used.has(`${key} (${k})`)) k++;
      key = `${key} (${k})`;
    }
    used.add(key);
    extra.push({ column: i, key });
  }
  return { fields: result, extra, headers, missingMapped };
}

// ---------------------------------------------------------------------------------------------
// Member types and sectors
// ---------------------------------------------------------------------------------------------

/** Canonical member types. */
export type MemberType =
  | 'university'
  | 'teacher-training'
  | 'school'
  | 'college'
  | 'research'
  | 'business'
  | 'state'
  | 'inspectorate'
  | 'ngo'
  | 'international'
  | 'other';

/** Canonical type → accepted spellings (matched with {@link matchKey}; the canonical name is always accepted). */
export const TYPE_SYNONYMS: Readonly<Record<MemberType, readonly string[]>> = {
  university: ['university', 'uni', 'higher education institution', 'HEI', 'institute of higher education', 'technical university', 'state university'],
  'teacher-training': [
    'teacher-training',
    'teacher training institute',
    'teacher training college',
    'teacher training centre',
    'teacher training center',
    'pedagogical institute',
    'pedagogical university',
    'pedagogical college',
    'in-service training institute',
    'in-service teacher training',
    'institute for teacher training',
    'professional development institute',
  ],
  school: [
    'school',
    'base school',
    'lyceum',
    'gymnasium',
    'primary school',
    'secondary school',
    'basic school',
    'general school',
    'high school',
    'comprehensive school',
    'private school',
    'kindergarten',
    'preschool',
  ],
  college: ['college', 'vocational college', 'technical college', 'technikum', 'vocational school', 'VET provider', 'VET college', 'professional college'],
  research: ['research', 'research institute', 'research centre', 'research center', 'research institution', 'research organisation', 'research organization', 'laboratory', 'academy of sciences'],
  business: ['business', 'company', 'enterprise', 'IT company', 'firm', 'employer', 'corporation', 'industry', 'private company', 'startup', 'SME'],
  state: [
    'state',
    'ministry',
    'agency',
    'authority',
    'municipality',
    'education office',
    'government',
    'state body',
    'state agency',
    'public authority',
    'local authority',
    'education department',
    'department of education',
    'municipal education office',
  ],
  inspectorate: ['inspectorate', 'inspection', 'school inspectorate', 'education inspectorate', 'school inspection'],
  ngo: [
    'ngo',
    'non-profit',
    'nonprofit',
    'non-profit organisation',
    'non-profit organization',
    'foundation',
    'association',
    'non-governmental organisation',
    'non-governmental organization',
    'charity',
    'civil society organisation',
    'civil society organization',
    'CSO',
  ],
  international: ['international', 'international organisation', 'international organization', 'donor', 'international donor', 'development partner', 'IO'],
  other: ['other'],
};

/** Default sector of each canonical type (`null`: no sector). */
export const DEFAULT_TYPE_SECTORS: Readonly<Record<MemberType, string | null>> = {
  university: 'academia',
  research: 'academia',
  'teacher-training': 'education',
  school: 'education',
  college: 'education',
  business: 'industry',
  state: 'government',
  inspectorate: 'government',
  ngo: 'civil',
  international: 'civil',
  other: null,
};

const TYPE_BY_KEY: ReadonlyMap<string, MemberType> = (() => {
  const m = new Map<string, MemberType>();
  for (const [type, synonyms] of Object.entries(TYPE_SYNONYMS) as [MemberType, readonly string[]][]) {
    m.set(matchKey(type), type);
    for (const s of synonyms) m.set(matchKey(s), type);
  }
  return m;
})();

/** The canonical type of a raw `type` cell, or null when it is not in the vocabulary. */
export function canonicalType(raw: string): MemberType | null {
  return TYPE_BY_KEY.get(matchKey(raw)) ?? null;
}

/**
 * A resolver from raw type to `{ type, sector, known }`, with `typeSectors` overrides (keys: canonical
 * types or raw unknown types, matched with {@link matchKey}; value '' = no sector). A raw type that is
 * not in the vocabulary is kept as written (trimmed); it counts as `known` only when `typeSectors` names it.
 */
export function typeResolver(
  typeSectors?: Readonly<Record<string, string>>,
): (raw: string) => { type: string | null; sector: string | null; known: boolean } {
  const overrides = new Map<string, string | null>();
  if (typeSectors) {
    for (const [k, v] of Object.entries(typeSectors)) {
      const key = matchKey(k);
      const canonical = TYPE_BY_KEY.get(key);
      const sector = v.trim() === '' ? null : v.trim();
      overrides.set(canonical ?? key, sector);
    }
  }
  return (raw: string) => {
    const value = raw.trim();
    if (value === '') return { type: null, sector: null, known: true };
    const canonical = TYPE_BY_KEY.get(matchKey(value));
    if (canonical) {
      const sector = overrides.has(canonical) ? overrides.get(canonical)! : DEFAULT_TYPE_SECTORS[canonical];
      return { type: canonical, sector, known: true };
    }
    const key = matchKey(value);
    if (overrides.has(key)) return { type: value, sector: overrides.get(key)!, known: true };
    return { type: value, sector: null, known: false };
  };
}

// ---------------------------------------------------------------------------------------------
// Levels and orientation
// ---------------------------------------------------------------------------------------------

/** Default order of levels, highest first. */
export const DEFAULT_LEVEL_ORDER: readonly string[] = ['national', 'regional', 'district', 'institution'];

/** Normalised level for comparisons (lower case, no spaces/hyphens/underscores/dots); null when empty. */
export function levelKey(level: string | null | undefined): string | null {
  if (level === null || level === undefined) return null;
  const key = matchKey(level);
  return key === '' ? null : key;
}

/**
 * Rank of a level in `order` (0 = highest), or -1 when it is not in the list (or empty).
 * Use it to sort or to tell which end of a vertical tie is the higher one.
 */
export function levelRank(level: string | null | undefined, order: readonly string[] = DEFAULT_LEVEL_ORDER): number {
  const key = levelKey(level);
  if (key === null) return -1;
  return order.findIndex((l) => matchKey(l) === key);
}

/**
 * Inferred orientation of a tie between members on levels `a` and `b`: `unknown` when either level is
 * missing; `horizontal` when both are on the same rank of `order`, or both outside it and spelled the
 * same (after {@link levelKey}); `vertical` otherwise.
 */
export function inferOrientation(a: string | null, b: string | null, order: readonly string[] = DEFAULT_LEVEL_ORDER): Orientation {
  const ka = levelKey(a);
  const kb = levelKey(b);
  if (ka === null || kb === null) return 'unknown';
  const ra = levelRank(ka, order);
  const rb = levelRank(kb, order);
  if (ra >= 0 && rb >= 0) return ra === rb ? 'horizontal' : 'vertical';
  return ka === kb ? 'horizontal' : 'vertical';
}

/**
 * {@link inferOrientation} for many ties: `order` is normalised once; the returned function takes
 * levels already normalised with {@link levelKey}.
 */
export function orientationInferrer(order: readonly string[] = DEFAULT_LEVEL_ORDER): (a: string | null, b: string | null) => Orientation {
  const rank = new Map<string, number>();
  order.forEach((l, i) => {
    const k = matchKey(l);
    if (!rank.has(k)) rank.set(k, i);
  });
  return (ka, kb) => {
    if (ka === null || kb === null) return 'unknown';
    if (ka === kb) return 'horizontal';
    const ra = rank.get(ka);
    const rb = rank.get(kb);
    if (ra !== undefined && rb !== undefined) return ra === rb ? 'horizontal' : 'vertical';
    return 'vertical';
  };
}

/** Parses an `orientation` cell: horizontal/vertical or h/v in any case; null when empty; 'invalid' otherwise. */
export function parseOrientation(raw: string): Orientation | null | 'invalid' {
  const key = raw.trim().toLowerCase();
  if (key === '') return null;
  if (key === 'h' || key === 'horizontal') return 'horizontal';
  if (key === 'v' || key === 'vertical') return 'vertical';
  return 'invalid';
}
