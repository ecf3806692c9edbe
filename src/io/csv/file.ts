/**
 * CSV files opened for reading: small files parsed whole, larger ones decoded and parsed chunk by
 * chunk (memory bounded by the longest record), the fast reader first and csv-parse for the rest.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { open, stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import { InputError } from '../../model/errors.js';
import { FastReader } from './fast-reader.js';
import { LineTracker, checkColumns, detectDelimiter, headerLine, isBlank, parserOptions, syntaxError, type CsvReadOptions, type CsvRecord, type CsvSource, type Delimiter, type InfoRecord } from './records.js';
import { parseCsvText } from './text.js';
import { PROBE_BYTES, bomEncoding, checkEncodingName, checkNotBinary, countBreaks, invalidUtf8Error, looksLikeUtf16, makeDecoder, Utf8Check } from './encoding.js';

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
