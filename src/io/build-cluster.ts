/**
 * Rows → the typed partnership graph: the file-free core of the reader. `readCluster`
 * (src/io/read-cluster.ts) streams files through the same {@link ClusterBuilder}; `buildCluster` takes
 * row objects or CSV text. The rules (columns, synonyms, vocabulary, orientation, merging, warnings and
 * errors) are documented in docs/input.md.
 */
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { ClusterGraph, ClusterGraphAttributes, MemberAttributes, Orientation, TieAttributes } from '../model/types.js';
import {
  DEFAULT_LEVEL_ORDER,
  HEADER_SYNONYMS,
  MEMBER_FIELDS,
  TIE_FIELDS,
  orientationInferrer,
  levelKey,
  matchHeaders,
  parseOrientation,
  typeResolver,
  typeKey,
  type Field,
  type HeaderMatch,
  type MemberField,
  type TieField,
} from '../model/vocabulary.js';
import {
  InputError,
  MAX_LINES,
  ProblemCollector,
  WarningCollector,
  formatLines,
  warningsAsError,
  withWarnings,
  type InputAccount,
  type InputErrorDetails,
  type InputWarning,
  type SkippedRows,
} from '../model/errors.js';
import { rememberArcs } from '../graph/graph-index.js';
import { nameIndex, namesHint, type MatchBy } from '../model/match-names.js';
import { parseCsvText, type CsvRecord, type CsvSource, type Delimiter } from './csv.js';
import { plural } from '../model/words.js';

export interface ReadOptions {
  /** Default false; true: each row is an arc source → target. */
  directed?: boolean;
  /** Field → header override, e.g. `{ id: 'Code', source: 'Partner A' }` (CLI `--map field=Header`). */
  map?: Record<string, string>;
  /** Default `['national','regional','district','institution']` (highest first). */
  levelOrder?: string[];
  /**
   * Sectors of types (CLI `--type-sectors`): keys are types as written or type classes (a class applies
   * to every member of the class), matched ignoring case, spaces and punctuation; '' = no sector.
   * The type as written wins over its class. A sector column, when given, wins over both.
   */
  typeSectors?: Record<string, string>;
  /**
   * Encoding of files without a byte-order mark (CLI `--encoding`), e.g. `windows-1251`; default UTF-8,
   * checked strictly. Used by the file readers only.
   */
  encoding?: string;
  /** Every warning is an error (CLI `--strict`). */
  strict?: boolean;
  /**
   * How tie endpoints (ties file, partners column, projects file) name members: 'id' (default) or
   * 'name' (CLI `--match-by name`; names must be unique; see src/model/match-names.ts).
   */
  matchBy?: MatchBy;
}

export interface ClusterData {
  graph: ClusterGraph;
  warnings: InputWarning[];
  input: InputAccount;
}

/**
 * The ties of a cluster whose graph has not been given its edges yet (see `ClusterBuilder.finish`):
 * tie e joins members `src[e]` and `dst[e]` (positions in `ids`, the graph's node order) with weight
 * `weight[e]`, in the order the edges will have.
 */
export interface DeferredArcs {
  directed: boolean;
  ids: readonly string[];
  src: Int32Array;
  dst: Int32Array;
  weight: Float64Array;
  /**
   * The graph with its members (and their attributes) but no ties yet: for reading members only.
   * It is the very object `data.graph` will be once the ties are added.
   */
  members: ClusterGraph;
  /** Orientation (as the tie's attribute will hold it) and activity kinds of tie e. */
  tie(e: number): { orientation: Orientation; kinds: readonly string[] };
}

const pending = new WeakMap<object, DeferredArcs>();

/**
 * The ties of `data` as typed arrays while its graph's edges are still to be added (`data` as
 * returned by the reader, before anything read `data.graph`); null otherwise. Lets `analyze` build
 * its index and start its workers without waiting for graphology.
 */
export function deferredArcs(data: object): DeferredArcs | null {
  return pending.get(data) ?? null;
}

const NO_KINDS: readonly string[] = Object.freeze([]);

/** A cell of a row object: numbers and booleans are read as their text (`2` as "2"); null/undefined as empty. */
export type CellValue = string | number | boolean | null | undefined;

/** How the input of `buildCluster` can be given: row objects (header → value, e.g. `{ source: 'A', target: 'B', weight: 2 }`) or CSV text. */
export type RowsOrText = Record<string, CellValue>[] | string;

/**
 * The accepted range of a tie row's weight, 1e-12 ≤ w ≤ 1e12: beyond it the measures lose their
 * meaning in double precision (squares and products of weights overflow or underflow: modularity,
 * eigenvector and strength-based measures go wrong near 1e154). Only the ratios of weights matter, so
 * any data can be rescaled into the range. A merged tie's weight is the sum of its rows' weights.
 */
export const MIN_WEIGHT = 1e-12;
export const MAX_WEIGHT = 1e12;

const YEAR = /^\d{4}$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;

/** True when `s` is one or more ASCII digits. */
function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function quoteList(values: readonly string[], max = 12): string {
  const shown = values.slice(0, max).map((v) => `"${v}"`);
  return values.length > max ? `${shown.join(', ')}, … (${values.length} in all)` : shown.join(', ');
}

function synonymsHint(field: Field): string {
  return HEADER_SYNONYMS[field].slice(1, 6).map((s) => `"${s}"`).join(', ');
}

