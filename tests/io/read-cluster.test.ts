import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCluster, resolveTiesPath, buildCluster, InputError } from '../../src/io/read-cluster.js';
import { readRows, DATASETS, FIXTURES, REFERENCE_DIR } from '../helpers/reference.js';

const INPUT = join(FIXTURES, 'input');
const tmp = mkdtempSync(join(tmpdir(), 'cg-read-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function write(name: string, text: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

async function readError(p: Promise<unknown>): Promise<InputError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('reference datasets', () => {
  it.each(DATASETS)('%s: reference n and m, string ids in file order', async (name) => {
    const meta = JSON.parse(readFileSync(join(REFERENCE_DIR, `${name}.json`), 'utf8'));
    const directed = meta.directed === true;
    const data = await readCluster({ members: join(REFERENCE_DIR, name, 'members.csv') }, { directed });
    const g = data.toGraph();
    const members = readRows(join(REFERENCE_DIR, name, 'members.csv'));
    const ties = readRows(join(REFERENCE_DIR, name, 'ties.csv'));
    const expectedM = { karate: 78, kite: 18, davis: 139, florentine: 20, 'school-cluster': 219 }[name];
    const expectedN = { karate: 34, kite: 10, davis: 18, florentine: 15, 'school-cluster': 60 }[name];
    expect(g.order).toBe(expectedN);
    expect(g.size).toBe(expectedM);
    expect(g.type).toBe(directed ? 'directed' : 'undirected');
    expect(g.getAttribute('directed')).toBe(directed);
    expect(g.nodes()).toEqual(members.map((r) => r.id));
    for (const id of g.nodes()) expect(typeof id).toBe('string');
    if (name === 'karate' || name === 'kite') expect(g.hasNode('0')).toBe(true);
    // Every tie with its weight (and kind).
    for (const row of ties) {
      const edge = directed ? g.directedEdge(row.source, row.target) : g.edge(row.source, row.target);
      expect(edge, `${row.source}-${row.target}`).toBeDefined();
      const attrs = g.getEdgeAttributes(edge!);
      expect(attrs.weight).toBe(Number(row.weight));
      expect(attrs.kinds).toEqual(row.kind ? [row.kind] : []);
      expect(attrs.rows).toBe(1);
    }
    expect(data.input.ties).toEqual({ rows: expectedM, used: expectedM, merged: 0, skipped: [] });
    expect(data.input.members).toEqual({ rows: expectedN, used: expectedN, skipped: [] });
  });

  it('school-cluster members: canonical types, sector column wins, levels outside the order list', async () => {
    const data = await readCluster({ members: join(REFERENCE_DIR, 'school-cluster', 'members.csv') }, { directed: true });
    const g = data.toGraph();
    expect(g.getNodeAttributes('S01')).toMatchObject({ name: 'Ministry of Education', type: 'state', sector: 'public', level: 'national', region: null });
    expect(data.warnings).toEqual([]);
    // national → national: horizontal; national → regional: vertical.
    expect(g.getEdgeAttribute(g.directedEdge('S01', 'S02')!, 'orientation')).toBe('horizontal');
    const kinds = new Set(g.mapEdges((_e, a) => a.orientation));
    expect(kinds.has('vertical')).toBe(true);
  });

  it('the same dataset undirected merges reciprocated arcs into pairs', async () => {
    const data = await readCluster({ members: join(REFERENCE_DIR, 'school-cluster', 'members.csv') });
    expect(data.toGraph().size).toBe(219 - 44);
    expect(data.input.ties.merged).toBe(44);
    const ab = data.toGraph().getEdgeAttributes(data.toGraph().edge('S01', 'S02')!);
    expect(ab.rows).toBe(2);
    expect(ab.weight).toBe(5 + 3);
    expect(ab.kinds).toEqual(['oversight', 'reporting']);
  });

  it('unknown types are reported once per distinct value with a count', async () => {
    const data = await readCluster({ members: join(REFERENCE_DIR, 'karate', 'members.csv') });
    const w = data.warnings.filter((x) => x.code === 'unknown-type');
    expect(w.map((x) => [x.message.slice(0, 14), x.count, x.line, x.column])).toEqual([
      ['type "Mr. Hi" ', 17, 2, 'type'],
      ['type "Officer"', 17, 11, 'type'],
    ]);
    expect(data.toGraph().getNodeAttributes('0')).toMatchObject({ type: 'Mr. Hi', sector: null, name: 'Member 1' });
  });
});

describe('a realistic cluster (fixtures/input/cluster)', () => {
  const members = join(INPUT, 'cluster', 'members.csv');

  it('vocabulary, sectors, orientation, merging, self-loop, account and warnings', async () => {
    const data = await readCluster({ members });
    const g = data.toGraph();
    // Types come back as written; the vocabulary gives the class and the default sector.
    const types = Object.fromEntries(g.mapNodes((id, a) => [id, `${a.type}/${a.typeClass}/${a.sector}`]));
    expect(types).toEqual({
      MIN: 'Ministry/state/government',
      RED: 'Education office/state/government',
      INS: 'Inspection/inspectorate/government',
      UNI: 'University/university/academia',
      PED: 'In-service training institute/teacher-training/education',
      SCH1: 'Base school/school/education',
      SCH2: 'Lyceum/school/education',
      SCH3: 'gymnasium/school/education',
      COL: 'Vocational college/college/education',
      RES: 'Research institute/research/academia',
      ITC: 'IT company/business/industry',
      NGO: 'Foundation/ngo/civil',
      DON: 'Donor/international/civil',
      FRM: 'Agricultural cooperative/null/industry',
    });
    expect(g.getNodeAttributes('MIN').extra).toEqual({ contact: 'info@min.example' });
    expect(g.getNodeAttributes('RED').region).toBe('North');
    expect(g.getNodeAttributes('ITC').level).toBeNull();

    const tie = (a: string, b: string) => g.getEdgeAttributes(g.edge(a, b)!);
    expect(tie('MIN', 'RED').orientation).toBe('vertical');
    expect(tie('RED', 'INS').orientation).toBe('horizontal');
    expect(tie('RES', 'MIN').orientation).toBe('horizontal');
    expect(tie('COL', 'ITC').orientation).toBe('unknown'); // ITC has no level
    expect(tie('ITC', 'SCH3').orientation).toBe('horizontal'); // explicit "h" wins
    // Duplicate (same kind, both directions of an undirected pair): summed, with a warning.
    expect(tie('SCH1', 'SCH2')).toEqual({ weight: 3, kinds: ['peer'], orientation: 'horizontal', since: 2020, until: 2024, rows: 2, extra: {} });
    // Different kinds: one tie, kinds sorted, no warning; explicit orientation of the second row.
    expect(tie('UNI', 'SCH1')).toEqual({ weight: 3, kinds: ['research', 'teaching'], orientation: 'vertical', since: 2017, until: 2023, rows: 2, extra: {} });
    expect(g.hasEdge('SCH3', 'SCH3')).toBe(false);
    expect(g.size).toBe(15);

    expect(data.input).toEqual({
      files: { members, ties: join(INPUT, 'cluster', 'ties.csv') },
      members: { rows: 14, used: 14, skipped: [] },
      ties: { rows: 18, used: 17, merged: 2, skipped: [{ reason: 'self-loop', count: 1, lines: [19] }] },
    });
    expect(data.warnings.map((w) => [w.code, w.file, w.line, w.column, w.count])).toEqual([
      ['unknown-type', members, 15, 'type', 1],
      ['duplicate-tie', join(INPUT, 'cluster', 'ties.csv'), 6, null, 2],
      ['self-loop', join(INPUT, 'cluster', 'ties.csv'), 19, 'source', 1],
    ]);
    const dup = data.warnings.find((w) => w.code === 'duplicate-tie')!;
    expect(dup.message).toContain('"SCH1" and "SCH2"');
    expect(dup.message).toContain('lines 6 and 7');
  });

  it('directed: each row is an arc; reciprocated rows stay two arcs', async () => {
    const data = await readCluster({ members }, { directed: true });
    const g = data.toGraph();
    expect(g.type).toBe('directed');
    expect(g.size).toBe(16);
    expect(g.getEdgeAttribute(g.directedEdge('SCH1', 'SCH2')!, 'weight')).toBe(2);
    expect(g.getEdgeAttribute(g.directedEdge('SCH2', 'SCH1')!, 'weight')).toBe(1);
    expect(data.input.ties.merged).toBe(1);
    expect(data.warnings.map((w) => w.code)).toEqual(['unknown-type', 'self-loop']);
  });

  it('levelOrder and typeSectors options', async () => {
    const data = await readCluster({ members }, { typeSectors: { 'Agricultural cooperative': 'agriculture', school: 'schools' } });
    expect(data.toGraph().getNodeAttribute('FRM', 'sector')).toBe('industry'); // the sector column still wins
    expect(data.toGraph().getNodeAttribute('SCH1', 'sector')).toBe('schools');
    expect(data.warnings.map((w) => w.code)).not.toContain('unknown-type');
    const eq = buildCluster(
      {
        members: 'id,level\nA,Federal\nB,federal \nC,Land\n',
        ties: 'source,target\nA,B\nA,C\n',
      },
      { levelOrder: ['federal', 'land'] },
    );
    expect(eq.toGraph().getEdgeAttribute(eq.toGraph().edge('A', 'B')!, 'orientation')).toBe('horizontal');
    expect(eq.toGraph().getEdgeAttribute(eq.toGraph().edge('A', 'C')!, 'orientation')).toBe('vertical');
  });
});

describe('formats', () => {
  it('semicolons, BOM, CRLF, header synonyms, decimal commas, h/v', async () => {
    const members = join(INPUT, 'semicolon', 'members.csv');
    const data = await readCluster({ members });
    const g = data.toGraph();
    expect(g.nodes()).toEqual(['A', 'B', 'C']);
    expect(g.getNodeAttributes('A')).toEqual({
      name: 'School; No. 1',
      type: 'School',
      typeClass: 'school',
      sector: 'education',
      level: 'institution',
      region: 'North',
      joined: null,
      left: null,
      extra: { Phone: '+1 555' },
    });
    const ab = g.getEdgeAttributes(g.edge('A', 'B')!);
    expect(ab).toEqual({ weight: 2.5, kinds: ['oversight'], orientation: 'vertical', since: 2019, until: 2021, rows: 1, extra: { Note: 'first' } });
    const bc = g.getEdgeAttributes(g.edge('B', 'C')!);
    expect(bc.orientation).toBe('horizontal'); // explicit, although levels differ
    expect(bc.since).toBeNull();
    expect(g.getEdgeAttribute(g.edge('A', 'C')!, 'weight')).toBe(1); // empty weight cell
    expect(data.warnings).toEqual([]);
  });

  it('tabs, other synonyms (Code, Title, Category, From, To, Strength, Tie type)', async () => {
    const data = await readCluster({ members: join(INPUT, 'tab', 'members.tsv'), ties: join(INPUT, 'tab', 'ties.tsv') });
    const g = data.toGraph();
    expect(g.getNodeAttributes('A')).toMatchObject({ name: 'School, No. 1', type: 'school', level: 'institution' });
    expect(g.getNodeAttribute('B', 'type')).toBe('agency');
    expect(g.getNodeAttribute('B', 'typeClass')).toBe('state');
    expect(g.getEdgeAttributes(g.edge('A', 'B')!)).toMatchObject({ weight: 2.5, kinds: ['oversight'], orientation: 'vertical' });
    expect(g.getEdgeAttribute(g.edge('B', 'C')!, 'weight')).toBe(1);
    expect(g.getEdgeAttribute(g.edge('A', 'C')!, 'kinds')).toEqual(['teaching']);
  });

  it('quoted fields with delimiters, doubled quotes and embedded newlines', async () => {
    const data = await readCluster({ members: join(INPUT, 'quoted', 'members.csv') });
    const g = data.toGraph();
    expect(g.getNodeAttributes('A')).toMatchObject({ name: 'School "Sunrise", No. 1', extra: { notes: 'line one\nline two' } });
    expect(g.getNodeAttribute('B', 'name')).toBe('Office, regional');
    expect(g.getNodeAttribute('C', 'extra')).toEqual({ notes: 'a, b, c' });
    expect(g.getEdgeAttribute(g.edge('A', 'B')!, 'extra')).toEqual({ comment: 'multi\nline, comment' });
    expect(g.size).toBe(3);
  });

  it('map overrides header matching', async () => {
    const m = write('map-members.csv', 'ID,Code,Label\nx,A,School\ny,B,Office\n');
    const t = write('map-ties.csv', 'Partner A,Partner B,source\nA,B,ignored\n');
    const data = await readCluster({ members: m, ties: t }, { map: { id: 'code', source: 'Partner A', target: 'partner b' } });
    expect(data.toGraph().nodes()).toEqual(['A', 'B']);
    expect(data.toGraph().getNodeAttributes('A').extra).toEqual({ ID: 'x' });
    expect(data.toGraph().hasEdge('A', 'B')).toBe(true);
    expect(data.toGraph().getEdgeAttribute(data.toGraph().edge('A', 'B')!, 'extra')).toEqual({ source: 'ignored' });
  });

  it('__proto__ and constructor are ordinary ids, also as headers', async () => {
    const m = write('proto-members.csv', 'id,__proto__\n__proto__,x\nconstructor,y\ntoString,z\n');
    const t = write('proto-ties.csv', 'source,target,constructor\n__proto__,constructor,1\nconstructor,toString,2\n');
    const data = await readCluster({ members: m, ties: t });
    expect(data.toGraph().nodes()).toEqual(['__proto__', 'constructor', 'toString']);
    expect(data.toGraph().size).toBe(2);
    const extra = data.toGraph().getNodeAttribute('__proto__', 'extra');
    expect(Object.getPrototypeOf(extra)).toBeNull();
    expect(Object.keys(extra)).toEqual(['__proto__']);
    expect(extra['__proto__']).toBe('x');
    const g = data.toGraph();
    expect(g.neighbors('constructor').sort()).toEqual(['__proto__', 'toString']);
    expect(g.neighbors('__proto__')).toEqual(['constructor']);
    expect(g.degree('toString')).toBe(1);
    expect(g.getEdgeAttribute(g.edge('constructor', '__proto__')!, 'extra')).toEqual({ constructor: '1' });
    expect(g.hasEdge('__proto__', 'toString')).toBe(false);
  });
});

describe('errors name file, line and column', () => {
  const broken = (f: string) => join(INPUT, 'broken', f);
  const okMembers = broken('members.csv');

  it('missing id column lists the headers found', async () => {
    const e = await readError(readCluster({ members: broken('no-id-members.csv'), ties: broken('unknown-member-ties.csv') }));
    expect(e).toMatchObject({ code: 'missing-column', file: broken('no-id-members.csv'), line: 1, column: null });
    expect(e.message).toContain('"code_name", "title", "type"');
    expect(e.message).toContain('--map id=');
  });

  it('missing source column', async () => {
    const e = await readError(readCluster({ members: okMembers, ties: broken('no-source-ties.csv') }));
    expect(e).toMatchObject({ code: 'missing-column', file: broken('no-source-ties.csv'), line: 1 });
    expect(e.message).toContain('no source column');
  });

  it('empty file', async () => {
    const e = await readError(readCluster({ members: broken('empty.csv'), ties: broken('unknown-member-ties.csv') }));
    expect(e).toMatchObject({ code: 'empty-file', file: broken('empty.csv'), line: null });
    const blank = write('blank.csv', '\uFEFF\r\n  \r\n');
    await expect(readCluster({ members: okMembers, ties: blank })).rejects.toMatchObject({ code: 'empty-file', file: blank });
  });

  it('duplicate member id names both lines', async () => {
    const e = await readError(readCluster({ members: broken('duplicate-id-members.csv'), ties: broken('unknown-member-ties.csv') }));
    expect(e).toMatchObject({ code: 'duplicate-id', line: 4, column: 'id' });
    expect(e.message).toContain('lines 2 and 4');
  });

  it('empty member id', async () => {
    const e = await readError(readCluster({ members: broken('empty-id-members.csv'), ties: broken('unknown-member-ties.csv') }));
    expect(e).toMatchObject({ code: 'empty-id', file: broken('empty-id-members.csv'), line: 3, column: 'id' });
  });

  it('unknown endpoints: all collected, grouped by id', async () => {
    const e = await readError(readCluster({ members: okMembers, ties: broken('unknown-member-ties.csv') }));
    expect(e).toMatchObject({ code: 'unknown-member', file: broken('unknown-member-ties.csv'), line: 3, column: 'target' });
    expect(e.message).toContain('"X" (lines 3 and 5)');
    expect(e.message).toContain('"Y" (line 4)');
    expect(e.message).toContain(`2 member ids in 3 tie endpoints are not in the members file ${okMembers}:`);
  });

  it('unknown endpoints: first 10 shown, and N more', () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ source: 'A', target: `Z${i}` }));
    try {
      buildCluster({ members: [{ id: 'A' }], ties: rows });
      expect.unreachable();
    } catch (err) {
      const e = err as InputError;
      expect(e.code).toBe('unknown-member');
      expect(e.file).toBe('ties');
      expect(e.line).toBe(2);
      expect(e.message).toContain('"Z9" (line 11)');
      expect(e.message).not.toContain('"Z10"');
      expect(e.message).toContain('and 15 more');
    }
  });

  it.each([
    ['bad-weight-ties.csv', '"abc" is not a number'],
    ['zero-weight-ties.csv', 'weight 0 is not positive'],
  ])('invalid weight (%s)', async (file, text) => {
    const e = await readError(readCluster({ members: okMembers, ties: broken(file) }));
    expect(e).toMatchObject({ code: 'invalid-weight', file: broken(file), line: 3, column: 'weight', expected: 'a positive number such as 1 or 2.5' });
    expect(e.message).toContain(text);
  });

  it.each(['-1', 'Infinity', 'NaN', '1e999', '0x10', '2,5'])('weight %s is rejected in a comma-separated file', (w) => {
    expect(() => buildCluster({ members: 'id\nA\nB\n', ties: `source,target,weight\nA,B,"${w}"\n` })).toThrow(
      expect.objectContaining({ code: 'invalid-weight', line: 2, column: 'weight' }),
    );
  });

  it('a row with more fields than the header', async () => {
    const e = await readError(readCluster({ members: okMembers, ties: broken('long-row-ties.csv') }));
    expect(e).toMatchObject({ code: 'too-many-fields', file: broken('long-row-ties.csv'), line: 3 });
    expect(e.message).toContain('4 fields but the header has 3');
  });

  it('an unclosed quote', async () => {
    const e = await readError(readCluster({ members: okMembers, ties: broken('unclosed-quote-ties.csv') }));
    expect(e).toMatchObject({ code: 'csv-syntax', file: broken('unclosed-quote-ties.csv'), line: 3 });
  });

  it('missing files', async () => {
    const e = await readError(readCluster({ members: join(tmp, 'nope.csv'), ties: broken('long-row-ties.csv') }));
    expect(e.code).toBe('file-not-found');
    expect(e.message).toContain('nope.csv');
    // The members file is checked before the default ties file is looked for.
    expect(await readError(readCluster({ members: join(tmp, 'nope.csv') }))).toMatchObject({ code: 'file-not-found', file: join(tmp, 'nope.csv') });
    // A missing ties file is reported before the members file is read.
    expect(await readError(readCluster({ members: broken('empty.csv'), ties: join(tmp, 'none.csv') }))).toMatchObject({ code: 'file-not-found', file: join(tmp, 'none.csv') });
  });
});

describe('resolveTiesPath', () => {
  it('uses the given path, else ties.csv beside the members file', () => {
    expect(resolveTiesPath('a/members.csv', 'b/t.csv')).toBe('b/t.csv');
    expect(resolveTiesPath(join(INPUT, 'cluster', 'members.csv'))).toBe(join(INPUT, 'cluster', 'ties.csv'));
  });

  it('says how to give one when none is found', () => {
    const dir = mkdtempSync(join(tmp, 'lonely-'));
    copyFileSync(join(INPUT, 'cluster', 'members.csv'), join(dir, 'members.csv'));
    try {
      resolveTiesPath(join(dir, 'members.csv'));
      expect.unreachable();
    } catch (err) {
      const e = err as InputError;
      expect(e).toBeInstanceOf(InputError);
      expect(e.code).toBe('no-ties-file');
      expect(e.message).toContain(`no ties file given and none found at ${join(dir, 'ties.csv')}: pass it as the second argument, e.g. \`cluster-graph analyze members.csv ties.csv\``);
    }
  });
});
