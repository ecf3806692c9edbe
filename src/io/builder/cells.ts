/** Small helpers of the row readers: cell access, messages, interning, skipped-row counts. */
import { HEADER_SYNONYMS, type Field } from '../../model/vocabulary.js';
import { MAX_LINES, type SkippedRows } from '../../model/errors.js';

/**
 * A year cell: four digits from 1000 to 9999, optionally followed by a zero decimal part ("2019.0",
 * as spreadsheets and data-frame exports write whole numbers).
 */
export const YEAR = /^[1-9]\d{3}(?:\.0+)?$/;
export const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
export const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;

/** True when `s` is one or more ASCII digits. */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

export function quoteList(values: readonly string[], max = 12): string {
  const shown = values.slice(0, max).map((v) => `"${v}"`);
  return values.length > max ? `${shown.join(', ')}, … (${values.length} in all)` : shown.join(', ');
}

export function synonymsHint(field: Field): string {
  return HEADER_SYNONYMS[field].slice(1, 6).map((s) => `"${s}"`).join(', ');
}

/** A type as it can be written in `--type-sectors` / `--type-helix` (a quote in it is dropped; commas are fine). */
export function optionKey(type: string): string {
  return type.replace(/['=]/g, '');
}

/** A cell of a row, trimmed; '' when the column is absent or the row is short. */
export function cellAt(fields: string[], col: number | undefined): string {
  if (col === undefined) return '';
  const v = fields[col];
  return v === undefined ? '' : v.trim();
}

const scratch: Record<string, number> = Object.create(null);

/**
 * The same string as V8 keeps property names (internalized). graphology indexes ties in objects keyed
 * by member id; ids read from a file are not internalized, and every tie added would look them up
 * again (about a fifth of the time of adding a million ties).
 */
export function internalize(s: string): string {
  scratch[s] = 0;
  const key = Object.keys(scratch)[0];
  delete scratch[s];
  return key;
}

export class Skips {
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
