/**
 * The report's tables as one workbook (.xlsx): one sheet per table of the CSV tables
 * (src/report/csv-tables.ts, same columns and rows), typed cells (numbers as numbers, booleans as
 * booleans, text as text), a frozen header row, column widths from the contents. Text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) is prefixed with `'` as in the
 * CSV tables (csv-cell.ts); cells are written as values, never as formulas. Renders the report object
 * only. The SheetJS module is passed in (the CLI loads it on demand: src/io/sheets/library.ts).
 */
import type * as SheetJs from '@e965/xlsx';
import type { Report } from '../analysis/report-types.js';
import { neutralizeFormula, type CsvValue } from './csv-cell.js';
import { reportTables, type ReportTable } from './csv-tables.js';

/** Sheet names of the tables (Excel: at most 31 characters, no `[]:*?/\`). */
const SHEETS: Readonly<Record<string, string>> = {
  'summary.csv': 'Summary',
  'members.csv': 'Members',
  'communities.csv': 'Communities',
  'composition.csv': 'Composition',
  'ei-groups.csv': 'Synergy (E-I groups)',
  'mixing.csv': 'Mixing',
  'mixing-weights.csv': 'Mixing weights',
  'orientation.csv': 'Orientation',
  'triple-helix.csv': 'Triple Helix',
  'triple-helix-mapping.csv': 'Triple Helix mapping',
  'brokerage.csv': 'Brokerage',
  'brokerage-totals.csv': 'Brokerage totals',
  'brokerage-expected.csv': 'Brokerage expected',
  'key-players.csv': 'Resilience (key players)',
  'articulation-points.csv': 'Articulation points',
  'bridges.csv': 'Bridges',
  'core-periphery.csv': 'Core-periphery',
  'warnings.csv': 'Warnings',
};

/** Widest column, in characters. */
const MAX_WIDTH = 60;

/** The sheet name of a table (its file name without `.csv` for a table this version does not know). */
export function sheetNameOf(table: string): string {
  return (SHEETS[table] ?? table.replace(/\.csv$/, '')).replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
}

function cell(value: CsvValue): SheetJs.CellObject | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? { t: 'n', v: value } : undefined;
  if (typeof value === 'boolean') return { t: 'b', v: value };
  return { t: 's', v: neutralizeFormula(value) };
}

function sheetOf(XLSX: typeof SheetJs, table: ReportTable): SheetJs.WorkSheet {
  const rows = [table.header, ...table.rows];
  const data: (SheetJs.CellObject | undefined)[][] = rows.map((r) => r.map(cell));
  const width = Math.max(1, ...rows.map((r) => r.length));
  const ws = { '!data': data } as unknown as SheetJs.WorkSheet;
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, rows.length - 1), c: width - 1 } });
  const cols: SheetJs.ColInfo[] = [];
  for (let c = 0; c < width; c++) {
    let w = 6;
    for (const r of rows) {
      const v = r[c];
      if (v !== null && v !== undefined) w = Math.max(w, Math.min(MAX_WIDTH, String(v).length + 1));
    }
    cols.push({ wch: w });
  }
  ws['!cols'] = cols;
  (ws as Record<string, unknown>)['!autofilter'] = { ref: ws['!ref'] };
  return ws;
}

/**
 * The workbook bytes (.xlsx): the tables of {@link reportTables}, one sheet each, plus a `Findings`
 * sheet when the report holds a `findings` list. Deterministic: the same report gives the same bytes
 * (no creation date is written).
 */
export function renderXlsx(report: Report, XLSX: typeof SheetJs): Uint8Array {
  const wb = XLSX.utils.book_new();
  // Summary first, then the tables in the order of the CSV tables.
  const tables = reportTables(report).sort((a, b) => Number(b.name === 'summary.csv') - Number(a.name === 'summary.csv'));
  const findings = (report as unknown as { findings?: unknown }).findings;
  if (Array.isArray(findings) && findings.length > 0) {
    const keys: string[] = [];
    for (const f of findings) if (f !== null && typeof f === 'object') for (const k of Object.keys(f)) if (!keys.includes(k)) keys.push(k);
    const rows = findings.map((f) => keys.map((k): CsvValue => {
      const v = f !== null && typeof f === 'object' ? (f as Record<string, unknown>)[k] : undefined;
      return v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : JSON.stringify(v);
    }));
    tables.splice(1, 0, { name: 'Findings', header: keys, rows });
  }
  for (const t of tables) XLSX.utils.book_append_sheet(wb, sheetOf(XLSX, t), sheetNameOf(t.name));
  wb.Props = { Title: 'cluster-graph report', CreatedDate: new Date(0) };
  const out = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true, bookSST: true }) as Buffer;
  return freezeHeaders(XLSX, out, tables.length);
}

/** The sheet view SheetJS CE writes (it writes no panes: frozen panes are in its Pro edition only). */
const PLAIN_VIEW = '<sheetView workbookViewId="0"/>';
/** The same view with the first row frozen (ECMA-376 §18.3.1.66 pane). */
const FROZEN_VIEW = '<sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView>';

/**
 * Freezes the header row of every sheet: SheetJS's own ZIP container (CFB) is opened and the one
 * sheetView element SheetJS wrote is replaced by the frozen one (a fixed string SheetJS wrote, not
 * parsed XML). Throws when the element is not found (a SheetJS version writing otherwise).
 */
function freezeHeaders(XLSX: typeof SheetJs, bytes: Buffer, sheets: number): Uint8Array {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  for (let i = 1; i <= sheets; i++) {
    const at = (zip.FullPaths as string[]).findIndex((p) => p.endsWith(`/xl/worksheets/sheet${i}.xml`));
    if (at < 0) throw new Error(`xlsx writer: no sheet ${i} in the package`);
    const entry = zip.FileIndex[at] as { content: Uint8Array; size: number };
    const xml = Buffer.from(entry.content).toString('utf8');
    if (!xml.includes(PLAIN_VIEW)) throw new Error(`xlsx writer: no sheetView in sheet ${i}`);
    entry.content = Buffer.from(xml.replace(PLAIN_VIEW, FROZEN_VIEW), 'utf8');
    entry.size = entry.content.length;
  }
  const out = XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Buffer;
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
