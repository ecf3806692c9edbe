/**
 * `cluster-graph evolve MEMBERS [TIES] --years 2018,2021,2024 | --every N`: the cluster year by year
 * (default: the distinct years of the data, at most 30). Read → evolve → render → write; no measure
 * is computed here. Errors exit 2.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { readInput } from '../io/read-input.js';
import { InputError } from '../model/errors.js';
import { evolve } from '../analysis/evolve.js';
import { DEFAULT_COMPARE_PERMUTATIONS } from '../analysis/compare.js';
import { evolutionYears, yearSnapshots } from '../analysis/years.js';
import { addReaderOptions, readerOptionsFrom, type ReaderCliOptions } from './reader-options.js';
import { typeHelixFrom } from './type-mapping-options.js';
import { addPerformanceOptions, performanceOptionsFrom, type PerformanceCliOptions } from './performance-options.js';
import { checkChangeOutput, writeChangeOutput } from './change-outputs.js';
import { expectedInputs } from './outputs.js';
import { renderEvolutionText } from '../report/evolution/text.js';
import { renderEvolutionCsv } from '../report/evolution/csv.js';
import { renderEvolutionHtml } from '../report/evolution/html.js';
import { renderChangeJson } from '../report/comparison/json.js';

export const EVOLVE_FORMATS = ['text', 'json', 'html', 'csv'] as const;
export type EvolveFormat = (typeof EVOLVE_FORMATS)[number];

export interface EvolveCliOptions extends ReaderCliOptions, PerformanceCliOptions {
  years?: number[];
  every?: number;
  permutations: number;
  seed: number;
  groupBy: string;
  resolution: number;
  restarts: number;
  unweighted?: boolean;
  format?: EvolveFormat[];
  out?: string;
  outDir?: string;
  quiet?: boolean;
}

function parseYears(value: string): number[] {
  return value.split(',').map((part) => {
    const t = part.trim();
    if (!/^\d{4}$/.test(t)) throw new InvalidArgumentError(`--years must list 4-digit years such as 2018,2021,2024 ("${part}" is not one).`);
    return Number(t);
  });
}

function parseCount(option: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${option} must be an integer ≥ ${min} (got "${value}").`);
    return n;
  };
}

function collectFormats(value: string, previous: EvolveFormat[] | undefined): EvolveFormat[] {
  const out = [...(previous ?? [])];
  for (const part of value.split(',')) {
    const f = part.trim().toLowerCase() as EvolveFormat;
    if (!(EVOLVE_FORMATS as readonly string[]).includes(f)) throw new InvalidArgumentError(`unknown format "${part}"; choose from ${EVOLVE_FORMATS.join(', ')}.`);
    out.push(f);
  }
  return out;
}

export async function runEvolve(members: string, ties: string | undefined, opts: EvolveCliOptions, io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  try {
    const formats: EvolveFormat[] = opts.format && opts.format.length > 0 ? [...new Set(opts.format)] : opts.outDir ? [...EVOLVE_FORMATS] : ['text'];
    const inputs = expectedInputs(members, ties, opts.projects);
    checkChangeOutput(formats as never, opts.out, opts.outDir, inputs);
    const data = await readInput({ members, ties }, readerOptionsFrom(opts));
    const years = evolutionYears(data, { years: opts.years, every: opts.every }, { years: '--years', every: '--every' });
    const evolution = await evolve(data, {
      years,
      seed: opts.seed,
      permutations: opts.permutations,
      weighted: !opts.unweighted,
      groupBy: opts.groupBy,
      resolution: opts.resolution,
      restarts: opts.restarts,
      helix: typeHelixFrom(opts.typeHelix),
      ...performanceOptionsFrom(opts),
    });
    const files = formats.flatMap((f) => {
      switch (f) {
        case 'text':
          return [{ name: 'evolution.txt', content: renderEvolutionText(evolution) }];
        case 'json':
          return [{ name: 'evolution.json', content: renderChangeJson(evolution) }];
        case 'html':
          return [{ name: 'evolution.html', content: renderEvolutionHtml(evolution, yearSnapshots(data, years, years.map(() => '--years'))) }];
        case 'csv':
          return renderEvolutionCsv(evolution);
      }
    });
    const written = writeChangeOutput(files, opts.out, opts.outDir, [...inputs, data.input.files.members ?? '', data.input.files.ties ?? ''].filter(Boolean), io.stdout);
    if (!opts.quiet) for (const p of written) io.stderr.write(`cluster-graph: wrote ${p}\n`);
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr.write(`cluster-graph: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

export function registerEvolve(program: Command, result: { code: number }): void {
  const command = program
    .command('evolve')
    .description('The cluster year by year (members joined/left, ties since/until): indicators per year, and per pair of consecutive years the tie change and the correlation with its QAP test.')
    .argument('<members.csv>', 'members file (with joined/left years)')
    .argument('[ties.csv]', 'ties file (with since/until years); default: ties.csv beside the members file');
  addPerformanceOptions(addReaderOptions(command))
    .option('--years <list>', 'the years, ascending, e.g. 2018,2021,2024 (default: the distinct years of the data, at most 30)', parseYears)
    .option('--every <n>', 'every n years from the first year of the data (instead of --years)', parseCount('--every', 1))
    .option('--permutations <n>', 'QAP relabellings per transition and E-I permutations per year', parseCount('--permutations', 0), DEFAULT_COMPARE_PERMUTATIONS)
    .option('--seed <n>', 'seed of every random step', parseCount('--seed', 0), 42)
    .option('--group-by <attribute>', 'member attribute of the E-I index', 'sector')
    .option('--resolution <gamma>', 'Louvain resolution', (v: string) => {
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`--resolution must be a positive number (got "${v}").`);
      return n;
    }, 1)
    .option('--restarts <n>', 'seeded Louvain restarts', parseCount('--restarts', 1), 10)
    .option('--unweighted', 'ignore tie weights in the measures of each year')
    .option('--format <format>', `output format, repeatable: ${EVOLVE_FORMATS.join(', ')} (default: text)`, collectFormats)
    .option('--out <file>', 'write the output to this file (atomically) instead of standard output')
    .option('--out-dir <dir>', 'write every format asked for (all when --format is not given) into this folder')
    .option('-q, --quiet', 'no diagnostics on standard error except errors')
    .addHelpText(
      'after',
      `
Examples:
  cluster-graph evolve fixtures/example/members.csv
  cluster-graph evolve members.csv ties.csv --years 2018,2021,2024 --format html --out evolution.html
  cluster-graph evolve members.csv --every 2 --format csv --out-dir evolution/`,
    )
    .action(async (members: string, ties: string | undefined, opts: EvolveCliOptions) => {
      result.code = await runEvolve(members, ties, opts, { stdout: process.stdout, stderr: process.stderr });
    });
}
