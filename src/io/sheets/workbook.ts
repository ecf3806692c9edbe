/**
 * Workbooks on disk: which paths are workbooks, reading one into memory (SheetJS, dense sheets) with
 * clear errors for a corrupt or password-protected file, and finding a sheet by role.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { WorkBook } from '@e965/xlsx';
import { InputError } from '../../model/errors.js';
import { matchKey } from '../../model/vocabulary.js';
import { loadSheetJs } from './library.js';

/** Extensions read as workbooks (any case): Excel (.xlsx, .xlsm, .xls) and OpenDocument (.ods, .fods). */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods', '.fods'] as const;

/** True when the path names a workbook (by its extension). */
export function isWorkbookPath(path: string | null | undefined): boolean {
  return typeof path === 'string' && (WORKBOOK_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/** A table's role, and the sheet names that mean it (compared with matchKey: case, spaces, `_-.` ignored). */
export type SheetRole = 'members' | 'ties' | 'projects';

export const SHEET_NAMES: Readonly<Record<SheetRole, readonly string[]>> = {
  members: ['members', 'member', 'member list', 'institutions', 'organisations', 'organizations', 'nodes', 'roster',
    "a'zolar", 'azolar', "a’zolar", 'ishtirokchilar', 'tashkilotlar', 'участники', 'члены', 'организации', 'учреждения'],
  ties: ['ties', 'tie', 'partnerships', 'partnership', 'links', 'edges', 'relations', 'relationships', 'connections',
    'aloqalar', 'hamkorlik', 'hamkorliklar', 'связи', 'партнёрства', 'партнерства', 'отношения'],
  projects: ['projects', 'project', 'joint projects', 'participations', 'loyihalar', 'проекты'],
};

/** A workbook read from a file. */
export interface OpenWorkbook {
  path: string;
  book: WorkBook;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);
}

/**
 * A password-protected OOXML workbook is an OLE compound file (not a ZIP) holding the streams
 * `EncryptionInfo` and `EncryptedPackage` (MS-OFFCRYPTO §2.3.4.1); their names are stored in UTF-16LE
 * in the directory. A legacy .xls protected by a password has a FILEPASS record instead, which SheetJS
 * reports itself ("password-protected").
 */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  return startsWith(bytes, CFB) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'));
}

function encryptedError(path: string): InputError {
  return new InputError({
    code: 'encrypted-workbook',
    file: path,
    problem: 'the workbook is protected by a password, so it cannot be read',
    expected: 'a workbook without a password to open',
    fix: 'Open it in Excel or LibreOffice, remove the password (File › Info › Protect Workbook › Encrypt with Password, clear it; or Save As without a password), and save it again.',
  });
}

function corruptError(path: string, reason: string): InputError {
  return new InputError({
    code: 'unreadable-workbook',
    file: path,
    problem: `the workbook cannot be read (${reason})`,
    expected: 'an Excel (.xlsx, .xls) or OpenDocument (.ods) workbook',
    fix: 'Open it in Excel or LibreOffice and save it again; or export each sheet as CSV UTF-8.',
  });
}

/**
 * Reads a workbook whole (values of formulas as last computed, number formats kept to tell dates).
 * Throws an InputError: `file-not-found`, `encrypted-workbook`, `unreadable-workbook`.
 */
export async function openWorkbook(path: string): Promise<OpenWorkbook> {
  let bytes: Buffer;
  try {
    if (!(await stat(path)).isFile()) throw new Error('folder');
    bytes = await readFile(path);
  } catch {
    throw new InputError({ code: 'file-not-found', file: path, problem: 'the file does not exist', fix: 'Check the path (it is relative to the current folder).' });
  }
  if (bytes.length === 0) throw corruptError(path, 'the file is empty');
  if (hasEncryptedPackage(bytes)) throw encryptedError(path);
  const isText = extname(path).toLowerCase() === '.fods';
  if (!isText && !startsWith(bytes, ZIP) && !startsWith(bytes, CFB)) {
    throw corruptError(path, 'it is neither a ZIP package (.xlsx, .ods) nor an OLE compound file (.xls)');
  }
  const XLSX = await loadSheetJs();
  let book: WorkBook;
  try {
    book = XLSX.read(bytes, {
      type: 'buffer',
      dense: true,
      cellNF: true, // keep number formats: a date is a number with a date format
      cellDates: false,
      cellFormula: false, // formulas are read by their cached values
      cellHTML: false,
      cellStyles: false,
      cellText: false,
      bookVBA: false,
      WTF: false,
    });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/password|encrypt/i.test(message)) throw encryptedError(path);
    throw corruptError(path, message.replace(/\s+/g, ' ').slice(0, 200));
  }
  if (!Array.isArray(book.SheetNames) || book.SheetNames.length === 0) throw corruptError(path, 'it has no sheets');
  return { path, book };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A sheet's name as the user wrote it. SheetJS 0.20.3 leaves XML entities in the names of OpenDocument
 * sheets (`A&apos;zolar` for A'zolar): they are decoded here (names only; cells are decoded by SheetJS).
 */
export function sheetName(raw: string): string {
  return raw.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}

/** The names of the workbook's sheets, quoted, for messages. */
export function sheetList(book: WorkBook): string {
  return book.SheetNames.map((n) => `"${sheetName(n)}"`).join(', ');
}

/**
 * The sheet of a role: the one named with `--sheet role=NAME` (exact, else ignoring case and spaces),
 * else the one whose name means the role (SHEET_NAMES), else the only sheet when `single` allows it;
 * null when none. A name given that is not in the workbook is an error listing the sheets.
 */
export function findSheet(wb: OpenWorkbook, role: SheetRole, given: string | undefined, single: boolean): string | null {
  const names = wb.book.SheetNames;
  if (given !== undefined) {
    const exact = names.find((n) => n === given || sheetName(n) === given);
    if (exact !== undefined) return exact;
    const hit = names.find((n) => matchKey(sheetName(n)) === matchKey(given));
    if (hit !== undefined) return hit;
    throw new InputError({
      code: 'missing-sheet',
      file: wb.path,
      problem: `there is no sheet "${given}" (given with --sheet ${role}=${given}); the sheets are ${sheetList(wb.book)}`,
      expected: `the name of the ${role} sheet`,
      fix: 'Correct the name given with --sheet.',
    });
  }
  const wanted = new Set(SHEET_NAMES[role].map(matchKey));
  const byName = names.find((n) => wanted.has(matchKey(sheetName(n))));
  if (byName !== undefined) return byName;
  return single && names.length === 1 ? names[0] : null;
}

/** The label of a sheet in messages and reports: `cluster.xlsx, sheet "Ties"`. */
export function sheetLabel(path: string, sheet: string): string {
  return `${path}, sheet "${sheetName(sheet)}"`;
}
