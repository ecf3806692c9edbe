import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Report } from '../../src/analysis/report-types.js';
import { CSV_BOM, csvCell, csvDocument, csvRow, neutralizeFormula } from '../../src/report/csv-cell.js';
import { renderCsvTables } from '../../src/report/csv-tables.js';
import { frozenReport } from '../helpers/frozen-report.js';

async function exampleReport(): Promise<Report> {
  return frozenReport();
}

function read(content: string): Record<string, string>[] {
  return parse(content, { columns: true, bom: true }) as Record<string, string>[];
}

function file(files: { name: string; content: string }[], name: string): string {
  const f = files.find((x) => x.name === name);
  expect(f, name).toBeDefined();
  return f!.content;
}

/** The report's per-member values flattened the documented way (`brokerage.x` → `brokerage_x`). */
function flatMember(m: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m)) {
    if (v !== null && typeof v === 'object') for (const [s, sv] of Object.entries(v)) out[`${k}_${s}`] = sv;
    else out[k] = v;
  }
  return out;
}

describe('csvCell: quoting and CSV injection', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe(`"'=1+1"`);
    expect(csvCell('+cmd')).toBe(`"'+cmd"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
    expect(csvCell('\tX')).toBe(`"'\tX"`);
    expect(csvCell('\rX')).toBe(`"'\rX"`);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(neutralizeFormula('plain')).toBe('plain');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(' =1')).toBe(' =1');
  });

  it('leaves numbers as numbers, negative ones included', () => {
    expect(csvCell(-0.5)).toBe('-0.5');
    expect(csvCell(-0.25)).toBe('-0.25');
    expect(csvCell(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(csvCell(1e-7)).toBe('1e-7');
    expect(Number(csvCell(Math.PI))).toBe(Math.PI);
    expect(csvCell(12)).toBe('12');
  });

  it('writes missing values as empty cells and booleans as words', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(Infinity)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell('')).toBe('');
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
    expect(csvCell('line1\r\nline2')).toBe('"line1\r\nline2"');
    expect(csvCell('Лицей № 1')).toBe('Лицей № 1');
    expect(csvRow(['a,b', 1, null, '=x'])).toBe(`"a,b",1,,"'=x"`);
  });

  it('builds documents with a BOM, a header and CRLF line ends, and they re-read exactly', () => {
    const rows = [
      ['=1+1', -0.5, 'a,"b"\nc'],
      ['Лицей', 2.5e-9, null],
    ];
    const doc = csvDocument(['text', 'number', 'other'], rows);
    expect(doc.startsWith(CSV_BOM)).toBe(true);
    expect(doc.endsWith('\r\n')).toBe(true);
    expect(doc.slice(1).split('\r\n')[0]).toBe('text,number,other');
    const back = read(doc);
    expect(back).toEqual([
      { text: "'=1+1", number: '-0.5', other: 'a,"b"\nc' },
      { text: 'Лицей', number: '2.5e-9', other: '' },
    ]);
    expect(csvDocument(['a'], [], { bom: false })).toBe('a\r\n');
  });
});

describe('renderCsvTables', () => {
  it('writes every table of the example, each with BOM, header row and CRLF', async () => {
    const report = await exampleReport();
    const files = renderCsvTables(report);
    expect(files.map((f) => f.name)).toEqual([
      'members.csv',
      'communities.csv',
      'summary.csv',
      'composition.csv',
      'ei-groups.csv',
      'mixing.csv',
      'mixing-weights.csv',
      'orientation.csv',
      'triple-helix.csv',
      'triple-helix-mapping.csv',
      'brokerage.csv',
      'brokerage-totals.csv',
      'brokerage-expected.csv',
      'key-players.csv',
      'articulation-points.csv',
      'bridges.csv',
      'core-periphery.csv',
      'warnings.csv',
    ]);
    for (const f of files) {
      expect(f.content.startsWith(CSV_BOM), f.name).toBe(true);
      expect(f.content.endsWith('\r\n'), f.name).toBe(true);
      const rows = parse(f.content, { bom: true, record_delimiter: '\r\n' }) as string[][];
      expect(rows.length, f.name).toBeGreaterThanOrEqual(1);
      for (const row of rows) expect(row.length, f.name).toBe(rows[0].length);
    }
    expect(renderCsvTables(report)).toEqual(files);
    report.synergy.tripleHelix = null;
    expect(renderCsvTables(report).map((f) => f.name)).not.toContain('triple-helix.csv');
  });

  it('members.csv re-reads to the report values, every per-member measure flattened', async () => {
    const report = await exampleReport();
    const rows = read(file(renderCsvTables(report), 'members.csv'));
    expect(rows).toHaveLength(report.members.length);
    report.members.forEach((m, i) => {
      const flat = flatMember(m);
      expect(Object.keys(rows[i]).sort()).toEqual(Object.keys(flat).sort());
      for (const [k, v] of Object.entries(flat)) {
        const cell = rows[i][k];
        if (v === null) expect(cell, `${m.id}.${k}`).toBe('');
        else if (typeof v === 'number') expect(Number(cell), `${m.id}.${k}`).toBe(v);
        else expect(cell, `${m.id}.${k}`).toBe(v);
      }
    });
    expect(Object.keys(rows[0])).toContain('brokerage_coordinator');
    expect(Object.keys(rows[0])).toContain('brokerageZ_liaison');
  });

  it('summary, mixing, E-I, brokerage and key-player tables hold the report values', async () => {
    const report = await exampleReport();
    const files = renderCsvTables(report);
    const summary = new Map(read(file(files, 'summary.csv')).map((r) => [r.measure, r.value]));
    const num = (k: string) => Number(summary.get(k));
    expect(num('density')).toBe(report.summary.density);
    expect(num('centralization_degree')).toBe(report.summary.centralization.degree);
    expect(summary.get('centralization_closeness')).toBe('');
    expect(num('ei_overall')).toBe(report.synergy.eiIndex.overall);
    expect(num('ei_range_min')).toBe(report.synergy.eiIndex.range[0]);
    expect(num('ei_baseline')).toBe(report.synergy.eiIndex.baseline);
    expect(num('ei_pValue')).toBe(report.synergy.eiIndex.pValue);
    expect(num('assortativity')).toBe(report.synergy.assortativity);
    expect(num('tripleHelix_T_AIG')).toBe(report.synergy.tripleHelix!.T_AIG);
    expect(num('articulationPoints')).toBe(report.resilience.articulationPoints.length);
    expect(num('bridges')).toBe(report.resilience.bridges.length);
    expect(num('corePeriphery_fit')).toBe(report.corePeriphery.fit);
    expect(summary.get('directed')).toBe('false');
    expect(summary.get('topTieShare_id')).toBe(report.summary.topTieShare!.id);

    const mix = read(file(files, 'mixing.csv'));
    const groups = report.synergy.mixing.groups;
    expect(mix.map((r) => Object.values(r)[0])).toEqual(groups);
    mix.forEach((r, i) => groups.forEach((g, j) => expect(Number(r[g])).toBe(report.synergy.mixing.counts[i][j])));
    const mixW = read(file(files, 'mixing-weights.csv'));
    mixW.forEach((r, i) => groups.forEach((g, j) => expect(Number(r[g])).toBe(report.synergy.mixing.weights[i][j])));

    const ei = read(file(files, 'ei-groups.csv'));
    expect(ei.map((r) => [r.group, Number(r.E), Number(r.I), Number(r.EI)])).toEqual(report.synergy.eiIndex.groups.map((g) => [g.group, g.E, g.I, g.EI]));

    const totals = read(file(files, 'brokerage-totals.csv'));
    expect(totals.map((r) => [r.role, Number(r.observed), Number(r.z)])).toEqual(report.brokerage.roles.map((r) => [r, report.brokerage.totals[r], report.brokerage.z[r]]));
    const brokerage = read(file(files, 'brokerage.csv'));
    expect(Number(brokerage[0].brokerageZ_total)).toBe(report.members[0].brokerageZ.total);

    const kp = read(file(files, 'key-players.csv'));
    expect(kp.map((r) => [r.id, Number(r.fragmentation), Number(r.distanceFragmentation)])).toEqual(
      report.resilience.keyPlayers.map((k) => [k.id, k.fragmentation, k.distanceFragmentation]),
    );
    const communities = read(file(files, 'communities.csv'));
    expect(communities).toHaveLength(report.members.length);
    expect(communities.filter((r) => r.community === '0').map((r) => r.id)).toEqual(report.communities.groups[0].members);
  });

  it('neutralises hostile names but keeps negative numbers numeric', async () => {
    const report = await exampleReport();
    const hostile = ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tX', '\rX', 'a, "b"\nc'];
    hostile.forEach((name, i) => (report.members[i].name = name));
    report.members[0].eigenvector = -0.5;
    const content = file(renderCsvTables(report), 'members.csv');
    const lines = content.slice(1).split('\r\n');
    expect(lines[1].startsWith(`TTI,"'=1+1",`)).toBe(true);
    expect(lines[1]).toContain(',-0.5,');
    const rows = read(content);
    expect(rows.slice(0, hostile.length).map((r) => r.name)).toEqual(["'=1+1", "'+cmd", "'-2+3", "'@SUM(A1)", "'\tX", "'\rX", 'a, "b"\nc']);
    expect(Number(rows[0].eigenvector)).toBe(-0.5);
    // No text cell of any table starts with a formula character.
    for (const f of renderCsvTables(report)) {
      for (const row of parse(f.content, { bom: true }) as string[][]) {
        for (const cell of row) if (/^[=+@\t\r]/.test(cell)) throw new Error(`${f.name}: unneutralised cell ${JSON.stringify(cell)}`);
      }
    }
  });

  it('writes an empty report as headers only', async () => {
    const report = await exampleReport();
    report.members = [];
    report.communities.groups = [];
    report.resilience = { articulationPoints: [], bridges: [], baseFragmentation: null, keyPlayers: [] };
    const files = renderCsvTables(report);
    const members = file(files, 'members.csv');
    expect(members.split('\r\n')).toHaveLength(2);
    expect(members).toContain('brokerage_total');
    expect(members).not.toContain('inDegree');
    expect(file(files, 'bridges.csv')).toBe(`${CSV_BOM}source,target,source_name,target_name\r\n`);
  });
});
