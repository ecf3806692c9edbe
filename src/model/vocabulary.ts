/**
 * The vocabulary of a cluster's CSV exports: column headers (and their synonyms), the member-type
 * classes (terms in English, Uzbek and Russian: src/model/type-vocabulary.ts), the default type →
 * sector and type → helix mappings, the order of levels and the orientation rule.
 *
 * Everything here is data plus tiny pure functions; the reader (`src/model/build-graph.ts`) uses it and
 * `docs/input.md` documents it. Header and level keys are built by
 * {@link matchKey}: lower case, with spaces, hyphens, underscores and dots removed, so
 * "Teacher-training", "teacher training" and "TEACHER_TRAINING" are the same word. Type keys are built
 * by `typeKey`, which also drops apostrophes, quotes and punctuation and folds Uzbek Cyrillic letters.
 * A type is never rewritten: the vocabulary only says which class it belongs to.
 */
import type { Orientation } from './types.js';
import { PLURAL_ENDINGS, TYPE_TERMS, typeKey, type MemberType, type TypeTerms } from './type-vocabulary.js';

/** Lower case, without BOM, spaces, hyphens, underscores or dots: the key used for every match. */
export function matchKey(value: string): string {
  return value.replace(/^\uFEFF/, '').toLowerCase().replace(/[\s\-_.]+/g, '');
}

// ---------------------------------------------------------------------------------------------
// Column headers
// ---------------------------------------------------------------------------------------------

/** Fields of the members file. */
export type MemberField = 'id' | 'name' | 'type' | 'sector' | 'level' | 'region' | 'partners' | 'joined' | 'left';
/** Fields of the ties file. */
export type TieField = 'source' | 'target' | 'weight' | 'kind' | 'orientation' | 'since' | 'until';
export type Field = MemberField | TieField;

export const MEMBER_FIELDS: readonly MemberField[] = ['id', 'name', 'type', 'sector', 'level', 'region', 'partners', 'joined', 'left'];
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
  /**
   * Years of membership (members file): the year a member joined and the last year it was a member.
   * `since`/`until` here are the members file's; the ties file has its own `since`/`until` fields.
   * Uzbek (Latin, with the apostrophes ' ʻ ’) and Russian spellings too.
   */
  joined: [
    'joined', 'member since', 'entry year', 'year joined', 'joined in', 'start year', 'since', 'year of entry',
    "a'zo bo'lgan yil", 'aʻzo boʻlgan yil', 'a’zo bo’lgan yil', "qo'shilgan yil", 'qoʻshilgan yil', 'qo’shilgan yil', "a'zolik boshlangan yil",
    'год вступления', 'год присоединения', 'член с', 'участник с',
  ],
  left: [
    'left', 'exit year', 'member until', 'year left', 'left in', 'end year', 'until', 'year of exit',
    'chiqqan yil', "a'zolikdan chiqqan yil", 'aʻzolikdan chiqqan yil', 'a’zolikdan chiqqan yil', "a'zolik tugagan yil",
    'год выхода', 'член до', 'участник до',
  ],
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

export { typeKey, TYPE_TERMS, PLURAL_ENDINGS, type MemberType, type TypeTerms, type VocabularyLanguage } from './type-vocabulary.js';

/** Canonical type → accepted spellings in every language (matched with {@link typeKey}; the canonical name is always accepted). */
export const TYPE_SYNONYMS: Readonly<Record<MemberType, readonly string[]>> = Object.fromEntries(
  (Object.entries(TYPE_TERMS) as [MemberType, TypeTerms][]).map(([type, terms]) => [type, [...terms.en, ...terms.uz, ...terms.uzCyrl, ...terms.ru]]),
) as unknown as Record<MemberType, readonly string[]>;

/** The canonical type classes, in vocabulary order. */
export const MEMBER_TYPES: readonly MemberType[] = Object.keys(TYPE_TERMS) as MemberType[];

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

