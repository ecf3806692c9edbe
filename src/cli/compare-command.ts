/**
 * `cluster-graph compare BEFORE AFTER`: two waves of a cluster (two members files, each with its ties
 * file found as `analyze` finds it, or named by --before-ties / --after-ties; each file sniffed on its
 * own), or one members file with --from Y1 --to Y2 (its two snapshots). Read → compareClusters →
 * render → write; no measure is computed here. Errors exit 2.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { basename } from 'node:path';
import { readInput, type ReadInput } from '../io/read-input.js';
import { InputError } from '../model/errors.js';
import { compareClusters, DEFAULT_COMPARE_PERMUTATIONS } from '../analysis/compare.js';
import type { ComparisonReport } from '../analysis/report-types.js';
import { addReaderOptions, readerOptionsFrom, type ReaderCliOptions } from './reader-options.js';
import { typeHelixFrom } from './type-mapping-options.js';
import { addPerformanceOptions, performanceOptionsFrom, type PerformanceCliOptions } from './performance-options.js';
import { CHANGE_FORMATS, checkChangeOutput, collectChangeFormats, writeChangeOutput, type ChangeFormat } from './change-outputs.js';
import { expectedInputs } from './outputs.js';
import { renderComparisonText } from '../report/comparison/text.js';
import { renderChangeJson } from '../report/comparison/json.js';
import { renderComparisonMarkdown } from '../report/comparison/markdown.js';
import { renderComparisonCsv } from '../report/comparison/csv.js';
import { renderComparisonHtml } from '../report/comparison/html.js';
import { yearSnapshots } from '../analysis/years.js';
import { plural } from '../model/words.js';
import { readFindingsConfig } from './analyze-command.js';

export interface CompareCliOptions extends ReaderCliOptions, PerformanceCliOptions {
  beforeTies?: string;
  afterTies?: string;
  from?: number;
  to?: number;
  permutations: number;
  seed: number;
  groupBy: string;
  resolution: number;
  restarts: number;
  unweighted?: boolean;
  format?: ChangeFormat[];
  out?: string;
  outDir?: string;
  quiet?: boolean;
  /** `--findings-config FILE.json`: thresholds of the findings (read and validated before the waves). */
  findingsConfig?: string;
}

export function parseYear(option: string) {
  return (value: string): number => {
    if (!/^\d{4}$/.test(value.trim())) throw new InvalidArgumentError(`${option} must be a 4-digit year such as 2021 (got "${value}").`);
    return Number(value.trim());
  };
}

