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
 *
 * The code is in src/io/csv/: records.ts (types, limits, delimiter, shared rules), fast-reader.ts,
 * text.ts (CSV text), encoding.ts (bytes → text), file.ts (files, streamed).
 */
export { MAX_COLUMNS, MAX_RECORD_CHARS, checkColumns, detectDelimiter, headerLine, type CsvReadOptions, type CsvRecord, type CsvSource, type Delimiter } from './csv/records.js';
export { parseCsvText } from './csv/text.js';
export { EXPORT_HELP, bomEncoding, checkEncodingName, checkNotBinary, guessLegacyEncoding, makeDecoder, Utf8Check } from './csv/encoding.js';
export { openCsvFile } from './csv/file.js';
