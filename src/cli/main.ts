/**
 * The `cluster-graph` command line: a thin shell over the library (read → analyze → render → write).
 * Exit codes: 0 success (warnings allowed), 1 unexpected failure, 2 usage or input error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { GENERATOR } from '../model/version.js';
import { InputError } from '../model/errors.js';
import { addPerformanceOptions } from './performance-options.js';
import { runAnalyze, type AnalyzeCliOptions } from './analyze-command.js';
import { addReaderOptions } from './reader-options.js';
import { collectRaw } from './type-mapping-options.js';
import { registerValidate } from './validate-command.js';
import { registerCompare } from './compare-command.js';
import { registerEvolve } from './evolve-command.js';
import { registerRecommend } from './recommend-command.js';
import { FORMATS, type Format } from './outputs.js';
import { COLOR_ATTRIBUTES, SIZE_MEASURES } from '../report/svg.js';
import { PATH_MODES } from '../analysis/options.js';

const PATHS_HELP = 'shortest paths of betweenness, closeness, harmonic, global/local efficiency, diameter, average path length, key players and centralization: hops (count ties) or weighted (tie length 1/weight: a strong tie is short)';

function collectFormats(value: string, previous: Format[] | undefined): Format[] {
  const out = [...(previous ?? [])];
  for (const part of value.split(',')) {
    const f = part.trim().toLowerCase() === 'md' ? 'markdown' : (part.trim().toLowerCase() as Format);
    if (!(FORMATS as readonly string[]).includes(f)) throw new InvalidArgumentError(`unknown format "${part}"; choose from ${FORMATS.join(', ')}.`);
    out.push(f);
  }
  return out;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

function parseInteger(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer ≥ ${min} (got "${value}").`);
    return n;
  };
}

function parsePositive(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`${name} must be a positive number (got "${value}").`);
    return n;
  };
}

export function buildProgram(result: { code: number } = { code: 0 }): Command {
  const program = new Command();
  program
    .name('cluster-graph')
    .description('Turn the CSV exports of an educational cluster into a typed partnership graph and measure it.')
    .version(GENERATOR.version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText(
      'after',
      `
Exit codes: 0 success (warnings allowed), 1 unexpected failure, 2 usage or input error.

Example:
  cluster-graph analyze fixtures/example/members.csv fixtures/example/ties.csv
  cluster-graph analyze members.csv --format json --out report.json`,
    );

  addPerformanceOptions(addReaderOptions(
    program
      .command('analyze')
      .description('Read members and ties, measure the cluster, print a summary (or write the report in other formats).')
      .argument('<members.csv>', 'members file: one row per institution (id, name, type, sector, level, region, ...); or a workbook (.xlsx, .xls, .ods) with Members and Ties sheets')
      .argument('[ties.csv]', 'ties file (CSV or workbook): one row per partnership (source, target, weight, kind, orientation, since, until); default: the Ties sheet of a members workbook, else ties.csv beside the members file'),
  ))
    .option('--unweighted', 'ignore tie weights everywhere (not with --paths weighted)')
    .addOption(new Option('--paths <mode>', PATHS_HELP).choices([...PATH_MODES]).default('hops'))
    .option('--seed <n>', 'seed of every random step', parseInteger('--seed', 0), 42)
    .option('--resolution <gamma>', 'Louvain resolution', parsePositive('--resolution'), 1)
    .option('--restarts <n>', 'seeded Louvain restarts; the best partition is kept', parseInteger('--restarts', 1), 10)
    .option(
      '--group-by <attribute>',
      'member attribute that defines groups for mixing, E-I and brokerage: sector, type (as written; case and spaces ignored), typeClass, helix, level, region or any column',
      'sector',
    )
    .option('--permutations <n>', 'permutations of the E-I index test', parseInteger('--permutations', 0), 10000)
    .option('--key-players <k>', 'members evaluated in detail for resilience', parseInteger('--key-players', 0), 10)
    .option('--null-samples <n>', 'degree-preserving rewired samples of the null model (0 = off; fewer on large graphs, see options.sampling)', parseInteger('--null-samples', 0), 200)
    .option('--findings-config <file>', 'JSON file of finding thresholds overriding the defaults (see docs: findings)')
    .option('--helix <type=helix,...>', 'older name of --type-helix', collectRaw)
    .option('--top <n>', 'members listed per ranking in the summary', parseInteger('--top', 1), 5)
    .option('--format <format>', `output format, repeatable: ${FORMATS.join(', ')} (default: text)`, collectFormats)
    .option('--out <file>', 'write the output to this file (atomically) instead of standard output')
    .option('--out-dir <dir>', 'write every format asked for (all of them when --format is not given) under standard names into this folder')
    .option('--csv-delimiter <delimiter>', 'delimiter of the CSV tables: "," (default), ";" or tab (";" is what Excel expects where the decimal mark is a comma)')
    .option('--decimal-comma', 'CSV tables: numbers with a decimal comma (0,25); needs --csv-delimiter ";" or tab')
    .addOption(new Option('--color-by <attribute>', 'drawings: colour members by').choices([...COLOR_ATTRIBUTES]).default('sector'))
    .addOption(new Option('--size-by <measure>', 'drawings: size members by').choices([...SIZE_MEASURES]).default('betweenness'))
    .option('--labels <n>', 'drawings: label this many leading members', parseInteger('--labels', 0), 15)
    .option('-q, --quiet', 'no diagnostics on standard error except errors')
    .addHelpText(
      'after',
      `
Examples:
  cluster-graph analyze fixtures/example/members.csv fixtures/example/ties.csv
  cluster-graph analyze members.csv                       # ties.csv beside members.csv
  cluster-graph analyze members.csv ties.csv --directed --group-by type --top 10
  cluster-graph analyze members.csv ties.csv --paths weighted   # brokerage by partnership intensity
  cluster-graph analyze members.csv ties.csv --format json --out report.json --seed 7`,
    )
    .action(async (members: string, ties: string | undefined, opts: AnalyzeCliOptions, command: Command) => {
      void command;
      result.code = await runAnalyze(members, ties, opts, { stdout: process.stdout, stderr: process.stderr });
    });
  addReaderOptions(
    program
      .command('draw')
      .description('Draw the cluster as a print-quality SVG figure (members coloured and sized by the analysis).')
      .argument('<members.csv>', 'members file')
      .argument('[ties.csv]', 'ties file (default: ties.csv beside the members file)'),
  )
    .requiredOption('--out <figure.svg>', 'the SVG file to write')
    .option('--unweighted', 'ignore tie weights (not with --paths weighted)')
    .addOption(new Option('--paths <mode>', 'shortest paths behind the betweenness/closeness sizes: hops or weighted (tie length 1/weight)').choices([...PATH_MODES]).default('hops'))
    .addOption(new Option('--color-by <attribute>', 'colour members by').choices([...COLOR_ATTRIBUTES]).default('sector'))
    .addOption(new Option('--size-by <measure>', 'size members by').choices([...SIZE_MEASURES]).default('betweenness'))
    .option('--labels <n>', 'label this many leading members', parseInteger('--labels', 0), 15)
    .option('--seed <n>', 'seed of the layout and of the community detection', parseInteger('--seed', 0), 42)
    .option('-q, --quiet', 'no diagnostics on standard error except errors')
    .addHelpText('after', '\nExample:\n  cluster-graph draw fixtures/example/members.csv --out figure.svg --color-by community --size-by pagerank')
    .action(async (members: string, ties: string | undefined, opts: Partial<AnalyzeCliOptions>) => {
      const full: AnalyzeCliOptions = {
        unweighted: false, paths: 'hops', resolution: 1, restarts: 10, groupBy: 'sector', permutations: 0, keyPlayers: 0, nullSamples: 0,
        projectTies: 'auto', top: 5, quiet: false, colorBy: 'sector', sizeBy: 'betweenness', labels: 15, seed: 42,
        ...opts,
        format: ['svg'],
      } as AnalyzeCliOptions;
      result.code = await runAnalyze(members, ties, full, { stdout: process.stdout, stderr: process.stderr }, { formats: ['svg'], analysis: { permutations: 0, keyPlayers: 0, nullSamples: 0 } });
    });
  registerValidate(program, result);
  registerCompare(program, result);
  registerEvolve(program, result);
  registerRecommend(program, result);
  return program;
}

/** Runs the CLI with the given arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const result = { code: EXIT_OK };
  const program = buildProgram(result);
  program.exitOverride();
  program.configureOutput({
    writeOut: (s) => process.stdout.write(s),
    writeErr: (s) => process.stderr.write(s),
  });
  for (const sub of program.commands) sub.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    return result.code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT_OK;
      return EXIT_USAGE;
    }
    if (err instanceof InputError) {
      process.stderr.write(`cluster-graph: ${err.message}\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
}
