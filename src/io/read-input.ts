/**
 * Everything `analyze` and `validate` read, in one call: members, ties (from a ties file, from a
 * `partners` column of the members file, or derived from joint projects) and, when present, joint
 * projects. The CLI uses it; library users can too, or call the pieces.
 */
import { ClusterBuilder, type ReadOptions } from './build-cluster.js';
import { findTiesPath, resolveTiesPath } from './read-cluster.js';
import { feedFile } from './builder/feed.js';
import { findProjectsBeside, readProjectsFrom } from './read-projects.js';
import { applyProjectTies } from './project-ties.js';
import type { AnalysisInput, ProjectTiesAccount, ProjectTiesMode } from '../model/cluster.js';
import { InputError, warningsAsError, withWarnings } from '../model/errors.js';
import { snapshot } from '../model/snapshot.js';
import { TableOpener, noTiesInWorkbook } from './sheets/inputs.js';
import { isWorkbookPath, sheetList } from './sheets/workbook.js';
import { dirname, join } from 'node:path';

export interface InputPaths {
  members: string;
  /** Ties file; default `ties.csv` beside the members file. */
  ties?: string;
  /** Joint projects (`project,member`); default `projects.csv` beside the members file when it exists. */
  projects?: string;
}

export interface InputOptions extends ReadOptions {
  /**
   * How ties derived from shared projects are used. Default 'auto': only them when there is neither a
   * ties file nor a partners column, else ignored (the projects then serve the Triple-Helix measures only).
   */
  projectTies?: ProjectTiesMode | 'auto';
}

export interface ReadInput extends AnalysisInput {
  projectTies: ProjectTiesAccount | null;
}

/**
 * Reads the members, the ties and the projects. The ties come from the ties file (given, or
 * `ties.csv` beside the members file); without one, from the members file's `partners` column
 * (roster format); without that, from the projects (if there are any; else the error says how to give
 * ties). `projectTies: 'only'` reads no ties file. Every error found is thrown as one InputError;
 * with `strict`, every warning too.
 */
export async function readInput(paths: InputPaths, options: InputOptions = {}): Promise<ReadInput> {
  // The year is applied here, once the projects are read (their rows of absent members are left out too).
  const builder = new ClusterBuilder({ ...options, strict: false, year: undefined });
  try {
    return await readWith(builder, paths, options);
  } catch (err) {
    // An error keeps the warnings found before it (validate lists them beside the errors).
    if (err instanceof InputError) withWarnings(err, builder.warningsSoFar());
    throw err;
  }
}

async function readWith(builder: ClusterBuilder, paths: InputPaths, options: InputOptions): Promise<ReadInput> {
  // CSV files or workbook sheets: one opener, the same records for the builder (src/io/sheets/).
  const tables = new TableOpener(options);
  const book = isWorkbookPath(paths.members) ? paths.members : null;
  const projectsPath =
    paths.projects ?? (book !== null && (await tables.has(book, 'projects')) ? book : findProjectsBeside(paths.members));
  const requested = options.projectTies ?? 'auto';
  const tiesPath =
    requested === 'only'
      ? null
      : paths.ties === undefined && book !== null && (await tables.has(book, 'ties'))
        ? book
        : findTiesPath(paths.members, paths.ties);
  const membersTable = (await tables.open(paths.members, 'members'))!;
  const tiesTable = tiesPath === null ? null : (await tables.open(tiesPath, 'ties'))!;
  await feedFile(builder, 'members', membersTable.label, membersTable.source);
  let mode: ProjectTiesMode;
  if (tiesTable !== null) {
    await feedFile(builder, 'ties', tiesTable.label, tiesTable.source);
    mode = requested === 'auto' ? 'ignore' : requested;
  } else if (requested !== 'only' && builder.hasRoster) {
    builder.useRoster();
    mode = requested === 'auto' ? 'ignore' : requested;
  } else {
    mode = requested === 'auto' && projectsPath !== null ? 'only' : requested === 'auto' ? 'ignore' : requested;
    if (mode === 'only' && projectsPath === null) {
      throw new InputError({
        code: 'no-projects-file',
        problem: `--project-ties only needs a projects file, and there is none at ${join(dirname(paths.members), 'projects.csv')}`,
        fix: 'Give one with --projects FILE.',
      });
    }
    if (mode !== 'only') {
      if (book !== null && paths.ties === undefined) throw noTiesInWorkbook(book, sheetList((await tables.workbook(book)).book));
      resolveTiesPath(paths.members, paths.ties); // throws no-ties-file
    }
  }
  const full = builder.finish();
  if (projectsPath === null) {
    strictCheck(full.warnings, options);
    return { ...(options.year === undefined ? full : snapshot(full, options.year)), projectTies: null };
  }
  let projects: Awaited<ReturnType<typeof readProjectsFrom>>;
  let projectsLabel = projectsPath;
  try {
    const table = (await tables.open(projectsPath, 'projects'))!;
    projectsLabel = table.label;
    projects = await readProjectsFrom(table.source, table.label, builder.namesToIds() ?? new Set(full.members.ids));
  } catch (err) {
    if (err instanceof InputError) withWarnings(err, full.warnings);
    throw err;
  }
  const warnings = [...full.warnings, ...projects.warnings];
  strictCheck(warnings, options);
  const withProjects: AnalysisInput = {
    ...full,
    warnings,
    input: { ...full.input, projects: { file: projectsLabel, ...projects.account } },
    projects: { file: projectsLabel, rows: projects.rows },
  };
  // The year first (members, tie rows, project rows), then the ties derived from the projects left.
  const data = options.year === undefined ? withProjects : snapshot(withProjects, options.year);
  const applied = applyProjectTies(data, data.projects!.rows, mode, options.levelOrder);
  const projectTies = applied.account;
  return {
    ...applied.data,
    warnings,
    input: { ...data.input, projectTies },
    projects: data.projects,
    projectTies,
  };
}

function strictCheck(warnings: Parameters<typeof warningsAsError>[0], options: InputOptions): void {
  if (!options.strict) return;
  const err = warningsAsError(warnings);
  if (err) throw err;
}
