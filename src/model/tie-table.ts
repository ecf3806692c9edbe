/**
 * The typed tie table of a cluster: tie e joins members `src[e]` and `dst[e]` (positions in the
 * member order) with its merged attributes in growable typed arrays. No object is made per tie while
 * the rows are read (a million attribute objects kept alive while reading made garbage collection
 * most of the reading time); {@link TieTable.attributes} makes one on demand (for `toGraph()`).
 * Kinds and extra columns, rarer, are kept as the arrays and objects the attributes will hold.
 */
import type { Orientation, TieAttributes } from './types.js';
import type { TieRows } from './tie-rows.js';

/** Orientation codes of {@link TieTable.orientation}: 0 = none given (while reading) or unknown (finished table). */
export const ORIENTATION_CODE: Readonly<Record<Orientation, number>> = { unknown: 0, horizontal: 1, vertical: 2 };
export const ORIENTATION_OF_CODE: readonly Orientation[] = ['unknown', 'horizontal', 'vertical'];

const NO_KINDS: readonly string[] = Object.freeze([]);

/**
 * An empty object with a null prototype (for `extra`). Made with setPrototypeOf rather than
 * Object.create(null), which gives a dictionary-mode object three times as large and slower to make:
 * that matters at a million ties.
 */
export function nullRecord(): Record<string, string> {
  return Object.setPrototypeOf({}, null) as Record<string, string>;
}

export class TieTable {
  count = 0;
  /** Source and target member (as in the first row). */
  src = new Int32Array(0);
  dst = new Int32Array(0);
  /** Line of the first row (0 for ties derived from projects). */
  line = new Float64Array(0);
  /** Sum of the weights of the rows, in row order. */
  weight = new Float64Array(0);
  rows = new Int32Array(0);
  /** Earliest `since` and latest `until` year; -1 = none. */
  since = new Int32Array(0);
  until = new Int32Array(0);
  /** {@link ORIENTATION_CODE}: while reading, of the first row that gave one (0 = none yet); once finished, the tie's orientation. */
  orientation = new Uint8Array(0);
  /** Distinct kinds (sorted once finished), for ties that have any. */
  readonly kinds = new Map<number, string[]>();
  /** `extra` of each tie when the ties file has extra columns (one per tie); else empty. */
  readonly extra: Record<string, string>[] = [];
  /**
   * The input rows behind the ties (their own weights, years, kinds, …: see {@link TieRows}), kept
   * by the reader so that the cluster can be cut to a year (`snapshot`); null for a table not read
   * row by row (built from a graph, or changed after reading, e.g. by project-derived ties).
   */
  rowTable: TieRows | null = null;

  constructor(capacity = 1024) {
    this.resize(Math.max(1, capacity));
  }

  /** Adds a tie; returns its index. `since`/`until` -1 = none; `orientation` a code. */
  add(src: number, dst: number, line: number, weight: number, since: number, until: number, orientation: number): number {
    const e = this.count;
    if (e === this.src.length) this.resize(2 * e);
    this.src[e] = src;
    this.dst[e] = dst;
    this.line[e] = line;
    this.weight[e] = weight;
    this.rows[e] = 1;
    this.since[e] = since;
    this.until[e] = until;
    this.orientation[e] = orientation;
    this.count = e + 1;
    return e;
  }

  private resize(capacity: number): void {
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(capacity);
      b.set(a.subarray(0, Math.min(a.length, capacity)));
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

  /** A copy (kinds arrays and extra records copied too), with room for `spare` more ties. */
  clone(spare = 0): TieTable {
    const t = new TieTable(this.count + spare);
    t.count = this.count;
    const n = this.count;
    t.src.set(this.src.subarray(0, n));
    t.dst.set(this.dst.subarray(0, n));
    t.line.set(this.line.subarray(0, n));
    t.weight.set(this.weight.subarray(0, n));
    t.rows.set(this.rows.subarray(0, n));
    t.since.set(this.since.subarray(0, n));
    t.until.set(this.until.subarray(0, n));
    t.orientation.set(this.orientation.subarray(0, n));
    for (const [e, kinds] of this.kinds) t.kinds.set(e, [...kinds]);
    for (const x of this.extra) t.extra.push(Object.assign(nullRecord(), x));
    return t;
  }

  /** The arcs as typed arrays of exactly `count` entries (views, not copies). */
  arcs(): { src: Int32Array; dst: Int32Array; w: Float64Array } {
    const n = this.count;
    return { src: this.src.subarray(0, n), dst: this.dst.subarray(0, n), w: this.weight.subarray(0, n) };
  }

  /** True when some tie has a weight other than 1. */
  hasNonUnitWeight(): boolean {
    for (let e = 0; e < this.count; e++) if (this.weight[e] !== 1) return true;
    return false;
  }

  /** The orientation of tie e (of a finished table). */
  orientationOf(e: number): Orientation {
    return ORIENTATION_OF_CODE[this.orientation[e]];
  }

  /** The kinds of tie e (sorted, of a finished table; not to be changed). */
  kindsOf(e: number): readonly string[] {
    return this.kinds.get(e) ?? NO_KINDS;
  }

  /** Calls `visit(src, dst, { orientation, kinds })` for every tie in table order. */
  forEachTie(visit: (s: number, t: number, tie: { orientation: Orientation; kinds: readonly string[] }) => void): void {
    for (let e = 0; e < this.count; e++) visit(this.src[e], this.dst[e], { orientation: this.orientationOf(e), kinds: this.kindsOf(e) });
  }

  /** The attributes of tie e as a new object (its kinds array and extra record are the table's). */
  attributes(e: number): TieAttributes {
    const since = this.since[e];
    const until = this.until[e];
    let kinds = this.kinds.get(e);
    if (kinds === undefined) kinds = [];
    return {
      weight: this.weight[e],
      kinds,
      orientation: this.orientationOf(e),
      since: since < 0 ? null : since,
      until: until < 0 ? null : until,
      rows: this.rows[e],
      extra: this.extra.length === this.count ? this.extra[e] : nullRecord(),
    };
  }
}
