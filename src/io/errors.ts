/**
 * Input problems: {@link InputError} for anything that would make the graph wrong (the reader stops),
 * {@link InputWarning} for what it can repair or ignore (the reader goes on and reports it), and the
 * {@link InputAccount} of where every input row went. Codes are listed in docs/sections/input.md.
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

  constructor(details: InputErrorDetails) {
    super(formatInputMessage(details));
    this.name = 'InputError';
    this.code = details.code;
    this.file = details.file ?? null;
    this.line = details.line ?? null;
    this.column = details.column ?? null;
    this.expected = details.expected ?? null;
  }
}

/** `file, line 3, column "weight"` (the parts that are known). */
export function describeLocation(file: string | null | undefined, line?: number | null, column?: string | null): string {
  const parts: string[] = [];
  if (file) parts.push(file);
  if (line !== null && line !== undefined) parts.push(`line ${line}`);
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
