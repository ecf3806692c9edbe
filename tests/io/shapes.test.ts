/**
 * The shape corpus (fixtures/input/shapes, written by its generate.mjs): ONE cluster written in every
 * shape the reader accepts must give the same graph — nodes in order, their attributes, ties, weights
 * and tie attributes.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCluster } from '../../src/io/read-cluster.js';
import { readInput } from '../../src/io/read-input.js';
import type { ClusterGraph } from '../../src/model/types.js';
import { FIXTURES } from '../helpers/reference.js';

const SHAPES = join(FIXTURES, 'input', 'shapes');
const dir = (name: string) => join(SHAPES, name);

/** Everything the graph holds, in a comparable form (ties sorted by key). */
function snapshot(g: ClusterGraph) {
  const nodes = g.mapNodes((id, a) => ({ id, ...a, extra: { ...a.extra } }));
  const edges = g
    .mapEdges((_e, a, s, t) => {
      const [x, y] = g.type === 'undirected' && t < s ? [t, s] : [s, t];
      return { pair: `${x} ${y}`, ...a, kinds: [...a.kinds], extra: { ...a.extra } };
    })
    .sort((a, b) => (a.pair < b.pair ? -1 : a.pair > b.pair ? 1 : 0));
  return { type: g.type, directed: g.getAttribute('directed'), nodes, edges };
}

const TABULAR = [
  'comma-lf',
  'comma-crlf-bom',
  'semicolon-decimal-comma',
  'tab-bom-decimal-comma',
  'utf16le-bom',
  'utf16be-bom-semicolon',
  'quoted-everything',
  'spaces-and-blank-rows',
];

describe('the reference shape (comma, LF, UTF-8) reads as written', () => {
  it('10 members, 16 ties, names and weights intact', async () => {
    const d = await readCluster({ members: join(dir('comma-lf'), 'members.csv') });
    const g = d.toGraph();
    expect(g.order).toBe(10);
    expect(g.size).toBe(16);
    expect(g.nodes()).toEqual(['MIN', 'UNI', 'SCH5', 'LYC', 'COL', 'ITC', 'NGO', 'RED', 'INS', 'PED']);
    expect(g.getNodeAttributes('SCH5')).toEqual({
      name: 'Школа №5',
      type: 'school',
      typeClass: 'school',
      sector: 'education',
      level: 'institution',
      region: 'Север',
      joined: null,
      left: null,
      extra: { note: 'базовая школа' },
    });
    expect(g.getNodeAttribute('LYC', 'name')).toBe('Lycée Saint-Éloi');
    expect(g.getNodeAttribute('UNI', 'name')).toBe('State University, Faculty of Education');
    expect(g.getNodeAttribute('PED', 'name')).toBe('In-service "Pedagogical" Institute');
    expect(g.getNodeAttribute('COL', 'extra')).toEqual({ note: 'two campuses;\nsee annex' });
    expect(g.getEdgeAttribute(g.edge('SCH5', 'LYC')!, 'weight')).toBe(2.5);
    expect(g.getEdgeAttribute(g.edge('RED', 'COL')!, 'weight')).toBe(0.75);
    expect(g.getEdgeAttribute(g.edge('UNI', 'LYC')!, 'orientation')).toBe('vertical');
    expect(g.getEdgeAttribute(g.edge('ITC', 'LYC')!, 'orientation')).toBe('horizontal');
    expect(g.getEdgeAttributes(g.edge('INS', 'SCH5')!)).toMatchObject({ kinds: ['inspection'], since: 2019, until: 2023, rows: 1 });
    expect(d.warnings).toEqual([]);
    expect(d.input.members).toEqual({ rows: 10, used: 10, skipped: [] });
    expect(d.input.ties).toEqual({ rows: 16, used: 16, merged: 0, skipped: [] });
  });
});

