/**
 * Workbooks in: the same cluster as CSV, as one .xlsx, as two .xlsx and as .ods reads to the same
 * graph and report (fixtures/sheets/, made by make-workbooks.mjs); sheets by name and --sheet; errors
 * name file, sheet, row and column; hostile cells; corrupt and password-protected workbooks.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput } from '../../src/io/read-input.js';
import { readCluster } from '../../src/io/read-cluster.js';
import { analyze } from '../../src/analysis/analyze.js';
import { renderJson } from '../../src/report/json.js';
import { InputError } from '../../src/model/errors.js';
import { loadSheetJs } from '../../src/io/sheets/library.js';

const X = await loadSheetJs();
const SHEETS = join(import.meta.dirname, '..', '..', 'fixtures', 'sheets');
const EXAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'example');

/** The report as JSON with the input's names (paths, sheet labels) replaced by their role. */
async function reportOf(paths: { members: string; ties?: string; projects?: string }): Promise<string> {
  const data = await readInput(paths);
  const report = await analyze(data, { permutations: 30, seed: 3 });
  return renderJson(report).replace(/"[^"]*?fixtures\/[a-z]+\/[a-z]+\.(csv|xlsx|ods)(, sheet \\"[^"\\]*\\")?"/g, '"F"');
}

function graphOf(data: Awaited<ReturnType<typeof readInput>>) {
  const t = data.ties;
  return { ids: data.members.ids, attrs: data.members.ids.map((_, i) => data.members.attributes[i]), src: [...t.src.slice(0, t.count)], dst: [...t.dst.slice(0, t.count)], w: [...t.weight.slice(0, t.count)], since: [...t.since.slice(0, t.count)] };
}

function book(sheets: Record<string, unknown[][]>, name = 'book.xlsx', bookType: 'xlsx' | 'ods' = 'xlsx'): string {
  const dir = mkdtempSync(join(tmpdir(), 'cg-sheets-'));
  const wb = X.utils.book_new();
  for (const [sheet, rows] of Object.entries(sheets)) X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet(rows), sheet);
  const path = join(dir, name);
  writeFileSync(path, X.write(wb, { type: 'buffer', bookType }));
  return path;
}

async function inputError(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('no error');
}

