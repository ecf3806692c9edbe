/**
 * The report as CSV tables, one file per table: for SPSS, R, Excel, or a paper's supplementary data.
 * Renders the report object only: no measure is computed here. Quoting, CSV-injection neutralisation,
 * CRLF line ends and the UTF-8 BOM follow src/report/csv-cell.ts. Files and columns are listed in
 * docs/reports.md ("CSV tables").
 */
import type { CountTable, MemberReport, Report } from '../analysis/report-types.js';
import { csvDocument, type CsvLocale, type CsvValue } from './csv-cell.js';
import { MEMBER_FIELDS, memberFieldPresent, memberKey, type FieldEntry } from './catalogue/index.js';

/** Type of a flattened per-member column (also the attribute type of the graph exports). */
export type ColumnType = 'string' | 'int' | 'double' | 'boolean';

/** A flattened per-member column: a member field, or one role of `brokerage` / `brokerageZ`. */
export interface MemberColumn {
  name: string;
  type: ColumnType;
  value(member: MemberReport): string | number | boolean | null;
}

/** Column type of a catalogue format (numbers: int or double; everything else as text). */
export function columnType(f: FieldEntry): ColumnType {
  return f.format === 'int' ? 'int' : f.format === 'decimal' ? 'double' : f.format === 'boolean' ? 'boolean' : 'string';
}

function scalar(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}

function own(o: unknown, key: string): unknown {
  return o !== null && typeof o === 'object' && Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;
}

function inferType(values: unknown[]): ColumnType {
  let seen = false;
  let allBool = true;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    seen = true;
    if (typeof v === 'string' || typeof v === 'object') return 'string';
    if (typeof v !== 'boolean') allBool = false;
  }
  return seen && allBool ? 'boolean' : 'double';
}

/** 'int' only when every value is a safe integer (a safety net; the declared type decides otherwise). */
function checkInt(type: ColumnType, values: unknown[]): ColumnType {
  if (type !== 'int') return type;
  return values.every((v) => v === null || v === undefined || Number.isSafeInteger(v)) ? 'int' : 'double';
}

/**
 * Every per-member column of the report, flattened: the member fields in the order of the field
 * catalogue (src/report/catalogue/members.ts) with its column types; fields the report does not hold
 * are left out (e.g. `inDegree` of an undirected graph), `brokerage.<role>` as
 * `brokerage_<role>` and `brokerageZ.<role>` as `brokerageZ_<role>` (roles as in `report.brokerage.roles`),
 * then any field this version does not know, in first-seen order (objects flattened the same way).
 * Shared by members.csv and the graph exports, so every format carries the same columns.
 */
export function memberColumns(report: Report): MemberColumn[] {
  const members = report.members;
  const known = new Set(MEMBER_FIELDS.map(memberKey));
  const fields: [string, ColumnType | null, boolean][] = [];
  for (const f of MEMBER_FIELDS) if (memberFieldPresent(members, report.summary.directed, f)) fields.push([memberKey(f), columnType(f), f.byRole === true]);
  const extra: string[] = [];
  for (const m of members) for (const key of Object.keys(m)) if (!known.has(key) && !extra.includes(key)) extra.push(key);
  for (const key of extra) fields.push([key, null, false]);

  const columns: MemberColumn[] = [];
  for (const [key, declared, byRole] of fields) {
    const values = members.map((m) => own(m, key));
    const nested = values.some((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
    if (nested || byRole) {
      const subs: string[] = byRole ? [...report.brokerage.roles] : [];
      for (const v of values) if (v !== null && typeof v === 'object') for (const s of Object.keys(v)) if (!subs.includes(s)) subs.push(s);
      for (const sub of subs) {
        const subValues = values.map((v) => own(v, sub));
        columns.push({
          name: `${key}_${sub}`,
          type: checkInt(declared ?? inferType(subValues), subValues),
          value: (m) => scalar(own(own(m, key), sub)),
        });
      }
    } else {
      columns.push({ name: key, type: checkInt(declared ?? inferType(values), values), value: (m) => scalar(own(m, key)) });
    }
  }
  return columns;
}

/** A file of {@link renderCsvTables}. */
export interface CsvFile {
  name: string;
  content: string;
}

type Row = CsvValue[];

/** One table of the report: the file name of its CSV, its header and rows (numbers as numbers). */
export interface ReportTable {
  name: string;
  header: string[];
  rows: CsvValue[][];
}

function flattenInto(rows: Row[], prefix: string, value: unknown): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flattenInto(rows, prefix ? `${prefix}_${k}` : k, v);
  } else if (Array.isArray(value)) {
    rows.push([prefix, value.length]);
  } else {
    rows.push([prefix, scalar(value)]);
  }
}