describe('every shape gives the same graph', () => {
  for (const directed of [false, true]) {
    it.each(TABULAR.slice(1))(`%s (directed: ${directed})`, async (shape) => {
      const ref = await readCluster({ members: join(dir('comma-lf'), 'members.csv') }, { directed });
      const d = await readCluster({ members: join(dir(shape), 'members.csv') }, { directed });
      expect(snapshot(d.toGraph())).toEqual(snapshot(ref.toGraph()));
      expect(d.warnings).toEqual([]);
      expect(d.input.members).toMatchObject({ rows: 10, used: 10 });
      expect(d.input.ties).toMatchObject({ rows: 16, used: 16, merged: 0 });
    });
  }

  it('a shape that is not exactly the reference one is still different from it (the comparison can fail)', async () => {
    const ref = await readCluster({ members: join(dir('comma-lf'), 'members.csv') });
    const cyr = await readCluster({ members: join(dir('cyrillic-utf8'), 'members.csv') });
    expect(snapshot(cyr.toGraph())).not.toEqual(snapshot(ref.toGraph()));
  });
});

describe('legacy encodings', () => {
  it.each([
    ['cyrillic', 'windows-1251', 'Школа №5', 'Гимназия «Эрудит», корпус 2'],
    ['latin', 'windows-1252', 'Lycée Saint-Éloi', 'Gymnasium Köln-Süd, Außenstelle'],
  ])('%s in %s reads like its UTF-8 twin with --encoding', async (name, encoding, a, b) => {
    const ref = await readCluster({ members: join(dir(`${name}-utf8`), 'members.csv') });
    const d = await readCluster({ members: join(dir(`${name}-${encoding}`), 'members.csv') }, { encoding });
    expect(snapshot(d.toGraph())).toEqual(snapshot(ref.toGraph()));
    const names = d.toGraph().mapNodes((_n, x) => x.name);
    expect(names).toContain(a);
    expect(names).toContain(b);
    // windows-1252's 0x80–0x9F (’) decode as in Windows, not as C1 control characters.
    if (encoding === 'windows-1252') expect(names).toContain('Ministère de l’Éducation');
    expect(d.toGraph().getEdgeAttribute(d.toGraph().edge('U1', name === 'cyrillic' ? 'S5' : 'L1')!, 'weight')).toBe(1.5);
  });

  it.each([
    ['cyrillic-windows-1251', 'windows-1251', 'Cyrillic'],
    ['latin-windows-1252', 'windows-1252', 'Western European'],
  ])('%s without --encoding: an error that names the line and guesses %s', async (shape, guess, script) => {
    const file = join(dir(shape), 'members.csv');
    await expect(readCluster({ members: file })).rejects.toMatchObject({ code: 'invalid-encoding', file, line: 2 });
    await expect(readCluster({ members: file })).rejects.toThrow(`read it with --encoding ${guess} (${script};`);
  });

  it('a byte-order mark wins over --encoding', async () => {
    const ref = await readCluster({ members: join(dir('comma-lf'), 'members.csv') });
    const d = await readCluster({ members: join(dir('utf16le-bom'), 'members.csv') }, { encoding: 'windows-1251' });
    expect(snapshot(d.toGraph())).toEqual(snapshot(ref.toGraph()));
  });

  it('an unknown encoding name is an error', async () => {
    await expect(readCluster({ members: join(dir('comma-lf'), 'members.csv') }, { encoding: 'klingon' })).rejects.toMatchObject({ code: 'unknown-encoding' });
  });
});

