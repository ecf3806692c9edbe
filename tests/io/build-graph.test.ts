import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCluster, type ClusterData } from '../../src/io/build-cluster.js';
import { readCluster } from '../../src/io/read-cluster.js';
import { InputError } from '../../src/model/errors.js';
import { buildIndex } from '../../src/graph/graph-index.js';
import { createRng } from '../../src/graph/random.js';
import { DATASETS, FIXTURES, REFERENCE_DIR, readRows } from '../helpers/reference.js';

const tmp = mkdtempSync(join(tmpdir(), 'cg-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function snapshot(d: ClusterData) {
  return {
    type: d.toGraph().type,
    attributes: d.toGraph().getAttributes(),
    nodes: d.toGraph().mapNodes((id, a) => [id, a]),
    edges: d.toGraph().mapEdges((_e, a, s, t) => [s, t, a]),
    warnings: d.warnings.map((w) => ({ ...w, file: null, message: w.message.replaceAll(/\S*(members|ties)\.csv/g, 'F') })),
    input: { ...d.input, files: null },
  };
}

function err(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError');
}

describe('buildCluster gives the same graph as readCluster', () => {
  const cases: [string, string, boolean][] = [
    ...DATASETS.map((d) => [d, join(REFERENCE_DIR, d), d === 'school-cluster'] as [string, string, boolean]),
    ['cluster', join(FIXTURES, 'input', 'cluster'), false],
    ['cluster (directed)', join(FIXTURES, 'input', 'cluster'), true],
  ];
  it.each(cases)('%s: from rows, from text and from files', async (_name, dir, directed) => {
    const members = join(dir, 'members.csv');
    const ties = join(dir, 'ties.csv');
    const fromFiles = await readCluster({ members, ties }, { directed });
    const fromText = buildCluster({ members: readFileSync(members, 'utf8'), ties: readFileSync(ties, 'utf8') }, { directed });
    const fromRows = buildCluster({ members: readRows(members), ties: readRows(ties) }, { directed });
    expect(fromText.input.files).toEqual({ members: 'members', ties: 'ties' });
    expect(snapshot(fromText)).toEqual(snapshot(fromFiles));
    expect(snapshot(fromRows)).toEqual(snapshot(fromFiles));
    expect(fromFiles.toGraph().size).toBeGreaterThan(0);
  });
});

describe('edge cases', () => {
  it('empty member list and no ties: an empty graph from rows; a header-only members file is an error, a header-only ties file a warning', () => {
    expect(() => buildCluster({ members: 'id,name\n', ties: 'source,target\n' })).toThrow(/members, line 2: the file has a header line but no member rows/);
    const d = buildCluster({ members: 'id,name\nA,a\n', ties: 'source,target\n' });
    expect(d.toGraph().order).toBe(1);
    expect(d.toGraph().size).toBe(0);
    expect(d.warnings.map((w) => [w.code, w.file])).toEqual([['no-ties', 'ties']]);
    const r = buildCluster({ members: [], ties: [] });
    expect(r.toGraph().order).toBe(0);
  });

  it('single member, isolates, blank rows ignored, name falls back to the id', () => {
    const d = buildCluster({ members: 'id,name\nA,\n\n , \nB,Bee\n,\nC,Sea\n', ties: 'source,target\n\nA,B\n' });
    expect(d.toGraph().nodes()).toEqual(['A', 'B', 'C']);
    expect(d.toGraph().getNodeAttribute('A', 'name')).toBe('A');
    expect(d.toGraph().degree('C')).toBe(0);
    expect(d.input.members.rows).toBe(3);
    expect(d.input.ties).toEqual({ rows: 1, used: 1, merged: 0, skipped: [] });
    const one = buildCluster({ members: [{ id: 'solo' }], ties: [] });
    expect(one.toGraph().nodes()).toEqual(['solo']);
  });

  it('ids are trimmed strings, never numbers', () => {
    const d = buildCluster({ members: 'id\n 007 \n1e3\n0\n', ties: 'source,target\n007, 1e3\n' });
    expect(d.toGraph().nodes()).toEqual(['007', '1e3', '0']);
    expect(d.toGraph().hasEdge('007', '1e3')).toBe(true);
  });

  it('row objects with numbers and missing keys', () => {
    const d = buildCluster({
      members: [{ id: 'A', level: 'national' }, { id: 'B' }] as Record<string, string>[],
      ties: [{ source: 'A', target: 'B', weight: 2 as unknown as string }],
    });
    expect(d.toGraph().getEdgeAttribute(d.toGraph().edge('A', 'B')!, 'weight')).toBe(2);
    expect(d.toGraph().getNodeAttribute('B', 'level')).toBeNull();
    expect(d.toGraph().getEdgeAttribute(d.toGraph().edge('A', 'B')!, 'orientation')).toBe('unknown');
  });
});

describe('merging', () => {
  const members = 'id,level\nA,national\nB,regional\nC,regional\n';

  it('same pair, same kind: summed, one duplicate-tie warning per pair with the lines', () => {
    const d = buildCluster({ members, ties: 'source,target,weight,kind\nA,B,1,x\nB,C,1,y\nB,A,2,x\nA,B,4,x\nB,C,1,z\n' });
    const ab = d.toGraph().getEdgeAttributes(d.toGraph().edge('A', 'B')!);
    expect(ab).toMatchObject({ weight: 7, kinds: ['x'], rows: 3 });
    const bc = d.toGraph().getEdgeAttributes(d.toGraph().edge('B', 'C')!);
    expect(bc).toMatchObject({ weight: 2, kinds: ['y', 'z'], rows: 2 });
    expect(d.warnings).toEqual([
      {
        code: 'duplicate-tie',
        file: 'ties',
        line: 2,
        column: null,
        count: 3,
        message: 'members "A" and "B" have 3 rows of kind "x" (lines 2, 4 and 5): merged into one tie, weights summed',
      },
    ]);
    expect(d.input.ties).toEqual({ rows: 5, used: 5, merged: 3, skipped: [] });
  });

  it('rows without kind count as the same kind; kinds sorted; since = min, until = max', () => {
    const d = buildCluster({
      members,
      ties: 'source,target,kind,since,until\nA,C,,2019,2020\nA,C,b,2015,\nC,A,a,,2024\nA,C,,2017,2018\n',
    });
    const ac = d.toGraph().getEdgeAttributes(d.toGraph().edge('A', 'C')!);
    expect(ac).toMatchObject({ weight: 4, kinds: ['a', 'b'], since: 2015, until: 2024, rows: 4 });
    expect(d.warnings.map((w) => [w.code, w.line, w.count])).toEqual([['duplicate-tie', 2, 2]]);
    expect(d.warnings[0].message).toContain('without a kind');
  });

  it('extra columns come from the first row of the tie', () => {
    const d = buildCluster({ members, ties: 'source,target,note\nA,B,first\nB,A,second\n' });
    expect(d.toGraph().getEdgeAttribute(d.toGraph().edge('A', 'B')!, 'extra')).toEqual({ note: 'first' });
  });

  it('self-loops are dropped, reported and accounted', () => {
    const d = buildCluster({ members, ties: 'source,target\nA,A\nA,B\nC,C\n' });
    expect(d.toGraph().size).toBe(1);
    expect(d.input.ties).toEqual({ rows: 3, used: 1, merged: 0, skipped: [{ reason: 'self-loop', count: 2, lines: [2, 4] }] });
    expect(d.warnings).toEqual([expect.objectContaining({ code: 'self-loop', line: 2, count: 2, column: 'source' })]);
  });
});

describe('orientation', () => {
  const members = 'id,level\nN,National\nR1,regional\nR2, Regional \nL1,local\nL2,LOCAL\nX,\n';
  const tie = (d: ClusterData, a: string, b: string) => d.toGraph().getEdgeAttribute(d.toGraph().edge(a, b)!, 'orientation');

  it('explicit wins; else same level horizontal, different vertical, missing unknown', () => {
    const d = buildCluster({
      members,
      ties: 'source,target,orientation\nN,R1,\nR1,R2,\nN,X,\nL1,L2,\nR1,L1,\nN,R2,H\nR2,L2,vertical\nL2,X,v\n',
    });
    expect(tie(d, 'N', 'R1')).toBe('vertical');
    expect(tie(d, 'R1', 'R2')).toBe('horizontal');
    expect(tie(d, 'N', 'X')).toBe('unknown');
    expect(tie(d, 'L1', 'L2')).toBe('horizontal');
    expect(tie(d, 'R1', 'L1')).toBe('vertical');
    expect(tie(d, 'N', 'R2')).toBe('horizontal');
    expect(tie(d, 'R2', 'L2')).toBe('vertical');
    expect(tie(d, 'L2', 'X')).toBe('vertical');
    expect(d.warnings).toEqual([]);
  });

  it('invalid values: warning, inferred value used', () => {
    const d = buildCluster({ members, ties: 'source,target,orientation\nN,R1,diagonal\nR1,R2,x\n' });
    expect(tie(d, 'N', 'R1')).toBe('vertical');
    expect(tie(d, 'R1', 'R2')).toBe('horizontal');
    expect(d.warnings).toEqual([expect.objectContaining({ code: 'invalid-orientation', line: 2, column: 'orientation', count: 2 })]);
    expect(d.warnings[0].message).toContain('"diagonal"');
  });

  it('conflicting explicit values for one pair: the first is kept, with a warning', () => {
    const d = buildCluster({ members, ties: 'source,target,kind,orientation\nN,R1,a,\nN,R1,b,h\nR1,N,c,v\n' });
    expect(tie(d, 'N', 'R1')).toBe('horizontal');
    expect(d.warnings.map((w) => [w.code, w.line])).toEqual([['conflicting-orientation', 4]]);
  });
});

describe('warnings', () => {
  const members = 'id\nA\nB\nC\n';

  it('years: not 4 digits → error; until < since → error; "2019.0" is 2019', () => {
    let err: unknown = null;
    try {
      buildCluster({ members, ties: 'source,target,since,until\nA,B,19,2020\nB,C,2021,2019\nA,C,2019.0,soon\n' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['invalid-year', 2, 'since'],
      ['until-before-since', 3, 'until'],
      ['invalid-year', 4, 'until'],
    ]);
    expect((err as InputError).problems[1].message).toBe(
      'ties, line 3, column "until": until 2019 is before since 2021 (expected until in or after since (2021 or later), or an empty cell). Correct one of the two years (since is the first year, until the last year, both included).',
    );
    const d = buildCluster({ members, ties: 'source,target,since,until\nA,C,2019.0,2020\n' });
    expect(d.toGraph().getEdgeAttributes(d.toGraph().edge('A', 'C')!)).toMatchObject({ since: 2019, until: 2020 });
    expect(d.warnings).toEqual([]);
  });

  it('rows with fewer fields: missing cells empty, one warning', () => {
    const d = buildCluster({ members: 'id,name,type\nA\nB,Bee\nC,Sea,school\n', ties: 'source,target,weight\nA,B\n' });
    expect(d.toGraph().getNodeAttributes('A')).toMatchObject({ name: 'A', type: null });
    expect(d.toGraph().getEdgeAttribute(d.toGraph().edge('A', 'B')!, 'weight')).toBe(1);
    expect(d.warnings.map((w) => [w.code, w.file, w.line, w.count])).toEqual([
      ['missing-fields', 'members', 2, 2],
      ['missing-fields', 'ties', 2, 1],
    ]);
  });

  it('repeated warnings are folded, lines capped at 20', () => {
    const rows = ['source,target,orientation'];
    for (let i = 0; i < 50; i++) rows.push(i % 2 ? 'A,B,up' : 'B,C,up');
    const d = buildCluster({ members, ties: rows.join('\n') });
    const w = d.warnings.find((x) => x.code === 'invalid-orientation')!;
    expect(w.count).toBe(50);
    expect(w.message).toContain('first 20 of 50');
  });

  it('bytes that are not UTF-8', async () => {
    const path = join(tmp, 'latin1-members.csv');
    writeFileSync(path, Buffer.concat([Buffer.from('id,name\nA,Caf'), Buffer.from([0xe9]), Buffer.from('\nB,ok\n')]));
    writeFileSync(join(tmp, 'ties.csv'), 'source,target\nA,B\n');
    await expect(readCluster({ members: path })).rejects.toMatchObject({ code: 'invalid-encoding', line: 2, file: path });
    await expect(readCluster({ members: path })).rejects.toThrow(/--encoding windows-1252/);
    const d = await readCluster({ members: path }, { encoding: 'windows-1252' });
    expect(d.toGraph().getNodeAttribute('A', 'name')).toBe('Café');
    expect(d.warnings).toEqual([]);
  });

  it('decimal commas accepted when the delimiter is not a comma', () => {
    const d = buildCluster({ members, ties: 'source;target;weight\nA;B;2,5\nB;C;"1,25"\nA;C;0,5\n' });
    expect(d.toGraph().mapEdges((_e, a) => a.weight)).toEqual([2.5, 1.25, 0.5]);
    const t = buildCluster({ members, ties: 'source\ttarget\tweight\nA\tB\t2,5\n' });
    expect(t.toGraph().getEdgeAttribute(t.toGraph().edge('A', 'B')!, 'weight')).toBe(2.5);
  });
});

describe('errors (file-less calls name the input members / ties)', () => {
  it('missing target column', () => {
    const e = err(() => buildCluster({ members: 'id\nA\n', ties: 'source,partner\nA,A\n' }));
    expect(e).toMatchObject({ code: 'missing-column', file: 'ties', line: 1 });
    expect(e.message).toContain('no target column; the headers found are "source", "partner"');
  });

  it('missing id column in row objects', () => {
    const e = err(() => buildCluster({ members: [{ name: 'A' }], ties: [] }));
    expect(e).toMatchObject({ code: 'missing-column', file: 'members', line: 1 });
  });

  it('empty text', () => {
    expect(err(() => buildCluster({ members: '', ties: 'source,target\n' }))).toMatchObject({ code: 'empty-file', file: 'members' });
    expect(err(() => buildCluster({ members: 'id\nA\n', ties: '\n\n' }))).toMatchObject({ code: 'empty-file', file: 'ties' });
  });

  it('duplicate and empty ids', () => {
    const dup = err(() => buildCluster({ members: 'name,id\nx,A\ny,B\nz,A\n', ties: 'source,target\n' }));
    expect(dup).toMatchObject({ code: 'duplicate-id', file: 'members', line: 4, column: 'id' });
    expect(dup.message).toContain('lines 2 and 4');
    expect(err(() => buildCluster({ members: 'Code,name\nA,x\n"",y\n', ties: 'source,target\n' }))).toMatchObject({ code: 'empty-id', line: 3, column: 'Code' });
  });

  it('empty tie endpoint', () => {
    expect(err(() => buildCluster({ members: 'id\nA\nB\n', ties: 'Partner 1,Partner 2\nA,B\nA, \n' }))).toMatchObject({
      code: 'empty-endpoint',
      file: 'ties',
      line: 3,
      column: 'Partner 2',
    });
  });

  it('unknown endpoints in row objects: line = index + 2', () => {
    const e = err(() => buildCluster({ members: [{ id: 'A' }], ties: [{ source: 'A', target: 'A' }, { source: 'Q', target: 'A' }] }));
    expect(e).toMatchObject({ code: 'unknown-member', file: 'ties', line: 3, column: 'source' });
    expect(e.message).toContain('"Q" (line 3)');
    expect(e.message).toContain('not in the members file members:');
  });

  it('too many fields (line of the record start, after a multi-line field)', () => {
    const e = err(() => buildCluster({ members: 'id,note\nA,"x\ny"\nB,ok,extra\n', ties: 'source,target\n' }));
    expect(e).toMatchObject({ code: 'too-many-fields', file: 'members', line: 4, column: null });
    expect(e.message).toContain('3 fields but the header has 2');
  });

  it('invalid weight in a semicolon file names line and column', () => {
    expect(err(() => buildCluster({ members: 'id\nA\nB\n', ties: 'a;b;Intensity\nx;y;1\n'.replace('a;b', 'From;To').replace('x;y', 'A;B') + 'B;A;-2\n' }))).toMatchObject({
      code: 'invalid-weight',
      line: 3,
      column: 'Intensity',
    });
  });

  it('bad options', () => {
    expect(err(() => buildCluster({ members: 'id\n', ties: 'source,target\n' }, { map: { ident: 'Code' } }))).toMatchObject({ code: 'invalid-option' });
    const e = err(() => buildCluster({ members: 'id\nA\n', ties: 'source,target\n' }, { map: { id: 'Code' } }));
    expect(e).toMatchObject({ code: 'missing-column', file: 'members', line: 1 });
    expect(e.message).toContain('"Code"');
  });

  it('"hasOwnProperty" can have ties like any id (graphology\'s hasEdge is hardened)', () => {
    for (const directed of [false, true]) {
      const d = buildCluster({ members: 'id\nhasOwnProperty\nB\nconstructor\n', ties: 'source,target\nB,hasOwnProperty\nhasOwnProperty,constructor\n' }, { directed });
      const g = d.toGraph();
      expect(g.size).toBe(2);
      expect(g.hasEdge('B', 'hasOwnProperty')).toBe(true);
      expect(g.hasEdge('hasOwnProperty', 'constructor')).toBe(true);
      expect(g.hasEdge('constructor', 'B')).toBe(false);
      expect(directed ? g.hasDirectedEdge('B', 'hasOwnProperty') : g.hasUndirectedEdge('hasOwnProperty', 'B')).toBe(true);
      expect(g.neighbors('hasOwnProperty').sort()).toEqual(['B', 'constructor']);
      g.clearEdges();
      g.addEdge('B', 'hasOwnProperty', { weight: 1 } as never);
      expect(g.hasEdge('B', 'hasOwnProperty')).toBe(true);
    }
  });
});

describe('scale', () => {
  it('streams 20k members and 200k ties quickly, and the index agrees', async () => {
    const n = 20000;
    const m = 200000;
    const members = ['id,type,level'];
    for (let i = 0; i < n; i++) members.push(`M${i},${i % 3 ? 'school' : 'Ministry'},${i % 2 ? 'national' : 'regional'}`);
    const ties = ['source,target,weight,kind'];
    const rand = createRng(12345);
    let expectedWeight = 0;
    let loops = 0;
    for (let e = 0; e < m; e++) {
      const a = Math.floor(rand() * n);
      const b = Math.floor(rand() * n);
      ties.push(`M${a},M${b},${1 + (e % 5)},k${e % 3}`);
      if (a === b) loops++;
      else expectedWeight += 1 + (e % 5);
    }
    const mp = join(tmp, 'big-members.csv');
    const tp = join(tmp, 'big-ties.csv');
    writeFileSync(mp, members.join('\n'));
    writeFileSync(tp, ties.join('\n'));
    const t0 = performance.now();
    const d = await readCluster({ members: mp, ties: tp });
    const elapsed = performance.now() - t0;
    expect(d.toGraph().order).toBe(n);
    expect(d.toGraph().size).toBeGreaterThan(0.99 * m); // few repeated pairs among 2e8
    expect(d.input.ties.merged).toBe(m - loops - d.toGraph().size);
    const skipped = d.input.ties.skipped.reduce((s, k) => s + k.count, 0);
    expect(d.input.ties.rows).toBe(m);
    expect(skipped).toBe(loops);
    expect(d.input.ties.used + skipped).toBe(m);
    expect(d.toGraph().size).toBe(d.input.ties.used - d.input.ties.merged);
    const index = buildIndex(d.toGraph());
    expect(index.m).toBe(d.toGraph().size);
    let total = 0;
    d.toGraph().forEachEdge((_e, a) => (total += a.weight));
    expect(total).toBe(expectedWeight);
    expect(elapsed).toBeLessThan(30000);
  });
});
