/** `cluster-graph analyze`: read → analyze → render → write. No measure is computed here. */
import { readInput } from '../io/read-input.js';
import { InputError } from '../model/errors.js';
import { typeHelixFrom } from './type-mapping-options.js';
import { readerOptionsFrom, type ReaderCliOptions } from './reader-options.js';
import { analyze } from '../analysis/analyze.js';
import type { AnalysisOptions, PathMode } from '../analysis/options.js';
import { colorWanted } from '../report/format.js';
import { createPhaseTimer, performanceOptionsFrom, type PerformanceCliOptions } from './performance-options.js';
import type { ColorBy } from '../report/palette.js';
import type { SizeBy } from '../report/svg.js';
import { FORMATS, checkOutputRequest, expectedInputs, prepareOutputDestinations, writeOutputs, type Format } from './outputs.js';
import { Progress } from './progress.js';
import { plural } from '../model/words.js';
import { clusterTimeline } from '../model/timeline.js';
import { findings, parseFindingsConfig, type FindingsConfig } from '../analysis/findings/index.js';
import { readFileSync } from 'node:fs';
import { loadSheetJs } from '../io/sheets/library.js';
import type { CsvLocale } from '../report/csv-cell.js';

export interface AnalyzeCliOptions extends ReaderCliOptions, PerformanceCliOptions {
  unweighted?: boolean;
  paths: PathMode;
  seed: number;
  resolution: number;
  restarts: number;
  groupBy: string;
  permutations: number;
  keyPlayers: number;
  nullSamples: number;
  /** `--findings-config FILE.json`: thresholds of the findings (validated before the analysis). */
  findingsConfig?: string;
  /** Raw `--helix` values (the older name of `--type-helix`). */
  helix?: string[];
  top: number;
  format?: Format[];
  out?: string;
  outDir?: string;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  labels: number;
  quiet?: boolean;
  /** `--csv-delimiter`: `,` `;` or `tab`. */
  csvDelimiter?: string;
  decimalComma?: boolean;
}

export interface CliStreams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/**
 * Runs one analysis for the CLI. `defaults` lets `draw` reuse it (SVG output, no permutation test).
 */
