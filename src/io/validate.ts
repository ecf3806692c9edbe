/**
 * Checking the input without analysing it (`cluster-graph validate`): what was read (members by type,
 * type class and sector, ties by orientation and kind, projects), the account of every row, warnings
 * and errors — errors never thrown, returned with the warnings found before them.
 */
import { readInput, type InputOptions, type InputPaths, type ReadInput } from './read-input.js';
import { InputError, type InputProblem, type InputWarning } from '../model/errors.js';
import { GroupCounter } from '../model/group-key.js';

/** A count per value (null = not given), most frequent first, then by value. */
export interface ValueCount {
  value: string | null;
  count: number;
}

/** What `validate --format json` prints. */
export interface ValidateResult {
  /** `clean` (exit 0), `warnings` (exit 1) or `errors` (exit 2). */
  status: 'clean' | 'warnings' | 'errors';
  exitCode: 0 | 1 | 2;
  files: { members: string; ties: string | null; projects: string | null };
  /** What was read (null when an error stopped the reading). */
  counts: {
    directed: boolean;
    members: number;
    ties: number;
    /** By type as written, grouped ignoring case and spaces (label: first spelling). */
    membersByType: ValueCount[];
    /** By type class of the vocabulary (null: unknown type or none). */
    membersByTypeClass: ValueCount[];
    membersBySector: ValueCount[];
    tiesByOrientation: ValueCount[];
    tiesByKind: ValueCount[];
    projects: number | null;
  } | null;
  /** The account of every input row (the report's `input` section); null when an error stopped the reading. */
  input: ReadInput['input'] | null;
  warnings: InputWarning[];
  errors: InputProblem[];
  /** Number of errors found (`errors` holds at most 10 per code). */
  errorCount: number;
}

/** Counts grouped ignoring case and spaces, each under its first spelling. */
function countGrouped(values: Iterable<string | null>): ValueCount[] {
  const c = new GroupCounter();
  for (const v of values) c.add(v);
  return c.table();
}

function countBy(values: Iterable<string | null>): ValueCount[] {
  const m = new Map<string | null, number>();
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1);
  return [...m.entries()]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value === b.value ? 0 : a.value === null ? 1 : b.value === null ? -1 : a.value < b.value ? -1 : 1));
}

/** Reads and checks; never throws an InputError (it becomes `errors`). */
export async function validateInput(paths: InputPaths, options: InputOptions = {}): Promise<ValidateResult> {
  const { members, ties, projects: projectsPath } = paths;
  const files = { members, ties: ties ?? null, projects: projectsPath ?? null };
  let data: ReadInput;
  try {
    data = await readInput(paths, options);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { status: 'errors', exitCode: 2, files, counts: null, input: null, warnings: err.warnings, errors: err.problems, errorCount: err.total };
  }
  // From the members and the tie table: no graph is needed.
  const memberRows = data.members.attributes;
  const table = data.ties;
  const kinds: string[] = [];
  const orientations: string[] = [];
  for (let e = 0; e < table.count; e++) {
    const k = table.kindsOf(e);
    if (k.length === 0) kinds.push('');
    else kinds.push(...k);
    orientations.push(table.orientationOf(e));
  }
  const status = data.warnings.length > 0 ? 'warnings' : 'clean';
  return {
    status,
    exitCode: status === 'clean' ? 0 : 1,
    files: { members: data.input.files.members ?? members, ties: data.input.files.ties, projects: data.input.projects?.file ?? null },
    counts: {
      directed: data.directed,
      members: memberRows.length,
      ties: table.count,
      membersByType: countGrouped(memberRows.map((a) => a.type)),
      membersByTypeClass: countBy(memberRows.map((a) => a.typeClass ?? null)),
      membersBySector: countGrouped(memberRows.map((a) => a.sector)),
      tiesByOrientation: countBy(orientations),
      tiesByKind: countBy(kinds.map((k) => (k === '' ? null : k))),
      projects: data.projects ? new Set(data.projects.rows.map((r) => r.project)).size : null,
    },
    input: data.input,
    warnings: data.warnings,
    errors: [],
    errorCount: 0,
  };
}

