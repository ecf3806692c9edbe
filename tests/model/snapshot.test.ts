/**
 * snapshot(data, Y) is exact: equal to reading only the rows present/active in Y. The oracle here is
 * independent of the snapshot code: it filters the CSV rows itself (a row left out becomes a blank
 * row, so the line numbers stay) and reads what is left with buildCluster.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCluster, type CellValue } from '../../src/io/build-cluster.js';
import { readCluster } from '../../src/io/read-cluster.js';
import { parseCsvText } from '../../src/io/csv.js';
import { analyze } from '../../src/analysis/analyze.js';
import { snapshot, clusterYears } from '../../src/model/snapshot.js';
import type { ClusterData } from '../../src/model/cluster.js';
import { InputError } from '../../src/model/errors.js';

const EXAMPLE = join(__dirname, '..', '..', 'fixtures', 'example');
const membersText = readFileSync(join(EXAMPLE, 'members.csv'), 'utf8');
const tiesText = readFileSync(join(EXAMPLE, 'ties.csv'), 'utf8');

type Row = Record<string, CellValue>;

/** CSV text → row objects (header → cell), every line kept in place. */
function rowsOf(text: string): { header: string[]; rows: { line: number; row: Row }[] } {
  const records = [...(parseCsvText(text, 'x').records as Iterable<{ fields: string[]; line: number }>)];
  const header = records[0].fields.map((h) => h.replace(/^\uFEFF/, '').trim());
  const rows = records.slice(1).map((r) => ({ line: r.line, row: Object.fromEntries(header.map((h, i) => [h, r.fields[i] ?? ''])) }));
  return { header, rows };
}

const year = (v: CellValue): number | null => (v === undefined || v === null || String(v).trim() === '' ? null : Number(v));

/** The oracle: only the member rows present in Y and the tie rows active in Y between present members. */
function readFiltered(members: string, ties: string, Y: number, directed: boolean): ClusterData {
  const m = rowsOf(members);
  const t = rowsOf(ties);
  const present = new Set<string>();
  // Lines are kept: a left-out row is a blank row (every cell empty), which the reader skips.
  const memberRows: Row[] = [];
  for (const { line, row } of m.rows) {
    while (memberRows.length < line - 2) memberRows.push({});
    const j = year(row.joined);
    const l = year(row.left);
    const keep = (j === null || j <= Y) && (l === null || l >= Y);
    if (keep) present.add(String(row.id).trim());
    memberRows.push(keep ? row : Object.fromEntries(m.header.map((h) => [h, ''])));
  }
  const tieRows: Row[] = [];
  for (const { line, row } of t.rows) {
    while (tieRows.length < line - 2) tieRows.push({});
    const s = year(row.since);
    const u = year(row.until);
    const keep = (s === null || s <= Y) && (u === null || u >= Y) && present.has(String(row.source).trim()) && present.has(String(row.target).trim());
    tieRows.push(keep ? row : Object.fromEntries(t.header.map((h) => [h, ''])));
  }
  return buildCluster({ members: memberRows, ties: tieRows }, { directed });
}

/** Members and the whole tie table, as plain values. */
function tables(d: ClusterData) {
  const t = d.ties;
  const n = t.count;
  return {
    ids: [...d.members.ids],
    attributes: d.members.attributes.map((a) => ({ ...a, extra: { ...a.extra } })),
    ties: {
      count: n,
      src: [...t.src.subarray(0, n)],
      dst: [...t.dst.subarray(0, n)],
      line: [...t.line.subarray(0, n)],
      weight: [...t.weight.subarray(0, n)],
      rows: [...t.rows.subarray(0, n)],
      since: [...t.since.subarray(0, n)],
      until: [...t.until.subarray(0, n)],
      orientation: [...t.orientation.subarray(0, n)],
      kinds: Array.from({ length: n }, (_, e) => [...t.kindsOf(e)]),
      extra: t.extra.map((x) => ({ ...x })),
    },
  };
}

