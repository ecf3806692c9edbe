/** `cluster-graph analyze`: read → analyze → render → write. No measure is computed here. */
import { readInput } from '../io/read-input.js';
import { InputError } from '../io/errors.js';
import { isHelix, type Helix } from '../metrics/triple-helix.js';
import { readerOptionsFrom, type ReaderCliOptions } from './reader-options.js';
import { analyze } from '../analysis/analyze.js';
import type { AnalysisOptions } from '../analysis/options.js';
import { colorWanted } from '../report/format.js';
import { createPhaseTimer, performanceOptionsFrom, type PerformanceCliOptions } from './performance-options.js';
import type { ColorBy } from '../report/palette.js';
import type { SizeBy } from '../report/svg.js';
import { FORMATS, checkOutputRequest, expectedInputs, prepareOutputDestinations, writeOutputs, type Format } from './outputs.js';
import { Progress } from './progress.js';
import { plural } from '../words.js';

export interface AnalyzeCliOptions extends ReaderCliOptions, PerformanceCliOptions {
  unweighted?: boolean;
  seed: number;
  resolution: number;
  restarts: number;
  groupBy: string;
  permutations: number;
  keyPlayers: number;
  helix?: Record<string, string>;
  top: number;
  format?: Format[];
  out?: string;
  outDir?: string;
  colorBy: ColorBy;
  sizeBy: SizeBy;
  labels: number;
  quiet?: boolean;
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
    // Before any work: an output that cannot be written fails now, not after the analysis.
    prepareOutputDestinations({ out: opts.out, outDir: opts.outDir }, expectedInputs(membersPath, tiesArg, opts.projects));
    const helix = parseHelixOverrides(opts.helix);
    progress.step('reading');
    const timer = createPhaseTimer(opts.timings === true);
    const data = await timer.time('read', () => readInput(
      { members: membersPath, ties: tiesArg, projects: opts.projects },
      readerOptionsFrom(opts),
    ));
    progress.step('measuring');
    const report = await analyze(data, {
      weighted: !opts.unweighted,
      seed: opts.seed,
      resolution: opts.resolution,
      restarts: opts.restarts,
      groupBy: opts.groupBy,
      permutations: opts.permutations,
      keyPlayers: opts.keyPlayers,
      helix,
      ...defaults.analysis,
      ...performanceOptionsFrom(opts),
      onPhase: (phase: string, ms: number) => {
        timer.onPhase?.(phase, ms);
        progress.step(`measuring (${phase} done)`);
      },
    });
    progress.step('writing');
    const toTerminal = !opts.out && !opts.outDir;
    const written = await timer.time('render-write', () => writeOutputs(
      report,
      () => data.graph,
      {
        formats,
        out: opts.out,
        outDir: opts.outDir,
        top: opts.top,
        color: toTerminal && colorWanted(io.stdout),
        draw: { colorBy: opts.colorBy, sizeBy: opts.sizeBy, labels: opts.labels, seed: opts.seed },
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

function parseHelixOverrides(pairs: Record<string, string> | undefined): Record<string, Helix> {
  const out: Record<string, Helix> = Object.create(null);
  for (const [type, helix] of Object.entries(pairs ?? {})) {
    const h = helix.trim().toLowerCase();
    if (!isHelix(h)) {
      throw new InputError({
        code: 'invalid-option',
        problem: `--helix ${type}=${helix}: "${helix}" is not a helix`,
        expected: 'academia, industry, government or civil',
      });
    }
    out[type.trim().toLowerCase()] = h;
  }
  return out;
}
