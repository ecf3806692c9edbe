/**
 * CSV reading on top of csv-parse: delimiter detection (`,` `;` or tab, counted outside quotes on the
 * header line), UTF-8 with or without BOM, CRLF/LF/CR line ends, quoted fields (with delimiters, quotes
 * and line breaks inside), blank rows skipped, and the 1-based line on which each record STARTS (the
 * header is line 1 when the file starts with it). Files are streamed, so memory stays bounded by the
 * longest record, not the file.
 *
 * Records carry their raw fields (not trimmed); field counts are not checked here (the builder does).
 */
import { createReadStream } from 'node:fs';
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
}

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

/** Parses CSV text (a file-less call); `file` names it in messages. */
export function parseCsvText(text: string, file: string): CsvSource {
  const delimiter = detectDelimiter(headerLine(text));
  const tracker = new LineTracker();
  const out: CsvRecord[] = [];
  const { info: _info, ...options } = parserOptions(delimiter);
  try {
    parseSync(text, {
      ...options,
      on_record: (record: string[], context: { lines: number }) => {
        const line = tracker.start(context.lines, record);
        if (!isBlank(record)) out.push({ fields: record, line });
        return null;
      },
    });
  } catch (err) {
    throw syntaxError(err, file, tracker);
  }
  return { delimiter, records: out };
}

const PROBE_BYTES = 65536;

/**
 * Opens a CSV file for streaming. Throws an InputError when the file does not exist, is a folder, or
 * is UTF-16 (save it as UTF-8). `label` names the file in messages (default: the path as given).
 */
export async function openCsvFile(path: string, label = path): Promise<CsvSource> {
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
  const handle = await open(path, 'r');
  let probe: Buffer;
  try {
    const buf = Buffer.alloc(Math.min(PROBE_BYTES, info.size));
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    probe = buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if ((probe[0] === 0xff && probe[1] === 0xfe) || (probe[0] === 0xfe && probe[1] === 0xff)) {
    throw new InputError({
      code: 'unsupported-encoding',
      file: label,
      problem: 'the file is encoded as UTF-16',
      expected: 'UTF-8',
      fix: 'Save it again as "CSV UTF-8" (in Excel: File › Save As › CSV UTF-8).',
    });
  }
  const delimiter = detectDelimiter(headerLine(probe.toString('utf8')));
  return { delimiter, records: streamRecords(path, label, delimiter) };
}

async function* streamRecords(path: string, label: string, delimiter: Delimiter): AsyncGenerator<CsvRecord> {
  const parser = parse(parserOptions(delimiter));
  const input = createReadStream(path);
  input.on('error', (err) => parser.destroy(err));
  input.pipe(parser);
  const tracker = new LineTracker();
  try {
    for await (const r of parser as AsyncIterable<InfoRecord>) {
      const line = tracker.start(r.info.lines, r.record);
      if (!isBlank(r.record)) yield { fields: r.record, line };
    }
  } catch (err) {
    throw syntaxError(err, label, tracker);
  } finally {
    input.destroy();
    parser.destroy();
  }
}
