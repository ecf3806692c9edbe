/**
 * --format xlsx: the workbook re-opens with SheetJS and holds every table of the JSON report cell for
 * cell (numbers as numbers), passes a structural check of its OOXML package (content types, every
 * sheet's XML well-formed, frozen header row), and neutralises formulas; CSV tables for every locale.
 */
import { describe, it, expect } from 'vitest';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { parse } from 'csv-parse/sync';
import { frozenReport } from '../helpers/frozen-report.js';
import { renderXlsx, sheetNameOf } from '../../src/report/xlsx.js';
import { renderJson } from '../../src/report/json.js';
import { renderCsvTables, reportTables } from '../../src/report/csv-tables.js';
import { neutralizeFormula } from '../../src/report/csv-cell.js';
import { loadSheetJs } from '../../src/io/sheets/library.js';
import type { Report } from '../../src/analysis/report-types.js';

const X = await loadSheetJs();

function xml(text: string, what: string): Document {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => void errors.push(`${level}: ${msg}`) }).parseFromString(text, 'application/xml');
  expect(errors, what).toEqual([]);
  return doc;
}

describe('xlsx report', () => {
  for (const directed of [false, true]) {
    it(`holds every table of the JSON report, numbers as numbers (${directed ? 'directed' : 'undirected'})`, () => {
      const report = frozenReport(directed);
      const bytes = renderXlsx(report, X);
      const wb = X.read(bytes, { type: 'buffer' });
      // The tables from the JSON text of the report, so every number is compared with the JSON report.
      const tables = reportTables(JSON.parse(renderJson(report)) as Report);
      expect(wb.SheetNames[0]).toBe('Summary');
      const findings = report.findings ?? [];
      expect(findings.length).toBeGreaterThan(0);
      expect([...wb.SheetNames].sort()).toEqual([...tables.map((t) => sheetNameOf(t.name)), 'Findings'].sort());
      // The Findings sheet: one row per finding, its value as a number, its indicator path beside it.
      const fr = X.utils.sheet_to_json<unknown[]>(wb.Sheets.Findings, { header: 1, raw: true, defval: null });
      const head = fr[0] as string[];
      expect(fr.length - 1).toBe(findings.length);
      findings.forEach((f, i) => {
        expect(fr[i + 1][head.indexOf('id')]).toBe(f.id);
        expect(fr[i + 1][head.indexOf('indicator')]).toBe(f.indicator);
        expect(fr[i + 1][head.indexOf('value')]).toBe(f.value);
      });
      let numbers = 0;
      for (const t of tables) {
        const rows = X.utils.sheet_to_json<unknown[]>(wb.Sheets[sheetNameOf(t.name)], { header: 1, raw: true, defval: null, blankrows: true });
        expect(rows[0], t.name).toEqual(t.header);
        const width = t.header.length;
        for (let r = 0; r < t.rows.length; r++) {
          const want = t.rows[r].map((v) => (v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? null : typeof v === 'string' ? neutralizeFormula(v) : v));
          const got = (rows[r + 1] ?? []).slice(0, Math.max(width, want.length));
          while (got.length < want.length) got.push(null);
          expect(got, `${t.name} row ${r + 2}`).toEqual(want);
          numbers += want.filter((v) => typeof v === 'number').length;
        }
      }
      expect(numbers).toBeGreaterThan(1000);
    });
  }

  it('is a well-formed OOXML package with frozen header rows and column widths', () => {
    const bytes = renderXlsx(frozenReport(), X);
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const zip = X.CFB.read(Buffer.from(bytes), { type: 'buffer' });
    const file = (name: string): string => {
      const i = (zip.FullPaths as string[]).findIndex((p) => p.endsWith(`/${name}`));
      expect(i, name).toBeGreaterThanOrEqual(0);
      return Buffer.from(zip.FileIndex[i].content as Uint8Array).toString('utf8');
    };
    const types = xml(file('[Content_Types].xml'), 'content types');
    const overrides = [...(Array.from(types.getElementsByTagName('Override')) as Element[])].map((o) => [o.getAttribute('PartName'), o.getAttribute('ContentType')]);
    const sheets = overrides.filter(([, t]) => t === 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml');
    expect(overrides.some(([p]) => p === '/xl/workbook.xml')).toBe(true);
    expect(sheets.length).toBe(reportTables(frozenReport()).length + 1); // + Findings
    for (const [part] of sheets) {
      const doc = xml(file(part!.slice(1)), part!);
      const pane = doc.getElementsByTagName('pane')[0];
      expect(pane?.getAttribute('state'), part!).toBe('frozen');
      expect(pane?.getAttribute('ySplit')).toBe('1');
      expect(doc.getElementsByTagName('col').length, part!).toBeGreaterThan(0);
      expect(doc.getElementsByTagName('f').length, part!).toBe(0);
    }
    xml(file('xl/workbook.xml'), 'workbook');
    xml(file('xl/sharedStrings.xml'), 'shared strings');
  });

  it('is deterministic', () => {
    const report = frozenReport();
    expect(Buffer.from(renderXlsx(report, X)).equals(Buffer.from(renderXlsx(report, X)))).toBe(true);
  });
});

describe('CSV tables for every locale', () => {
  it('writes ";" and decimal commas on request, and reads back to the same numbers', () => {
    const report = frozenReport();
    const plain = renderCsvTables(report);
    const local = renderCsvTables(report, { delimiter: ';', decimalComma: true });
    const summaryPlain = plain.find((f) => f.name === 'summary.csv')!.content;
    const summaryLocal = local.find((f) => f.name === 'summary.csv')!.content;
    expect(summaryLocal).toMatch(/;0,\d/);
    expect(summaryLocal).not.toMatch(/;-?\d+\.\d/);
    const a = parse(summaryPlain.slice(1)) as string[][];
    const b = parse(summaryLocal.slice(1), { delimiter: ';' }) as string[][];
    expect(b.map((r) => r.map((v) => v.replace(/^(-?\d+),(\d)/, '$1.$2')))).toEqual(a);
    const tab = renderCsvTables(report, { delimiter: '\t' }).find((f) => f.name === 'members.csv')!.content;
    expect(tab.split('\r\n')[0]).toContain('id\tname');
  });
});