describe('workbooks read like CSV', () => {
  it('CSV, one .xlsx, two .xlsx and .ods give the identical graph and report', async () => {
    const csv = await reportOf({ members: join(EXAMPLE, 'members.csv') });
    expect(csv).toContain('"projects"');
    expect(await reportOf({ members: join(SHEETS, 'cluster.xlsx') })).toBe(csv);
    expect(await reportOf({ members: join(SHEETS, 'members.xlsx'), ties: join(SHEETS, 'ties.xlsx'), projects: join(EXAMPLE, 'projects.csv') })).toBe(csv);
    expect(await reportOf({ members: join(SHEETS, 'cluster.ods') })).toBe(csv);
    const a = graphOf(await readInput({ members: join(EXAMPLE, 'members.csv') }));
    const b = graphOf(await readInput({ members: join(SHEETS, 'cluster.xlsx') }));
    expect(b).toEqual(a);
    expect(a.since.some((y) => y > 2000)).toBe(true); // the date cells of cluster.xlsx were read as these years
  });

  it('names sheets in messages and reports, with rows for lines', async () => {
    const data = await readCluster({ members: join(SHEETS, 'cluster.xlsx') });
    expect(data.input.files).toEqual({ members: `${join(SHEETS, 'cluster.xlsx')}, sheet "Members"`, ties: `${join(SHEETS, 'cluster.xlsx')}, sheet "Ties"` });
    const rows: unknown[][] = [['source', 'target', 'weight'], ...Array.from({ length: 19 }, () => ['a', 'b', 1]), ['a', 'b', 'lots']];
    const path = book({ Members: [['id'], ['a'], ['b']], Ties: rows });
    const err = await inputError(readCluster({ members: path }));
    expect(err.message).toContain(`${path}, sheet "Ties", row 21, column "weight"`);
  });

  it('finds sheets by Uzbek and Russian names, by --sheet, or the only sheet', async () => {
    const members = [['id', 'name'], ['a', 'A'], ['b', 'B']];
    const ties = [['source', 'target'], ['a', 'b']];
    expect((await readCluster({ members: book({ "A'zolar": members, Aloqalar: ties }) })).ties.count).toBe(1);
    expect((await readCluster({ members: book({ Участники: members, Связи: ties }, 'b.ods', 'ods') })).ties.count).toBe(1);
    const other = book({ Sheet1: members, Sheet2: ties });
    const missing = await inputError(readCluster({ members: other }));
    expect(missing.code).toBe('missing-sheet');
    expect(missing.message).toContain('"Sheet1", "Sheet2"');
    expect((await readCluster({ members: other }, { sheets: { members: 'Sheet1', ties: 'sheet2' } })).ties.count).toBe(1);
    expect((await inputError(readCluster({ members: other }, { sheets: { members: 'Nope' } }))).message).toContain('no sheet "Nope"');
  });

  it('skips a title row and blank rows, keeps numbers, reads formulas by their cached values', async () => {
    const ws = X.utils.aoa_to_sheet([['Our cluster, 2025'], [], ['id', 'name', 'size'], ['1001', 'A', 0.1], [], [1002, 'B', 12345678901]]);
    ws['C4'] = { t: 'n', v: 0.1, f: '1/10' };
    const wb = X.utils.book_new();
    X.utils.book_append_sheet(wb, ws, 'Members');
    X.utils.book_append_sheet(wb, X.utils.aoa_to_sheet([['source', 'target', 'weight'], [1001, 1002, 2.5]]), 'Ties');
    const path = join(mkdtempSync(join(tmpdir(), 'cg-sheets-')), 'c.xlsx');
    writeFileSync(path, X.write(wb, { type: 'buffer', bookType: 'xlsx' }));
    const data = await readCluster({ members: path });
    expect(data.members.ids).toEqual(['1001', '1002']);
    expect(data.members.attributes[0].extra).toEqual({ size: '0.1' });
    expect(data.members.attributes[1].extra).toEqual({ size: '12345678901' });
    expect(data.ties.weight[0]).toBe(2.5);
    expect(data.input.members.rows).toBe(2);
  });
});

describe('hostile and broken workbooks', () => {
  it('hostile cells behave as in CSV', async () => {
    const long = 'x'.repeat(30_000);
    const path = book({
      Members: [['id', 'name'], ['__proto__', '=cmd|" /C calc"!A0'], ['constructor', long], ['plain', '+1']],
      Ties: [['source', 'target'], ['__proto__', 'constructor'], ['plain', '__proto__']],
    });
    const data = await readCluster({ members: path });
    expect(data.members.ids).toEqual(['__proto__', 'constructor', 'plain']);
    expect(data.members.attributes[0].name).toBe('=cmd|" /C calc"!A0');
    expect(data.members.attributes[1].name).toBe(long);
    expect(data.ties.count).toBe(2);
    const wide = book({ Members: [Array.from({ length: 10_001 }, (_, i) => (i === 0 ? 'id' : `c${i}`)), ['a']], Ties: [['source', 'target']] });
    expect((await inputError(readCluster({ members: wide }))).code).toBe('too-many-columns');
    const huge = book({ Members: [['id', ...Array.from({ length: 40 }, (_, i) => `n${i}`)], ['a', ...Array.from({ length: 40 }, () => long)]], Ties: [['source', 'target']] });
    expect((await inputError(readCluster({ members: huge }))).code).toBe('record-too-large');
  });

  it('a corrupt or password-protected workbook is a clear error', async () => {
    const corrupt = await inputError(readCluster({ members: join(SHEETS, 'corrupt.xlsx') }));
    expect(corrupt.code).toBe('unreadable-workbook');
    expect(corrupt.message).toContain('corrupt.xlsx: the workbook cannot be read');
    const encrypted = await inputError(readCluster({ members: join(SHEETS, 'encrypted.xlsx') }));
    expect(encrypted.code).toBe('encrypted-workbook');
    expect(encrypted.message).toContain('protected by a password');
    const notZip = join(mkdtempSync(join(tmpdir(), 'cg-sheets-')), 'text.xlsx');
    writeFileSync(notZip, 'id,name\na,A\n');
    expect((await inputError(readCluster({ members: notZip }))).code).toBe('unreadable-workbook');
  });
});
