/**
 * Joint projects (`projects.csv`): one row per participation, `project,member`. Used for the
 * Triple-Helix synergy of the cluster and, optionally, as a source of member–member ties (members who
 * share projects). Every row is used or reported: repeated (project, member) rows are folded with a
 * warning; a member id missing from the members file stops the run, like a tie to an unknown member.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openCsvFile, parseCsvText, type CsvReadOptions, type CsvSource } from './csv.js';
import { InputError, WarningCollector, type InputWarning, type SkippedRows } from '../model/errors.js';
import { matchKey } from '../model/vocabulary.js';
import { plural } from '../model/words.js';
import type { ProjectRow } from '../model/projects.js';

export type { ProjectRow } from '../model/projects.js';


export interface ProjectsData {
  file: string;
  rows: ProjectRow[];
  account: { rows: number; used: number; skipped: SkippedRows[] };
  warnings: InputWarning[];
}

const PROJECT_HEADERS = ['project', 'project id', 'consortium', 'programme', 'program', 'event', 'agreement'];
const MEMBER_HEADERS = ['member', 'member id', 'id', 'participant', 'partner', 'institution', 'institution id', 'organisation', 'organization'];

/** `projects.csv` beside the members file when it exists, else null. */
export function findProjectsBeside(membersPath: string): string | null {
  const candidate = join(dirname(membersPath), 'projects.csv');
  try {
    return existsSync(candidate) && statSync(candidate).isFile() ? candidate : null;
  } catch {
    return null;
  }
}

function column(headers: string[], synonyms: string[], mapped: string | undefined): number {
  const keys = headers.map((h) => matchKey(h.trim()));
  if (mapped !== undefined) return keys.indexOf(matchKey(mapped));
  for (const s of synonyms) {
    const i = keys.indexOf(matchKey(s));
    if (i >= 0) return i;
  }
  return -1;
}

/**
 * The members a projects file may name: their ids (a set), or (with `matchBy: 'name'`) a map from the
 * key written in the file to the member id.
 */
export type MemberKeys = ReadonlySet<string> | ReadonlyMap<string, string>;

function memberOf(keys: MemberKeys, written: string): string | undefined {
  if (keys instanceof Map) return keys.get(written);
  return (keys as ReadonlySet<string>).has(written) ? written : undefined;
}

async function collect(source: Pick<CsvSource, 'records'>, file: string, memberIds: MemberKeys, map: Record<string, string> | undefined): Promise<ProjectsData> {
  let headers: string[] | null = null;
  let pCol = -1;
  let mCol = -1;
  const rows: ProjectRow[] = [];
  const seen = new Set<string>();
  const warnings = new WarningCollector();
  const unknown: { id: string; line: number }[] = [];
  const skipped = new Map<string, SkippedRows>();
  let total = 0;
  const skip = (reason: string, line: number) => {
    let s = skipped.get(reason);
    if (!s) skipped.set(reason, (s = { reason, count: 0, lines: [] }));
    s.count++;
    if (s.lines.length < 20) s.lines.push(line);
  };
  for await (const rec of source.records) {
    if (headers === null) {
      headers = rec.fields.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
      pCol = column(headers, PROJECT_HEADERS, map?.project);
      mCol = column(headers, MEMBER_HEADERS, map?.member);
      if (pCol < 0 || mCol < 0 || pCol === mCol) {
        throw new InputError({
          code: 'missing-column',
          file,
          line: rec.line,
          problem: `the projects file needs a project column and a member column; found ${headers.map((h) => `"${h}"`).join(', ')}`,
          expected: 'a header such as "project,member"',
          fix: 'Rename the columns, or map them with --map project=Header,member=Header.',
        });
      }
      continue;
    }
    total++;
    const project = (rec.fields[pCol] ?? '').trim();
    const written = (rec.fields[mCol] ?? '').trim();
    if (project === '' || written === '') {
      skip(project === '' ? 'empty project' : 'empty member', rec.line);
      warnings.add('empty', 'empty-project-cell', file, rec.line, headers[project === '' ? pCol : mCol], (count, lines) =>
        `${plural(count, 'project row')} with an empty project or member cell ${count === 1 ? 'was' : 'were'} skipped (${count === 1 ? 'line' : 'lines'} ${lines}).`,
      );
      continue;
    }
    const member = memberOf(memberIds, written);
    if (member === undefined) {
      unknown.push({ id: written, line: rec.line });
      continue;
    }
    const key = `${project}\u0000${member}`;
    if (seen.has(key)) {
      skip('repeated participation', rec.line);
      warnings.add('dup', 'duplicate-participation', file, rec.line, null, (count, lines) =>
        `${plural(count, 'repeated project/member row')} ${count === 1 ? 'was' : 'were'} counted once (${count === 1 ? 'line' : 'lines'} ${lines}).`,
      );
      continue;
    }
    seen.add(key);
    rows.push({ project, member, line: rec.line });
  }
  if (headers === null) {
    throw new InputError({ code: 'empty-file', file, problem: 'the projects file is empty', expected: 'a header "project,member" and one row per participation' });
  }
  if (unknown.length > 0) {
    const shown = unknown.slice(0, 10).map((u) => `"${u.id}" (line ${u.line})`).join(', ');
    const more = unknown.length > 10 ? ` and ${unknown.length - 10} more` : '';
    throw new InputError({
      code: 'unknown-member',
      file,
      line: unknown[0].line,
      column: headers[mCol],
      problem: `${unknown.length === 1 ? '1 project row names a member' : `${unknown.length} project rows name members`} that ${unknown.length === 1 ? 'is' : 'are'} not in the members file: ${shown}${more}`,
      fix: `Add these members to the members file or correct the ${memberIds instanceof Map ? 'names' : 'ids'}.`,
    });
  }
  return {
    file,
    rows,
    account: { rows: total, used: rows.length, skipped: [...skipped.values()] },
    warnings: warnings.collect(),
  };
}

/**
 * Reads a projects file (`options.encoding` as for the other files); members are checked against
 * `memberIds` (ids, or a name → id map when matching by name: the rows then hold the ids).
 */
export async function readProjects(
  path: string,
  memberIds: MemberKeys,
  map?: Record<string, string>,
  options: CsvReadOptions = {},
): Promise<ProjectsData> {
  return collect(await openCsvFile(path, path, options), path, memberIds, map);
}

/**
 * Reads projects from records already opened (a CSV file or a workbook's sheet); `file` names them in
 * messages.
 */
export async function readProjectsFrom(
  source: Pick<CsvSource, 'records'>,
  file: string,
  memberIds: MemberKeys,
  map?: Record<string, string>,
): Promise<ProjectsData> {
  return collect(source, file, memberIds, map);
}

/** The file-less variant: rows (`{project, member}`) or CSV text. */
export async function buildProjects(
  input: { project: string; member: string }[] | string,
  memberIds: MemberKeys,
  file = 'projects',
): Promise<ProjectsData> {
  if (typeof input === 'string') return collect(parseCsvText(input, file), file, memberIds, undefined);
  const text = ['project,member', ...input.map((r) => `${csvCell(r.project)},${csvCell(r.member)}`)].join('\n');
  return collect(parseCsvText(text, file), file, memberIds, undefined);
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
