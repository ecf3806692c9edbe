/**
 * The rows behind a tie table: every input row that formed or joined a tie (in file order), with
 * what the merge of a pair forgets — the row's own weight, `since`/`until` spell, line, direction,
 * kind, explicit orientation and extra cells. Growable typed arrays, no object per row. With them a
 * read cluster can be cut to any year exactly as if the files had been read with only the rows of
 * that year ({@link snapshot} in src/model/snapshot.ts), and the dynamic GEXF can write each row's
 * spell. Self-loop rows are not tie rows (the reader drops them) and are not kept here.
 */
export class TieRows {
  count = 0;
  /** Tie of row r (index in the tie table). */
  tie = new Int32Array(0);
  /** Line of the row in its file. */
  line = new Float64Array(0);
  /** The row's weight (1 when the cell is empty). */
  weight = new Float64Array(0);
  /** The row's `since` / `until` year; -1 = none. */
  since = new Int32Array(0);
  until = new Int32Array(0);
  /** 1 when the row names the tie's members the other way round (undirected ties: B,A for the tie A–B). */
  reversed = new Uint8Array(0);
  /** The row's explicit orientation code (ORIENTATION_CODE; 0 = none given). */
  orientation = new Uint8Array(0);
  /** The row's kind: index into {@link kindNames}, -1 = none. */
  kind = new Int32Array(0);
  readonly kindNames: string[] = [];
  private readonly kindIndex = new Map<string, number>();
  /** Extra cells of the rows that are not the first of their tie (only when the ties file has extra columns). */
  readonly extra = new Map<number, Record<string, string>>();
  /**
   * Per tie: the orientation code inferred from its members' levels (used when none of the tie's rows
   * gives one); set when the table is finished.
   */
  inferred = new Uint8Array(0);
  /**
   * How a tie's weight follows from its rows: `sum` (a ties file: the sum of the rows' weights) or
   * `one` (the roster format: every tie weighs 1, whatever the number of mentions).
   */
  weighting: 'sum' | 'one' = 'sum';

  constructor(capacity = 1024) {
    this.resize(Math.max(1, capacity));
  }

  /** Adds row r of tie `tie`; returns r. `since`/`until` -1 = none; `kind` '' = none. */
  add(tie: number, line: number, weight: number, since: number, until: number, reversed: boolean, orientation: number, kind: string): number {
    const r = this.count;
    if (r === this.tie.length) this.resize(2 * r);
    this.tie[r] = tie;
    this.line[r] = line;
    this.weight[r] = weight;
    this.since[r] = since;
    this.until[r] = until;
    this.reversed[r] = reversed ? 1 : 0;
    this.orientation[r] = orientation;
    this.kind[r] = kind === '' ? -1 : this.kindId(kind);
    this.count = r + 1;
    return r;
  }

  /** Keeps the extra cells of row r (a row that joins a tie formed earlier). */
  setExtra(r: number, extra: Record<string, string>): void {
    this.extra.set(r, extra);
  }

  /** The extra cells of row r when kept (a row that joined a tie), else undefined. */
  extraOf(r: number): Record<string, string> | undefined {
    return this.extra.get(r);
  }

  kindOf(r: number): string | null {
    const k = this.kind[r];
    return k < 0 ? null : this.kindNames[k];
  }

  private kindId(kind: string): number {
    let id = this.kindIndex.get(kind);
    if (id === undefined) {
      id = this.kindNames.length;
      this.kindNames.push(kind);
      this.kindIndex.set(kind, id);
    }
    return id;
  }

  /** True when row r is active in `year`: since ≤ year (or none) and until ≥ year (or none). */
  activeIn(r: number, year: number): boolean {
    const s = this.since[r];
    const u = this.until[r];
    return (s < 0 || s <= year) && (u < 0 || u >= year);
  }

  private resize(capacity: number): void {
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(a: T, make: new (n: number) => T): T => {
      const b = new make(capacity);
      b.set(a.subarray(0, Math.min(a.length, capacity)));
      return b;
    };
    this.tie = grow(this.tie, Int32Array);
    this.line = grow(this.line, Float64Array);
    this.weight = grow(this.weight, Float64Array);
    this.since = grow(this.since, Int32Array);
    this.until = grow(this.until, Int32Array);
    this.reversed = grow(this.reversed, Uint8Array);
    this.orientation = grow(this.orientation, Uint8Array);
    this.kind = grow(this.kind, Int32Array);
  }
}
