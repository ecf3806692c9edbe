/**
 * `cluster-graph validate members.csv [ties.csv] [projects.csv]`: reads and checks the input without
 * analysing it, and prints what was read (members by type and sector, ties by orientation and kind,
 * the account of every row, warnings, errors). Exit code 0 when clean, 1 with warnings, 2 with errors
 * (or a usage error). `--format json` prints one JSON object for scripts.
 */
import { Option, type Command } from 'commander';
import { validateInput, type ValidateResult, type ValueCount } from '../io/validate.js';
import { InputError, describeLocation, formatLines, type InputProblem, type InputWarning, type SkippedRows } from '../model/errors.js';
import { addReaderOptions, readerOptionsFrom, type ReaderCliOptions } from './reader-options.js';
import { typeHelixFrom } from './type-mapping-options.js';
import { GroupCounter } from '../model/group-key.js';
import { plural } from '../model/words.js';

export interface ValidateCliOptions extends ReaderCliOptions {
  format?: 'text' | 'json';
}

export interface ValidateStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

function counts(list: ValueCount[], none = '(none)'): string {
  return list.length === 0 ? '—' : list.map((c) => `${c.value ?? none} ${c.count}`).join(', ');
}

function skipped(list: SkippedRows[]): string {
  if (list.length === 0) return 'none skipped';
  return `skipped: ${list.map((s) => `${s.count} ${s.reason} (${s.count === 1 ? 'line' : 'lines'} ${formatLines(s.lines, s.count)})`).join('; ')}`;
}

/** The text rendering of a {@link ValidateResult}. */
export function renderValidateText(r: ValidateResult): string {
  const out: string[] = [];
  if (r.counts && r.input) {
    const c = r.counts;
    const i = r.input;
    out.push(`${i.files.members}: ${plural(c.members, 'member')} from ${plural(i.members.rows, 'row')}, ${skipped(i.members.skipped)}`);
    out.push(`  by type: ${counts(c.membersByType)}`);
    out.push(`  by type class: ${counts(c.membersByTypeClass)}`);
    out.push(`  by sector: ${counts(c.membersBySector)}`);
    if (i.roster) {
      const ro = i.roster;
      out.push(
        `${ro.file}, column "${ro.column}" (roster): ${plural(c.ties, c.directed ? 'arc' : 'tie')} from ${plural(ro.mentions, 'partner mention')} (${ro.used} used, ${skipped(ro.skipped)}); ${ro.reciprocal} reciprocal, ${ro.oneSided} one-sided`,
      );
      out.push(`  note: ${ro.note}`);
    } else if (i.files.ties !== null) {
      out.push(`${i.files.ties}: ${plural(c.ties, c.directed ? 'arc' : 'tie')} from ${plural(i.ties.rows, 'row')} (${i.ties.merged} merged into the tie of an earlier row), ${skipped(i.ties.skipped)}`);
    } else {
      out.push(`no ties file: ${plural(c.ties, 'tie')}`);
    }
    out.push(`  by orientation: ${counts(c.tiesByOrientation)}`);
    out.push(`  by kind: ${counts(c.tiesByKind)}`);
    if (i.projects) {
      out.push(`${i.projects.file}: ${plural(c.projects ?? 0, 'project')}, ${plural(i.projects.used, 'participation')} from ${plural(i.projects.rows, 'row')}, ${skipped(i.projects.skipped)}`);
      if (i.projectTies && i.projectTies.mode !== 'ignore') {
        const p = i.projectTies;
        out.push(`  project ties (${p.mode}): ${p.pairs} ${p.pairs === 1 ? 'pair shares' : 'pairs share'} projects, ${plural(p.added, 'new tie')}, ${p.strengthened} strengthened, ${p.replaced} replaced`);
      }
    }
  } else {
    // Name the file(s) the errors are in, not the members file by default.
    const failed = [...new Set(r.errors.map((e) => e.file).filter((f): f is string => f !== null && f !== ''))];
    out.push(failed.length > 0 ? `errors in ${failed.join(' and ')} (below): the input was not read` : 'the input was not read (errors below)');
  }
  if (r.warnings.length > 0) {
    out.push('', `Warnings (${r.warnings.length}):`);
    for (const w of r.warnings) {
      const where = describeLocation(w.file, w.line, w.column);
      out.push(`  [${w.code}] ${where ? `${where}: ` : ''}${w.message}`);
    }
  }
  if (r.errors.length > 0) {
    out.push('', `Errors (${r.errorCount}):`);
    for (const e of r.errors) out.push(`  [${e.code}] ${e.message.replace(/\n/g, '\n    ')}`);
    if (r.errorCount > r.errors.length) out.push(`  … and ${r.errorCount - r.errors.length} more like these`);
  }
  out.push(
    '',
    r.status === 'clean'
      ? 'OK: the input is clean.'
      : r.status === 'warnings'
        ? `${plural(r.warnings.length, 'warning')}: the input can be analysed; check the warnings above.`
        : 'Errors: the input cannot be analysed until they are corrected.',
  );
  return `${out.join('\n')}\n`;
}

/** Runs `validate`; returns the exit code (0 clean, 1 warnings, 2 errors). */
export async function runValidate(
  members: string,
  ties: string | undefined,
  projects: string | undefined,
  opts: ValidateCliOptions,
  io: ValidateStreams,
): Promise<number> {
  typeHelixFrom(opts.typeHelix); // checked here (a usage error, exit 2); used by analyze
  const result = await validateInput({ members, ties, projects: projects ?? opts.projects }, readerOptionsFrom(opts));
  io.stdout.write(opts.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderValidateText(result));
  return result.exitCode;
}

/** Adds the `validate` command to the program; `result.code` receives its exit code. */
export function registerValidate(program: Command, result: { code: number }): void {
  const command = program
    .command('validate')
    .description('Read and check the input without analysing it: what was read, what was skipped and why, warnings and errors. Exit code 0 clean, 1 warnings, 2 errors.')
    .argument('<members.csv>', 'members file')
    .argument('[ties.csv]', 'ties file; default: ties.csv beside the members file, else the partners column of the members file')
    .argument('[projects.csv]', 'joint projects; default: --projects, else projects.csv beside the members file');
  addReaderOptions(command);
  command
    .addOption(new Option('--format <format>', 'output format (json: one object for scripts)').choices(['text', 'json']).default('text'))
    .addHelpText(
      'after',
      `
Examples:
  cluster-graph validate members.csv ties.csv
  cluster-graph validate roster.csv                      # ties from its "partners" column
  cluster-graph validate members.csv ties.csv --encoding windows-1251 --strict --format json`,
    )
    .action(async (members: string, ties: string | undefined, projects: string | undefined, opts: ValidateCliOptions) => {
      result.code = await runValidate(members, ties, projects, opts, { stdout: process.stdout, stderr: process.stderr });
    });
}