/** The analysis JSON without the input account and warnings (the oracle's files have blank rows). */
async function measured(d: ClusterData, year: number): Promise<unknown> {
  const r = JSON.parse(JSON.stringify(await analyze(d, { permutations: 50, restarts: 3, year, threads: 1 }))) as Record<string, unknown>;
  delete r.input;
  delete r.warnings;
  return r;
}

describe('snapshot on the bundled example', () => {
  it('has years 2015–2025 with exits and ended ties', async () => {
    const d = await readCluster({ members: join(EXAMPLE, 'members.csv') });
    const years = clusterYears(d);
    expect(years[0]).toBe(2015);
    expect(years[years.length - 1]).toBe(2025);
    expect(years).toEqual([...new Set(years)].sort((a, b) => a - b));
    expect(d.members.attributes.filter((a) => a.left !== null).length).toBeGreaterThanOrEqual(2);
  });

  for (const directed of [false, true]) {
    it(`equals reading only the rows of each year (${directed ? 'directed' : 'undirected'}), for every year of clusterYears`, async () => {
      const all = await readCluster({ members: join(EXAMPLE, 'members.csv') }, { directed });
      for (const Y of clusterYears(all)) {
        const snap = snapshot(all, Y);
        expect(tables(snap), `year ${Y}`).toEqual(tables(readFiltered(membersText, tiesText, Y, directed)));
        // The reader option `year` gives the same cluster, account and warnings.
        const read = await readCluster({ members: join(EXAMPLE, 'members.csv') }, { directed, year: Y });
        expect(tables(read), `year ${Y}`).toEqual(tables(snap));
        expect(read.input).toEqual(snap.input);
        expect(read.warnings).toEqual(snap.warnings);
        // Every row is used or reported.
        const skipped = (s: { count: number }[]) => s.reduce((a, x) => a + x.count, 0);
        expect(snap.input.members.used + skipped(snap.input.members.skipped)).toBe(snap.input.members.rows);
        expect(snap.input.ties.used + skipped(snap.input.ties.skipped)).toBe(snap.input.ties.rows);
        expect(snap.input.ties.used - snap.input.ties.merged).toBe(snap.ties.count);
      }
    });

    it(`gives the analysis of the rows of the year (${directed ? 'directed' : 'undirected'}; 2018 and 2023)`, async () => {
      const all = await readCluster({ members: join(EXAMPLE, 'members.csv') }, { directed });
      for (const Y of [2018, 2023]) {
        const fromSnapshot = await measured(snapshot(all, Y), Y);
        expect(fromSnapshot).toEqual(await measured(readFiltered(membersText, tiesText, Y, directed), Y));
        // analyze's own `year` option cuts the whole cluster the same way.
        expect(await measured(all, Y)).toEqual(fromSnapshot);
      }
    });
  }

  it('a merged pair keeps only the weight of its rows active in the year', async () => {
    const all = await readCluster({ members: join(EXAMPLE, 'members.csv') });
    const weightOf = (d: ClusterData, a: string, b: string) => {
      const g = d.toGraph();
      const e = g.edge(a, b);
      return e === undefined ? null : g.getEdgeAttribute(e, 'weight');
    };
    // COL-S–BIZ-AGRO: internship (3, from 2019) and funding (2, 2021–2023, written BIZ-AGRO,COL-S).
    expect(weightOf(all, 'COL-S', 'BIZ-AGRO')).toBe(5);
    expect(weightOf(snapshot(all, 2020), 'COL-S', 'BIZ-AGRO')).toBe(3);
    expect(weightOf(snapshot(all, 2022), 'COL-S', 'BIZ-AGRO')).toBe(5);
    expect(weightOf(snapshot(all, 2024), 'COL-S', 'BIZ-AGRO')).toBe(3);
    // BIZ-PUB left in 2022.
    expect(snapshot(all, 2022).members.ids).toContain('BIZ-PUB');
    expect(snapshot(all, 2023).members.ids).not.toContain('BIZ-PUB');
  });
});

