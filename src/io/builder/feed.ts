/**
 * Feeding the {@link ClusterBuilder}: every source — a streamed file, CSV text, row objects — is a
 * sequence of records (header first) given to the builder's one protocol (begin, record, end).
 * `buildCluster` reads row objects or CSV text without files; `feedFile` streams a file.
 */
import { InputError, withWarnings } from '../../model/errors.js';
import type { ClusterData } from '../../model/cluster.js';
import { openCsvFile, parseCsvText, type CsvReadOptions, type CsvRecord, type CsvSource, type Delimiter } from '../csv.js';
import { ClusterBuilder, type FileRole } from './cluster-builder.js';
import type { ReadOptions, RowsOrText } from './options.js';

/** Row objects as a CSV source: headers = keys of the first row, then keys first seen later; row i is line i + 2. */
export function rowsSource(rows: readonly Record<string, unknown>[]): CsvSource & { headers: string[] } {
  const headers: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const k of Object.keys(row)) {
      if (!seen.has(k)) {
        seen.add(k);
        headers.push(k);
      }
    }
  }
  function* records(): Generator<CsvRecord> {
    if (headers.length === 0) return;
    yield { fields: headers, line: 1 };
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const fields = headers.map((h) => {
        const v = Object.prototype.hasOwnProperty.call(row, h) ? row[h] : '';
        return v === null || v === undefined ? '' : String(v);
      });
      if (fields.every((v) => v.trim() === '')) continue;
      yield { fields, line: i + 2 };
    }
  }
  return { delimiter: ',', records: records(), headers };
}

/** Feeds a source read in memory (CSV text, or row objects when `rowsGiven`) into the builder. */
export function feedRecords(builder: ClusterBuilder, role: FileRole, file: string, source: CsvSource, rowsGiven: boolean): void {
  builder.begin(role, file, rowsGiven ? null : source.delimiter);
  for (const rec of source.records as Iterable<CsvRecord>) builder.record(rec.fields, rec.line);
  builder.end(rowsGiven);
}

/** Records from a CSV file or from a workbook's sheet (`delimiter` null: src/io/sheets/sheet-source.ts). */
export type RecordSource = Omit<CsvSource, 'delimiter'> & { delimiter: Delimiter | null };

/**
 * Streams one file (or sheet: `path` is then its label) into the builder; `source` = an already
 * opened {@link openCsvFile} or sheet (else the CSV file is opened with `options.encoding`).
 */
export async function feedFile(builder: ClusterBuilder, role: FileRole, path: string, source?: RecordSource, options: CsvReadOptions = {}): Promise<void> {
  source ??= await openCsvFile(path, path, options);
  builder.begin(role, path, source.delimiter);
  if (source.batches !== undefined) {
    // Batches: one await per chunk of the file rather than per row.
    for await (const batch of source.batches) for (const rec of batch) builder.record(rec.fields, rec.line);
  } else {
    for await (const rec of source.records) builder.record(rec.fields, rec.line);
  }
  builder.end();
}

/**
 * Builds the cluster from row objects (header → value) or CSV text, without files. Messages name
 * the inputs `members` and `ties`; row objects are numbered as in a CSV file (first row = line 2).
 * An empty row array means no members / no ties. Without `ties`, the members must have a partners
 * column (roster format, see {@link ClusterBuilder.useRoster}).
 */
export function buildCluster(input: { members: RowsOrText; ties?: RowsOrText }, options: ReadOptions = {}): ClusterData {
  const builder = new ClusterBuilder(options);
  try {
    for (const role of ['members', 'ties'] as const) {
      const value = input[role];
      if (value === undefined) {
        if (builder.hasRoster) builder.useRoster();
        else {
          throw new InputError({
            code: 'no-ties-file',
            problem: 'no ties given, and the members have no partners column',
            fix: 'Give the ties, or a "partners" column listing each member\'s partner ids separated by ";".',
          });
        }
      } else if (typeof value === 'string') feedRecords(builder, role, role, parseCsvText(value, role), false);
      else feedRecords(builder, role, role, rowsSource(value), true);
    }
    return builder.finish();
  } catch (err) {
    // An error keeps the warnings found before it (see InputError.warnings).
    if (err instanceof InputError) withWarnings(err, builder.warningsSoFar());
    throw err;
  }
}
