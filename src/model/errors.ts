/**
 * Input problems: {@link InputError} for anything that would make the graph wrong (the reader stops),
 * {@link InputWarning} for what it can repair or ignore (the reader goes on and reports it), and the
 * {@link InputAccount} of where every input row went. Codes are listed in docs/input.md ("Errors and warnings").
 */

/** A non-fatal input problem. Repeated problems are reported once, with `count` and the first lines. */
export interface InputWarning {
  code: string;
  message: string;
  /** File as given (a file-less call names it `members` or `ties`); null when not about one file. */
  file: string | null;
  /** 1-based line of the (first) occurrence in the file, counting the header as line 1. */
  line: number | null;
  /** Header of the column concerned, as written in the file. */
  column: string | null;
  /** Number of occurrences folded into this warning. */
  count?: number;
}

/** Rows skipped for one reason; `lines` holds the first 20. */
export interface SkippedRows {
  reason: string;
  count: number;
  lines: number[];
}

/**
 * Where every input row went. Blank rows (every cell empty) are not rows. For ties:
 * `rows = used + Σ skipped.count`, and the number of ties in the graph is `used − merged`
 * (`merged` counts the rows folded into a tie formed by an earlier row, duplicates or not).
 */
export interface InputAccount {
  files: { members: string | null; ties: string | null };
  members: { rows: number; used: number; skipped: SkippedRows[] };
  ties: { rows: number; used: number; merged: number; skipped: SkippedRows[] };
  /** Present when the ties came from a `partners` column of the members file (roster format). */
  roster?: RosterAccount;
  /** Present when the cluster was cut to one year (reader option `year`, CLI `--year`, `snapshot`). */
  year?: YearAccount;
}

/**
 * The rows left out of a one-year snapshot (also listed, with their first lines, among the skipped
 * rows: reasons `not present in Y`, `not active in Y` and `member not present in Y`).
 */
export interface YearAccount {
  /** The year of the snapshot. */
  year: number;
  /** Member rows not present in the year: joined after it, or left before it. */
  membersAbsent: number;
  /** Tie rows (or roster mentions) not active in the year: `since` after it, or `until` before it. */
  tieRowsInactive: number;
  /** Tie rows (or roster mentions) active in the year with a member not present in it. */
  tieRowsMemberAbsent: number;
  /** Project rows left out because their member is not present in the year (when projects were read). */
  projectRowsMemberAbsent?: number;
}

/** The sentence of {@link RosterAccount.note}. */
export function rosterNote(pairs: number, oneSided: number, reciprocal: number): string {
  return pairs === 0
    ? 'no partnerships were named'
    : `${oneSided} of ${pairs} ${pairs === 1 ? 'partnership' : 'partnerships'} ${oneSided === 1 ? 'was' : 'were'} named by one side only and ${reciprocal} by both; one-sided naming can mean an unequal or unacknowledged partnership`;
}

/**
 * Ties read from a roster (a `partners` column in the members file, no ties file). Every mention is
 * either used or skipped: `mentions = used + Σ skipped.count`. Undirected, a pair named by both sides
 * is one tie (`reciprocal`), a pair named by one side only is one tie too (`oneSided`), so
 * `used = 2·reciprocal + oneSided` and ties = `reciprocal + oneSided`. Directed, every used mention
 * is an arc; `reciprocal` counts the pairs with arcs both ways, `oneSided` those with one arc.
 */
export interface RosterAccount {
  /** Members file and header of the partners column. */
  file: string;
  column: string;
  /** Partner ids named in the column (after splitting on `;` or `|`, empty pieces ignored). */
  mentions: number;
  used: number;
  skipped: SkippedRows[];
  reciprocal: number;
  oneSided: number;
  /** One sentence for the report, e.g. "9 of 14 partnerships were named by one side only …". */
  note: string;
}

/** One input problem: where it is and what it is (the message names file, line and column). */
export interface InputProblem {
  code: string;
  file: string | null;
  line: number | null;
  column: string | null;
  message: string;
}

export interface InputErrorDetails {
  code: string;
  file?: string | null;
  line?: number | null;
  column?: string | null;
  /** What was expected, in plain words (e.g. "a positive number such as 1 or 2.5"). */
  expected?: string | null;
  /** What is wrong, e.g. `"abc" is not a valid weight`. */
  problem: string;
  /** What to do about it. */
  fix?: string;
}

/**
 * An input problem that would make the graph wrong. The message names the file, line and column,
 * what was found, what was expected and what to do, e.g.
 * `ties.csv, line 7, column "weight": "abc" is not a valid weight (expected a positive number such as 1 or 2.5). Correct the value, or leave the cell empty for weight 1.`
 */
