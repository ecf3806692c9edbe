/** `--year` on analyze, draw and validate; year errors; the dynamic GEXF (spawns the built bin). */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { FIXTURES } from './helpers/reference.js';
import { buildCluster } from '../src/io/build-cluster.js';
import { readCluster } from '../src/io/read-cluster.js';
import { analyze } from '../src/analysis/analyze.js';
import { renderGexf } from '../src/report/graph-exports.js';
import { clusterTimeline } from '../src/model/timeline.js';
import { clusterYears } from '../src/model/snapshot.js';

const ROOT = join(FIXTURES, '..');
const BIN = join(ROOT, 'bin', 'cluster-graph.js');
const EXAMPLE = join(FIXTURES, 'example');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
});

const dir = mkdtempSync(join(tmpdir(), 'cg-year-'));
const write = (name: string, text: string) => {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
};

// A: there from 2015; B: 2016–2020; C: from 2018; D: no years; E: from 2021.
const MEMBERS = write('members.csv', 'id,name,type,joined,left\nA,Alpha,school,2015,\nB,Beta,school,2016,2020\nC,Gamma,business,2018,\nD,Delta,ngo,,\nE,Epsilon,state,2021,\n');
const TIES = write(
  'ties.csv',
  'source,target,weight,since,until\n' +
    'A,B,2,2015,2017\n' + // the pair A–B: one row ended in 2017 …
    'B,A,3,2018,\n' + // … and one from 2018
    'A,C,1,2018,2019\n' +
    'C,C,1,2019,2019\n' + // a self-loop row of 2019 only
    'A,D,1,,\n' +
    'C,E,2,2021,\n' +
    'D,E,1,2019,\n',
);

