/**
 * The fast path of CSV reading: a hand-written reader for the common case (one record per line), with
 * exactly csv-parse's records and lines; at the first line it cannot read, csv-parse takes over.
 */
import type { Options } from 'csv-parse';
import type { Delimiter } from './records.js';

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
export class FastReader {
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