export class InputError extends Error {
  readonly file: string | null;
  readonly line: number | null;
  readonly column: string | null;
  readonly expected: string | null;
  readonly code: string;
  /**
   * Every problem found (the first is the one of `code`/`file`/`line`/`column`), at most
   * `MAX_PROBLEMS_PER_CODE` per code; `total` counts them all.
   */
  readonly problems: InputProblem[];
  /** Number of problems found, including those not kept in `problems`. */
  readonly total: number;
  /**
   * The warnings found while reading up to the error (e.g. a short row), so that `validate` can list
   * them beside the errors; empty when none were found or the error is not about the input files.
   */
  warnings: InputWarning[] = [];

  constructor(details: InputErrorDetails, more?: { problems: InputProblem[]; total: number; omitted: Map<string, number> }) {
    const first = details.problem === '' && more && more.problems.length > 0 ? more.problems[0].message : formatInputMessage(details);
    super(more && more.total > 1 ? combinedMessage(first, more.problems, more.total, more.omitted) : first);
    this.name = 'InputError';
    this.code = details.code;
    this.file = details.file ?? null;
    this.line = details.line ?? null;
    this.column = details.column ?? null;
    this.expected = details.expected ?? null;
    const own: InputProblem = { code: this.code, file: this.file, line: this.line, column: this.column, message: first };
    this.problems = more && more.problems.length > 0 ? more.problems : [own];
    this.total = more ? Math.max(more.total, 1) : 1;
  }
}

/** Problems kept per code in an {@link InputError} (the rest are counted). */
export const MAX_PROBLEMS_PER_CODE = 10;

function combinedMessage(first: string, problems: InputProblem[], total: number, omitted: Map<string, number>): string {
  const lines = [first, `${total} problems in all; nothing was analysed. The others:`];
  for (const p of problems.slice(1)) lines.push(`  - ${p.message}`);
  for (const [code, n] of omitted) lines.push(`  - … and ${n} more "${code}" ${n === 1 ? 'problem' : 'problems'} like the ones above`);
  return lines.join('\n');
}

/** Formats the message of one problem (file, line, column: problem (expected …). Fix.). */
export function problemMessage(details: InputErrorDetails): string {
  return formatInputMessage(details);
}

/**
 * Collects the errors of the input, so that one run reports all of them (bounded: the first
 * `MAX_PROBLEMS_PER_CODE` per code are kept, the rest counted), then throws them as one
 * {@link InputError} whose own fields are those of the first.
 */
export class ProblemCollector {
  private first: InputErrorDetails | null = null;
  private readonly kept: InputProblem[] = [];
  private readonly perCode = new Map<string, number>();
  private readonly omitted = new Map<string, number>();
  /** Problems added, including those not kept. */
  total = 0;

  /** Adds one problem. */
  add(details: InputErrorDetails): void {
    this.addProblem(
      { code: details.code, file: details.file ?? null, line: details.line ?? null, column: details.column ?? null, message: formatInputMessage(details) },
      details,
    );
  }

  /** Adds every problem of an InputError (e.g. one thrown by a file-level check). */
  addError(err: InputError): void {
    err.problems.forEach((p, i) =>
      this.addProblem(p, i === 0 ? { code: p.code, file: p.file, line: p.line, column: p.column, expected: err.expected, problem: '' } : undefined),
    );
    const extra = err.total - err.problems.length;
    if (extra > 0) {
      this.total += extra;
      this.omitted.set(err.code, (this.omitted.get(err.code) ?? 0) + extra);
    }
  }

  private addProblem(p: InputProblem, details?: InputErrorDetails): void {
    this.total++;
    if (this.first === null) this.first = details ?? { code: p.code, file: p.file, line: p.line, column: p.column, problem: '' };
    const n = (this.perCode.get(p.code) ?? 0) + 1;
    this.perCode.set(p.code, n);
    if (n > MAX_PROBLEMS_PER_CODE) this.omitted.set(p.code, (this.omitted.get(p.code) ?? 0) + 1);
    else this.kept.push(p);
  }

  /** Throws the collected problems as one InputError (nothing when there are none). */
  throwIfAny(): void {
    if (this.first !== null) throw this.toError();
  }

  /** The collected problems as one InputError (call only when {@link total} > 0). */
  toError(): InputError {
    return new InputError(this.first!, { problems: [...this.kept], total: this.total, omitted: new Map(this.omitted) });
  }
}