describe('roster (a partners column, no ties file)', () => {
  const members = join(dir('roster'), 'members.csv');

  it('undirected: the same members and partnerships; reciprocal mentions merged, one-sided counted', async () => {
    const ref = await readCluster({ members: join(dir('comma-lf'), 'members.csv') });
    const d = await readInput({ members });
    const g = d.toGraph();
    expect(g.mapNodes((id, a) => ({ id, ...a, extra: { ...a.extra } }))).toEqual(ref.toGraph().mapNodes((id, a) => ({ id, ...a, extra: { ...a.extra } })));
    const pairs = (x: ClusterGraph) => x.mapEdges((_e, _a, s, t) => [s, t].sort().join(' ')).sort();
    expect(pairs(g)).toEqual(pairs(ref.toGraph()));
    expect(g.mapEdges((_e, a) => a.weight).every((w) => w === 1)).toBe(true);
    expect(g.getEdgeAttribute(g.edge('MIN', 'RED')!, 'rows')).toBe(2);
    expect(g.getEdgeAttribute(g.edge('INS', 'SCH5')!, 'rows')).toBe(1);
    expect(d.input.files.ties).toBeNull();
    expect(d.input.roster).toMatchObject({ column: 'Partner IDs', mentions: 20, used: 20, skipped: [], reciprocal: 4, oneSided: 12 });
    expect(d.input.roster!.note).toBe(
      '12 of 16 partnerships were named by one side only and 4 by both; one-sided naming can mean an unequal or unacknowledged partnership',
    );
    expect(d.input.ties).toEqual({ rows: 20, used: 20, merged: 4, skipped: [] });
    expect(g.size).toBe(d.input.ties.used - d.input.ties.merged);
    // The partners column is not an extra attribute.
    expect(Object.keys(g.getNodeAttribute('UNI', 'extra'))).toEqual(['note']);
    expect(d.warnings).toEqual([]);
  });

  it('directed: each mention is an arc respondent → partner', async () => {
    const d = await readInput({ members }, { directed: true });
    const g = d.toGraph();
    expect(g.size).toBe(20);
    expect(g.hasDirectedEdge('MIN', 'RED') && g.hasDirectedEdge('RED', 'MIN')).toBe(true);
    expect(g.hasDirectedEdge('INS', 'SCH5')).toBe(true);
    expect(g.hasDirectedEdge('SCH5', 'INS')).toBe(false);
    expect(d.input.roster).toMatchObject({ mentions: 20, used: 20, reciprocal: 4, oneSided: 12 });
    expect(d.input.ties).toEqual({ rows: 20, used: 20, merged: 0, skipped: [] });
  });

  it('a ties file wins over the partners column (warning roster-ignored)', async () => {
    const d = await readInput({ members, ties: join(dir('comma-lf'), 'ties.csv') });
    expect(d.toGraph().size).toBe(16);
    expect(d.input.roster).toBeUndefined();
    expect(d.warnings.map((w) => [w.code, w.column])).toEqual([['roster-ignored', 'Partner IDs']]);
  });
});

describe('large files are streamed chunk by chunk in every encoding', () => {
  it.each([
    ['utf16le', 'utf-16le-bom'],
    ['utf16be', 'utf-16be-bom'],
    ['windows-1251', 'windows-1251'],
    ['utf8', 'utf-8'],
  ])('%s: 6000 members (> 64 KiB), multi-byte names across chunk boundaries', async (enc) => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const tmp = mkdtempSync(join(tmpdir(), 'cg-big-'));
    try {
      const rows = ['id;name'];
      for (let i = 0; i < 6000; i++) rows.push(`Ш${i};Школа №${i}`);
      const text = rows.join('\r\n') + '\r\n';
      let bytes: Buffer;
      if (enc === 'utf8') bytes = Buffer.from(text, 'utf8');
      else if (enc === 'windows-1251') {
        const dec = new TextDecoder('windows-1251');
        const map = new Map<string, number>();
        for (let b = 0; b < 256; b++) map.set(dec.decode(Uint8Array.of(b)), b);
        bytes = Buffer.from([...text].map((ch) => map.get(ch)!));
      } else {
        const le = Buffer.from(text, 'utf16le');
        if (enc === 'utf16be') for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
        bytes = Buffer.concat([Buffer.from(enc === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
      }
      expect(bytes.length).toBeGreaterThan(65536);
      const m = join(tmp, 'members.csv');
      writeFileSync(m, bytes);
      // --encoding applies to every file without a byte-order mark: the ties file is ASCII-free too.
      const tiesText = 'source;target\r\nШ0;Ш5999\r\n';
      writeFileSync(join(tmp, 'ties.csv'), enc === 'windows-1251' ? Buffer.from([...tiesText].map((ch) => (ch === 'Ш' ? 0xd8 : ch.charCodeAt(0)))) : tiesText);
      const d = await readCluster({ members: m }, enc === 'windows-1251' ? { encoding: 'windows-1251' } : {});
      expect(d.toGraph().order).toBe(6000);
      expect(d.toGraph().getNodeAttribute('Ш4321', 'name')).toBe('Школа №4321');
      expect(d.toGraph().hasEdge('Ш0', 'Ш5999')).toBe(true);
      expect(d.warnings).toEqual([]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