function countRows(attribute: string, table: CountTable): Row[] {
  return table.map((c) => [attribute, c.value, c.count]);
}

/**
 * The report's tables as CSV files (RFC 4180, CRLF, UTF-8 with BOM, a header row; see csv-cell.ts):
 * members.csv, communities.csv, summary.csv, composition.csv, ei-groups.csv, mixing.csv,
 * mixing-weights.csv, orientation.csv, triple-helix.csv and triple-helix-mapping.csv (only with joint projects), brokerage.csv,
 * brokerage-totals.csv, brokerage-expected.csv, key-players.csv, articulation-points.csv, bridges.csv,
 * core-periphery.csv, warnings.csv. A table whose section the report holds is always written, with
 * only its header when it has no row. Numbers are written in full precision. Deterministic.
 */
export function renderCsvTables(report: Report, locale: CsvLocale = {}): CsvFile[] {
  return reportTables(report).map((t) => ({ name: t.name, content: csvDocument(t.header, t.rows, locale) }));
}

/**
 * The tables of {@link renderCsvTables} before they are written (shared by the CSV files and the
 * workbook of src/report/xlsx.ts), in the same order.
 */
export function reportTables(report: Report): ReportTable[] {
  const files: ReportTable[] = [];
  const add = (name: string, header: string[], rows: Row[]): void => {
    files.push({ name, header, rows });
  };
  const byId = new Map<string, MemberReport>();
  for (const m of report.members) byId.set(m.id, m);
  const nameOf = (id: string): string | null => byId.get(id)?.name ?? null;

  // members.csv
  const columns = memberColumns(report);
  add('members.csv', columns.map((c) => c.name), report.members.map((m) => columns.map((c) => c.value(m))));

  // communities.csv
  const communityRows: Row[] = [];
  for (const g of report.communities.groups) {
    for (const id of g.members) communityRows.push([g.id, id, nameOf(id), byId.get(id)?.sector ?? null]);
  }
  add('communities.csv', ['community', 'id', 'name', 'sector'], communityRows);

  // summary.csv: every scalar, flattened.
  const s = report.summary;
  const syn = report.synergy;
  const ei = syn.eiIndex;
  const summary: Row[] = [];
  for (const [key, value] of Object.entries(s)) {
    if (Array.isArray(value)) continue; // count tables: composition.csv
    if (key === 'topTieShare') {
      summary.push(['topTieShare_id', s.topTieShare?.id ?? null], ['topTieShare_share', s.topTieShare?.share ?? null]);
      continue;
    }
    flattenInto(summary, key, value);
  }
  summary.push(
    ['communities_count', report.communities.count],
    ['communities_modularity', report.communities.modularity],
    ['groupBy', syn.groupBy],
    ['crossGroupShare_count', syn.crossGroupShare.count],
    ['crossGroupShare_weight', syn.crossGroupShare.weight],
    ['ei_overall', ei.overall],
    ['ei_weighted', ei.weighted],
    ['ei_range_min', ei.range[0]],
    ['ei_range_max', ei.range[1]],
    ['ei_baseline', ei.baseline],
    ['ei_pValue', ei.pValue],
    ['ei_permutations', ei.permutation?.permutations ?? null],
    ['ei_E', ei.E],
    ['ei_I', ei.I],
    ['assortativity', syn.assortativity],
    ['orientation_horizontal', syn.orientation.overall.horizontal],
    ['orientation_vertical', syn.orientation.overall.vertical],
    ['orientation_unknown', syn.orientation.overall.unknown],
    ['orientation_total', syn.orientation.overall.total],
  );
  const th = syn.tripleHelix;
  if (th) {
    summary.push(
      ['tripleHelix_projects', th.projects],
      ['tripleHelix_T_AIG', th.T_AIG],
      ['tripleHelix_T4', th.T4],
      ['tripleHelix_triads_AIG', th.triads.AIG],
      ['tripleHelix_triads_AIC', th.triads.AIC],
      ['tripleHelix_triads_AGC', th.triads.AGC],
      ['tripleHelix_triads_IGC', th.triads.IGC],
    );
  }
  const res = report.resilience;
  summary.push(
    ['brokerage_density', report.brokerage.density],
    ...report.brokerage.roles.map((r): Row => [`brokerage_total_${r}`, report.brokerage.totals[r] ?? null]),
    ['articulationPoints', res.articulationPoints.length],
    ['bridges', res.bridges.length],
    ['baseFragmentation', res.baseFragmentation],
    ['corePeriphery_coreSize', report.corePeriphery.core.length],
    ['corePeriphery_fit', report.corePeriphery.fit],
    ['warnings', report.warnings.length],
  );
  add('summary.csv', ['measure', 'value'], summary);

  // composition.csv
  add('composition.csv', ['attribute', 'value', 'count'], [
    ...countRows('type', s.byType),
    ...countRows('typeClass', s.byTypeClass),
    ...countRows('sector', s.bySector),
    ...countRows('helix', s.byHelix),
    ...countRows('level', s.byLevel),
    ...countRows('tie orientation', s.byOrientation),
    ...countRows('tie kind', s.byKind),
  ]);

  // Synergy tables.
  add('ei-groups.csv', ['group', 'size', 'E', 'I', 'EI', 'EIWeighted', 'EIMemberSum'], ei.groups.map((g) => [g.group, g.size, g.E, g.I, g.EI, g.EIWeighted, g.EIMemberSum]));
  const mix = syn.mixing;
  const mixHeader = [`${syn.groupBy} \\ ${syn.groupBy}`, ...mix.groups];
  add('mixing.csv', mixHeader, mix.groups.map((g, i) => [g, ...mix.counts[i]]));
  add('mixing-weights.csv', mixHeader, mix.groups.map((g, i) => [g, ...mix.weights[i]]));
  add('orientation.csv', ['from', 'to', 'horizontal', 'vertical', 'unknown', 'total'], syn.orientation.byPair.map((p) => [p.from, p.to, p.horizontal, p.vertical, p.unknown, p.total]));
  if (th) {
    const rows: Row[] = [];
    const { file: _file, overrides: _overrides, helixMapping, explanation, ...values } = th;
    flattenInto(rows, '', values);
    for (const [type, helix] of Object.entries(th.overrides)) rows.push([`override_${type}`, helix]);
    for (const line of explanation) rows.push(['explanation', line]);
    add('triple-helix.csv', ['measure', 'value'], rows);
    add('triple-helix-mapping.csv', ['type', 'typeClass', 'helix', 'members'], helixMapping.map((r) => [r.type, r.typeClass, r.helix, r.members]));
  }

  // Brokerage.
  const roles = report.brokerage.roles;
  add(
    'brokerage.csv',
    ['id', 'name', ...roles.map((r) => `brokerage_${r}`), ...roles.map((r) => `brokerageZ_${r}`)],
    report.members.map((m) => [
      m.id,
      m.name,
      ...roles.map((r) => scalar(own(m.brokerage, r)) as CsvValue),
      ...roles.map((r) => scalar(own(m.brokerageZ, r)) as CsvValue),
    ]),
  );
  add(
    'brokerage-totals.csv',
    ['role', 'observed', 'expected', 'z'],
    roles.map((r) => [r, report.brokerage.totals[r] ?? null, report.brokerage.expected[r] ?? null, report.brokerage.z[r] ?? null]),
  );
  add(
    'brokerage-expected.csv',
    ['group', 'size', ...roles.map((r) => `expected_${r}`), ...roles.map((r) => `sd_${r}`)],
    report.brokerage.byGroup.map((g) => [g.group, g.size, ...roles.map((r) => g.expected[r] ?? null), ...roles.map((r) => g.sd[r] ?? null)]),
  );

  // Resilience and core–periphery.
  add(
    'key-players.csv',
    ['rank', 'id', 'name', 'fragmentation', 'largestComponent', 'distanceFragmentation', 'efficiencyLoss'],
    res.keyPlayers.map((k, i) => [i + 1, k.id, nameOf(k.id), k.fragmentation, k.largestComponent, k.distanceFragmentation, k.efficiencyLoss]),
  );
  add('articulation-points.csv', ['id', 'name'], res.articulationPoints.map((id) => [id, nameOf(id)]));
  add('bridges.csv', ['source', 'target', 'source_name', 'target_name'], res.bridges.map(([a, b]) => [a, b, nameOf(a), nameOf(b)]));
  const core = new Set(report.corePeriphery.core);
  add('core-periphery.csv', ['id', 'name', 'core', 'coreness'], report.members.map((m) => [m.id, m.name, core.has(m.id), m.coreness]));

  add('warnings.csv', ['code', 'message', 'file', 'line', 'column', 'count'], report.warnings.map((w) => [w.code, w.message, w.file, w.line, w.column, w.count ?? 1]));
  return files;
}