function parseCount(option: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${option} must be an integer ≥ ${min} (got "${value}").`);
    return n;
  };
}

function usage(problem: string, expected: string, fix?: string): never {
  throw new InputError({ code: 'invalid-option', problem, expected, fix });
}

/** The two waves as asked for: two files, or the two snapshots of one file. */
async function readWaves(beforePath: string, afterPath: string | undefined, opts: CompareCliOptions): Promise<{ before: ReadInput; after: ReadInput; labels: { before: string; after: string } }> {
  const reader = readerOptionsFrom(opts);
  const years = opts.from !== undefined || opts.to !== undefined;
  if (years) {
    if (opts.from === undefined || opts.to === undefined) usage(`${opts.from === undefined ? '--from' : '--to'} is missing: --from and --to go together`, 'both --from Y1 and --to Y2');
    if (opts.from >= opts.to) usage(`--from ${opts.from} is not before --to ${opts.to}`, 'a --from year earlier than the --to year');
    if (opts.beforeTies !== undefined || opts.afterTies !== undefined) usage('--before-ties/--after-ties name the ties of two files; with --from/--to give the ties file as the second argument', 'cluster-graph compare members.csv [ties.csv] --from Y1 --to Y2');
    // The second argument, if any, is the ties file of the one members file.
    const data = await readInput({ members: beforePath, ties: afterPath }, reader);
    const [before, after] = yearSnapshots(data, [opts.from, opts.to], ['--from', '--to']);
    return { before, after, labels: { before: String(opts.from), after: String(opts.to) } };
  }
  if (afterPath === undefined) usage('compare needs two members files (BEFORE AFTER), or one with --from Y1 --to Y2', 'cluster-graph compare before/members.csv after/members.csv');
  const before = await readInput({ members: beforePath, ties: opts.beforeTies }, reader);
  const after = await readInput({ members: afterPath, ties: opts.afterTies }, reader);
  const label = (p: string, q: string) => (basename(p) === basename(q) ? p : basename(p));
  return { before, after, labels: { before: label(beforePath, afterPath), after: label(afterPath, beforePath) } };
}

function render(format: ChangeFormat, c: ComparisonReport, before: ReadInput, after: ReadInput): { name: string; content: string }[] {
  switch (format) {
    case 'text':
      return [{ name: 'comparison.txt', content: renderComparisonText(c) }];
    case 'json':
      return [{ name: 'comparison.json', content: renderChangeJson(c) }];
    case 'markdown':
      return [{ name: 'comparison.md', content: renderComparisonMarkdown(c) }];
    case 'html':
      return [{ name: 'comparison.html', content: renderComparisonHtml(c, { before, after }) }];
    case 'csv':
      return renderComparisonCsv(c, { before: before.members.ids, after: after.members.ids });
  }
}

export async function runCompare(beforePath: string, afterPath: string | undefined, opts: CompareCliOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  try {
    const formats: ChangeFormat[] = opts.format && opts.format.length > 0 ? [...new Set(opts.format)] : opts.outDir ? [...CHANGE_FORMATS] : ['text'];
    const years = opts.from !== undefined || opts.to !== undefined;
    const inputs = years
      ? expectedInputs(beforePath, afterPath, opts.projects)
      : [...expectedInputs(beforePath, opts.beforeTies, opts.projects), ...(afterPath ? expectedInputs(afterPath, opts.afterTies, undefined) : [])];
    checkChangeOutput(formats, opts.out, opts.outDir, inputs);
    const findingsConfig = opts.findingsConfig !== undefined ? readFindingsConfig(opts.findingsConfig) : undefined;
    const { before, after, labels } = await readWaves(beforePath, afterPath, opts);
    const comparison = await compareClusters(before, after, {
      labels,
      seed: opts.seed,
      permutations: opts.permutations,
      weighted: !opts.unweighted,
      groupBy: opts.groupBy,
      resolution: opts.resolution,
      restarts: opts.restarts,
      helix: typeHelixFrom(opts.typeHelix),
      ...performanceOptionsFrom(opts),
      ...(findingsConfig !== undefined ? { findings: findingsConfig } : {}),
    });
    const files = formats.flatMap((f) => render(f, comparison, before, after));
    const written = writeChangeOutput(files, opts.out, opts.outDir, [...inputs, before.input.files.members ?? '', before.input.files.ties ?? '', after.input.files.members ?? '', after.input.files.ties ?? ''].filter(Boolean), io.stdout);
    if (!opts.quiet) {
      for (const p of written) io.stderr.write(`cluster-graph: wrote ${p}\n`);
      const warnings = comparison.before.warnings.length + comparison.after.warnings.length;
      if (warnings > 0 && !(formats.length === 1 && formats[0] === 'text' && written.length === 0)) io.stderr.write(`cluster-graph: ${plural(warnings, 'warning')} while reading the waves; see "warnings" in the JSON.\n`);
    }
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr.write(`cluster-graph: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

export function registerCompare(program: Command, result: { code: number }): void {
  const command = program
    .command('compare')
    .description('Compare two waves of a cluster: who entered and left, which ties were kept, ended and formed (Jaccard, Hamming, rates), the correlation of the two networks with its QAP test, rank changes, community changes and indicators.')
    .argument('<before>', 'members file of the first wave (its ties: --before-ties, else ties.csv beside it); or the one members file with --from/--to')
    .argument('[after]', 'members file of the second wave (its ties: --after-ties, else ties.csv beside it); with --from/--to: the ties file (optional)');
  addPerformanceOptions(addReaderOptions(command))
    .option('--before-ties <ties.csv>', 'ties file of the first wave')
    .option('--after-ties <ties.csv>', 'ties file of the second wave')
    .option('--from <year>', 'first year (with --to: the two snapshots of one members file with joined/left and since/until years)', parseYear('--from'))
    .option('--to <year>', 'second year (after --from)', parseYear('--to'))
    .option('--permutations <n>', 'QAP relabellings of the stayers (and E-I permutations of each wave)', parseCount('--permutations', 0), DEFAULT_COMPARE_PERMUTATIONS)
    .option('--seed <n>', 'seed of every random step (QAP, Louvain, E-I)', parseCount('--seed', 0), 42)
    .option('--group-by <attribute>', 'member attribute of the tie-change table by group pair and of the E-I index', 'sector')
    .option('--resolution <gamma>', 'Louvain resolution', (v: string) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`--resolution must be a positive number (got "${v}").`);
      return n;
    }, 1)
    .option('--restarts <n>', 'seeded Louvain restarts', parseCount('--restarts', 1), 10)
    .option('--unweighted', 'ignore tie weights in each wave’s measures (the valued correlation and the weight changes still read them)')
    .option('--format <format>', `output format, repeatable: ${CHANGE_FORMATS.join(', ')} (default: text)`, collectChangeFormats)
    .option('--out <file>', 'write the output to this file (atomically) instead of standard output')
    .option('--out-dir <dir>', 'write every format asked for (all when --format is not given) into this folder')
    .option('-q, --quiet', 'no diagnostics on standard error except errors')
    .option('--findings-config <file>', 'JSON file of finding thresholds overriding the defaults (the comparison reads jaccardLow, jaccardGood, growth; see docs: findings)')
    .addHelpText(
      'after',
      `
Examples:
  cluster-graph compare survey-2019/members.csv survey-2023/members.csv
  cluster-graph compare before.csv after.csv --before-ties before-ties.csv --after-ties after-ties.csv --format html --out change.html
  cluster-graph compare members.csv ties.csv --from 2018 --to 2024 --format json --out change.json`,
    )
    .action(async (before: string, after: string | undefined, opts: CompareCliOptions) => {
      result.code = await runCompare(before, after, opts, { stdout: process.stdout, stderr: process.stderr });
    });
}
