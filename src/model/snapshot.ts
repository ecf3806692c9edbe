/**
 * The cluster in one year. A member is *present* in year Y when joined ≤ Y (or no `joined`) and
 * left ≥ Y (or no `left`); a tie row is *active* in Y when since ≤ Y (or no `since`) and until ≥ Y
 * (or no `until`). {@link snapshot} keeps the present members and, row by row, the active rows whose
 * two members are present, merged as the reader merges them: a tie's weight in Y is the sum of its
 * rows active in Y, its years, kinds, orientation, direction, line and extra cells those of its
 * active rows. The result equals reading the files with the reader option `year: Y` (which calls
 * it): the row filter comes before the merging of duplicate rows. Rows without years are present in
 * every year (the reader warns `years-censored` when some rows have years and others not).
 *
 * What is left out is accounted for: `input.year` counts the member rows not present and the tie rows
 * not active or with an absent member, and the skipped rows list them with their first lines.
 * Self-loop rows, which never make a tie, stay reported as self-loops whatever the year; the
 * warnings are those of the files as read, and the `years-censored` note when some rows of a file
 * have years and others none (these are taken as present in every year).
 */
import { Members, clusterData, type AnalysisInput, type ClusterData, type ReportInput } from './cluster.js';
import { InputError, MAX_LINES, rosterNote, type InputWarning, type SkippedRows, type YearAccount } from './errors.js';
import { plural } from './words.js';
import type { MemberAttributes } from './types.js';
import { TieTable, nullRecord } from './tie-table.js';
import { TieRows } from './tie-rows.js';

/** True when a member with these attributes is present in `year`. */
export function presentIn(attributes: MemberAttributes, year: number): boolean {
  const j = attributes.joined;
  const l = attributes.left;
  return (j === null || j === undefined || j <= year) && (l === null || l === undefined || l >= year);
}

/** The distinct years that appear in the members' joined/left and the tie rows' since/until, ascending. */
export function clusterYears(data: ClusterData): number[] {
  const years = new Set<number>();
  for (const a of data.members.attributes) {
    if (a.joined !== null && a.joined !== undefined) years.add(a.joined);
    if (a.left !== null && a.left !== undefined) years.add(a.left);
  }
  const rows = data.ties.rowTable;
  const add = (since: Int32Array, until: Int32Array, n: number) => {
    for (let r = 0; r < n; r++) {
      if (since[r] >= 0) years.add(since[r]);
      if (until[r] >= 0) years.add(until[r]);
    }
  };
  if (rows !== null) add(rows.since, rows.until, rows.count);
  else add(data.ties.since, data.ties.until, data.ties.count);
  return [...years].sort((a, b) => a - b);
}

/**
 * The year checked against the data: an error (code `invalid-option`, naming `--year`) when the
 * cluster has no years at all or the year is outside the first–last year of the data.
 */
export function checkYear(data: ClusterData, year: number): void {
  const years = clusterYears(data);
  const fail = (problem: string, expected: string, fix: string) => {
    throw new InputError({ code: 'invalid-option', column: null, problem, expected, fix });
  };
  if (!Number.isInteger(year)) fail(`--year ${String(year)} is not a year`, 'a 4-digit year such as 2021', 'Give a whole year.');
  if (years.length === 0) {
    fail(
      `--year ${year} (option year) asks for a year, but the input has no years: no member has joined/left and no tie row has since/until`,
      'members with a joined or left column, or ties with a since or until column',
      'Add the years to the files, or leave --year out.',
    );
  }
  const first = years[0];
  const last = years[years.length - 1];
  if (year < first || year > last) {
    fail(`--year ${year} (option year) is outside the years of the data, ${first}–${last}`, `a year from ${first} to ${last}`, 'Give a year within the data.');
  }
}

