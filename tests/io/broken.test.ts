/**
 * Broken inputs (fixtures/input/broken): every error and warning of the reader, with the exact file,
 * line, column and message; several errors in one file are collected into one InputError.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCluster } from '../../src/io/read-cluster.js';
import { readInput } from '../../src/io/read-input.js';
import { InputError, MAX_PROBLEMS_PER_CODE } from '../../src/model/errors.js';
import { MAX_COLUMNS } from '../../src/io/csv.js';
import { FIXTURES } from '../helpers/reference.js';

const B = (f: string) => join(FIXTURES, 'input', 'broken', f);
const members = B('members.csv');
const tmp = mkdtempSync(join(tmpdir(), 'cg-broken-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function fail(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

const WEIGHT_FIX = '(expected a positive number such as 1 or 2.5). Correct the value, leave the cell empty for weight 1, or remove the row.';
const EXPORT =
  'Export the sheet as CSV: in Excel, File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)"; in LibreOffice Calc, File › Save As › "Text CSV (.csv)", then character set "Unicode (UTF-8)" and field delimiter "," (or ";").';

describe('errors are collected: all of a file, in one InputError', () => {
  it('non-numeric, zero, negative and non-finite weights: six problems, the first one in the error fields', async () => {
    const f = B('many-bad-weights-ties.csv');
    const e = await fail(readCluster({ members, ties: f }));
    expect(e).toMatchObject({ code: 'invalid-weight', file: f, line: 3, column: 'weight', total: 6 });
    expect(e.problems.map((p) => [p.code, p.line, p.column])).toEqual([3, 4, 5, 6, 7, 8].map((l) => ['invalid-weight', l, 'weight']));
    expect(e.problems.map((p) => p.message)).toEqual([
      `${f}, line 3, column "weight": "abc" is not a number ${WEIGHT_FIX}`,
      `${f}, line 4, column "weight": weight 0 is not positive ${WEIGHT_FIX}`,
      `${f}, line 5, column "weight": weight -2 is not positive ${WEIGHT_FIX}`,
      `${f}, line 6, column "weight": "Infinity" is not a number ${WEIGHT_FIX}`,
      `${f}, line 7, column "weight": "1e999" is too large ${WEIGHT_FIX}`,
      `${f}, line 8, column "weight": "NaN" is not a number ${WEIGHT_FIX}`,
    ]);
    expect(e.message.split('\n')[0]).toBe(e.problems[0].message);
    expect(e.message.split('\n')[1]).toBe('6 problems in all; nothing was analysed. The others:');
  });

  it(`many errors of one code: the first ${MAX_PROBLEMS_PER_CODE} are kept, the rest counted`, async () => {
    const f = B('twenty-five-bad-weights-ties.csv');
    const e = await fail(readCluster({ members, ties: f }));
    expect(e.total).toBe(25);
    expect(e.problems).toHaveLength(10);
    expect(e.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(e.message).toContain('  - … and 15 more "invalid-weight" problems like the ones above');
  });

  it('different errors of one file: empty endpoint, bad weight, too many fields, unknown members', async () => {
    const f = B('mixed-errors-ties.csv');
    const e = await fail(readCluster({ members, ties: f }));
    expect(e).toMatchObject({ code: 'empty-endpoint', file: f, line: 3, column: 'target', total: 4 });
    expect(e.problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['empty-endpoint', 3, 'target'],
      ['invalid-weight', 5, 'weight'],
      ['too-many-fields', 6, null],
      ['unknown-member', 4, 'target'],
    ]);
    expect(e.problems[0].message).toBe(
      `${f}, line 3, column "target": the member id is empty (expected the id of a member of the members file). Fill in the member id, or remove the row.`,
    );
    expect(e.problems[2].message).toBe(
      `${f}, line 6: this row has 4 fields but the header has 3 (expected at most 3 fields, one per header column). Enclose values that contain "," in double quotes, or add a header for the extra column.`,
    );
    expect(e.problems[3].message).toContain(`2 member ids in 3 tie endpoints are not in the members file ${members}: "X" (lines 4 and 7), "Y" (line 7)`);
  });

  it('errors of both files are reported together', async () => {
    const e = await fail(readCluster({ members: B('duplicate-id-members.csv'), ties: B('unknown-member-ties.csv') }));
    expect(e.problems.map((p) => [p.code, p.file, p.line])).toEqual([
      ['duplicate-id', B('duplicate-id-members.csv'), 4],
      ['unknown-member', B('unknown-member-ties.csv'), 3],
    ]);
    expect(e.problems[0].message).toBe(
      `${B('duplicate-id-members.csv')}, line 4, column "id": member id "A" is used twice (lines 2 and 4) (expected every id once). Give each member its own id, or remove the duplicate row.`,
    );
  });

  it('empty member id and empty tie endpoint', async () => {
    expect(await fail(readCluster({ members: B('empty-id-members.csv'), ties: B('header-only-ties.csv') }))).toMatchObject({
      code: 'empty-id',
      file: B('empty-id-members.csv'),
      line: 3,
      column: 'id',
      message: `${B('empty-id-members.csv')}, line 3, column "id": the member id is empty (expected an id that is unique in the file). Give this member an id, or remove the row.`,
    });
    expect(await fail(readCluster({ members, ties: B('empty-endpoint-ties.csv') }))).toMatchObject({ code: 'empty-endpoint', line: 3, column: 'source' });
  });
});

describe('files that are empty, header-only, or not CSV', () => {
  it('an empty file and a file of blank lines', async () => {
    for (const f of ['empty.csv', 'blank-only.csv']) {
      const e = await fail(readCluster({ members: B(f), ties: B('header-only-ties.csv') }));
      expect(e).toMatchObject({ code: 'empty-file', file: B(f), line: null });
      expect(e.message).toBe(
        `${B(f)}: the file is empty (expected a header line (e.g. id,name,type,level) followed by one row per member). Export the members list again.`,
      );
    }
  });

  it('a header-only members file is an error; a header-only ties file a warning', async () => {
    const e = await fail(readCluster({ members: B('header-only-members.csv'), ties: B('header-only-ties.csv') }));
    expect(e).toMatchObject({ code: 'no-members', file: B('header-only-members.csv'), line: 2 });
    expect(e.message).toBe(
      `${B('header-only-members.csv')}, line 2: the file has a header line but no member rows (expected one row per member after the header). Export the members list again, with its rows.`,
    );
    const d = await readCluster({ members, ties: B('header-only-ties.csv') });
    expect(d.toGraph().size).toBe(0);
    expect(d.warnings).toEqual([
      { code: 'no-ties', file: B('header-only-ties.csv'), line: null, column: null, count: 1, message: 'the ties file has a header line but no rows: the cluster has no ties' },
    ]);
  });

  it.each([
    ['workbook.xlsx', 'a ZIP archive, most likely an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods)'],
    ['legacy.xls', 'an old Excel workbook (.xls, OLE format)'],
    ['report.pdf', 'a PDF document'],
  ])('%s under a .csv name: not a CSV file, and how to export one', async (f, what) => {
    // Workbooks are read by their extension (tests/io/sheets.test.ts); their bytes in a .csv file are refused.
    const path = join(mkdtempSync(join(tmpdir(), 'cg-broken-')), `${f}.csv`);
    copyFileSync(B(f), path);
    const e = await fail(readCluster({ members: path, ties: B('header-only-ties.csv') }));
    expect(e).toMatchObject({ code: 'not-csv', file: path, line: null });
    expect(e.message).toBe(`${path}: this is not a CSV file but ${what} (expected a CSV text file). ${EXPORT}`);
    // Also as the ties file.
    expect(await fail(readCluster({ members, ties: path }))).toMatchObject({ code: 'not-csv', file: path });
  });

  it.each(['workbook.xlsx', 'legacy.xls'])('%s: read as a workbook, and this one is not readable', async (f) => {
    const e = await fail(readCluster({ members: B(f), ties: B('header-only-ties.csv') }));
    expect(e).toMatchObject({ code: 'unreadable-workbook', file: B(f) });
    expect(e.message).toContain(`${B(f)}: the workbook cannot be read`);
  });
});

describe('encodings', () => {
  it.each([
    ['cyrillic-1251-members.csv', 3, 'windows-1251 (Cyrillic; or --encoding windows-1252 for Western European)'],
    ['latin-1252-members.csv', 4, 'windows-1252 (Western European; or --encoding windows-1251 for Cyrillic)'],
  ])('%s: not UTF-8 on line %i; the guess is %s', async (f, line, guess) => {
    const e = await fail(readCluster({ members: B(f), ties: B('header-only-ties.csv') }));
    expect(e).toMatchObject({ code: 'invalid-encoding', file: B(f), line });
    expect(e.message).toBe(
      `${B(f)}, line ${line}: the file is not valid UTF-8 (the first byte that is not UTF-8 is on this line) (expected UTF-8, or an encoding named with --encoding). It was probably saved in a legacy encoding: read it with --encoding ${guess}, or save it again as "CSV UTF-8".`,
    );
  });

  it('with the suggested encoding the file reads', async () => {
    const c = await readCluster({ members: B('cyrillic-1251-members.csv'), ties: B('header-only-ties.csv') }, { encoding: 'windows-1251' });
    expect(c.toGraph().getNodeAttribute('B', 'name')).toBe('Школа №5');
    const l = await readCluster({ members: B('latin-1252-members.csv'), ties: B('header-only-ties.csv') }, { encoding: 'windows-1252' });
    expect(l.toGraph().getNodeAttribute('C', 'name')).toBe('Lycée Saint-Éloi');
  });

  it('an invalid byte far into a file (after the first chunk) is found on its line', async () => {
    const rows = ['id,name'];
    for (let i = 0; i < 20000; i++) rows.push(`M${i},Member ${i}`);
    const path = join(tmp, 'late-bad-byte.csv');
    writeFileSync(path, Buffer.concat([Buffer.from(rows.join('\n') + '\nX,Caf'), Buffer.from([0xe9]), Buffer.from('\n')]));
    expect(await fail(readCluster({ members: path, ties: B('header-only-ties.csv') }))).toMatchObject({ code: 'invalid-encoding', line: 20002 });
  });

  it('UTF-16 without a byte-order mark: an error that names the encoding to give', async () => {
    const f = B('utf16-no-bom-members.csv');
    const e = await fail(readCluster({ members: f, ties: B('header-only-ties.csv') }));
    expect(e).toMatchObject({ code: 'unsupported-encoding', file: f });
    expect(e.message).toBe(
      `${f}: the file looks like UTF-16LE without a byte-order mark (expected UTF-8, or UTF-16 with a byte-order mark). Read it with --encoding utf-16le, or save it again as "CSV UTF-8".`,
    );
    const ties = join(tmp, 'utf16-ties.csv');
    writeFileSync(ties, Buffer.from('source,target\nA,B\n', 'utf16le'));
    const d = await readCluster({ members: f, ties }, { encoding: 'utf-16le' });
    expect(d.toGraph().size).toBe(1);
    expect(d.toGraph().nodes()).toEqual(['A', 'B', 'C']);
  });
});

describe('warnings, and --strict', () => {
  it('unknown orientation, short rows, self-loops: warnings with file, line and column', async () => {
    const f = B('warnings-ties.csv');
    const d = await readCluster({ members, ties: f });
    expect(d.warnings.map((w) => [w.code, w.file, w.line, w.column])).toEqual([
      ['invalid-orientation', f, 2, 'orientation'],
      ['missing-fields', f, 4, null],
      ['self-loop', f, 5, 'source'],
    ]);
    expect(d.input.ties).toEqual({ rows: 4, used: 3, merged: 0, skipped: [{ reason: 'self-loop', count: 1, lines: [5] }] });
  });

  it('--strict turns every warning into an error', async () => {
    const f = B('warnings-ties.csv');
    const e = await fail(readInput({ members, ties: f }, { strict: true }));
    expect(e).toMatchObject({ code: 'invalid-orientation', file: f, line: 2, column: 'orientation', total: 3 });
    expect(e.problems.map((p) => p.code)).toEqual(['invalid-orientation', 'missing-fields', 'self-loop']);
    expect(e.problems[2].message).toBe(
      `${f}, line 5, column "source": 1 tie row (line 5) joins a member to itself: dropped (a partnership needs two members) (an error because of --strict)`,
    );
    await expect(readCluster({ members, ties: f }, { strict: true })).rejects.toMatchObject({ code: 'invalid-orientation' });
  });
});

describe('roster errors and warnings', () => {
  it('unknown partner ids are errors, like unknown tie endpoints', async () => {
    const f = B('roster-unknown-members.csv');
    const e = await fail(readInput({ members: f }));
    expect(e).toMatchObject({ code: 'unknown-member', file: f, line: 2, column: 'partners' });
    expect(e.message).toContain('2 member ids in 2 partner mentions of the partners column "partners" are not in the members file');
    expect(e.message).toContain('"X" (line 2), "Z9" (line 3)');
  });

  it('self-mentions and repeated mentions: warned and skipped, every mention accounted for', async () => {
    const f = B('roster-warnings-members.csv');
    const d = await readInput({ members: f });
    expect(d.warnings.map((w) => [w.code, w.line, w.column, w.message])).toEqual([
      ['self-mention', 2, 'partners', '1 member (line 2) names itself as a partner: dropped'],
      ['repeated-mention', 3, 'partners', '1 partner id (line 3) is named twice in the same cell: counted once'],
    ]);
    const r = d.input.roster!;
    expect(r).toMatchObject({ mentions: 5, used: 3, reciprocal: 1, oneSided: 1 });
    expect(r.mentions).toBe(r.used + r.skipped.reduce((a, s) => a + s.count, 0));
    expect(d.toGraph().size).toBe(2);
  });
});

describe('bounded memory: very long rows and very many columns', () => {
  it('a row longer than 1 MiB is an error naming its line', async () => {
    const path = join(tmp, 'long-field.csv');
    writeFileSync(path, `source,target,weight\nA,B,1\nB,C,"${'x'.repeat(1100 * 1024)}"\n`);
    const e = await fail(readCluster({ members, ties: path }));
    expect(e).toMatchObject({ code: 'record-too-large', file: path, line: 3 });
    expect(e.message).toContain('longer than 1,048,576 characters (1 MiB)');
  });

  it('an unclosed quote early in a big file stops at 1 MiB, not at the end of the file', async () => {
    const path = join(tmp, 'unclosed-big.csv');
    const rows = ['source,target,weight', 'A,B,"1'];
    for (let i = 0; i < 200000; i++) rows.push('A,B,1');
    writeFileSync(path, rows.join('\n'));
    expect(await fail(readCluster({ members, ties: path }))).toMatchObject({ code: 'record-too-large', line: 2 });
  });

  it(`a header with more than ${MAX_COLUMNS} columns is an error`, async () => {
    const path = join(tmp, 'wide.csv');
    writeFileSync(path, `id,${Array.from({ length: MAX_COLUMNS }, (_, i) => `c${i}`).join(',')}\nA\n`);
    const e = await fail(readCluster({ members: path, ties: B('header-only-ties.csv') }));
    expect(e).toMatchObject({ code: 'too-many-columns', file: path, line: 1 });
    expect(e.message).toBe(
      `${path}, line 1: this header has 10,001 fields, more than the limit of 10,000 (expected a members, ties or projects table with a handful of columns). Check that this is the right file and that its delimiter is a comma, semicolon or tab.`,
    );
  });
});