describe('snapshot on a small cluster', () => {
  const members = 'id,type,joined,left\nA,school,2015,\nB,school,2016,2020\nC,business,2018,\nD,ngo,,\nE,state,2021,\n';
  const ties =
    'source,target,weight,kind,since,until\n' +
    'A,B,2,exchange,2015,2017\n' + // line 2: the pair's first row, ended in 2017
    'B,A,3,research,2018,\n' + // line 3: the pair's second row, written the other way round
    'A,C,1,,2018,2019\n' + // line 4
    'C,C,1,,2019,2019\n' + // line 5: a self-loop row of 2019
    'A,D,1,,,\n' + // line 6: no years
    'C,E,2,,2021,\n' + // line 7
    'D,E,1,,2019,\n'; // line 8: active from 2019, but E joins in 2021

  it('present members, active rows, the weight of the active rows, the account', () => {
    const all = buildCluster({ members, ties }, { directed: true });
    const s = snapshot(all, 2019);
    expect(s.members.ids).toEqual(['A', 'B', 'C', 'D']);
    const g = s.toGraph();
    expect(g.edges().map((e) => [g.source(e), g.target(e), g.getEdgeAttribute(e, 'weight')])).toEqual([
      ['B', 'A', 3],
      ['A', 'C', 1],
      ['A', 'D', 1],
    ]);
    expect(g.getEdgeAttributes(g.edge('B', 'A')!)).toMatchObject({ kinds: ['research'], since: 2018, until: null, rows: 1 });
    expect(s.input.year).toEqual({ year: 2019, membersAbsent: 1, tieRowsInactive: 2, tieRowsMemberAbsent: 1 });
    expect(s.input.members.skipped).toEqual([{ reason: 'not present in 2019', count: 1, lines: [6] }]);
    expect(s.input.ties).toEqual({
      rows: 7,
      used: 3,
      merged: 0,
      skipped: [
        { reason: 'self-loop', count: 1, lines: [5] },
        { reason: 'not active in 2019', count: 2, lines: [2, 7] },
        { reason: 'member not present in 2019', count: 1, lines: [8] },
      ],
    });
    const later = snapshot(all, 2021);
    expect(later.members.ids).toEqual(['A', 'C', 'D', 'E']);
    expect(later.toGraph().edges().map((e) => `${later.toGraph().source(e)}>${later.toGraph().target(e)}`)).toEqual(['A>D', 'C>E', 'D>E']);
    expect(later.input.year).toEqual({ year: 2021, membersAbsent: 1, tieRowsInactive: 2, tieRowsMemberAbsent: 1 });
  });

  it('undirected: a pair with both rows active merges them in the year, as the reader does', () => {
    const all = buildCluster({ members: 'id,joined\nA,2015\nB,2015\n', ties: 'source,target,weight,since,until\nA,B,2,2015,2017\nB,A,3,2016,2019\n' });
    expect(all.toGraph().getEdgeAttribute(all.toGraph().edge('A', 'B')!, 'weight')).toBe(5);
    const weightIn = (Y: number) => {
      const g = snapshot(all, Y).toGraph();
      return g.getEdgeAttribute(g.edge('A', 'B')!, 'weight');
    };
    expect([2015, 2016, 2017, 2018, 2019].map(weightIn)).toEqual([2, 5, 5, 3, 3]);
    // In 2018 the tie is formed by the row B,A: its source is B.
    const g = snapshot(all, 2018).toGraph();
    expect(g.source(g.edge('A', 'B')!)).toBe('B');
    expect(g.getEdgeAttributes(g.edge('A', 'B')!)).toMatchObject({ since: 2016, until: 2019, rows: 1 });
  });

  it('the years-censored note when some rows have years and others none', () => {
    const all = buildCluster({ members, ties });
    expect(all.warnings.map((w) => w.code)).toEqual(['self-loop']);
    const s = snapshot(all, 2019);
    expect(s.warnings.map((w) => [w.code, w.file, w.line])).toEqual([
      ['self-loop', 'ties', 5],
      ['years-censored', 'members', 5],
      ['years-censored', 'ties', 6],
    ]);
    expect(s.warnings[1].message).toBe('1 member row of 5 has no year (joined or left) while the others have: it is taken as present in every year');
    // Every row dated: no note.
    const dated = buildCluster({ members: 'id,joined\nA,2015\nB,2016\n', ties: 'source,target,since\nA,B,2016\n' });
    expect(snapshot(dated, 2016).warnings).toEqual([]);
  });

  it('a year outside the data, and a cluster without years: errors naming --year', () => {
    const all = buildCluster({ members, ties });
    const err = (f: () => unknown): InputError => {
      try {
        f();
      } catch (e) {
        if (e instanceof InputError) return e;
        throw e;
      }
      throw new Error('no error');
    };
    expect(err(() => snapshot(all, 2014)).message).toBe('--year 2014 (option year) is outside the years of the data, 2015–2021 (expected a year from 2015 to 2021). Give a year within the data.');
    expect(err(() => snapshot(all, 2022)).code).toBe('invalid-option');
    const none = buildCluster({ members: 'id\nA\nB\n', ties: 'source,target\nA,B\n' });
    expect(err(() => snapshot(none, 2020)).message).toContain('the input has no years');
    expect(err(() => buildCluster({ members: 'id\nA\nB\n', ties: 'source,target\nA,B\n' }, { year: 2020 })).message).toContain('the input has no years');
  });

  it('ties without year columns: no rows kept, the tie table alone cuts exactly (merged pairs, both directions)', () => {
    const m = 'id,joined,left\nA,2015,\nB,2016,2018\nC,,\nD,2017,\n';
    const t = 'source,target,weight,kind,note\nA,B,2,x,first\nB,A,1,y,second\nC,D,1,,\nB,C,1,,\nD,A,4,z,\nA,D,1,z,\n';
    for (const directed of [false, true]) {
      const all = buildCluster({ members: m, ties: t }, { directed });
      expect(all.ties.rowTable).toBeNull();
      for (const Y of clusterYears(all)) {
        const snap = snapshot(all, Y);
        expect(tables(snap), `${Y}`).toEqual(tables(readFiltered(m, t, Y, directed)));
        const skipped = (x: { count: number }[]) => x.reduce((a, k) => a + k.count, 0);
        expect(snap.input.ties.used + skipped(snap.input.ties.skipped)).toBe(6);
        expect(snap.input.ties.used - snap.input.ties.merged).toBe(snap.ties.count);
      }
    }
  });

  it('a roster: mentions of absent members left out, reciprocity counted again', () => {
    const roster = 'id,joined,left,partners\nA,2015,,B;C\nB,2015,,A\nC,2015,2016,A;B\nD,2018,,\n';
    const all = buildCluster({ members: roster });
    expect(all.input.roster).toMatchObject({ mentions: 5, used: 5, reciprocal: 2, oneSided: 1 });
    const s = snapshot(all, 2017);
    expect(s.members.ids).toEqual(['A', 'B']);
    expect(s.ties.count).toBe(1);
    expect(s.input.ties).toMatchObject({ rows: 5, used: 2, merged: 1 });
    expect(s.input.roster).toMatchObject({
      mentions: 5,
      used: 2,
      reciprocal: 1,
      oneSided: 0,
      skipped: [{ reason: 'member not present in 2017', count: 3, lines: [2, 4] }],
      note: '0 of 1 partnership were named by one side only and 1 by both; one-sided naming can mean an unequal or unacknowledged partnership',
    });
  });
});
