/**
 * CSV reading on top of csv-parse: delimiter detection (`,` `;` or tab, counted outside quotes on the
 * header line); encodings: UTF-8 with or without BOM (checked strictly: a byte that is not UTF-8 is an
 * error naming its line and suggesting --encoding), UTF-16 LE/BE with BOM, any TextDecoder encoding
 * given with `encoding` (windows-1251, windows-1252, …); spreadsheets, ZIP and PDF files recognised by
 * their signature; CRLF/LF/CR line ends, quoted fields (with delimiters, quotes and line breaks
 * inside), spaces around fields dropped, blank rows skipped, and the 1-based line on which each record
 * STARTS (the header is line 1 when the file starts with it). Files larger than 64 KiB are decoded and
 * parsed chunk by chunk, so memory stays bounded by the longest record (at most 1 MiB), not the file.
 *
 * Speed: a hand-written reader ({@link FastReader}) reads the common case (one record per line, the
 * file's own line breaks, fields in quotes on one line at most) with exactly csv-parse's results; at
 * the first line it cannot read that way, csv-parse takes over for the rest of the file, with the same
 * line numbers and errors as if it had read the whole file.
 *
 * Records carry their fields without the spaces around them (inside quotes, spaces are kept); field
 * counts are not checked here (the builder does); records longer than 1 MiB or wider than 10,000
 * fields are errors.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { open, stat } from 'node:fs/promises';
import { parse, type Options } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { InputError } from './errors.js';

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

function parserOptions(delimiter: Delimiter): Options {
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
class LineTracker {
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

function isBlank(fields: string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

interface InfoRecord {
  record: string[];
  info: { lines: number };
}

function syntaxError(err: unknown, file: string, tracker: LineTracker): InputError | unknown {
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

function checkColumns(fields: string[], line: number, file: string, header: boolean): void {
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

// ---------------------------------------------------------------------------------------------------
// Fast path
// ---------------------------------------------------------------------------------------------------

/** A record delimiter as csv-parse discovers it: the first line break of the file. */
type RecordDelimiter = '\n' | '\r\n' | '\r';

/** Lines longer than this (characters) go to csv-parse, whose record-size limit then applies. */
const FAST_MAX_LINE = 256 * 1024;

