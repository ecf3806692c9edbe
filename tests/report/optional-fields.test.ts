import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Report } from '../../src/analysis/report-types.js';
import { renderCsvTables } from '../../src/report/csv-tables.js';
import { exportTable } from '../../src/report/graph-exports.js';
import { memberFields } from '../../src/report/html.js';
import { exampleGraph, frozenReport } from '../helpers/frozen-report.js';

/** The frozen report as an older reader wrote it: members without `typeClass` and `helix`. */
function withoutClasses(): Report {
  const r = frozenReport();
  r.members = r.members.map((m) => {
    const { typeClass: _c, helix: _h, ...rest } = m;
    return rest as typeof m;
  });
  return r;
}

/** The frozen report as the reader writes it: members carry `typeClass` and `helix`. */
function withClasses(): Report {
  const r = frozenReport();
  expect(r.members.every((m) => 'typeClass' in m && 'helix' in m)).toBe(true);
  return r;
}

function membersCsvHeader(r: Report): string[] {
  const csv = renderCsvTables(r).find((f) => f.name === 'members.csv')!.content;
  return Object.keys((parse(csv, { columns: true, bom: true }) as Record<string, string>[])[0]);
}

describe('optional member fields (typeClass, helix)', () => {
  it('are left out when the report does not have them', async () => {
    const r = withoutClasses();
    expect(membersCsvHeader(r)).not.toContain('typeClass');
    expect(memberFields(r.members).map((f) => f.key)).not.toContain('helix');
    expect(exportTable(r, await exampleGraph()).nodeColumns.map((c) => c.name)).not.toContain('typeClass');
  });

  it('are shown in catalogue order, with catalogue labels and types, when it has them', async () => {
    const r = withClasses();
    expect(membersCsvHeader(r).slice(0, 8)).toEqual(['id', 'name', 'type', 'typeClass', 'sector', 'level', 'helix', 'degree']);
    const panel = memberFields(r.members);
    expect(panel.find((f) => f.key === 'typeClass')?.label).toBe('type class');
    expect(panel.find((f) => f.key === 'helix')?.label).toBe('helix');
    const columns = exportTable(r, await exampleGraph()).nodeColumns;
    expect(columns.find((c) => c.name === 'typeClass')?.type).toBe('string');
    expect(columns.find((c) => c.name === 'helix')?.type).toBe('string');
  });
});
