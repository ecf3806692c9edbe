/**
 * Hostile input through the whole pipeline and EVERY output format: ids named like Object.prototype
 * members behave like any other id, markup in names stays text, formula-like cells are neutralised.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { readInput } from '../src/io/read-input.js';
import { analyze } from '../src/analysis/analyze.js';
import { FORMATS, renderFormat, type OutputRequest } from '../src/cli/outputs.js';
import { escapeMarkdown } from '../src/report/markdown.js';
import { loadSheetJs } from '../src/io/sheets/library.js';

const IDS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'plain'];
const SCRIPT = '<script>alert(1)</script>';

async function hostileCluster() {
  const dir = mkdtempSync(join(tmpdir(), 'cg-hostile-'));
  writeFileSync(
    join(dir, 'members.csv'),
    [
      'id,name,type',
      `__proto__,"${SCRIPT}",university`,
      'constructor,=HYPERLINK("http://x"),business',
      'toString,+cmd|calc,state',
      'hasOwnProperty,@SUM(A1),school',
      'valueOf,"a & ""b"" <i>",ngo',
      'plain,Plain member,school',
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'ties.csv'),
    ['source,target,weight', 'plain,__proto__,2', 'plain,constructor,1', '__proto__,toString,3', 'toString,hasOwnProperty,1', 'hasOwnProperty,valueOf,2', 'valueOf,constructor,1', 'constructor,__proto__,1'].join('\n'),
  );
  const data = await readInput({ members: join(dir, 'members.csv') });
  const report = await analyze(data, { permutations: 50 });
  return { data, report };
}

const REQUEST: OutputRequest = { formats: [...FORMATS], top: 5, color: false, draw: {}, sheetjs: await loadSheetJs() };

/** The text of every cell of an xlsx workbook (formulas refused: the writer writes values only). */
function workbookText(bytes: Uint8Array): string {
  const XLSX = REQUEST.sheetjs!;
  const wb = XLSX.read(bytes, { type: 'buffer', cellFormula: true });
  const out: string[] = [];
  for (const name of wb.SheetNames) {
    for (const row of XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[name], { header: 1, raw: true })) {
      for (const v of row) {
        if (typeof v === 'string') {
          expect(/^[=+\-@\t\r]/.test(v), `${name}: ${v}`).toBe(false);
          out.push(v);
        }
      }
    }
    for (const [addr, c] of Object.entries(wb.Sheets[name])) if (!addr.startsWith('!')) expect((c as { f?: string }).f, `${name}!${addr}`).toBeUndefined();
  }
  return out.join('\n');
}

describe('hostile ids and names', () => {
  it('keeps every id as an ordinary member with its ties', async () => {
    const { data, report } = await hostileCluster();
    expect(data.toGraph().order).toBe(6);
    expect(data.toGraph().size).toBe(7);
    expect(report.members.map((m) => m.id)).toEqual(IDS);
    expect(report.members.map((m) => m.degree)).toEqual([3, 3, 2, 2, 2, 2]);
  });

  it.each(FORMATS)('%s output names every member and lets no markup or formula through', async (format) => {
    const { data, report } = await hostileCluster();
    const files = renderFormat(format, report, () => data.toGraph(), REQUEST);
    const all = files.map((f) => (typeof f.content === 'string' ? f.content : workbookText(f.content))).join('\n');
    // Markdown escapes `_` (it would start emphasis): `\_\_proto\_\_` renders as __proto__.
    for (const id of IDS) expect(all, `${format} mentions ${id}`).toContain(format === 'markdown' ? escapeMarkdown(id) : id);
    if (['html', 'svg', 'markdown', 'gexf', 'graphml'].includes(format)) {
      expect(all).not.toContain(SCRIPT);
      expect(all).not.toContain('<i>');
    }
    if (format === 'json' || format === 'graph-json') {
      expect(() => JSON.parse(all)).not.toThrow();
      expect(all).toContain(JSON.stringify(SCRIPT).slice(1, -1));
    }
    if (format === 'csv') {
      for (const file of files) {
        const rows = parse((file.content as string).replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
        for (const row of rows) for (const cell of row) {
          expect(/^[=+@\t\r]/.test(cell), `${file.name}: ${cell}`).toBe(false);
          if (cell.startsWith('-')) expect(Number.isFinite(Number(cell)), `${file.name}: ${cell}`).toBe(true);
        }
      }
    }
  });
});
