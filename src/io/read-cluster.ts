/**
 * Files → {@link ClusterData}: reads a cluster's members and ties CSV exports (streamed, so large files
 * use bounded memory) into the typed partnership graph. The rules are those of `buildCluster`
 * (src/io/builder/), which this shares; docs/input.md documents them. Workbooks (.xlsx, .xls, .ods) are
 * read sheet by sheet through the same builder (src/io/sheets/).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { TableOpener, noTiesInWorkbook } from './sheets/inputs.js';
import { isWorkbookPath, sheetList } from './sheets/workbook.js';
import { InputError, withWarnings } from '../model/errors.js';
import { ClusterBuilder, feedFile, type ClusterData, type ReadOptions } from './build-cluster.js';

export type { CellValue, ClusterData, ReadOptions, RowsOrText } from './build-cluster.js';
export { buildCluster, feedFile } from './build-cluster.js';
export { InputError, type InputWarning, type InputAccount } from '../model/errors.js';

/**
 * The ties file to read: `tiesPath` when given, else `ties.csv` beside the members file. Throws an
 * InputError (code `no-ties-file`) saying how to give one when neither exists.
 */
export function resolveTiesPath(membersPath: string, tiesPath?: string): string {
  if (tiesPath !== undefined && tiesPath !== '') return tiesPath;
  const candidate = join(dirname(membersPath), 'ties.csv');
  let found = false;
  try {
    found = existsSync(candidate) && statSync(candidate).isFile();
  } catch {
    found = false;
  }
  if (!found) {
    throw new InputError({
      code: 'no-ties-file',
      file: null,
      problem: `no ties file given and none found at ${candidate}: pass it as the second argument, e.g. \`cluster-graph analyze members.csv ties.csv\``,
      fix: 'Or add a "partners" column to the members file listing the partner ids of each member, separated by ";" (roster format).',
    });
  }
  return candidate;
}

/** The ties file given or `ties.csv` beside the members file, or null when there is neither. */
export function findTiesPath(membersPath: string, tiesPath?: string): string | null {
  try {
    return resolveTiesPath(membersPath, tiesPath);
  } catch (err) {
    if (err instanceof InputError && err.code === 'no-ties-file') return null;
    throw err;
  }
}

/**
 * Reads the members file and the ties file (default: `ties.csv` beside the members file, see
 * {@link resolveTiesPath}) into the cluster graph, with the warnings and the account of every row.
 * Both files are checked (existence, encoding, delimiter) before either is read. Without a ties file,
 * a `partners` column in the members file gives the ties (roster format). Throws an
 * {@link InputError} for anything that would make the graph wrong (all the errors found, see
 * `InputError.problems`); with `strict`, warnings too.
 */
export async function readCluster(paths: { members: string; ties?: string }, options: ReadOptions = {}): Promise<ClusterData> {
  const builder = new ClusterBuilder(options);
  try {
    // CSV files or workbook sheets (a workbook of members may hold the ties sheet too).
    const tables = new TableOpener(options);
    const book = isWorkbookPath(paths.members) ? paths.members : null;
    const members = (await tables.open(paths.members, 'members'))!;
    const tiesPath = paths.ties === undefined && book !== null && (await tables.has(book, 'ties')) ? book : findTiesPath(paths.members, paths.ties);
    const ties = tiesPath === null ? null : (await tables.open(tiesPath, 'ties'))!;
    await feedFile(builder, 'members', members.label, members.source);
    if (ties !== null) await feedFile(builder, 'ties', ties.label, ties.source);
    else if (builder.hasRoster) builder.useRoster();
    else if (book !== null && paths.ties === undefined) throw noTiesInWorkbook(book, sheetList((await tables.workbook(book)).book));
    else resolveTiesPath(paths.members, paths.ties); // throws no-ties-file
    return builder.finish();
  } catch (err) {
    // An error keeps the warnings found before it (see InputError.warnings).
    if (err instanceof InputError) withWarnings(err, builder.warningsSoFar());
    throw err;
  }
}