/** Whether csv-parse's `trim` removes this character (ECMAScript white space and line terminators, as String.prototype.trim). */
function isTrimmable(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const QUOTE = 34;

/**
 * The fields of one line that has quotes but no line break, exactly as csv-parse (with the options of
 * {@link parserOptions}) reads them, or null when the line is not that simple: a quoted field that
 * does not close on this line, a closing quote followed by something other than spaces and the
 * delimiter, … (csv-parse then reads it, with its own rules and errors).
 */
function quotedFields(line: string, delimiter: number): string[] | null {
  const fields: string[] = [];
  const n = line.length;
  let i = 0;
  for (;;) {
    let s = i;
    while (s < n && line.charCodeAt(s) !== delimiter && isTrimmable(line.charCodeAt(s))) s++;
    if (s < n && line.charCodeAt(s) === QUOTE) {
      // Quoted field: "" is a quote; the closing quote is followed by the delimiter, a space or the end.
      let value = '';
      let from = s + 1;
      let j = from;
      for (;;) {
        if (j >= n) return null;
        if (line.charCodeAt(j) !== QUOTE) {
          j++;
          continue;
        }
        if (j + 1 < n && line.charCodeAt(j + 1) === QUOTE) {
          value += line.slice(from, j + 1);
          j += 2;
          from = j;
          continue;
        }
        const next = j + 1 < n ? line.charCodeAt(j + 1) : -1;
        if (next !== -1 && next !== delimiter && !isTrimmable(next)) return null;
        value += line.slice(from, j);
        j++;
        break;
      }
      for (; j < n; j++) {
        const c = line.charCodeAt(j);
        if (c === delimiter || !isTrimmable(c)) break;
        // csv-parse 7 fails on a multi-byte space after a closing quote that ends a non-empty value.
        if (c >= 0x80 && value !== '') return null;
      }
      fields.push(value);
      if (j >= n) return fields;
      if (line.charCodeAt(j) !== delimiter) return null;
      i = j + 1;
    } else {
      // Unquoted field: everything up to the next delimiter (a quote inside is an ordinary character).
      let j = s;
      while (j < n && line.charCodeAt(j) !== delimiter) j++;
      fields.push(line.slice(s, j).trim());
      if (j >= n) return fields;
      i = j + 1;
    }
  }
}

/**
 * A hand-written reader for the common case, giving exactly the records and lines csv-parse gives:
 * every line break is the file's record delimiter (the first line break in the file, as csv-parse
 * discovers it), and no field spans lines. Fields are split on the delimiter and trimmed; fields in
 * double quotes on one line are read too. At the first line it cannot read that way (a quoted field
 * that spans lines or is malformed, a stray CR or LF, a very long line) it stops and hands the rest of
 * the text, from the start of that line, to csv-parse ({@link FastReader.rest}).
 */
class FastReader {
  /** Line number of the next line. */
  line = 1;
  private carry = '';
  private rd: RecordDelimiter | null = null;
  private started = false;
  private bom = false;
  /** Once set: the text from the start of the first line this reader could not read. */
  rest: string | null = null;
  private readonly delimiterCode: number;

  constructor(private readonly delimiter: Delimiter) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  /**
   * Reads the complete lines of `text` (appended to what is left from before; `end` = no more text
   * follows), calling `emit` for each record. Returns false when it stopped (see {@link rest}).
   */
  push(text: string, end: boolean, emit: (fields: string[], line: number) => void): boolean {
    if (this.rest !== null) {
      this.rest += text;
      return false;
    }
    let s = this.carry === '' ? text : this.carry + text;
    this.carry = '';
    if (!this.started) {
      if (s.length === 0 && !end) return true;
      this.started = true;
      if (s.charCodeAt(0) === 0xfeff) {
        // csv-parse's `bom` option: a byte-order mark at the very start is dropped.
        this.bom = true;
        s = s.slice(1);
      }
    }
    if (this.rd === null) {
      const lf = s.indexOf('\n');
      const cr = s.indexOf('\r');
      if (lf < 0 && cr < 0) {
        if (!end) return this.keep(s);
      } else if (cr < 0 || (lf >= 0 && lf < cr)) this.rd = '\n';
      else if (cr + 1 < s.length) this.rd = s.charCodeAt(cr + 1) === 10 ? '\r\n' : '\r';
      else if (!end) return this.keep(s);
      else this.rd = '\r';
    }
    const rd = this.rd;
    const brk = rd === '\r' ? '\r' : '\n';
    const stray = rd === '\n' ? '\r' : '\n';
    const crlf = rd === '\r\n';
    const dc = this.delimiterCode;
    const delimiter = this.delimiter;
    let pos = 0;
    const n = s.length;
    for (;;) {
      let next = s.indexOf(brk, pos);
      if (next < 0) {
        if (!end) return this.keep(pos === 0 ? s : s.slice(pos));
        if (pos >= n) return true;
        next = n;
      } else if (!end && next === n - 1 && rd === '\r') {
        // A CR at the very end: the LF that may follow would make it a stray line break.
        return this.keep(s.slice(pos));
      }
      let lineEnd = next;
      if (crlf && next < n) {
        if (next === pos || s.charCodeAt(next - 1) !== 13) return this.stop(s, pos);
        lineEnd = next - 1;
      }
      if (lineEnd - pos > FAST_MAX_LINE) return this.stop(s, pos);
      const line = s.slice(pos, lineEnd);
      if (line.indexOf(stray) >= 0 || (crlf && line.indexOf('\r') >= 0)) return this.stop(s, pos);
      if (line.indexOf('"') < 0) {
        const fields = line.split(delimiter);
        if (fields.length === 1) {
          const f = fields[0].trim();
          // A line of spaces only is an empty line for csv-parse (skip_empty_lines).
          if (f !== '') emit([f], this.line);
        } else {
          for (let k = 0; k < fields.length; k++) fields[k] = fields[k].trim();
          emit(fields, this.line);
        }
      } else {
        const fields = quotedFields(line, dc);
        if (fields === null) return this.stop(s, pos);
        emit(fields, this.line);
      }
      this.line++;
      pos = next + (next < n ? brk.length : 0);
      if (pos >= n && next >= n) return true;
    }
  }

  private keep(s: string): boolean {
    if (s.length > FAST_MAX_LINE) return this.stop(s, 0);
    this.carry = s;
    return true;
  }

  private stop(s: string, pos: number): boolean {
    this.rest = s.slice(pos);
    return false;
  }

  /**
   * The csv-parse options and text that continue where this reader stopped: the lines already read
   * are replaced by as many empty lines (csv-parse skips them and counts them, so its line numbers
   * and messages stay those of the file), and the record delimiter it would have discovered is given.
   */
  continuation(options: Options): { options: Options; text: string } {
    const rest = this.rest ?? this.carry;
    if (this.line === 1) return { options, text: (this.bom ? '\uFEFF' : '') + rest };
    return {
      options: { ...options, bom: false, record_delimiter: this.rd! },
      text: this.rd!.repeat(this.line - 1) + rest,
    };
  }
}

/** Parses CSV text (a file-less call); `file` names it in messages. */
export function parseCsvText(text: string, file: string): CsvSource {
  const delimiter = detectDelimiter(headerLine(text));
  const tracker = new LineTracker();
  const out: CsvRecord[] = [];
  const take = (fields: string[], line: number): void => {
    checkColumns(fields, line, file, out.length === 0);
    if (!isBlank(fields)) out.push({ fields, line });
  };
  const fast = new FastReader(delimiter);
  if (fast.push(text, true, (fields, line) => take(fields, (tracker.lastEnd = line)))) return { delimiter, records: out };
  const { info: _info, ...options } = parserOptions(delimiter);
  const rest = fast.continuation(options);
  try {
    parseSync(rest.text, {
      ...rest.options,
      on_record: (record: string[], context: { lines: number }) => {
        take(record, tracker.start(context.lines, record));
        return null;
      },
    });
  } catch (err) {
    if (err instanceof InputError) throw err;
    const cause = (err as { cause?: unknown })?.cause;
    if (cause instanceof InputError) throw cause;
    throw syntaxError(err, file, tracker);
  }
  return { delimiter, records: out };
}

const PROBE_BYTES = 65536;

/** Signatures of files that are often given by mistake instead of a CSV export. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive, most likely an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls, OLE format)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
];

/** How to export CSV, for messages. */
export const EXPORT_HELP =
  'Export the sheet as CSV: in Excel, File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)"; in LibreOffice Calc, File › Save As › "Text CSV (.csv)", then character set "Unicode (UTF-8)" and field delimiter "," (or ";").';

function startsWith(probe: Uint8Array, bytes: number[]): boolean {
  if (probe.length < bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (probe[i] !== bytes[i]) return false;
  return true;
}

/** Throws an InputError (`not-csv`) when the bytes start like a spreadsheet, a ZIP or a PDF. */
export function checkNotBinary(probe: Uint8Array, label: string): void {
  for (const sig of SIGNATURES) {
    if (startsWith(probe, sig.bytes)) {
      throw new InputError({
        code: 'not-csv',
        file: label,
        problem: `this is not a CSV file but ${sig.what}`,
        expected: 'a CSV text file',
        fix: EXPORT_HELP,
      });
    }
  }
}

/** The encoding named by a byte-order mark, or null. */
export function bomEncoding(probe: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (probe[0] === 0xef && probe[1] === 0xbb && probe[2] === 0xbf) return 'utf-8';
  if (probe[0] === 0xff && probe[1] === 0xfe) return 'utf-16le';
  if (probe[0] === 0xfe && probe[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * windows-1252 characters of the bytes 0x80–0x9F (Node 20's TextDecoder decodes windows-1252 as
 * ISO-8859-1 there, giving C1 control characters; the five undefined bytes stay as they are).
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** A chunk-wise decoder: TextDecoder, with the windows-1252 fix. */
export function makeDecoder(encoding: string): { decode(chunk?: Uint8Array, options?: { stream?: boolean }): string } {
  const decoder = new TextDecoder(encoding);
  if (decoder.encoding !== 'windows-1252') return decoder;
  return {
    decode(chunk?: Uint8Array, options?: { stream?: boolean }): string {
      return decoder.decode(chunk, options).replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
    },
  };
}

/** Checks an encoding name against TextDecoder; returns its canonical name. */
export function checkEncodingName(name: string): string {
  try {
    return new TextDecoder(name.trim()).encoding;
  } catch {
    throw new InputError({
      code: 'unknown-encoding',
      problem: `--encoding "${name}" is not an encoding this program knows`,
      expected: 'a name such as utf-8, windows-1251, windows-1252, latin1, utf-16le or utf-16be',
      fix: 'Correct the name given with --encoding (option encoding).',
    });
  }
}

/**
 * A streaming UTF-8 checker: {@link check} returns the offset of the first byte in a chunk that
 * cannot be part of valid UTF-8 (overlong forms, surrogates and code points above U+10FFFF included),
 * or -1; sequences may be split across chunks.
 */
export class Utf8Check {
  private need = 0;
  private lower = 0x80;
  private upper = 0xbf;

  check(b: Uint8Array): number {
    const n = b.length;
    for (let i = 0; i < n; i++) {
      const c = b[i];
      if (this.need === 0) {
        if (c < 0x80) continue;
        if (c >= 0xc2 && c <= 0xdf) this.need = 1;
        else if (c === 0xe0) (this.need = 2), (this.lower = 0xa0);
        else if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) this.need = 2;
        else if (c === 0xed) (this.need = 2), (this.upper = 0x9f);
        else if (c === 0xf0) (this.need = 3), (this.lower = 0x90);
        else if (c >= 0xf1 && c <= 0xf3) this.need = 3;
        else if (c === 0xf4) (this.need = 3), (this.upper = 0x8f);
        else return i;
      } else {
        if (c < this.lower || c > this.upper) return i;
        this.lower = 0x80;
        this.upper = 0xbf;
        this.need--;
      }
    }
    return -1;
  }

  /** True when the input ended inside a multi-byte sequence. */
  get incomplete(): boolean {
    return this.need > 0;
  }
}

/**
 * Which single-byte encoding a non-UTF-8 text is more likely in: Cyrillic letters in windows-1251 are
 * the bytes 0xC0–0xFF and come in runs (whole words), while the accented letters of Western European
 * languages in windows-1252 are mostly single high bytes between ASCII letters.
 */
export function guessLegacyEncoding(bytes: Uint8Array): 'windows-1251' | 'windows-1252' {
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c < 0x80) continue;
    high++;
    if (c >= 0xc0 && ((i > 0 && bytes[i - 1] >= 0xc0) || (i + 1 < bytes.length && bytes[i + 1] >= 0xc0))) inRuns++;
  }
  return high > 0 && inRuns * 2 > high ? 'windows-1251' : 'windows-1252';
}

/** Counts line breaks (LF, or CR where there is no LF at all) in `b[0, end)`. */
function countBreaks(b: Uint8Array, end: number, state: { lf: number; cr: number }): void {
  for (let i = 0; i < end; i++) {
    const c = b[i];
    if (c === 10) state.lf++;
    else if (c === 13) state.cr++;
  }
}

function invalidUtf8Error(label: string, line: number, sample: Uint8Array): InputError {
  const guess = guessLegacyEncoding(sample);
  const other = guess === 'windows-1251' ? 'windows-1252' : 'windows-1251';
  const script = (e: string) => (e === 'windows-1251' ? 'Cyrillic' : 'Western European');
  return new InputError({
    code: 'invalid-encoding',
    file: label,
    line,
    problem: 'the file is not valid UTF-8 (the first byte that is not UTF-8 is on this line)',
    expected: 'UTF-8, or an encoding named with --encoding',
    fix: `It was probably saved in a legacy encoding: read it with --encoding ${guess} (${script(guess)}; or --encoding ${other} for ${script(other)}), or save it again as "CSV UTF-8".`,
  });
}

/** Heuristic: many NUL bytes at alternating positions = UTF-16 without a byte-order mark. */
function looksLikeUtf16(probe: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (probe.length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) i % 2 === 0 ? even++ : odd++;
  const half = probe.length / 2;
  if (odd > half * 0.6 && even < half * 0.1) return 'utf-16le';
  if (even > half * 0.6 && odd < half * 0.1) return 'utf-16be';
  return null;
}

/**
 * Opens a CSV file for streaming. Throws an InputError when the file does not exist, is a folder, is
 * a spreadsheet, ZIP or PDF (`not-csv`), or names an unknown encoding. The encoding is the byte-order
 * mark's (UTF-8, UTF-16LE, UTF-16BE), else `options.encoding`, else UTF-8 checked strictly while
 * streaming (`invalid-encoding`, naming the line of the first bad byte and suggesting an encoding).
 * `label` names the file in messages (default: the path as given).
 */
export async function openCsvFile(path: string, label = path, options: CsvReadOptions = {}): Promise<CsvSource> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new InputError({
      code: 'file-not-found',
      file: label,
      problem: 'the file does not exist',
      fix: 'Check the path (it is relative to the current folder).',
    });
  }
  if (!info.isFile()) {
    throw new InputError({ code: 'file-not-found', file: label, problem: 'this is a folder, not a file', fix: 'Give the path of the CSV file.' });
  }
  const requested = options.encoding !== undefined && options.encoding.trim() !== '' ? checkEncodingName(options.encoding) : null;
  const handle = await open(path, 'r');
  let probe: Buffer;
  try {
    const buf = Buffer.alloc(Math.min(PROBE_BYTES, info.size));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    probe = buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  checkNotBinary(probe, label);
  const bom = bomEncoding(probe);
  if (bom === null && requested === null) {
    const utf16 = looksLikeUtf16(probe);
    if (utf16 !== null) {
      throw new InputError({
        code: 'unsupported-encoding',
        file: label,
        problem: `the file looks like ${utf16.toUpperCase()} without a byte-order mark`,
        expected: 'UTF-8, or UTF-16 with a byte-order mark',
        fix: `Read it with --encoding ${utf16}, or save it again as "CSV UTF-8".`,
      });
    }
  }
  const encoding = bom ?? requested ?? 'utf-8';
  if (probe.length === info.size) {
    // A small file (at most 64 KiB) was read whole by the probe: parse it in one go.
    const text = decodeWhole(probe, label, encoding);
    const parsed = parseCsvText(text, label);
    return { ...parsed, encoding };
  }
  const delimiter = detectDelimiter(headerLine(makeDecoder(encoding).decode(probe)));
  const batches = streamBatches(path, label, delimiter, encoding);
  return { delimiter, records: flatten(batches), batches, encoding };
}

/** Decodes a whole (small) file, checking UTF-8 strictly as {@link decodeFile} does. */
function decodeWhole(bytes: Uint8Array, label: string, encoding: string): string {
  if (encoding === 'utf-8') {
    const check = new Utf8Check();
    let bad = check.check(bytes);
    if (bad < 0 && check.incomplete) bad = bytes.length;
    if (bad >= 0) {
      const breaks = { lf: 0, cr: 0 };
      countBreaks(bytes, bad, breaks);
      throw invalidUtf8Error(label, 1 + Math.max(breaks.lf, breaks.cr), bytes.subarray(Math.max(0, bad - 4096), Math.min(bytes.length, bad + 4096)));
    }
  }
  return makeDecoder(encoding).decode(bytes);
}

/** The file's text, decoded chunk by chunk (UTF-8 checked strictly), as a stream of strings. */
async function* decodeFile(path: string, label: string, encoding: string): AsyncGenerator<string> {
  const decoder = makeDecoder(encoding);
  const check = encoding === 'utf-8' ? new Utf8Check() : null;
  const breaks = { lf: 0, cr: 0 };
  const input = createReadStream(path);
  try {
    for await (const chunk of input as AsyncIterable<Buffer>) {
      if (check) {
        const bad = check.check(chunk);
        if (bad >= 0) {
          countBreaks(chunk, bad, breaks);
          const from = Math.max(0, bad - 4096);
          throw invalidUtf8Error(label, 1 + Math.max(breaks.lf, breaks.cr), chunk.subarray(from, Math.min(chunk.length, bad + 4096)));
        }
        countBreaks(chunk, chunk.length, breaks);
      }
      const text = decoder.decode(chunk, { stream: true });
      if (text !== '') yield text;
    }
    if (check?.incomplete) {
      throw invalidUtf8Error(label, 1 + Math.max(breaks.lf, breaks.cr), new Uint8Array(0));
    }
    const rest = decoder.decode();
    if (rest !== '') yield rest;
  } finally {
    input.destroy();
  }
}

async function* flatten(batches: AsyncIterable<CsvRecord[]>): AsyncGenerator<CsvRecord> {
  for await (const batch of batches) yield* batch;
}

/** Records per batch while csv-parse reads (the fast reader gives one batch per decoded chunk). */
const BATCH = 4096;

/**
 * The records of a file in batches: the fast reader while it can, then csv-parse for the rest of the
 * file (see {@link FastReader}); the same records, lines and errors as csv-parse alone.
 */
async function* streamBatches(path: string, label: string, delimiter: Delimiter, encoding: string): AsyncGenerator<CsvRecord[]> {
  const tracker = new LineTracker();
  let first = true;
  let batch: CsvRecord[] = [];
  const take = (fields: string[], line: number): void => {
    checkColumns(fields, line, label, first);
    if (!isBlank(fields)) {
      first = false;
      batch.push({ fields, line });
    }
  };
  const emit = (fields: string[], line: number): void => take(fields, (tracker.lastEnd = line));
  const chunks = decodeFile(path, label, encoding);
  const fast = new FastReader(delimiter);
  let done = false;
  try {
    for (;;) {
      const r = await chunks.next();
      const going = r.done ? fast.push('', true, emit) : fast.push(r.value, false, emit);
      if (batch.length > 0) {
        const full = batch;
        batch = [];
        yield full;
      }
      if (!going) break;
      if (r.done) {
        done = true;
        return;
      }
    }
    // csv-parse reads the rest of the file, from the line the fast reader stopped at.
    const rest = fast.continuation(parserOptions(delimiter));
    const parser = parse(rest.options);
    async function* text(): AsyncGenerator<string> {
      yield rest.text;
      for (;;) {
        const r = await chunks.next();
        if (r.done) return;
        yield r.value;
      }
    }
    const input = Readable.from(text());
    input.on('error', (err) => parser.destroy(err));
    input.pipe(parser);
    try {
      for await (const r of parser as AsyncIterable<InfoRecord>) {
        take(r.record, tracker.start(r.info.lines, r.record));
        if (batch.length >= BATCH) {
          const full = batch;
          batch = [];
          yield full;
        }
      }
      if (batch.length > 0) yield batch;
      done = true;
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw syntaxError(err, label, tracker);
    } finally {
      input.destroy();
      parser.destroy();
    }
  } finally {
    // Closes the file when reading stopped early (an error, or a consumer that stopped).
    if (!done) chunks.return(undefined).catch(() => {});
  }
}
