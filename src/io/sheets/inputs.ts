/**
 * Where the tables come from: CSV files or workbook sheets, one reader core for both. A workbook given
 * as the members file may hold the ties and the projects too (sheets named like them, or chosen with
 * `sheets`); a workbook given as the ties or projects file gives its sheet of that role, or its only
 * sheet. Every source opened here is a {@link RecordSource} for the one builder.
 */
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../../model/errors.js';
import { openCsvFile, type CsvReadOptions } from '../csv.js';
import type { RecordSource } from '../builder/feed.js';
import { loadSheetJs } from './library.js';
import { sheetSource, type SheetSourceOptions } from './sheet-source.js';
import { findSheet, isWorkbookPath, openWorkbook, sheetList, type OpenWorkbook, type SheetRole } from './workbook.js';

/** A table ready to read: its name in messages and its records. */
export interface OpenTable {
  /** The path, or `book.xlsx, sheet "Ties"` for a sheet. */
  label: string;
  source: RecordSource;
}

export interface TableOptions extends CsvReadOptions, SheetSourceOptions {
  sheets?: { members?: string; ties?: string; projects?: string };
}

/** Opens workbooks once each (a workbook given twice is read once). */
export class TableOpener {
  private readonly books = new Map<string, Promise<OpenWorkbook>>();

  constructor(private readonly options: TableOptions) {}

  /** The workbook at `path` (read once). */
  workbook(path: string): Promise<OpenWorkbook> {
    const key = resolve(path);
    let wb = this.books.get(key);
    if (!wb) this.books.set(key, (wb = openWorkbook(path)));
    return wb;
  }

  /**
   * The table of `role` in the file at `path`: a CSV file, or the sheet of that role of a workbook
   * (named with `sheets`, else by its name, else the only sheet). Null when a workbook has no such
   * sheet and `optional`; else that is an error (`missing-sheet`) listing the sheets.
   */
  async open(path: string, role: SheetRole, optional = false): Promise<OpenTable | null> {
    if (!isWorkbookPath(path)) return { label: path, source: await openCsvFile(path, path, this.options) };
    const wb = await this.workbook(path);
    const sheet = findSheet(wb, role, this.options.sheets?.[role], !optional);
    if (sheet === null) {
      if (optional) return null;
      throw new InputError({
        code: 'missing-sheet',
        file: path,
        problem: `no sheet of the workbook holds the ${role}: the sheets are ${sheetList(wb.book)}`,
        expected: `a sheet named "${role[0].toUpperCase()}${role.slice(1)}" (or a synonym${role === 'members' ? ' such as "A\'zolar" or "Участники"' : role === 'ties' ? ' such as "Aloqalar" or "Связи"' : ''})`,
        fix: `Rename the sheet, or name it with --sheet ${role}=NAME.`,
      });
    }
    const source = sheetSource(await loadSheetJs(), wb, sheet, this.options);
    return { label: source.label, source };
  }

  /** True when `path` is a workbook that has a sheet of `role` (by `sheets` or by name). */
  async has(path: string, role: SheetRole): Promise<boolean> {
    if (!isWorkbookPath(path)) return false;
    return findSheet(await this.workbook(path), role, this.options.sheets?.[role], false) !== null;
  }
}

/** The error when a workbook of members gives no ties (no ties sheet, no ties file, no partners column). */
export function noTiesInWorkbook(path: string, sheets: string): InputError {
  return new InputError({
    code: 'no-ties-file',
    file: path,
    problem: `the workbook has no ties sheet (its sheets are ${sheets}), no ties file was given and there is none at ${join(dirname(path), 'ties.csv')}`,
    expected: 'a sheet named "Ties" (or "Aloqalar", "Связи", "Links", ...) with one row per partnership',
    fix: 'Add a ties sheet, name it with --sheet ties=NAME, give the ties file as the second argument, or add a "partners" column to the members sheet.',
  });
}