/** Rows skipped for `reason`, counting and keeping the first lines. */
class Skip {
  readonly entry: SkippedRows;
  constructor(reason: string) {
    this.entry = { reason, count: 0, lines: [] };
  }
  add(line: number): void {
    this.entry.count++;
    if (this.entry.lines.length < MAX_LINES && line > 0) this.entry.lines.push(line);
  }
}

/**
 * The cluster at `year` (see the module comment): present members in file order, active ties in the
 * order of their first active row. `year` must lie within the data's years ({@link checkYear}).
 * Joint projects of an analysis input (`projects.rows`) keep the rows of present members. A tie table
 * without its rows (a cluster built from a graph) is cut tie by tie on each tie's own since/until.
 */
export function snapshot<T extends ClusterData>(data: T, year: number): T;
export function snapshot(data: ClusterData, year: number): ClusterData {
  checkYear(data, year);
  const { ids, attributes, lines } = data.members;
  const n = ids.length;
  const newIndex = new Int32Array(n).fill(-1);
  const keptIds: string[] = [];
  const keptAttributes: MemberAttributes[] = [];
  const keptLines: number[] = [];
  const absent = new Skip(`not present in ${year}`);
  for (let i = 0; i < n; i++) {
    if (presentIn(attributes[i], year)) {
      newIndex[i] = keptIds.length;
      keptIds.push(ids[i]);
      keptAttributes.push(attributes[i]);
      if (lines.length === n) keptLines.push(lines[i]);
    } else absent.add(lines.length === n ? lines[i] : 0);
  }
  const cut = cutTies(data.ties, newIndex, year);
  const input: ReportInput = yearInput(data.input, data.directed, year, absent, cut);
  const members = new Members(keptIds, keptAttributes, keptLines);
  const warnings = [...data.warnings, ...censoredNotes(data)];
  const base = clusterData({ directed: data.directed, members, ties: cut.table, warnings, input });
  const out: AnalysisInput = { ...(data as AnalysisInput), ...base, input };
  const projects = (data as AnalysisInput).projects;
  if (projects !== undefined) {
    // Joint projects keep the rows of present members (the Triple-Helix measures read them).
    const present = new Set(keptIds);
    const left = new Skip(`member not present in ${year}`);
    const rows: { project: string; member: string; line?: number }[] = [];
    for (const row of projects.rows as readonly { project: string; member: string; line?: number }[]) {
      if (present.has(row.member)) rows.push(row);
      else left.add(row.line ?? 0);
    }
    out.projects = { ...projects, rows };
    input.year!.projectRowsMemberAbsent = left.entry.count;
    if (input.projects) {
      input.projects = { ...input.projects, used: input.projects.used - left.entry.count, skipped: [...input.projects.skipped, ...(left.entry.count > 0 ? [left.entry] : [])] };
    }
  }
  return out;
}

/**
 * The `years-censored` notes (one per file): some member rows have joined/left and others neither,
 * or some tie rows have since/until and others neither. Left-censored (the start is not known) or
 * never-ending rows are read as present in every year, which is the usual convention of panel data
 * but worth knowing when a cluster grows: an undated row counts in the earliest year too.
 */
export function censoredNotes(data: ClusterData): InputWarning[] {
  const notes: InputWarning[] = [];
  const { attributes, lines } = data.members;
  let withYears = 0;
  let firstWithout = -1;
  for (let i = 0; i < attributes.length; i++) {
    const a = attributes[i];
    if ((a.joined ?? null) !== null || (a.left ?? null) !== null) withYears++;
    else if (firstWithout < 0) firstWithout = i;
  }
  const note = (file: string | null, line: number | null, without: number, total: number, what: string, years: string, present: string) =>
    notes.push({
      code: 'years-censored',
      message: `${plural(without, what)} of ${total} ${without === 1 ? 'has' : 'have'} no year (${years}) while the others have: ${without === 1 ? 'it is' : 'they are'} taken as ${present} in every year`,
      file,
      line,
      column: null,
      count: 1,
    });
  if (withYears > 0 && firstWithout >= 0) {
    const line = lines.length === attributes.length ? lines[firstWithout] : null;
    note(data.input.files.members, line, attributes.length - withYears, attributes.length, 'member row', 'joined or left', 'present');
  }
  const rows = data.ties.rowTable;
  if (rows !== null) {
    let dated = 0;
    let first = -1;
    for (let r = 0; r < rows.count; r++) {
      if (rows.since[r] >= 0 || rows.until[r] >= 0) dated++;
      else if (first < 0) first = r;
    }
    if (dated > 0 && first >= 0) note(data.input.files.ties, rows.line[first], rows.count - dated, rows.count, 'tie row', 'since or until', 'active');
  }
  return notes;
}

