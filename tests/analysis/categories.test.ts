/**
 * The user's categories as written (fixtures/types: English, Uzbek Latin, Uzbek Cyrillic + Russian):
 * `members[].type` is the cell as written, the vocabulary only derives typeClass, sector and helix,
 * `--group-by type` groups case- and space-insensitively under the first spelling, and Gould–Fernandez
 * brokerage on the user's own types equals R sna::brokerage (fixtures/types/make-brokerage.R).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCluster } from '../../src/io/read-cluster.js';
import { readInput } from '../../src/io/read-input.js';
import { analyze } from '../../src/analysis/analyze.js';
import { groupMembers } from '../../src/analysis/groups.js';
import { buildIndex } from '../../src/graph/graph-index.js';
import { brokerage, SNA_BROKERAGE_COLUMNS } from '../../src/metrics/brokerage.js';
import { FIXTURES, expectClose, expectNodeValues } from '../helpers/reference.js';

const TYPES = join(FIXTURES, 'types');
const CLUSTERS = [
  { name: 'english', directed: true },
  { name: 'uzbek-latin', directed: false },
  { name: 'cyrillic', directed: false },
] as const;

const paths = (name: string) => ({ members: join(TYPES, name, 'members.csv'), ties: join(TYPES, name, 'ties.csv') });
/** The type column of a fixture, as written (the fixtures quote no type). */
function writtenTypes(name: string): Map<string, string> {
  const lines = readFileSync(join(TYPES, name, 'members.csv'), 'utf8').trim().split('\n').slice(1);
  return new Map(lines.map((l) => {
    const cells = l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    return [cells[0], cells[2].trim()];
  }));
}