/**
 * Attaches the warnings found so far to an InputError that has none yet (see {@link InputError.warnings});
 * returns the error.
 */
export function withWarnings(err: InputError, warnings: readonly InputWarning[]): InputError {
  if (err.warnings.length === 0 && warnings.length > 0) err.warnings = [...warnings];
  return err;
}

/** The warnings as one InputError (for `strict`: every warning is an error), or null when there are none. */
export function warningsAsError(warnings: readonly InputWarning[]): InputError | null {
  if (warnings.length === 0) return null;
  const c = new ProblemCollector();
  for (const w of warnings) {
    const where = describeLocation(w.file, w.line, w.column);
    const message = `${where ? `${where}: ` : ''}${w.message} (an error because of --strict)`;
    c.addError(new InputError({ code: w.code, file: w.file, line: w.line, column: w.column, problem: message }, { problems: [{ code: w.code, file: w.file, line: w.line, column: w.column, message }], total: 1, omitted: new Map() }));
  }
  return c.toError();
}

/** A sheet of a workbook as it is named in messages (`cluster.xlsx, sheet "Ties"`): its lines are rows. */
const SHEET_LABEL = /, sheet "[^]*"$/;

/** `file, line 3, column "weight"` (the parts that are known); a workbook's sheet has rows: `…, sheet "Ties", row 3`. */
export function describeLocation(file: string | null | undefined, line?: number | null, column?: string | null): string {
  const parts: string[] = [];
  if (file) parts.push(file);
  if (line !== null && line !== undefined) parts.push(`${file && SHEET_LABEL.test(file) ? 'row' : 'line'} ${line}`);
  if (column !== null && column !== undefined) parts.push(`column "${column}"`);
  return parts.join(', ');
}

function formatInputMessage(d: InputErrorDetails): string {
  const where = describeLocation(d.file, d.line, d.column);
  let msg = where ? `${where}: ${d.problem}` : d.problem;
  if (d.expected) msg += ` (expected ${d.expected})`;
  msg += '.';
  if (d.fix) msg += ` ${d.fix}`;
  return msg;
}

/** Formats up to `max` line numbers: "3, 8 and 12" / "3, 8, … (first 20 of 57)". */
export function formatLines(lines: readonly number[], total = lines.length, max = 20): string {
  const shown = lines.slice(0, max);
  if (shown.length === 0) return '';
  if (total > shown.length) return `${shown.join(', ')}, … (first ${shown.length} of ${total})`;
  if (shown.length === 1) return String(shown[0]);
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

export const MAX_LINES = 20;

/** "line 4" / "lines 4 and 9" / "lines 4, 9, … (first 20 of 57)". */
export function linesPhrase(lines: readonly number[], total = lines.length, max = MAX_LINES): string {
  return `${total === 1 ? 'line' : 'lines'} ${formatLines(lines, total, max)}`;
}

interface Pending {
  code: string;
  file: string | null;
  column: string | null;
  line: number | null;
  count: number;
  lines: number[];
  describe: (count: number, lines: string, linesText: string) => string;
}

/**
 * Collects warnings, folding repeats of the same `key` into one warning with a count and the first
 * 20 lines, so a million bad cells make one warning, not a million.
 */
export class WarningCollector {
  private readonly pending = new Map<string, Pending>();

  /**
   * Records one occurrence. `describe(count, lines, linesText)` builds the message when the warnings
   * are collected (it is taken from the first occurrence): `lines` reads "4" or "4, 9 and 12",
   * `linesText` "line 4" or "lines 4, 9 and 12" (both: the first 20, then "… (first 20 of N)").
   */
  add(
    key: string,
    code: string,
    file: string | null,
    line: number | null,
    column: string | null,
    describe: (count: number, lines: string, linesText: string) => string,
  ): void {
    const k = `${code}\u0000${file}\u0000${key}`;
    let p = this.pending.get(k);
    if (!p) {
      p = { code, file, column, line, count: 0, lines: [], describe };
      this.pending.set(k, p);
    }
    p.count++;
    if (line !== null && p.lines.length < MAX_LINES) p.lines.push(line);
  }

  /** The warnings in order of first occurrence. */
  collect(): InputWarning[] {
    const out: InputWarning[] = [];
    for (const p of this.pending.values()) {
      out.push({
        code: p.code,
        message: p.describe(p.count, formatLines(p.lines, p.count), linesPhrase(p.lines, p.count)),
        file: p.file,
        line: p.line,
        column: p.column,
        count: p.count,
      });
    }
    return out;
  }
}