export async function runAnalyze(
  membersPath: string,
  tiesArg: string | undefined,
  opts: AnalyzeCliOptions,
  io: CliStreams,
  defaults: { formats?: Format[]; analysis?: Partial<AnalysisOptions> } = {},
): Promise<number> {
  const formats: Format[] =
    opts.format && opts.format.length > 0 ? [...new Set(opts.format)] : opts.outDir && !defaults.formats ? [...FORMATS] : (defaults.formats ?? ['text']);
  const jsonToStdout = !opts.out && !opts.outDir && formats.includes('json');
  const progress = new Progress(io.stderr, Progress.wanted(io.stderr, opts.quiet === true, jsonToStdout));
  try {
    checkOutputRequest({ formats, out: opts.out, outDir: opts.outDir });
    checkPathsRequest(opts);
    // Before any work: an output that cannot be written fails now, not after the analysis.
    prepareOutputDestinations({ out: opts.out, outDir: opts.outDir }, expectedInputs(membersPath, tiesArg, opts.projects));
    const csv = csvLocaleFrom(opts);
    const sheetjs = formats.includes('xlsx') ? await loadSheetJs() : undefined;
    const helix = { ...typeHelixFrom(opts.helix, '--helix'), ...typeHelixFrom(opts.typeHelix) };
    const findingsConfig = opts.findingsConfig !== undefined ? readFindingsConfig(opts.findingsConfig) : null;
    const readerOptions = readerOptionsFrom(opts);
    progress.step('reading');
    const timer = createPhaseTimer(opts.timings === true);
    const data = await timer.time('read', () => readInput(
      { members: membersPath, ties: tiesArg, projects: opts.projects },
      readerOptions,
    ));
    progress.step('measuring');
    const report = await analyze(data, {
      weighted: !opts.unweighted,
      paths: opts.paths,
      seed: opts.seed,
      resolution: opts.resolution,
      restarts: opts.restarts,
      groupBy: opts.groupBy,
      permutations: opts.permutations,
      keyPlayers: opts.keyPlayers,
      nullSamples: opts.nullSamples,
      helix,
      year: opts.year ?? null,
      ...defaults.analysis,
      ...performanceOptionsFrom(opts),
      onPhase: (phase: string, ms: number) => {
        timer.onPhase?.(phase, ms);
        progress.step(`measuring (${phase} done)`);
      },
    });
    if (findingsConfig !== null) report.findings = findings(report, findingsConfig);
    progress.step('writing');
    const toTerminal = !opts.out && !opts.outDir;
    const written = await timer.time('render-write', () => writeOutputs(
      report,
      () => data.toGraph(),
      {
        formats,
        out: opts.out,
        outDir: opts.outDir,
        top: opts.top,
        color: toTerminal && colorWanted(io.stdout),
        draw: { colorBy: opts.colorBy, sizeBy: opts.sizeBy, labels: opts.labels, seed: opts.seed },
        // Dynamic GEXF when the input has years; a one-year snapshot (--year) is written static.
        timeline: () => (data.input.year === undefined ? clusterTimeline(data) : null),
        csv,
        sheetjs,
      },
      [data.input.files.members, data.input.files.ties, data.input.projects?.file],
      io.stdout,
    ));
    progress.done();
    const timings = timer.line();
    if (timings !== null) io.stderr.write(timings);
    if (!opts.quiet) {
      for (const path of written) io.stderr.write(`cluster-graph: wrote ${path}\n`);
      if (report.warnings.length > 0 && !(formats.length === 1 && formats[0] === 'text' && toTerminal)) {
        io.stderr.write(`cluster-graph: ${plural(report.warnings.length, 'warning')} while reading the input; see "warnings" in the report.\n`);
      }
    }
    return 0;
  } catch (err) {
    progress.done();
    if (err instanceof InputError) {
      io.stderr.write(`cluster-graph: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

/** `--csv-delimiter` and `--decimal-comma`, checked: a decimal comma needs a delimiter other than `,`. */
export function csvLocaleFrom(opts: Pick<AnalyzeCliOptions, 'csvDelimiter' | 'decimalComma'>): CsvLocale {
  const raw = opts.csvDelimiter ?? ',';
  const delimiter = raw === ',' ? ',' : raw === ';' ? ';' : raw === 'tab' || raw === '\t' ? '\t' : null;
  if (delimiter === null) {
    throw new InputError({ code: 'invalid-option', problem: `--csv-delimiter "${raw}" is not a delimiter of the CSV tables`, expected: '",", ";" or "tab"' });
  }
  if (opts.decimalComma && delimiter === ',') {
    throw new InputError({
      code: 'invalid-option',
      problem: '--decimal-comma writes numbers such as 0,25, which a comma-delimited file would split',
      expected: '--decimal-comma together with --csv-delimiter ";" (or tab)',
      fix: 'Add --csv-delimiter ";" (what Excel expects where the decimal mark is a comma).',
    });
  }
  return { delimiter, decimalComma: opts.decimalComma === true };
}

/** `--paths weighted` reads the tie weights that `--unweighted` ignores: refused, not guessed. */
function checkPathsRequest(opts: Pick<AnalyzeCliOptions, 'unweighted' | 'paths'>): void {
  if (opts.unweighted && opts.paths === 'weighted') {
    throw new InputError({
      code: 'invalid-option',
      problem: '--paths weighted measures paths by tie weights (length 1/weight), which --unweighted ignores',
      expected: 'either --paths weighted or --unweighted (with --unweighted, paths count hops)',
    });
  }
}

/** `--findings-config FILE.json`: read and validated before any work (errors name the file and key). */
export function readFindingsConfig(file: string): FindingsConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new InputError({
      code: 'file-not-found',
      file,
      problem: `--findings-config: cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`,
      expected: 'a JSON file of finding thresholds',
    });
  }
  return parseFindingsConfig(text, file);
}
