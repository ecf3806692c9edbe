/**
 * CSV writing shared by every CSV the tool produces: RFC 4180 quoting, CSV-injection neutralisation,
 * CRLF line ends and a UTF-8 byte-order mark.
 *
 * Rules (documented in docs/reports.md, "CSV tables"):
 * - Cells are separated by `,`; rows end with CRLF (`\r\n`, RFC 4180 §2.1). Excel, LibreOffice, SPSS,
 *   R `read.csv` and csv-parse read both CRLF and LF; CRLF is the standard's choice.
 * - A cell is quoted (`"…"`, inner `"` doubled) when it holds `,`, `"`, CR or LF, or was neutralised.
 * - CSV injection (OWASP "CSV Injection"): a TEXT cell beginning with `=`, `+`, `-`, `@`, tab or
 *   carriage return would be run as a formula by spreadsheet programs. It is prefixed with a single
 *   quote `'` and quoted, so `=1+1` is written `"'=1+1"`. NUMBERS are never neutralised: −0.25 is written
 *   `-0.25` and stays a number. Only values of type string are text.
 * - `null`, `undefined`, NaN and ±Infinity → empty cell. Finite numbers → `String(x)`, the shortest
 *   text that reads back to the same double (full precision, sometimes with an exponent: `1e-7`).
 *   Booleans → `true` / `false`.
 * - A document starts with the UTF-8 byte-order mark U+FEFF, so Excel opens non-ASCII names (Cyrillic,
 *   accents) as UTF-8 instead of the local code page. csv-parse (`bom: true`), pandas (`utf-8-sig`) and
 *   R (`fileEncoding = "UTF-8-BOM"`) skip it.
 * - Locales (CLI `--csv-delimiter`, `--decimal-comma`): the delimiter may be `;` or tab instead of `,`
 *   (a cell holding the delimiter is quoted), and numbers may be written with a decimal comma (`0,25`)
 *   for a spreadsheet whose locale reads them so; a decimal comma needs a delimiter other than `,`.
 */

/** A value of a CSV cell. Strings are text (neutralised); numbers stay numbers. */
export type CsvValue = string | number | boolean | null | undefined;

/** UTF-8 byte-order mark written at the start of every CSV document. */
export const CSV_BOM = '\uFEFF';
/** Line end of every CSV row (RFC 4180). */
export const CSV_EOL = '\r\n';

/** Characters that make a spreadsheet treat a text cell as a formula when they come first. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** `'`-prefixes a text that would start a spreadsheet formula (`=`, `+`, `-`, `@`, tab, CR); else unchanged. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

const NEEDS_QUOTES_SEMICOLON = /[";\r\n]/;
const NEEDS_QUOTES_TAB = /["\t\r\n]/;

/** Delimiters of the CSV tables: comma (default), semicolon or tab. */
export type CsvDelimiter = ',' | ';' | '\t';

/** How numbers and cells are written for a spreadsheet's locale. */
export interface CsvLocale {
  /** Between cells; default `,`. */
  delimiter?: CsvDelimiter;
  /** Numbers with a decimal comma (`0,25`); needs a delimiter other than `,`. Default false. */
  decimalComma?: boolean;
}

/** Quotes a text for CSV when it needs it (RFC 4180: the delimiter, `"`, CR, LF), doubling inner quotes. */
export function quoteCsv(text: string, force = false, delimiter: CsvDelimiter = ','): string {
  const needs = delimiter === ',' ? NEEDS_QUOTES : delimiter === ';' ? NEEDS_QUOTES_SEMICOLON : NEEDS_QUOTES_TAB;
  return force || needs.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell: text neutralised and quoted as needed, numbers in full precision, null → empty. */
export function csvCell(value: CsvValue, locale: CsvLocale = {}): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = String(value);
    return locale.decimalComma ? text.replace('.', ',') : text;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const safe = neutralizeFormula(value);
  return quoteCsv(safe, safe !== value, locale.delimiter ?? ',');
}

/** One row, without its line end. */
export function csvRow(values: readonly CsvValue[], locale: CsvLocale = {}): string {
  return values.map((v) => csvCell(v, locale)).join(locale.delimiter ?? ',');
}

export interface CsvDocumentOptions extends CsvLocale {
  /** Start with the UTF-8 byte-order mark (default true). */
  bom?: boolean;
}

/** A whole CSV document: optional BOM, the header row, then the rows, every row ending with CRLF. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[], options: CsvDocumentOptions = {}): string {
  if (options.decimalComma && (options.delimiter ?? ',') === ',') throw new Error('a decimal comma needs a delimiter other than ","');
  const parts: string[] = [csvRow(header, options)];
  for (const row of rows) parts.push(csvRow(row, options));
  return (options.bom === false ? '' : CSV_BOM) + parts.join(CSV_EOL) + CSV_EOL;
}
