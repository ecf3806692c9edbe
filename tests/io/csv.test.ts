import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectDelimiter, headerLine, openCsvFile, parseCsvText, type CsvRecord } from '../../src/io/csv.js';
import { InputError } from '../../src/model/errors.js';

const tmp = mkdtempSync(join(tmpdir(), 'cg-csv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function records(text: string): CsvRecord[] {
  return [...(parseCsvText(text, 'x').records as Iterable<CsvRecord>)];
}

async function fileRecords(text: string | Buffer): Promise<{ delimiter: string; records: CsvRecord[] }> {
  const path = join(tmp, `f${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, text);
  const src = await openCsvFile(path);
  const out: CsvRecord[] = [];
  for await (const r of src.records) out.push(r);
  return { delimiter: src.delimiter, records: out };
}

describe('delimiter detection', () => {
  it('counts delimiters outside quotes on the header line', () => {
    expect(detectDelimiter('id,name,type')).toBe(',');
    expect(detectDelimiter('id;name;type')).toBe(';');
    expect(detectDelimiter('id\tname\ttype')).toBe('\t');
    expect(detectDelimiter('"a;b;c;d",x,y')).toBe(',');
    expect(detectDelimiter('"a,b,c";x;y')).toBe(';');
    expect(detectDelimiter('id')).toBe(',');
  });

  it('takes the first non-blank line without BOM, up to a line break outside quotes', () => {
    expect(headerLine('\uFEFFid;name\r\n1;2')).toBe('id;name');
    expect(headerLine('\n\n  \nid,name\n')).toBe('id,name');
    expect(headerLine('"a\nb";c\nx;y')).toBe('"a\nb";c');
    expect(headerLine('')).toBe('');
  });
});

describe('parseCsvText', () => {
  it('gives fields and the line each record starts on, skipping blank rows', () => {
    const recs = records('id,name\n\n1,"a\nb"\n2,c\n , \n3,d\n');
    expect(recs).toEqual([
      { fields: ['id', 'name'], line: 1 },
      { fields: ['1', 'a\nb'], line: 3 },
      { fields: ['2', 'c'], line: 5 },
      { fields: ['3', 'd'], line: 7 },
    ]);
  });

  it('counts lines right with CRLF inside quoted fields', () => {
    const recs = records('id,name\r\n\r\n1,"a\r\nb\r\nc"\r\n2,c\r\n\r\n3,d\r\n');
    expect(recs.map((r) => r.line)).toEqual([1, 3, 6, 8]);
    expect(recs[1].fields[1]).toBe('a\r\nb\r\nc');
  });

  it('handles BOM, semicolons, tabs, quotes with delimiters and doubled quotes', () => {
    expect(records('\uFEFFid;name\r\nA;"x; y"\r\n')).toEqual([
      { fields: ['id', 'name'], line: 1 },
      { fields: ['A', 'x; y'], line: 2 },
    ]);
    expect(records('id\tname\nA\t"say ""hi"", ok"\n')[1].fields).toEqual(['A', 'say "hi", ok']);
  });

  it('keeps ragged rows as they are (the builder checks widths)', () => {
    expect(records('a,b,c\n1\n1,2,3,4\n').map((r) => r.fields.length)).toEqual([3, 1, 4]);
  });

  it('reports unreadable CSV as an InputError with the line', () => {
    try {
      records('a,b\n1,2\n3,"x\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const err = e as InputError;
      expect(err.code).toBe('csv-syntax');
      expect(err.file).toBe('x');
      expect(err.line).toBe(3);
    }
  });
});

describe('openCsvFile (streaming)', () => {
  it('streams a file with the same records as the text parser', async () => {
    const text = '\uFEFFid;name\r\n\r\nA;"x\r\ny"\r\nB;z\r\n';
    const f = await fileRecords(text);
    expect(f.delimiter).toBe(';');
    expect(f.records).toEqual(records(text));
    expect(f.records.map((r) => r.line)).toEqual([1, 3, 5]);
  });

  it('keeps multi-byte characters intact across chunk boundaries', async () => {
    const rows = ['id,name'];
    for (let i = 0; i < 20000; i++) rows.push(`m${i},Школа №${i} «Ёлочка» 学校`);
    const f = await fileRecords(rows.join('\n') + '\n');
    expect(f.records.length).toBe(20001);
    expect(f.records[20000]).toEqual({ fields: ['m19999', 'Школа №19999 «Ёлочка» 学校'], line: 20001 });
    expect(f.records.every((r) => !r.fields[1].includes('\uFFFD'))).toBe(true);
  });

  it('rejects a missing file and a folder; reads UTF-16 with a byte-order mark', async () => {
    await expect(openCsvFile(join(tmp, 'nope.csv'))).rejects.toMatchObject({ code: 'file-not-found', file: join(tmp, 'nope.csv') });
    await expect(openCsvFile(tmp)).rejects.toMatchObject({ code: 'file-not-found' });
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,name\nA,Школа\n', 'utf16le')]);
    expect((await fileRecords(utf16)).records).toEqual([
      { fields: ['id', 'name'], line: 1 },
      { fields: ['A', 'Школа'], line: 2 },
    ]);
  });

  it('reports a syntax error with the real line', async () => {
    await expect(fileRecords('a,b\r\n1,"x\r\ny"\r\n2,"z\r\n')).rejects.toMatchObject({ code: 'csv-syntax', line: 4 });
  });
});