type Json = Record<string, any>;
const analyzeJson = (...extra: string[]): Json => {
  const r = run(['analyze', MEMBERS, TIES, '--format', 'json', '--permutations', '20', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Json;
};
const strengths = (report: Json) => Object.fromEntries((report.members as Json[]).map((m) => [m.id, m.strength]));

describe('analyze --year', () => {
  it('gives exactly the members present and the ties active in the year', () => {
    const y2016 = analyzeJson('--year', '2016');
    expect(y2016.options.year).toBe(2016);
    expect(strengths(y2016)).toEqual({ A: 3, B: 2, D: 1 }); // A–B (row of 2015–2017, weight 2), A–D
    const y2019 = analyzeJson('--year', '2019');
    expect(strengths(y2019)).toEqual({ A: 5, B: 3, C: 1, D: 1 }); // A–B now the row of 2018 (3); A–C; A–D; D–E waits for E
    expect(y2019.summary.ties).toBe(3);
    expect(y2019.input.year).toEqual({ year: 2019, membersAbsent: 1, tieRowsInactive: 2, tieRowsMemberAbsent: 1 });
    const y2021 = analyzeJson('--year', '2021');
    expect(strengths(y2021)).toEqual({ A: 1, C: 2, D: 2, E: 3 }); // B has left: A–B's row of 2018 is dropped
    expect(y2021.input.ties.skipped).toEqual([
      { reason: 'self-loop', count: 1, lines: [5] },
      { reason: 'not active in 2021', count: 2, lines: [2, 4] },
      { reason: 'member not present in 2021', count: 1, lines: [3] },
    ]);
    // The warnings are those of the files as read (the pair A–B has two rows without a kind), then the note.
    expect(y2021.warnings.map((w: Json) => w.code)).toEqual(['duplicate-tie', 'self-loop', 'years-censored', 'years-censored']);
    // Without --year: every row, every member, and options.year null.
    const all = analyzeJson();
    expect(all.options.year).toBeNull();
    expect(all.input.year).toBeUndefined();
    expect(strengths(all)).toEqual({ A: 7, B: 5, C: 3, D: 2, E: 3 });
  });

  it('draw and validate take --year too', () => {
    const drawn = (year: string) => {
      const out = join(dir, `figure-${year}.svg`);
      const r = run(['draw', MEMBERS, TIES, '--year', year, '--out', out]);
      expect(r.code, r.stderr).toBe(0);
      return readFileSync(out, 'utf8');
    };
    expect(drawn('2016')).toContain('<svg');
    expect(drawn('2016')).not.toContain('Epsilon');
    expect(drawn('2021')).toContain('Epsilon');
    const v = run(['validate', MEMBERS, TIES, '--year', '2019', '--format', 'json']);
    const out = JSON.parse(v.stdout) as Json;
    expect(out.counts.members).toBe(4);
    expect(out.counts.ties).toBe(3);
    expect(out.input.year.year).toBe(2019);
  });

  it('--year outside the data, or without years in the data: an error naming --year, exit 2', () => {
    const r = run(['analyze', MEMBERS, TIES, '--year', '2030']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('cluster-graph: --year 2030 (option year) is outside the years of the data, 2015–2021 (expected a year from 2015 to 2021). Give a year within the data.\n');
    const karate = join(FIXTURES, 'reference', 'karate', 'members.csv');
    const k = run(['analyze', karate, '--year', '2020']);
    expect(k.code).toBe(2);
    expect(k.stderr).toContain('the input has no years');
    expect(k.stderr).not.toContain('    at ');
    const bad = run(['analyze', MEMBERS, TIES, '--year', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('expected a 4-digit year');
  });
});

describe('year errors in the files: file, line and column, exit 2', () => {
  const cases: [string, string, string, string][] = [
    ['members', 'id,joined,left\nA,2015,\nB,20x6,\n', 'source,target\nA,B\n', 'line 3, column "joined": "20x6" is not a 4-digit year'],
    ['members', 'id,joined,left\nA,2015,\nB,2019,2017\n', 'source,target\nA,B\n', 'line 3, column "left": left 2017 is before joined 2019'],
    ['ties', 'id\nA\nB\n', 'source,target,since,until\nA,B,2020,2018\n', 'line 2, column "until": until 2018 is before since 2020'],
    ['ties', 'id\nA\nB\n', 'source,target,since,until\nA,B,15,\n', 'line 2, column "since": "15" is not a 4-digit year'],
  ];
  for (const [file, members, ties, message] of cases) {
    it(`${file}: ${message}`, () => {
      const m = write(`m-${message.length}.csv`, members);
      const t = write(`t-${message.length}.csv`, ties);
      const r = run(['analyze', m, t]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${file === 'members' ? m : t}, ${message}`);
      expect(r.stderr).not.toContain('    at ');
    });
  }
});

/** The spells of a GEXF element, as [start, end] (null = open). */
function spellsOf(el: Element): [number | null, number | null][] {
  const out: [number | null, number | null][] = [];
  const list = el.getElementsByTagName('spell');
  for (let i = 0; i < list.length; i++) {
    const s = list[i];
    out.push([s.hasAttribute('start') ? Number(s.getAttribute('start')) : null, s.hasAttribute('end') ? Number(s.getAttribute('end')) : null]);
  }
  return out;
}
const within = (spells: [number | null, number | null][], y: number) => spells.some(([s, e]) => (s === null || s <= y) && (e === null || e >= y));

describe('dynamic GEXF', () => {
  it('the example: mode dynamic, node spells = joined–left, tie spells = the years its rows are active (read back)', async () => {
    const data = await readCluster({ members: join(EXAMPLE, 'members.csv') });
    const r = run(['analyze', join(EXAMPLE, 'members.csv'), '--format', 'gexf', '--permutations', '20']);
    expect(r.code, r.stderr).toBe(0);
    const doc = new DOMParser().parseFromString(r.stdout, 'text/xml');
    const graph = doc.getElementsByTagName('graph')[0];
    expect(graph.getAttribute('mode')).toBe('dynamic');
    expect(graph.getAttribute('timeformat')).toBe('integer');
    const nodes = doc.getElementsByTagName('node');
    expect(nodes.length).toBe(data.members.ids.length);
    for (let i = 0; i < nodes.length; i++) {
      const a = data.members.attributes[i];
      expect(nodes[i].getAttribute('id')).toBe(data.members.ids[i]);
      expect(spellsOf(nodes[i])).toEqual(a.joined === null && a.left === null ? [] : [[a.joined, a.left]]);
    }
    expect(spellsOf(nodes[data.members.ids.indexOf('BIZ-PUB')])).toEqual([[2016, 2022]]);
    // Ties: present in year Y exactly when one of its input rows is active in Y (rows from the ties file itself).
    const rows = readFileSync(join(EXAMPLE, 'ties.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    const edges = doc.getElementsByTagName('edge');
    expect(edges.length).toBe(data.ties.count);
    const years = clusterYears(data);
    let withSeveral = 0;
    for (let e = 0; e < edges.length; e++) {
      const s = edges[e].getAttribute('source')!;
      const t = edges[e].getAttribute('target')!;
      const own = rows.filter((x) => (x[0] === s && x[1] === t) || (x[0] === t && x[1] === s));
      expect(own.length).toBeGreaterThan(0);
      const spells = spellsOf(edges[e]);
      if (own.length > 1 && spells.length > 0) withSeveral++;
      if (own.some((x) => x[4] === '' && x[5] === '')) expect(spells).toEqual([]);
      for (let y = years[0]; y <= years[years.length - 1]; y++) {
        const active = own.some((x) => (x[4] === '' || Number(x[4]) <= y) && (x[5] === '' || Number(x[5]) >= y));
        expect(within(spells, y), `${s}–${t} in ${y}`).toBe(active);
      }
    }
    expect(withSeveral).toBeGreaterThan(0);
    // The pair with two rows of different years: internship from 2019 and funding 2021–2023 join into one open spell.
    const agro = [...Array(edges.length).keys()].find((e) => edges[e].getAttribute('target') === 'BIZ-AGRO')!;
    expect(spellsOf(edges[agro])).toEqual([[2019, null]]);
  });

  it('a tie with rows in separate years gets several spells', async () => {
    const data = buildCluster({ members: 'id\nA\nB\n', ties: 'source,target,since,until\nA,B,2015,2016\nB,A,2019,2020\nA,B,2016,2017\n' });
    const report = await analyze(data, { permutations: 0 });
    const doc = new DOMParser().parseFromString(renderGexf(report, data.toGraph(), clusterTimeline(data)), 'text/xml');
    expect(spellsOf(doc.getElementsByTagName('edge')[0])).toEqual([
      [2015, 2017],
      [2019, 2020],
    ]);
    expect(spellsOf(doc.getElementsByTagName('node')[0])).toEqual([]);
  });

  it('static without years (byte-identical to a file written without a timeline), and with --year', async () => {
    const data = await readCluster({ members: join(FIXTURES, 'reference', 'karate', 'members.csv') });
    expect(clusterTimeline(data)).toBeNull();
    const gexf = run(['analyze', join(FIXTURES, 'reference', 'karate', 'members.csv'), '--format', 'gexf', '--permutations', '20']).stdout;
    expect(gexf).toContain('<graph defaultedgetype="undirected">');
    expect(gexf).not.toContain('spell');
    const snap = run(['analyze', join(EXAMPLE, 'members.csv'), '--format', 'gexf', '--year', '2020', '--permutations', '20']);
    expect(snap.code, snap.stderr).toBe(0);
    expect(snap.stdout).toContain('<graph defaultedgetype="undirected">');
    expect(snap.stdout).not.toContain('spell');
    expect(snap.stdout).not.toContain('id="NGO-INC"'); // joined 2025
  });
});