describe('types come back as written', () => {
  for (const { name, directed } of CLUSTERS) {
    it(`${name}: members[].type equals the cell; typeClass, sector and helix are derived`, async () => {
      const data = await readCluster(paths(name), { directed });
      const report = await analyze(data, { permutations: 0, keyPlayers: 0 });
      const written = writtenTypes(name);
      for (const m of report.members) expect(m.type, m.id).toBe(written.get(m.id));
      expect(report.members.length).toBe(written.size);
    });
  }

  it('English: classes, sectors and helices of known and unknown types', async () => {
    const report = await analyze(await readCluster(paths('english'), { directed: true }), { permutations: 0, keyPlayers: 0 });
    const row = (id: string) => {
      const m = report.members.find((x) => x.id === id)!;
      return [m.type, m.typeClass, m.sector, m.helix];
    };
    expect(row('MIN')).toEqual(['Ministry', 'state', 'government', 'government']);
    expect(row('MIN-F')).toEqual(['ministry', 'state', 'government', 'government']);
    expect(row('IT-1')).toEqual(['IT company', 'business', 'industry', 'industry']);
    expect(row('PED')).toEqual(['Pedagogical university', 'teacher-training', 'education', 'academia']);
    expect(row('SCH-3')).toEqual(['SCHOOL', 'school', 'education', 'academia']);
    expect(row('TT')).toEqual(['Think tank', null, null, null]);
    // Grouped ignoring case and spaces, under the first spelling: 20 spellings, 14 groups.
    expect(report.summary.byType).toEqual([
      { value: 'School', count: 4 },
      { value: 'Business', count: 2 },
      { value: 'College', count: 2 },
      { value: 'IT company', count: 2 },
      { value: 'Ministry', count: 2 },
      { value: 'University', count: 2 },
      { value: 'Agricultural cooperative', count: 1 },
      { value: 'Education office', count: 1 },
      { value: 'Inspectorate', count: 1 },
      { value: 'International organisation', count: 1 },
      { value: 'Makerspace', count: 1 },
      { value: 'NGO', count: 1 },
      { value: 'Pedagogical university', count: 1 },
      { value: 'Think tank', count: 1 },
    ]);
    expect(report.summary.byTypeClass.slice(0, 3)).toEqual([
      { value: 'business', count: 4 },
      { value: 'school', count: 4 },
      { value: 'state', count: 3 },
    ]);
    expect(report.summary.byTypeClass.find((c) => c.value === null)).toEqual({ value: null, count: 3 });
    expect(report.warnings.filter((w) => w.code === 'unknown-type').map((w) => w.message.match(/type "([^"]+)"/)![1])).toEqual(['Think tank', 'Makerspace', 'Agricultural cooperative']);
  });

  it('Uzbek Latin: "Maktab", "maktab" and "MAKTAB" are one group; apostrophe variants are recognised', async () => {
    const report = await analyze(await readCluster(paths('uzbek-latin')), { permutations: 0, keyPlayers: 0, groupBy: 'type' });
    expect(report.summary.byType[0]).toEqual({ value: 'Maktab', count: 3 });
    expect(report.summary.byType[1]).toEqual({ value: 'Vazirlik', count: 2 });
    expect(report.synergy.groups).toContain('Maktab');
    expect(report.synergy.groups).not.toContain('maktab');
    expect(report.synergy.groups.length).toBe(22);
    const cls = Object.fromEntries(report.members.map((m) => [m.id, `${m.typeClass}/${m.sector}/${m.helix}`]));
    expect(cls).toMatchObject({
      VAZ: 'state/government/government',
      TUM: 'state/government/government', // "Xalq ta‘limi bo‘limi" with ‘
      INS: 'inspectorate/government/government',
      OTM: 'university/academia/academia',
      MOI: 'teacher-training/education/academia',
      ITI: 'research/academia/academia',
      BOG: 'school/education/academia', // "Bolalar bog‘chasi"
      TEX: 'college/education/academia',
      BANK: 'business/industry/industry',
      IT: 'business/industry/industry',
      NNT: 'ngo/civil/civil',
      JAM: 'ngo/civil/civil',
      XAL: 'international/civil/civil',
      MAH: 'null/null/null',
    });
    expect(report.summary.bySector.find((s) => s.value === null)).toEqual({ value: null, count: 1 });
  });

  it('Uzbek Cyrillic and Russian: every type but a club has a class', async () => {
    const report = await analyze(await readCluster(paths('cyrillic')), { permutations: 0, keyPlayers: 0, groupBy: 'typeClass' });
    const unknown = report.members.filter((m) => m.typeClass === null).map((m) => m.type);
    expect(unknown).toEqual(['Кружок']);
    expect(report.summary.byType[0]).toEqual({ value: 'Школа', count: 2 });
    // --group-by typeClass: the canonical classes (the unknown type is in no group).
    expect(report.synergy.groups).toEqual(['business', 'college', 'inspectorate', 'international', 'ngo', 'research', 'school', 'state', 'teacher-training', 'university']);
    const byClass = Object.fromEntries(report.summary.byTypeClass.map((c) => [c.value, c.count]));
    expect(byClass).toEqual({ school: 5, state: 4, business: 3, college: 3, ngo: 3, 'teacher-training': 2, inspectorate: 1, international: 1, research: 1, university: 1, null: 1 });
  });
});

describe('brokerage on the user\'s own types equals R sna::brokerage', () => {
  for (const { name, directed } of CLUSTERS) {
    it(`${name}: raw, expected, sd and z per member, per network and per group`, async () => {
      const ref = JSON.parse(readFileSync(join(TYPES, name, 'brokerage.sna.json'), 'utf8'));
      expect(ref.directed).toBe(directed);
      const data = await readCluster(paths(name), { directed });
      const grouping = groupMembers(data.toGraph(), 'type');
      const index = buildIndex(data.toGraph(), { weighted: false });
      for (let v = 0; v < index.n; v++) expect(grouping.labels[v], index.ids[v]).toBe(ref.grouping[index.ids[v]]);
      const res = brokerage(index, grouping.groups, grouping.groupNames);
      expectClose(res.density, ref.density_used, 1e-12, 'density');
      SNA_BROKERAGE_COLUMNS.forEach((col, r) => {
        expectNodeValues(index, res.raw[r], ref.raw_node[col], 0, `${name} raw ${col}`);
        expectNodeValues(index, res.expected[r], ref.exp_node[col], 1e-9, `${name} exp ${col}`);
        expectNodeValues(index, res.sd[r], ref.sd_node[col], 1e-9, `${name} sd ${col}`);
        expectNodeValues(index, res.z[r], ref.z_node[col], 1e-9, `${name} z ${col}`);
        expect(res.totals.raw[r]).toBe(ref.raw_graph[col]);
        expectClose(res.totals.expected[r], ref.exp_graph[col], 1e-9, `${name} exp_graph ${col}`);
        expectClose(res.totals.z[r], ref.z_graph[col], 1e-9, `${name} z_graph ${col}`);
        for (const g of res.byGroup) {
          expectClose(g.expected[r], ref.exp_group[col][g.group], 1e-9, `${name} exp_group ${col} ${g.group}`);
          expectClose(g.sd[r], ref.sd_group[col][g.group], 1e-9, `${name} sd_group ${col} ${g.group}`);
        }
      });
      expect(Object.fromEntries(res.byGroup.map((g) => [g.group, g.size]))).toEqual(ref.class_sizes);
    });

    it(`${name}: the report with --group-by type carries the same counts and z-scores`, async () => {
      const ref = JSON.parse(readFileSync(join(TYPES, name, 'brokerage.sna.json'), 'utf8'));
      const data = await readInput(paths(name), { directed });
      const report = await analyze(data, { permutations: 0, keyPlayers: 0, groupBy: 'type' });
      const roles = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total'] as const;
      SNA_BROKERAGE_COLUMNS.forEach((col, r) => {
        for (const m of report.members) {
          expect(m.brokerage[roles[r]], `${m.id} ${col}`).toBe(ref.raw_node[col][m.id]);
          const z = ref.z_node[col][m.id];
          if (z === null) expect(m.brokerageZ[roles[r]]).toBeNull();
          else expectClose(m.brokerageZ[roles[r]]!, z, 1e-9, `${m.id} z ${col}`);
        }
        expect(report.brokerage.totals[roles[r]]).toBe(ref.raw_graph[col]);
      });
    });
  }
});

describe('colours by type follow the same grouping', () => {
  it('"Maktab", "maktab" and "MAKTAB" get one colour and one legend entry', async () => {
    const { colorScheme } = await import('../../src/report/palette.js');
    const members = ['Maktab', 'maktab', ' MAKTAB', 'Kollej', null].map((type, i) => ({ type, sector: null, level: null, community: i }));
    const scheme = colorScheme(members, 'type');
    expect(scheme.groups.map((g) => [g.label, g.count])).toEqual([
      ['Kollej', 1],
      ['Maktab', 3],
      ['(none)', 1],
    ]);
    expect(new Set(scheme.colors.slice(0, 3)).size).toBe(1);
  });
});