/**
 * Default helix of each canonical type for the Triple-Helix measures (`null`: no helix). Every
 * educational institution counts as academia (Leydesdorff's university sphere, widened to the
 * knowledge-producing and -transmitting institutions of an educational cluster), businesses as
 * industry, state bodies and inspectorates as government, NGOs and international organisations as
 * civil society (the fourth helix).
 */
export const DEFAULT_TYPE_HELICES: Readonly<Record<MemberType, 'academia' | 'industry' | 'government' | 'civil' | null>> = {
  university: 'academia',
  research: 'academia',
  'teacher-training': 'academia',
  school: 'academia',
  college: 'academia',
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
    m.set(typeKey(type), type);
    for (const s of synonyms) if (!m.has(typeKey(s))) m.set(typeKey(s), type);
  }
  return m;
})();

/** The class of a key made by {@link typeKey}: listed, or a plural reduced by {@link PLURAL_ENDINGS}. */
function lookupType(key: string): MemberType | null {
  const hit = TYPE_BY_KEY.get(key);
  if (hit !== undefined) return hit;
  for (const [ending, replacements] of PLURAL_ENDINGS) {
    if (key.length <= ending.length + 1 || !key.endsWith(ending)) continue;
    const stem = key.slice(0, key.length - ending.length);
    for (const r of replacements) {
      const found = TYPE_BY_KEY.get(stem + r);
      if (found !== undefined) return found;
    }
  }
  return null;
}

/** The canonical type (type class) of a raw `type` cell, or null when it is not in the vocabulary. */
export function canonicalType(raw: string): MemberType | null {
  const key = typeKey(raw);
  return key === '' ? null : lookupType(key);
}

/** What the vocabulary derives from a written type. */
export interface ResolvedType {
  /** The type as written, trimmed (null when empty). */
  type: string | null;
  /** Its class in the vocabulary, or null when the vocabulary does not know it. */
  typeClass: MemberType | null;
  /** Default sector: `typeSectors` for the written type, else for its class, else the class default. */
  sector: string | null;
  /** Whether the type is known: in the vocabulary, named by `typeSectors`, or empty. */
  known: boolean;
}

/**
 * Per-type overrides (`typeSectors`, `--type-sectors`; `helix`, `--type-helix`) keyed by
 * {@link typeKey}: `get(type, typeClass)` gives the value for the type as written, else for its class
 * (a key that is a class name, e.g. `college`, applies to every member of the class), else undefined.
 */
export function typeOverrides<V>(overrides: Readonly<Record<string, V>> | undefined): (type: string | null, typeClass: string | null) => V | undefined {
  const byKey = new Map<string, V>();
  for (const [k, v] of Object.entries(overrides ?? {})) {
    const key = typeKey(k);
    if (key !== '' && !byKey.has(key)) byKey.set(key, v);
  }
  return (type, typeClass) => {
    if (byKey.size === 0) return undefined;
    if (type !== null) {
      const own = byKey.get(typeKey(type));
      if (own !== undefined) return own;
    }
    return typeClass !== null ? byKey.get(typeKey(typeClass)) : undefined;
  };
}

/**
 * A resolver from a raw `type` cell to {@link ResolvedType}, with `typeSectors` overrides (keys:
 * types as written or type classes, matched with {@link typeKey}; value '' = no sector). The type is
 * never rewritten: the vocabulary gives only its class and default sector.
 */
export function typeResolver(typeSectors?: Readonly<Record<string, string>>): (raw: string) => ResolvedType {
  const override = typeOverrides(typeSectors);
  return (raw: string) => {
    const value = raw.trim();
    if (value === '') return { type: null, typeClass: null, sector: null, known: true };
    const typeClass = canonicalType(value);
    const own = override(value, typeClass);
    const sector = own !== undefined ? (own.trim() === '' ? null : own.trim()) : typeClass !== null ? DEFAULT_TYPE_SECTORS[typeClass] : null;
    return { type: value, typeClass, sector, known: typeClass !== null || own !== undefined };
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