interface CutTies {
  table: TieTable;
  used: number;
  inactive: Skip;
  memberAbsent: Skip;
}

/** The ties of the year, row by row (or tie by tie when the table has no rows). */
function cutTies(ties: TieTable, newIndex: Int32Array, year: number): CutTies {
  const inactive = new Skip(`not active in ${year}`);
  const memberAbsent = new Skip(`member not present in ${year}`);
  const rows = ties.rowTable;
  const table = new TieTable(Math.max(16, ties.count));
  const withExtra = ties.extra.length === ties.count && ties.count > 0;
  if (rows === null) {
    // No rows: each tie is one row of its own years.
    for (let e = 0; e < ties.count; e++) {
      const s = ties.since[e];
      const u = ties.until[e];
      if ((s >= 0 && s > year) || (u >= 0 && u < year)) inactive.add(ties.line[e]);
      else if (newIndex[ties.src[e]] < 0 || newIndex[ties.dst[e]] < 0) memberAbsent.add(ties.line[e]);
      else {
        const k = table.add(newIndex[ties.src[e]], newIndex[ties.dst[e]], ties.line[e], ties.weight[e], s, u, ties.orientation[e]);
        table.rows[k] = ties.rows[e];
        const kinds = ties.kinds.get(e);
        if (kinds !== undefined) table.kinds.set(k, [...kinds]);
        if (withExtra) table.extra.push(ties.extra[e]);
      }
    }
    return { table, used: table.count, inactive, memberAbsent };
  }
  const out = new TieRows(Math.max(16, rows.count));
  out.weighting = rows.weighting;
  const newTie = new Int32Array(ties.count).fill(-1);
  const one = rows.weighting === 'one';
  // The first row of each tie: its extra cells are the tie table's (later rows keep theirs in the rows).
  const firstRow = new Int32Array(ties.count).fill(-1);
  if (withExtra) for (let r = rows.count - 1; r >= 0; r--) firstRow[rows.tie[r]] = r;
  const extraOf = (r: number, e: number) => rows.extraOf(r) ?? (firstRow[e] === r ? ties.extra[e] : nullRecord());
  let used = 0;
  for (let r = 0; r < rows.count; r++) {
    const e = rows.tie[r];
    const line = rows.line[r];
    if (!rows.activeIn(r, year)) {
      inactive.add(line);
      continue;
    }
    const a = newIndex[ties.src[e]];
    const b = newIndex[ties.dst[e]];
    if (a < 0 || b < 0) {
      memberAbsent.add(line);
      continue;
    }
    used++;
    const since = rows.since[r];
    const until = rows.until[r];
    const orientation = rows.orientation[r];
    const kind = rows.kindOf(r);
    let k = newTie[e];
    if (k < 0) {
      // The first active row forms the tie, in its own direction.
      const reversed = rows.reversed[r] === 1;
      k = table.add(reversed ? b : a, reversed ? a : b, line, one ? 1 : rows.weight[r], since, until, orientation);
      newTie[e] = k;
      if (kind !== null) table.kinds.set(k, [kind]);
      if (withExtra) table.extra.push(extraOf(r, e));
      out.add(k, line, rows.weight[r], since, until, false, orientation, kind ?? '');
      continue;
    }
    // A further active row of the pair: merged as the reader merges.
    const reversed = (rows.reversed[r] === 1 ? b : a) !== table.src[k];
    const kept = out.add(k, line, rows.weight[r], since, until, reversed, orientation, kind ?? '');
    if (withExtra) out.setExtra(kept, extraOf(r, e));
    if (!one) table.weight[k] += rows.weight[r];
    table.rows[k]++;
    if (since >= 0 && (table.since[k] < 0 || since < table.since[k])) table.since[k] = since;
    if (until >= 0 && (table.until[k] < 0 || until > table.until[k])) table.until[k] = until;
    if (orientation !== 0 && table.orientation[k] === 0) table.orientation[k] = orientation;
    if (kind !== null) {
      const kinds = table.kinds.get(k);
      if (kinds === undefined) table.kinds.set(k, [kind]);
      else if (!kinds.includes(kind)) kinds.push(kind);
    }
  }
  // Finish as the reader does: orientation inferred where no active row gave one, kinds sorted.
  out.inferred = new Uint8Array(table.count);
  for (let e = 0; e < ties.count; e++) {
    const k = newTie[e];
    if (k < 0) continue;
    out.inferred[k] = rows.inferred[e];
    if (table.orientation[k] === 0) table.orientation[k] = rows.inferred[e];
  }
  for (const kinds of table.kinds.values()) if (kinds.length > 1) kinds.sort();
  table.rowTable = out;
  return { table, used, inactive, memberAbsent };
}

