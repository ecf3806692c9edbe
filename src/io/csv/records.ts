/**
 * The records of a CSV file and the rules shared by both readers (csv-parse and the fast path):
 * the record types, the size limits, delimiter detection on the header line, csv-parse's options,
 * the line bookkeeping and the errors a malformed file gives.
 */
import type { Options } from 'csv-parse';
import { InputError } from '../../model/errors.js';

export type Delimiter = ',' | ';' | '\t';

/** One CSV record: its fields and the line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

export interface CsvSource {
  delimiter: Delimiter;
  records: Iterable<CsvRecord> | AsyncIterable<CsvRecord>;
  /**
   * The same records in batches (streamed files only): cheaper to consume than `records` one by
   * one. Read either `records` or `batches`, not both (they share one pass over the file).
   */
  batches?: AsyncIterable<CsvRecord[]>;
  /** Encoding the file was read with (WHATWG name, e.g. `utf-8`, `utf-16le`, `windows-1251`); absent for text. */
  encoding?: string;
}

/** Options of {@link openCsvFile}. */
export interface CsvReadOptions {
  /**
   * Encoding of files without a byte-order mark (any WHATWG label Node's TextDecoder knows, e.g.
   * `windows-1251`, `windows-1252`, `latin1`, `utf-16le`). Default: UTF-8, checked strictly (a byte that
   * is not UTF-8 is an error that suggests an encoding). A byte-order mark always wins.
   */
  encoding?: string;
}

/** Longest record accepted (characters, quotes included): longer ones are an error naming the line. */
export const MAX_RECORD_CHARS = 1024 * 1024;
/** Most fields accepted in one record (header or row). */
export const MAX_COLUMNS = 10_000;

/**
 * The header line of a text: its first non-blank line, up to the first line break outside quotes,
 * without BOM.
 */
export function headerLine(text: string): string {
  const s = text.replace(/^\uFEFF/, '');
  let start = 0;
  // Skip leading blank lines.
  while (start < s.length) {
    const m = /\r\n|\r|\n/g;
    m.lastIndex = start;
    const hit = m.exec(s);
    const end = hit ? hit.index : s.length;
    if (s.slice(start, end).trim() !== '') break;
    if (!hit) return '';
    start = hit.index + hit[0].length;
  }
  let inQuotes = false;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === '\n' || c === '\r')) return s.slice(start, i);
  }
  return s.slice(start);
}

/**
 * The delimiter of a header line: whichever of `,` `;` and tab occurs most often outside double
 * quotes (ties and none: comma first, then semicolon, then tab).
 */
export function detectDelimiter(line: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQuotes = false;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  let best: Delimiter = ',';
  for (const d of [';', '\t'] as Delimiter[]) if (counts[d] > counts[best]) best = d;
  return best;
}

export function parserOptions(delimiter: Delimiter): Options {
  return {
    bom: true,
    delimiter,
    info: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    // Spaces around a field are dropped, also around a quoted one (`  "a, b" ;`), as spreadsheets
    // write them; spaces inside quotes are kept (the reader trims cells anyway).
    trim: true,
    max_record_size: MAX_RECORD_CHARS,
  };
}

/**
 * csv-parse reports the line on which a record ENDS and counts a CRLF inside a quoted field as two
 * lines. This turns its count into the line the record starts on, and removes the drift.
 */
export class LineTracker {
  private drift = 0;
  /** Real line on which the last record ended. */
  lastEnd = 0;

  start(parserLines: number, fields: string[]): number {
    let parserBreaks = 0;
    let realBreaks = 0;
    for (const f of fields) {
      if (f.indexOf('\n') < 0 && f.indexOf('\r') < 0) continue;
      for (let i = 0; i < f.length; i++) {
        const c = f.charCodeAt(i);
        if (c === 10) {
          parserBreaks++;
          realBreaks++;
        } else if (c === 13) {
          parserBreaks++;
          if (f.charCodeAt(i + 1) === 10) {
            parserBreaks++;
            i++;
          }
          realBreaks++;
        }
      }
    }
    this.drift += parserBreaks - realBreaks;
    this.lastEnd = parserLines - this.drift;
    return this.lastEnd - realBreaks;
  }

  /** The real line of a parser-reported line (for errors). */
  real(parserLines: number): number {
    return parserLines - this.drift;
  }
}

export function isBlank(fields: string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

export interface InfoRecord {
  record: string[];
  info: { lines: number };
}

export function syntaxError(err: unknown, file: string, tracker: LineTracker): InputError | unknown {
  const e = err as { code?: string; message?: string; lines?: number };
  if (e?.code === 'CSV_MAX_RECORD_SIZE') {
    return new InputError({
      code: 'record-too-large',
      file,
      line: tracker.lastEnd + 1,
      problem: `the row that starts on this line (or a later one) is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters (1 MiB); reading stopped to keep memory bounded`,
      expected: 'rows of a sane length',
      fix: 'This is usually a quote (") that is never closed, so the rest of the file reads as one value, or a file that is not CSV. Check the quotes from this line on.',
    });
  }
  if (typeof e?.code === 'string' && e.code.startsWith('CSV_')) {
    const unclosed = e.code === 'CSV_QUOTE_NOT_CLOSED';
    return new InputError({
      code: 'csv-syntax',
      file,
      // An unclosed quote runs to the end of the file: name the line where the record starts.
      line: unclosed ? tracker.lastEnd + 1 : typeof e.lines === 'number' ? tracker.real(e.lines) : null,
      problem: unclosed
        ? 'a quoted field that starts on this line (or a later one) is never closed, so the rest of the file would be read as one value'
        : `the CSV cannot be read (${e.message})`,
      expected: 'every field that contains the delimiter, a quote or a line break to be enclosed in double quotes, with quotes inside doubled ("")',
      fix: 'Check the quotes on this line and the lines before it.',
    });
  }
  return err;
}

export function checkColumns(fields: string[], line: number, file: string, header: boolean): void {
  if (fields.length <= MAX_COLUMNS) return;
  throw new InputError({
    code: 'too-many-columns',
    file,
    line,
    problem: `this ${header ? 'header' : 'row'} has ${fields.length.toLocaleString('en')} fields, more than the limit of ${MAX_COLUMNS.toLocaleString('en')}`,
    expected: 'a members, ties or projects table with a handful of columns',
    fix: 'Check that this is the right file and that its delimiter is a comma, semicolon or tab.',
  });
}