/** A type as it can be written in `--type-sectors` / `--type-helix` (a quote in it is dropped; commas are fine). */
function optionKey(type: string): string {
  return type.replace(/['=]/g, '');
}

/** A cell of a row, trimmed; '' when the column is absent or the row is short. */
function cellAt(fields: string[], col: number | undefined): string {
  if (col === undefined) return '';
  const v = fields[col];
  return v === undefined ? '' : v.trim();
}

/**
 * An empty object with a null prototype (for `extra`). Made with setPrototypeOf rather than
 * Object.create(null), which gives a dictionary-mode object three times as large and slower to make:
 * that matters at a million ties.
 */
function nullRecord(): Record<string, string> {
  return Object.setPrototypeOf({}, null) as Record<string, string>;
}

const scratch: Record<string, number> = Object.create(null);

/**
 * The same string as V8 keeps property names (internalized). graphology indexes ties in objects keyed
 * by member id; ids read from a file are not internalized, and every tie added would look them up
 * again (about a fifth of the time of adding a million ties).
 */
function internalize(s: string): string {
  scratch[s] = 0;
  const key = Object.keys(scratch)[0];
  delete scratch[s];
  return key;
}

/**
 * Open-addressing hash table from an (a, b) pair of member indices to a tie index: a Map keyed by
 * a·n + b (beyond 2³¹ at 100k members, so stored as heap numbers) costs several times more at a
 * million ties.
 */
class PairTable {
  private keyA = new Int32Array(0);
  private keyB = new Int32Array(0);
  /** Tie index + 1; 0 = empty slot. */
  private value = new Int32Array(0);
  private mask = -1;
  private count = 0;

  constructor() {
    this.allocate(1024);
  }

  private allocate(capacity: number): void {
    this.keyA = new Int32Array(capacity);
    this.keyB = new Int32Array(capacity);
    this.value = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 13;
    let i = h & this.mask;
    while (this.value[i] !== 0 && (this.keyA[i] !== a || this.keyB[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }

  /** The tie index of the pair, or -1. */
  get(a: number, b: number): number {
    return this.value[this.slot(a, b)] - 1;
  }

  set(a: number, b: number, index: number): void {
    if (2 * (this.count + 1) > this.mask + 1) {
      const { keyA, keyB, value } = this;
      this.allocate(2 * (this.mask + 1));
      for (let i = 0; i < value.length; i++) {
        if (value[i] === 0) continue;
        const j = this.slot(keyA[i], keyB[i]);
        this.keyA[j] = keyA[i];
        this.keyB[j] = keyB[i];
        this.value[j] = value[i];
      }
    }
    const i = this.slot(a, b);
    if (this.value[i] === 0) this.count++;
    this.keyA[i] = a;
    this.keyB[i] = b;
    this.value[i] = index + 1;
  }
}

class Skips {
  private readonly byReason = new Map<string, SkippedRows>();
  add(reason: string, line: number): void {
    let s = this.byReason.get(reason);
    if (!s) this.byReason.set(reason, (s = { reason, count: 0, lines: [] }));
    s.count++;
    if (s.lines.length < MAX_LINES) s.lines.push(line);
  }
  list(): SkippedRows[] {
    return [...this.byReason.values()];
  }
}

/** Orientation codes of {@link TieTable.orientation}: 0 = none given (inferred by finish()). */
const ORIENTATION_CODE: Record<Orientation, number> = { unknown: 0, horizontal: 1, vertical: 2 };
const ORIENTATION_OF_CODE: readonly Orientation[] = ['unknown', 'horizontal', 'vertical'];

/**
 * The ties read so far, by index in order of first row, in growable typed arrays: no object is made
 * per tie until {@link ClusterBuilder.finish} builds the graph (a million attribute objects kept alive
 * while the rows are read made garbage collection most of the reading time). Kinds and extra columns,
 * rarer, are kept as the arrays and objects the attributes will hold.
 */
class TieTable {
  count = 0;
  /** Source and target member (as in the first row). */
  src = new Int32Array(0);
  dst = new Int32Array(0);
  /** Line of the first row. */
  line = new Float64Array(0);
  /** Sum of the weights of the rows, in row order. */
  weight = new Float64Array(0);
  rows = new Int32Array(0);
  /** Earliest `since` and latest `until` year; -1 = none. */
  since = new Int32Array(0);
  until = new Int32Array(0);
  /** {@link ORIENTATION_CODE} of the first row that gave one, or 0. */
  orientation = new Uint8Array(0);
  /** Distinct kinds in order of first row, for ties that have any. */
  readonly kinds = new Map<number, string[]>();
  /** `extra` of each tie when the ties file has extra columns; else empty. */
  readonly extra: Record<string, string>[] = [];

  constructor() {
    this.resize(1024);
  }

  /** Adds a tie of one row; returns its index. */
  add(src: number, dst: number, line: number, weight: number, since: number | null, until: number | null, orientation: Orientation | null): number {
    const e = this.count;
    if (e === this.src.length) this.resize(2 * e);
    this.src[e] = src;
    this.dst[e] = dst;
    this.line[e] = line;
    this.weight[e] = weight;
    this.rows[e] = 1;
    this.since[e] = since ?? -1;
    this.until[e] = until ?? -1;
    this.orientation[e] = orientation === null ? 0 : ORIENTATION_CODE[orientation];
    this.count = e + 1;
    return e;
  }

  private resize(capacity: number): void {
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(capacity);
      b.set(a);
      return b;
    };
    this.src = grow(this.src, Int32Array);
    this.dst = grow(this.dst, Int32Array);
    this.line = grow(this.line, Float64Array);
    this.weight = grow(this.weight, Float64Array);
    this.rows = grow(this.rows, Int32Array);
    this.since = grow(this.since, Int32Array);
    this.until = grow(this.until, Int32Array);
    this.orientation = grow(this.orientation, Uint8Array);
  }
}

/** Per-tie bookkeeping needed only once a second row joins the tie. */
interface MergeInfo {
  /** First line of each kind seen for the pair ('' = no kind). */
  kindLines: Map<string, number>;
  /** Kinds already reported as duplicated. */
  reported: Set<string>;
}

interface FileState<F extends Field> {
  file: string;
  delimiter: Delimiter | null;
  match: HeaderMatch<F> | null;
  width: number;
}

/**
 * Incremental builder: feed the members header and rows, then the ties header and rows, then call
 * {@link ClusterBuilder.finish}. Both readers (streamed files and in-memory rows) use it, so they give
 * identical graphs, warnings and accounts.
 */
export class ClusterBuilder {
  private readonly directed: boolean;
  private readonly map: Record<string, string> | undefined;
  /** Orientation of a tie from its members' levels (horizontal, vertical or unknown). */
  private readonly inferOrientation: ReturnType<typeof orientationInferrer>;
  private readonly resolveType: ReturnType<typeof typeResolver>;
  private readonly graph: ClusterGraph;
  private readonly warnings = new WarningCollector();
  private readonly account: InputAccount;
  private readonly memberSkips = new Skips();
  private readonly tieSkips = new Skips();
  private readonly problems = new ProblemCollector();
  private readonly strict: boolean;
  private readonly matchBy: MatchBy;
  /** Name → member index when matching by name (made when the ties are first read). */
  private byName: Map<string, number> | null = null;

  /** Roster format: the partners column of the members file and its non-empty cells. */
  private roster: { column: string; cells: { member: number; raw: string; line: number }[] } | null = null;

  private members: FileState<MemberField> | null = null;
  private ties: FileState<TieField> | null = null;

  // Members, by index in file order.
  private readonly indexOf = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly memberLines: number[] = [];
  private readonly levels: (string | null)[] = [];

  // Ties, by index in order of first row.
  private readonly tieByPair = new PairTable();
  private readonly tie = new TieTable();
  private readonly mergeInfo = new Map<number, MergeInfo>();

  private readonly unknownEndpoints = new Map<string, { lines: number[]; count: number; column: string }>();
  private unknownCount = 0;
  private firstUnknown: { line: number; column: string } | null = null;

  constructor(options: ReadOptions = {}) {
    this.directed = options.directed ?? false;
    this.map = options.map;
    this.inferOrientation = orientationInferrer(options.levelOrder ?? DEFAULT_LEVEL_ORDER);
    this.strict = options.strict ?? false;
    this.matchBy = options.matchBy ?? 'id';
    if (this.matchBy !== 'id' && this.matchBy !== 'name') {
      throw new InputError({ code: 'invalid-option', problem: `matchBy "${String(this.matchBy)}" is not a way of matching`, expected: '"id" or "name"' });
    }
    this.resolveType = typeResolver(options.typeSectors);
    if (this.map) {
      const known = new Set<string>([...MEMBER_FIELDS, ...TIE_FIELDS]);
      for (const key of Object.keys(this.map)) {
        if (!known.has(key)) {
          throw new InputError({
            code: 'invalid-option',
            problem: `--map names an unknown field "${key}"`,
            expected: `one of ${[...known].join(', ')}`,
            fix: 'Write --map field=Header, e.g. --map id=Code.',
          });
        }
      }
    }
    const options_ = { allowSelfLoops: false };
    this.graph = this.directed
      ? new DirectedGraph<MemberAttributes, TieAttributes, ClusterGraphAttributes>(options_)
      : new UndirectedGraph<MemberAttributes, TieAttributes, ClusterGraphAttributes>(options_);
    this.graph.replaceAttributes({ directed: this.directed });
    this.account = {
      files: { members: null, ties: null },
      members: { rows: 0, used: 0, skipped: [] },
      ties: { rows: 0, used: 0, merged: 0, skipped: [] },
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Members
  // ---------------------------------------------------------------------------------------------

  beginMembers(file: string, delimiter: Delimiter | null): void {
    this.members = { file, delimiter, match: null, width: 0 };
    this.account.files.members = file;
  }

  membersHeader(fields: string[], line: number): void {
    const st = this.members!;
    const match = matchHeaders(fields, MEMBER_FIELDS, this.map);
    this.checkMapped(st.file, line, match.headers, match.missingMapped);
    if (match.fields.id === undefined) {
      throw new InputError({
        code: 'missing-column',
        file: st.file,
        line,
        problem: `there is no id column; the headers found are ${quoteList(match.headers)}`,
        expected: `a column named "id" (or ${synonymsHint('id')}…)`,
        fix: 'Rename the column that holds the member ids, or name it with --map id=<header> (option map: { id: "<header>" }).',
      });
    }
    st.match = match;
    st.width = fields.length;
    if (match.fields.partners !== undefined) this.roster = { column: match.headers[match.fields.partners], cells: [] };
  }

  memberRow(fields: string[], line: number): void {
    const st = this.members!;
    const m = st.match!;
    this.account.members.rows++;
    if (!this.checkWidth(st, fields, line)) {
      this.memberSkips.add('too many fields', line);
      return;
    }
    const f = m.fields;
    const cell = (col: number | undefined): string => (col === undefined ? '' : (fields[col] ?? '').trim());
    const id = cell(f.id);
    const idHeader = m.headers[f.id!];
    if (id === '') {
      this.memberSkips.add('empty id', line);
      this.problem({
        code: 'empty-id',
        file: st.file,
        line,
        column: idHeader,
        problem: 'the member id is empty',
        expected: 'an id that is unique in the file',
        fix: 'Give this member an id, or remove the row.',
      });
      return;
    }
    const previous = this.indexOf.get(id);
    if (previous !== undefined) {
      this.memberSkips.add('duplicate id', line);
      this.problem({
        code: 'duplicate-id',
        file: st.file,
        line,
        column: idHeader,
        problem: `member id "${id}" is used twice (lines ${this.memberLines[previous]} and ${line})`,
        expected: 'every id once',
        fix: 'Give each member its own id, or remove the duplicate row.',
      });
      return;
    }
    this.checkEncoding(st.file, fields, line);
    const rawType = cell(f.type);
    const t = this.resolveType(rawType);
    if (!t.known) {
      const typeHeader = m.headers[f.type!];
      this.warnings.add(
        typeKey(rawType),
        'unknown-type',
        st.file,
        line,
        typeHeader,
        (count, _lines, lines) =>
          `type "${rawType}" (${plural(count, 'member')}, ${lines}) is not in the type vocabulary: kept as written, with no type class, no sector unless the sector column gives one, and no helix. ` +
          `To give it a sector and a helix, add --type-sectors '${optionKey(rawType)}=<sector>' and --type-helix '${optionKey(rawType)}=<academia|industry|government|civil>' (option typeSectors and analysis option helix)`,
      );
    }
    const sectorCell = cell(f.sector);
    const extra = nullRecord();
    for (const x of m.extra) extra[x.key] = (fields[x.column] ?? '').trim();
    const level = cell(f.level);
    const attrs: MemberAttributes = {
      name: cell(f.name) || id,
      type: t.type,
      typeClass: t.typeClass,
      sector: sectorCell !== '' ? sectorCell : t.sector,
      level: level === '' ? null : level,
      region: cell(f.region) || null,
      extra,
    };
    const index = this.ids.length;
    const key = internalize(id);
    this.indexOf.set(key, index);
    this.ids.push(key);
    this.memberLines.push(line);
    this.levels.push(levelKey(attrs.level));
    this.graph.addNode(key, attrs);
    this.account.members.used++;
    if (this.roster !== null) {
      const raw = cell(f.partners);
      if (raw !== '') this.roster.cells.push({ member: index, raw, line });
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Ties
  // ---------------------------------------------------------------------------------------------

  beginTies(file: string, delimiter: Delimiter | null): void {
    this.ties = { file, delimiter, match: null, width: 0 };
    this.account.files.ties = file;
    this.prepareMatching();
  }

  /** With `matchBy: 'name'`, the name index (an error when the names are not unique). */
  private prepareMatching(): void {
    if (this.matchBy === 'name' && this.byName === null) this.byName = nameIndex(this.ids, this.memberNames(), this.nameSource());
  }

  /** The member index of a tie endpoint as written (an id, or a name with `matchBy: 'name'`). */
  private endpoint(key: string): number | undefined {
    return this.byName === null ? this.indexOf.get(key) : this.byName.get(key);
  }

  private memberNames(): string[] {
    return this.ids.map((id) => this.graph.getNodeAttribute(id, 'name'));
  }

  private nameSource() {
    const m = this.members?.match;
    return { file: this.members?.file ?? null, column: m && m.fields.name !== undefined ? m.headers[m.fields.name] : null, lines: this.memberLines };
  }

  /**
   * How the projects file names members: null when by id (check against the member ids), else
   * name → member id (with `matchBy: 'name'`).
   */
  namesToIds(): Map<string, string> | null {
    if (this.matchBy !== 'name') return null;
    this.prepareMatching();
    return new Map([...this.byName!].map(([name, i]) => [name, this.ids[i]]));
  }

  tiesHeader(fields: string[], line: number): void {
    const st = this.ties!;
    const match = matchHeaders(fields, TIE_FIELDS, this.map);
    this.checkMapped(st.file, line, match.headers, match.missingMapped);
    for (const field of ['source', 'target'] as const) {
      if (match.fields[field] === undefined) {
        throw new InputError({
          code: 'missing-column',
          file: st.file,
          line,
          problem: `there is no ${field} column; the headers found are ${quoteList(match.headers)}`,
          expected: `columns "source" and "target" (or ${synonymsHint(field)}…)`,
          fix: `Rename the column that holds the ${field === 'source' ? 'first' : 'second'} member of each tie, or name it with --map ${field}=<header> (option map: { ${field}: "<header>" }).`,
        });
      }
    }
    st.match = match;
    st.width = fields.length;
  }

  tieRow(fields: string[], line: number): void {
    const st = this.ties!;
    const m = st.match!;
    const f = m.fields;
    this.account.ties.rows++;
    if (!this.checkWidth(st, fields, line)) {
      this.tieSkips.add('too many fields', line);
      return;
    }
    // Endpoints.
    const s = cellAt(fields, f.source);
    const t = cellAt(fields, f.target);
    let bad = false;
    if (s === '') bad = this.emptyEndpoint(st.file, line, m.headers[f.source!]);
    if (t === '') bad = this.emptyEndpoint(st.file, line, m.headers[f.target!]);
    const si = s === '' ? undefined : this.endpoint(s);
    const ti = t === '' ? undefined : this.endpoint(t);
    if (si === undefined && s !== '') this.unknownEndpoint(s, line, m.headers[f.source!]);
    if (ti === undefined && t !== '') this.unknownEndpoint(t, line, m.headers[f.target!]);

    // Weight.
    const weightRaw = cellAt(fields, f.weight);
    let weight = 1;
    if (weightRaw !== '') {
      weight = this.parseWeight(weightRaw, st, line, m.headers[f.weight!]);
      if (Number.isNaN(weight)) bad = true;
    }

    // Kind, orientation, years.
    const kind = cellAt(fields, f.kind);
    const orientationRaw = cellAt(fields, f.orientation);
    let explicit = parseOrientation(orientationRaw);
    if (explicit === 'invalid') {
      this.warnings.add(
        '',
        'invalid-orientation',
        st.file,
        line,
        m.headers[f.orientation!],
        (count, _lines, lines) =>
          `${plural(count, 'tie row')} (${lines}; first value "${orientationRaw}") ${count === 1 ? 'has' : 'have'} an orientation that is neither horizontal (h) nor vertical (v): the orientation was inferred from the members' levels instead`,
      );
      explicit = null;
    }
    const since = this.parseYear(cellAt(fields, f.since), st, line, f.since);
    const until = this.parseYear(cellAt(fields, f.until), st, line, f.until);
    if (since !== null && until !== null && until < since) {
      this.warnings.add(
        '',
        'until-before-since',
        st.file,
        line,
        m.headers[f.until!],
        (count, _lines, lines) =>
          `${plural(count, 'tie row')} (${lines}) ${count === 1 ? 'ends' : 'end'} before ${count === 1 ? 'it starts' : 'they start'} (until < since): the years were kept as written; check them`,
      );
    }
    this.checkEncoding(st.file, fields, line);
    if (bad || si === undefined || ti === undefined) {
      // Reported (unknown ids all together by finish()); the run stops there.
      this.tieSkips.add(bad ? 'invalid row' : 'unknown member', line);
      return;
    }

    if (si === ti) {
      this.tieSkips.add('self-loop', line);
      this.warnings.add(
        '',
        'self-loop',
        st.file,
        line,
        m.headers[f.source!],
        (count, _lines, lines) =>
          `${plural(count, 'tie row')} (${lines}) ${count === 1 ? 'joins' : 'join'} a member to itself: dropped (a partnership needs two members)`,
      );
      return;
    }

    const a = this.directed || si < ti ? si : ti;
    const b = a === si ? ti : si;
    const existing = this.tieByPair.get(a, b);
    this.account.ties.used++;
    const tie = this.tie;
    if (existing < 0) {
      const index = tie.add(si, ti, line, weight, since, until, explicit);
      this.tieByPair.set(a, b, index);
      if (kind !== '') tie.kinds.set(index, [kind]);
      if (m.extra.length > 0) {
        const extra = nullRecord();
        for (const x of m.extra) extra[x.key] = (fields[x.column] ?? '').trim();
        tie.extra.push(extra);
      }
      return;
    }

    // A further row for the same pair: merge.
    this.account.ties.merged++;
    let info = this.mergeInfo.get(existing);
    if (!info) {
      const firstKind = tie.kinds.get(existing)?.[0] ?? '';
      info = { kindLines: new Map([[firstKind, tie.line[existing]]]), reported: new Set() };
      this.mergeInfo.set(existing, info);
    }
    const firstLineOfKind = info.kindLines.get(kind);
    if (firstLineOfKind === undefined) {
      info.kindLines.set(kind, line);
      if (kind !== '') {
        const kinds = tie.kinds.get(existing);
        if (kinds === undefined) tie.kinds.set(existing, [kind]);
        else kinds.push(kind);
      }
    } else {
      const pairKey = String(a * Math.max(1, this.ids.length) + b);
      const idA = this.ids[tie.src[existing]];
      const idB = this.ids[tie.dst[existing]];
      const describe = (count: number, _lines: string, lines: string): string =>
        `members "${idA}" and "${idB}" have ${count} rows ${kind === '' ? 'without a kind' : `of kind "${kind}"`} (${lines}): merged into one tie, weights summed`;
      if (!info.reported.has(kind)) {
        info.reported.add(kind);
        this.warnings.add(pairKey, 'duplicate-tie', st.file, firstLineOfKind, null, describe);
      }
      this.warnings.add(pairKey, 'duplicate-tie', st.file, line, null, describe);
    }
    tie.weight[existing] += weight;
    tie.rows[existing]++;
    if (since !== null && (tie.since[existing] < 0 || since < tie.since[existing])) tie.since[existing] = since;
    if (until !== null && (tie.until[existing] < 0 || until > tie.until[existing])) tie.until[existing] = until;
    if (explicit !== null) {
      const first = tie.orientation[existing];
      if (first === 0) tie.orientation[existing] = ORIENTATION_CODE[explicit];
      else if (ORIENTATION_OF_CODE[first] !== explicit) {
        this.warnings.add(
          '',
          'conflicting-orientation',
          st.file,
          line,
          m.headers[f.orientation!],
          (count, _lines, lines) =>
            `${plural(count, 'tie row')} (${lines}) ${count === 1 ? 'gives' : 'give'} an orientation that differs from an earlier row for the same pair: the first row's orientation was kept`,
        );
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Finish
  // ---------------------------------------------------------------------------------------------

  /** The warnings found so far (for an error thrown before {@link finish}: see `InputError.warnings`). */
  warningsSoFar(): InputWarning[] {
    return this.warnings.collect();
  }

  /** True when the members file has a partners column (roster format). */
  get hasRoster(): boolean {
    return this.roster !== null;
  }

  /**
   * Ends a file: a members file with a header but no rows is an error (`no-members`), a ties file
   * with a header but no rows a warning (`no-ties`). `rowsGiven` = the input was row objects.
   */
  endFile(role: FileRole, rowsGiven = false): void {
    if (rowsGiven) return;
    if (role === 'members' && this.members && this.account.members.rows === 0) {
      this.problem({
        code: 'no-members',
        file: this.members.file,
        line: 2,
        problem: 'the file has a header line but no member rows',
        expected: 'one row per member after the header',
        fix: 'Export the members list again, with its rows.',
      });
    }
    if (role === 'ties' && this.ties && this.account.ties.rows === 0) {
      this.warnings.add('', 'no-ties', this.ties.file, null, null, () => 'the ties file has a header line but no rows: the cluster has no ties');
    }
  }

  /**
   * Reads the ties from the partners column of the members file (roster format; call instead of
   * feeding a ties file). Each partner id named in a member's cell (separated by `;` or `|`) is a
   * mention. Undirected: a pair named by both sides is one tie (`reciprocal`), a pair named by one
   * side is one tie too (`oneSided`, counted and noted in the account); directed: each mention is an
   * arc respondent → partner. Roster ties have weight 1 and `rows` = the number of mentions that
   * formed them. Unknown partner ids are errors; self-mentions and repeated mentions in one cell are
   * warned and skipped.
   */
  useRoster(): void {
    const st = this.members!;
    this.prepareMatching();
    const roster = this.roster!;
    this.account.files.ties = null;
    const n = Math.max(1, this.ids.length);
    const arcs = new Map<number, number>(); // i * n + j → index of the tie
    let mentions = 0;
    let reciprocal = 0;
    for (const { member, raw, line } of roster.cells) {
      const seen = new Set<number>();
      for (const piece of raw.split(/[;|]/)) {
        const id = piece.trim();
        if (id === '') continue;
        mentions++;
        this.account.ties.rows++;
        const j = this.endpoint(id);
        if (j === undefined) {
          this.unknownEndpoint(id, line, roster.column);
          this.tieSkips.add('unknown member', line);
          continue;
        }
        if (j === member) {
          this.tieSkips.add('self-mention', line);
          this.warnings.add('', 'self-mention', st.file, line, roster.column, (count, _l, lines) =>
            `${plural(count, 'member')} (${lines}) ${count === 1 ? 'names itself' : 'name themselves'} as a partner: dropped`,
          );
          continue;
        }
        if (seen.has(j)) {
          this.tieSkips.add('repeated mention', line);
          this.warnings.add('', 'repeated-mention', st.file, line, roster.column, (count, _l, lines) =>
            `${plural(count, 'partner id')} (${lines}) ${count === 1 ? 'is' : 'are'} named twice in the same cell: counted once`,
          );
          continue;
        }
        seen.add(j);
        this.account.ties.used++;
        const i = member;
        const back = arcs.get(j * n + i);
        if (back !== undefined) reciprocal++;
        if (!this.directed && back !== undefined) {
          // The partner named this member too: one tie.
          this.account.ties.merged++;
          this.tie.rows[back]++;
          continue;
        }
        arcs.set(i * n + j, this.tie.add(i, j, line, 1, null, null, null));
      }
    }
    const pairs = this.directed ? this.tie.count - reciprocal : this.tie.count;
    const oneSided = pairs - reciprocal;
    const used = this.account.ties.used;
    const skipped = this.tieSkips.list();
    this.account.roster = {
      file: st.file,
      column: roster.column,
      mentions,
      used,
      skipped,
      reciprocal,
      oneSided,
      note:
        pairs === 0
          ? 'no partnerships were named'
          : `${oneSided} of ${plural(pairs, 'partnership')} ${oneSided === 1 ? 'was' : 'were'} named by one side only and ${reciprocal} by both; one-sided naming can mean an unequal or unacknowledged partnership`,
    };
    if (this.unknownCount > 0) this.addUnknownProblem(st.file, `the partners column "${roster.column}"`);
  }

  /** A ties file is read although the members file has a partners column: the column is ignored. */
  private rosterIgnored(): void {
    if (this.roster === null || this.roster.cells.length === 0 || this.account.roster) return;
    const st = this.members!;
    this.warnings.add('', 'roster-ignored', st.file, null, this.roster.column, () =>
      `the partners column "${this.roster!.column}" was ignored because a ties file was read (leave the ties file out to build the ties from the partners column)`,
    );
  }

  /**
   * The cluster read. Its graph holds the members at once; the ties are added to it on the first
   * access of `data.graph` (adding a million ties to graphology takes seconds): until then
   * {@link deferredArcs} gives them as typed arrays, so `analyze` starts its worker threads on the
   * index first and builds the graph while they run. To a caller, `data.graph` is simply the graph.
   */
  finish(): ClusterData {
    if (this.ties !== null) this.rosterIgnored();
    if (this.unknownCount > 0 && !this.account.roster) this.addUnknownProblem(this.ties?.file ?? null, null);
    if (this.problems.total > 0) throw withWarnings(this.problems.toError(), this.warnings.collect());
    this.account.members.skipped = this.memberSkips.list();
    this.account.ties.skipped = this.tieSkips.list();
    const warnings = this.warnings.collect();
    if (this.strict) {
      const err = warningsAsError(warnings);
      if (err) throw err;
    }
    const tie = this.tie;
    const count = tie.count;
    const data = {} as ClusterData;
    const settle = (graph: ClusterGraph): void => {
      Object.defineProperty(data, 'graph', { value: graph, writable: true, enumerable: true, configurable: true });
      pending.delete(data);
    };
    Object.defineProperty(data, 'graph', {
      enumerable: true,
      configurable: true,
      get: (): ClusterGraph => {
        this.addTies();
        settle(this.graph);
        return this.graph;
      },
      set: settle,
    });
    data.warnings = warnings;
    data.input = this.account;
    pending.set(data, {
      directed: this.directed,
      ids: this.ids,
      src: tie.src.subarray(0, count),
      dst: tie.dst.subarray(0, count),
      weight: tie.weight.subarray(0, count),
      members: this.graph,
      tie: (e) => ({ orientation: this.tieOrientation(e), kinds: tie.kinds.get(e) ?? NO_KINDS }),
    });
    return data;
  }

  /** The orientation of tie e: as given in its rows, else inferred from its members' levels. */
  private tieOrientation(e: number): Orientation {
    const code = this.tie.orientation[e];
    return code === 0 ? this.inferOrientation(this.levels[this.tie.src[e]], this.levels[this.tie.dst[e]]) : ORIENTATION_OF_CODE[code];
  }

  /** Adds the ties to the graph, each with its own attributes object (once: see {@link finish}). */
  private addTies(): void {
    const ids = this.ids;
    const protect = ids.some((id) => id in Object.prototype);
    const tie = this.tie;
    const count = tie.count;
    if (count > 0 || protect) prepareAdjacency(this.graph, protect);
    presetNeighbours(this.graph, ids, tie.src, tie.dst, count);
    const withExtra = tie.extra.length === count;
    const list: TieAttributes[] = [];
    for (let e = 0; e < count; e++) {
      const s = tie.src[e];
      const t = tie.dst[e];
      const kinds = tie.kinds.get(e) ?? [];
      if (kinds.length > 1) kinds.sort();
      const since = tie.since[e];
      const until = tie.until[e];
      const attrs: TieAttributes = {
        weight: tie.weight[e],
        kinds,
        orientation: this.tieOrientation(e),
        since: since < 0 ? null : since,
        until: until < 0 ? null : until,
        rows: tie.rows[e],
        extra: withExtra ? tie.extra[e] : nullRecord(),
      };
      list.push(attrs);
      // Edge keys are the tie indices ("0", "1", …): cheaper than graphology's generated keys, and
      // made from nothing in the input. (Edges graphology adds later get keys "geid_…".)
      this.graph.addEdgeWithKey(e, ids[s], ids[t], attrs);
    }
    rememberArcs(this.graph, tie.src.slice(0, count), tie.dst.slice(0, count), list);
  }

  /** Reports an empty source or target cell; returns true (the row is bad). */
  private emptyEndpoint(file: string, line: number, column: string): boolean {
    this.problem({
      code: 'empty-endpoint',
      file,
      line,
      column,
      problem: 'the member id is empty',
      expected: 'the id of a member of the members file',
      fix: 'Fill in the member id, or remove the row.',
    });
    return true;
  }

  private problem(details: InputErrorDetails): void {
    this.problems.add(details);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private checkMapped(file: string, line: number, headers: string[], missing: { field: Field; header: string }[]): void {
    if (missing.length === 0) return;
    const { field, header } = missing[0];
    throw new InputError({
      code: 'missing-column',
      file,
      line,
      problem: `the column "${header}" given for ${field} (--map ${field}=${header}) is not in the header; the headers found are ${quoteList(headers)}`,
      expected: `a header "${header}"`,
      fix: 'Correct the header name given with --map (case and spaces do not matter).',
    });
  }

  /** False (and an error) when the row has more fields than the header. */
  private checkWidth(st: FileState<Field>, fields: string[], line: number): boolean {
    if (fields.length > st.width) {
      const sep = st.delimiter === '\t' ? 'a tab' : st.delimiter ? `"${st.delimiter}"` : 'the delimiter';
      this.problem({
        code: 'too-many-fields',
        file: st.file,
        line,
        problem: `this row has ${fields.length} fields but the header has ${st.width}`,
        expected: `at most ${st.width} fields, one per header column`,
        fix: `Enclose values that contain ${sep} in double quotes, or add a header for the extra column.`,
      });
      return false;
    }
    if (fields.length < st.width) {
      this.warnings.add(
        '',
        'missing-fields',
        st.file,
        line,
        null,
        (count, _lines, lines) =>
          `${plural(count, 'row')} (${lines}) ${count === 1 ? 'has' : 'have'} fewer fields than the header (${st.width}): the missing cells were treated as empty`,
      );
    }
    return true;
  }

  private checkEncoding(file: string, fields: string[], line: number): void {
    for (const v of fields) {
      if (v.indexOf('\uFFFD') >= 0) {
        this.warnings.add(
          '',
          'invalid-utf8',
          file,
          line,
          null,
          (count, _lines, lines) =>
            `${plural(count, 'row')} (${lines}) ${count === 1 ? 'contains' : 'contain'} bytes that are not UTF-8 (shown as "\uFFFD"): save the file as "CSV UTF-8" to keep names and ids intact`,
        );
        return;
      }
    }
  }

  private parseWeight(raw: string, st: FileState<TieField>, line: number, column: string): number {
    if (raw.length <= 9 && isDigits(raw)) {
      // The common case (a small whole number): what NUMBER and Number() give, without the regex.
      const value = Number(raw);
      if (value > 0) return value;
    }
    let text = raw;
    if (st.delimiter !== ',' && DECIMAL_COMMA.test(text)) text = text.replace(',', '.');
    const value = NUMBER.test(text) ? Number(text) : NaN;
    if (Number.isFinite(value) && value >= MIN_WEIGHT && value <= MAX_WEIGHT) return value;
    let problem: string;
    let expected = 'a positive number such as 1 or 2.5';
    if (Number.isNaN(value)) problem = `"${raw}" is not a number`;
    else if (!Number.isFinite(value)) problem = `"${raw}" is too large`;
    else if (value <= 0) problem = `weight ${raw} is not positive`;
    else {
      problem = `weight ${raw} is ${value > MAX_WEIGHT ? 'above' : 'below'} the accepted range`;
      expected = 'a positive number from 1e-12 to 1e12';
    }
    const fix =
      st.delimiter === ',' && DECIMAL_COMMA.test(raw)
        ? 'This file is comma-separated, so write decimals with a dot (2.5), or save it with ";" as the delimiter.'
        : Number.isFinite(value) && value > 0
          ? 'Rescale the weights of the file into the range (only their ratios matter), or remove the row.'
          : 'Correct the value, leave the cell empty for weight 1, or remove the row.';
    this.problem({
      code: 'invalid-weight',
      file: st.file,
      line,
      column,
      problem,
      expected,
      fix,
    });
    return NaN;
  }

  private parseYear(raw: string, st: FileState<TieField>, line: number, col: number | undefined): number | null {
    if (raw === '') return null;
    if (YEAR.test(raw)) return Number(raw);
    const column = st.match!.headers[col!];
    this.warnings.add(
      column,
      'invalid-year',
      st.file,
      line,
      column,
      (count, _lines, lines) =>
        `${plural(count, 'value')} in column "${column}" (${lines}; first "${raw}") ${count === 1 ? 'is not a 4-digit year' : 'are not 4-digit years'}: ignored`,
    );
    return null;
  }

  private unknownEndpoint(id: string, line: number, column: string): void {
    this.unknownCount++;
    if (!this.firstUnknown) this.firstUnknown = { line, column };
    let u = this.unknownEndpoints.get(id);
    if (!u) this.unknownEndpoints.set(id, (u = { lines: [], count: 0, column }));
    u.count++;
    if (u.lines.length < 5) u.lines.push(line);
  }

  private addUnknownProblem(file: string | null, where: string | null): void {
    const entries = [...this.unknownEndpoints.entries()];
    const shown = entries.slice(0, 10).map(([id, u]) => `"${id}" (${u.count === 1 ? 'line' : 'lines'} ${formatLines(u.lines, u.count, 5)})`);
    const more = entries.length > 10 ? ` and ${entries.length - 10} more` : '';
    const membersFile = `the members file ${this.members?.file ?? ''}`.trimEnd();
    const what = where === null ? plural(this.unknownCount, 'tie endpoint') : `${plural(this.unknownCount, 'partner mention')} of ${where}`;
    const key = this.byName === null ? 'id' : 'name';
    const hint = key === 'id' ? namesHint(entries.map(([id]) => id), this.ids, this.memberNames()) : null;
    this.problem({
      code: 'unknown-member',
      file,
      line: this.firstUnknown!.line,
      column: this.firstUnknown!.column,
      problem: `${plural(entries.length, `member ${key}`)} in ${what} ${entries.length === 1 ? 'is' : 'are'} not in ${membersFile}: ${shown.join(', ')}${more}`,
      expected: `${key}s of members listed in ${membersFile}`,
      fix:
        hint ??
        `Add these members to ${membersFile}, or correct the ${key}s${where === null ? ` in ${file}` : ''} (${key}s are compared exactly, after trimming spaces).`,
    });
  }
}

/** Prototype for graphology's neighbour objects when member ids collide with Object.prototype properties. */
const ADJACENCY_PROTO: object = Object.create(null);

/** An empty object in V8's dictionary mode (adding then deleting two properties normalises it). */
function dictionaryObject(proto: object): Record<string, unknown> {
  const o = Object.create(proto) as Record<string, unknown>;
  o.__cg_a = 0;
  o.__cg_b = 0;
  delete o.__cg_a;
  delete o.__cg_b;
  return o;
}

const hasOwn = Object.prototype.hasOwnProperty;

interface NodeDataLike {
  in?: Record<string, unknown>;
  out?: Record<string, unknown>;
  undirected?: Record<string, unknown>;
}

/**
 * Makes a graph safe for member ids that are Object.prototype properties. graphology 0.26 (a) keeps
 * each node's neighbours in plain objects keyed by neighbour id, so `__proto__`, `constructor`,
 * `toString`, … as ids break ties ("edge already exists", or a corrupted prototype): the objects get
 * a null prototype; and (b) answers `hasEdge(s, t)`, `hasDirectedEdge(s, t)` and
 * `hasUndirectedEdge(s, t)` with `neighbours.hasOwnProperty(t)`, which fails once a neighbour is
 * called `hasOwnProperty` (its own entry shadows the method): these three methods are replaced on
 * the instance by versions that call `Object.prototype.hasOwnProperty`, and `clearEdges` by one that
 * prepares the new neighbour objects again. `graph.copy()` and graphs built elsewhere do not get this.
 */
function hardenGraph(graph: ClusterGraph): void {
  const g = graph as unknown as Record<string, unknown> & { _nodes: Map<string, NodeDataLike>; type: string };
  if (hasOwn.call(g, 'hasEdge')) return;
  const proto = Object.getPrototypeOf(graph) as Record<string, (...args: unknown[]) => unknown>;
  const lookup = (source: unknown, target: unknown, which: 'out' | 'undirected' | 'both'): boolean => {
    const data = g._nodes.get(String(source));
    if (!data) return false;
    const t = String(target);
    if (which !== 'undirected' && data.out !== undefined && hasOwn.call(data.out, t)) return true;
    return which !== 'out' && data.undirected !== undefined && hasOwn.call(data.undirected, t);
  };
  const define = (name: string, fn: (...args: unknown[]) => unknown) =>
    Object.defineProperty(g, name, { value: fn, enumerable: false, writable: true, configurable: true });
  define('hasEdge', function (this: unknown, ...args: unknown[]) {
    return args.length === 2 ? lookup(args[0], args[1], 'both') : proto.hasEdge.apply(graph, args);
  });
  define('hasDirectedEdge', function (...args: unknown[]) {
    if (g.type === 'undirected') return false;
    return args.length === 2 ? lookup(args[0], args[1], 'out') : proto.hasDirectedEdge.apply(graph, args);
  });
  define('hasUndirectedEdge', function (...args: unknown[]) {
    if (g.type === 'directed') return false;
    return args.length === 2 ? lookup(args[0], args[1], 'undirected') : proto.hasUndirectedEdge.apply(graph, args);
  });
  define('clearEdges', function (...args: unknown[]) {
    const out = proto.clearEdges.apply(graph, args);
    prepareAdjacency(graph, true);
    return out;
  });
}

/**
 * Prepares graphology's (0.26) per-node neighbour objects before the ties are added. They are plain
 * objects keyed by neighbour id, which has two problems this fixes for the graphs the reader builds:
 * - an id that is also an Object.prototype property (`__proto__`, `constructor`, `toString`,
 *   `hasOwnProperty`, …) breaks ties to that member. With `protect`, the objects get a null prototype
 *   and the graph is hardened ({@link hardenGraph});
 * - V8 gives every distinct sequence of neighbour ids its own hidden class, which makes adding a
 *   million ties about twice as slow as with dictionary-mode objects.
 * The objects are replaced only while empty, by empty objects that graphology uses the same way.
 */
function prepareAdjacency(graph: ClusterGraph, protect: boolean): void {
  const nodes = (graph as unknown as { _nodes?: Map<string, Record<string, unknown>> })._nodes;
  if (!(nodes instanceof Map)) return;
  const proto = protect ? ADJACENCY_PROTO : Object.prototype;
  for (const data of nodes.values()) {
    for (const k of ['in', 'out', 'undirected']) {
      const v = data[k];
      if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype && Object.keys(v).length === 0) {
        data[k] = dictionaryObject(proto);
      }
    }
  }
  if (protect) hardenGraph(graph);
}

/**
 * Gives the neighbour objects of a graph's nodes (fresh from {@link prepareAdjacency}) their final keys
 * before the ties are added with graphology's addEdge: for each node, the ids of its neighbours in the
 * order addEdge will add them, with the value undefined (which graphology reads as "no edge yet"; the
 * edge then takes the key where it stands, so the key order is unchanged). Each object grows node by
 * node while it is in cache, rather than a step at a time across the whole graph as the ties are added.
 * `src[e]`, `dst[e]`: positions in the node order of the ends of the e-th tie, in the order it will be
 * added.
 */
function presetNeighbours(graph: ClusterGraph, ids: readonly string[], src: Int32Array, dst: Int32Array, count: number): void {
  const nodes = (graph as unknown as { _nodes?: Map<string, Record<string, unknown>> })._nodes;
  if (!(nodes instanceof Map) || nodes.size !== ids.length) return;
  const data = [...nodes.values()];
  const n = ids.length;
  const fill = (rows: readonly Int32Array[], cols: readonly Int32Array[], key: string): void => {
    // Neighbours by node, in the order the arcs come (a counting sort).
    const offsets = new Int32Array(n + 1);
    for (const r of rows) for (let e = 0; e < count; e++) offsets[r[e] + 1]++;
    for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
    const at = offsets.slice(0, n);
    const neighbours = new Int32Array(offsets[n]);
    for (let e = 0; e < count; e++) for (let k = 0; k < rows.length; k++) neighbours[at[rows[k][e]]++] = cols[k][e];
    for (let i = 0; i < n; i++) {
      const adjacency = data[i][key] as Record<string, unknown>;
      for (let p = offsets[i]; p < offsets[i + 1]; p++) adjacency[ids[neighbours[p]]] = undefined;
    }
  };
  if (graph.type === 'undirected') fill([src, dst], [dst, src], 'undirected');
  else {
    fill([src], [dst], 'out');
    fill([dst], [src], 'in');
  }
}

// ---------------------------------------------------------------------------------------------
// Feeding the builder
// ---------------------------------------------------------------------------------------------

/** Row objects as a CSV source: headers = keys of the first row, then keys first seen later; row i is line i + 2. */
export function rowsSource(rows: readonly Record<string, unknown>[]): CsvSource & { headers: string[] } {
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const k of Object.keys(row)) {
      if (!seen.has(k)) {
        seen.add(k);
        headers.push(k);
      }
    }
  }
  function* records(): Generator<CsvRecord> {
    if (headers.length === 0) return;
    yield { fields: headers, line: 1 };
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const fields = headers.map((h) => {
        const v = Object.prototype.hasOwnProperty.call(row, h) ? row[h] : '';
        return v === null || v === undefined ? '' : String(v);
      });
      if (fields.every((v) => v.trim() === '')) continue;
      yield { fields, line: i + 2 };
    }
  }
  return { delimiter: ',', records: records(), headers };
}

export type FileRole = 'members' | 'ties';

export function emptyFileError(file: string, role: FileRole): InputError {
  return new InputError({
    code: 'empty-file',
    file,
    problem: 'the file is empty',
    expected: role === 'members' ? 'a header line (e.g. id,name,type,level) followed by one row per member' : 'a header line (e.g. source,target,weight) followed by one row per tie',
    fix: role === 'members' ? 'Export the members list again.' : 'Export the ties again; a cluster with no ties still needs the header line.',
  });
}

/** Feeds one synchronous source (header first) into the builder. */
export function feedSync(builder: ClusterBuilder, role: FileRole, file: string, source: CsvSource, isRows: boolean): void {
  const delimiter = isRows ? null : source.delimiter;
  if (role === 'members') builder.beginMembers(file, delimiter);
  else builder.beginTies(file, delimiter);
  let first = true;
  for (const rec of source.records as Iterable<CsvRecord>) {
    if (first) {
      first = false;
      if (role === 'members') builder.membersHeader(rec.fields, rec.line);
      else builder.tiesHeader(rec.fields, rec.line);
    } else if (role === 'members') builder.memberRow(rec.fields, rec.line);
    else builder.tieRow(rec.fields, rec.line);
  }
  if (first && !isRows) throw emptyFileError(file, role);
  builder.endFile(role, isRows);
}

/**
 * Builds the cluster graph from row objects (header → value) or CSV text, without files. Messages name
 * the inputs `members` and `ties`; row objects are numbered as in a CSV file (first row = line 2).
 * An empty row array means no members / no ties. Without `ties`, the members must have a partners
 * column (roster format, see `ClusterBuilder.useRoster`).
 */
export function buildCluster(input: { members: RowsOrText; ties?: RowsOrText }, options: ReadOptions = {}): ClusterData {
  const builder = new ClusterBuilder(options);
  try {
    return buildWith(builder, input);
  } catch (err) {
    // An error keeps the warnings found before it (see InputError.warnings).
    if (err instanceof InputError) withWarnings(err, builder.warningsSoFar());
    throw err;
  }
}

function buildWith(builder: ClusterBuilder, input: { members: RowsOrText; ties?: RowsOrText }): ClusterData {
  for (const role of ['members', 'ties'] as const) {
    const value = input[role];
    if (value === undefined) {
      if (builder.hasRoster) builder.useRoster();
      else {
        throw new InputError({
          code: 'no-ties-file',
          problem: 'no ties given, and the members have no partners column',
          fix: 'Give the ties, or a "partners" column listing each member\'s partner ids separated by ";".',
        });
      }
      continue;
    }
    if (typeof value === 'string') feedSync(builder, role, role, parseCsvText(value, role), false);
    else {
      const src = rowsSource(value);
      feedSync(builder, role, role, src, true);
      if (src.headers.length === 0) {
        // No rows at all: still a valid (empty) input.
        if (role === 'members') builder.membersHeader(['id'], 1);
        else builder.tiesHeader(['source', 'target'], 1);
      }
    }
  }
  return builder.finish();
}
