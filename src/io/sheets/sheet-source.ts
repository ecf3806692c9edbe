/**
 * A sheet of a workbook as a source of records, the same shape as a CSV file's (header first, then
 * the rows, each with its 1-based row number as `line`), so the one builder reads both. Cells become
 * the text a CSV export would hold: text as written; numbers in full precision (`String(x)`: 2.5, 3,
 * 1e-7); booleans `true`/`false`; error values as shown (`#N/A`); formulas by their cached values (a
 * formula never computed is empty); dates as `YYYY` in a year column (since/until, or a column mapped
 * to them) and `YYYY-MM-DD` elsewhere. Blank rows are skipped; title rows above the header (rows with
 * one filled cell followed by a row with several) are skipped; columns left of the used range are not
 * read. The limits of CSV records apply (10,000 columns, 1 MiB per row).
 */
import type { CellObject, WorkBook } from '@e965/xlsx';
import { InputError } from '../../model/errors.js';
import { HEADER_SYNONYMS, matchKey } from '../../model/vocabulary.js';
import { MAX_RECORD_CHARS, checkColumns, type CsvRecord, type CsvSource } from '../csv.js';
import type { SheetJsModule } from './library.js';
import { sheetLabel, type OpenWorkbook } from './workbook.js';

/** A sheet's records; `delimiter` is null (no delimiter: a cell is a cell). */
export interface SheetSource extends Omit<CsvSource, 'delimiter'> {
  delimiter: null;
  /** `cluster.xlsx, sheet "Ties"`: the name of the sheet in messages. */
  label: string;
  sheet: string;
}

/** Options of {@link sheetSource}. */
export interface SheetSourceOptions {
  /** The reader's `--map` (field → header): a header mapped to since/until is a year column. */
  map?: Record<string, string>;
}

/** Title rows skipped at most above a header. */
const MAX_TITLE_ROWS = 5;
/** Records per batch given to the builder. */
const BATCH = 4096;

type Row = (CellObject | undefined)[] | undefined;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function yearKeys(map: Record<string, string> | undefined): Set<string> {
  const keys = new Set<string>([...HEADER_SYNONYMS.since, ...HEADER_SYNONYMS.until].map(matchKey));
  for (const f of ['since', 'until']) if (map?.[f] !== undefined) keys.add(matchKey(map[f]));
  return keys;
}

/**
 * The records of one sheet. The sheet's cells are released as they are read (a workbook is read
 * once). Throws an InputError for a row wider than 10,000 columns or longer than 1 MiB.
 */
export function sheetSource(XLSX: SheetJsModule, wb: OpenWorkbook, sheet: string, options: SheetSourceOptions = {}): SheetSource {
  const label = sheetLabel(wb.path, sheet);
  const ws = wb.book.Sheets[sheet] as { '!data'?: Row[]; '!ref'?: string } | undefined;
  const data: Row[] = ws?.['!data'] ?? [];
  const firstCol = ws?.['!ref'] ? XLSX.utils.decode_range(ws['!ref']).s.c : 0;
  const date1904 = (wb.book as WorkBook).Workbook?.WBProps?.date1904 === true;
  const years = yearKeys(options.map);
  let yearCols: boolean[] = [];

  const text = (cell: CellObject | undefined, col: number): string => {
    if (cell === undefined || cell === null) return '';
    const v = cell.v;
    switch (cell.t) {
      case 's':
        return typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v);
      case 'n': {
        if (typeof v !== 'number') return '';
        if (cell.z !== undefined && XLSX.SSF.is_date(cell.z)) {
          const d = XLSX.SSF.parse_date_code(v, { date1904 }) as { y: number; m: number; d: number };
          return yearCols[col] ? String(d.y) : `${pad(d.y, 4)}-${pad(d.m, 2)}-${pad(d.d, 2)}`;
        }
        return Number.isFinite(v) ? String(v) : '';
      }
      case 'd': {
        const d = v instanceof Date ? v : new Date(String(v));
        if (Number.isNaN(d.getTime())) return '';
        return yearCols[col] ? String(d.getUTCFullYear()) : d.toISOString().slice(0, 10);
      }
      case 'b':
        return v ? 'true' : 'false';
      case 'e':
        return cell.w ?? '#ERROR!';
      default:
        return '';
    }
  };

  /** The filled cells of a row, or 0 for a blank row. */
  const filled = (row: Row): number => {
    if (!row) return 0;
    let n = 0;
    for (let c = firstCol; c < row.length; c++) if (text(row[c], c).trim() !== '') n++;
    return n;
  };

  const fieldsOf = (row: Row, line: number, header: boolean, width = 0): string[] => {
    const fields: string[] = [];
    if (!row) return fields;
    let last = -1;
    let chars = 0;
    for (let c = firstCol; c < row.length; c++) {
      const t = text(row[c], c);
      fields.push(t);
      chars += t.length + 1;
      if (t.trim() !== '') last = fields.length - 1;
    }
    // Empty cells past the last filled one are no fields, but a row is as wide as the header at least
    // (an empty cell at the end of a row is a cell, as in CSV).
    fields.length = Math.max(last + 1, Math.min(width, fields.length));
    while (fields.length < width) fields.push('');
    checkColumns(fields, line, label, header);
    if (chars > MAX_RECORD_CHARS) {
      throw new InputError({
        code: 'record-too-large',
        file: label,
        line,
        problem: `this row holds ${chars.toLocaleString('en')} characters, more than the limit of ${MAX_RECORD_CHARS.toLocaleString('en')} (1 MiB)`,
        expected: 'rows of a sane length',
        fix: 'Check that this is the right sheet; long texts (notes, descriptions) do not belong in these tables.',
      });
    }
    return fields;
  };

  /** Index of the header row: the first non-blank row, past title rows (one filled cell above a wider row). */
  const headerIndex = (): number => {
    let r = 0;
    while (r < data.length && filled(data[r]) === 0) r++;
    for (let titles = 0; titles < MAX_TITLE_ROWS && r < data.length && filled(data[r]) === 1; titles++) {
      let next = r + 1;
      while (next < data.length && filled(data[next]) === 0) next++;
      if (next >= data.length || filled(data[next]) < 2) break;
      r = next;
    }
    return r;
  };

  function* records(): Generator<CsvRecord> {
    for (const batch of batchesSync()) yield* batch;
  }

  function* batchesSync(): Generator<CsvRecord[]> {
    const start = headerIndex();
    if (start >= data.length) return;
    const header = fieldsOf(data[start], start + 1, true);
    yearCols = header.map((h) => years.has(matchKey(h.trim())));
    let batch: CsvRecord[] = [{ fields: header, line: start + 1 }];
    data[start] = undefined;
    for (let r = start + 1; r < data.length; r++) {
      const row = data[r];
      if (!row) continue;
      data[r] = undefined; // read once: let the cells go
      const fields = fieldsOf(row, r + 1, false, header.length);
      if (fields.length === 0 || fields.every((f) => f.trim() === '')) continue;
      batch.push({ fields, line: r + 1 });
      if (batch.length >= BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  async function* batches(): AsyncGenerator<CsvRecord[]> {
    yield* batchesSync();
  }

  return { delimiter: null, label, sheet, records: records(), batches: batches() };
}