/** The input account of the year: the rows left out are skipped rows and counted in `input.year`. */
function yearInput(input: ReportInput, directed: boolean, year: number, absent: Skip, cut: CutTies): ReportInput {
  const withSkip = (skipped: SkippedRows[], ...more: Skip[]) => [...skipped, ...more.filter((s) => s.entry.count > 0).map((s) => s.entry)];
  const yearAccount: YearAccount = {
    year,
    membersAbsent: absent.entry.count,
    tieRowsInactive: cut.inactive.entry.count,
    tieRowsMemberAbsent: cut.memberAbsent.entry.count,
  };
  const out: ReportInput = {
    ...input,
    members: { ...input.members, used: input.members.used - absent.entry.count, skipped: withSkip(input.members.skipped, absent) },
    ties: { ...input.ties, used: cut.used, merged: cut.used - cut.table.count, skipped: withSkip(input.ties.skipped, cut.inactive, cut.memberAbsent) },
    year: yearAccount,
  };
  if (input.roster) {
    const roster = input.roster;
    const pairs = rosterPairs(cut.table, directed);
    out.roster = {
      ...roster,
      used: cut.used,
      skipped: withSkip(roster.skipped, cut.inactive, cut.memberAbsent),
      reciprocal: pairs.reciprocal,
      oneSided: pairs.oneSided,
      note: rosterNote(pairs.pairs, pairs.oneSided, pairs.reciprocal),
    };
  }
  return out;
}

/** Reciprocal and one-sided partnerships of roster ties (see RosterAccount). */
function rosterPairs(table: TieTable, directed: boolean): { pairs: number; reciprocal: number; oneSided: number } {
  let reciprocal = 0;
  if (!directed) {
    for (let e = 0; e < table.count; e++) if (table.rows[e] > 1) reciprocal++;
    return { pairs: table.count, reciprocal, oneSided: table.count - reciprocal };
  }
  const seen = new Set<string>();
  for (let e = 0; e < table.count; e++) {
    if (seen.has(`${table.dst[e]},${table.src[e]}`)) reciprocal++;
    seen.add(`${table.src[e]},${table.dst[e]}`);
  }
  const pairs = table.count - reciprocal;
  return { pairs, reciprocal, oneSided: pairs - reciprocal };
}
