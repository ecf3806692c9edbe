/** `cluster-graph analyze`: read → analyze → render → write. No measure is computed here. */
import { readCluster, resolveTiesPath } from '../io/read-cluster.js';
import { InputError } from '../io/errors.js';
import { refuseInputOverwrite, writeFileAtomic } from '../io/write-output.js';
import { analyze } from '../analysis/analyze.js';
import { renderJson } from '../report/json.js';
import { renderText } from '../report/text.js';
import { colorWanted } from '../report/format.js';

export interface AnalyzeCliOptions {
  directed: boolean;
  unweighted: boolean;
  map?: Record<string, string>;
  levelOrder?: string[];
  seed: number;
  resolution: number;
  restarts: number;
  groupBy: string;
  permutations: number;
  keyPlayers: number;
  top: number;
  format: 'text' | 'json';
  out?: string;
  quiet: boolean;
}

export interface CliStreams {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export async function runAnalyze(membersPath: string, tiesArg: string | undefined, opts: AnalyzeCliOptions, io: CliStreams): Promise<number> {
  try {
    const tiesPath = resolveTiesPath(membersPath, tiesArg);
    if (opts.out) refuseInputOverwrite(opts.out, [membersPath, tiesPath]);
    const data = await readCluster(
      { members: membersPath, ties: tiesPath },
      { directed: opts.directed, map: opts.map, levelOrder: opts.levelOrder },
    );
    const report = await analyze(data, {
      weighted: !opts.unweighted,
      seed: opts.seed,
      resolution: opts.resolution,
      restarts: opts.restarts,
      groupBy: opts.groupBy,
      permutations: opts.permutations,
      keyPlayers: opts.keyPlayers,
    });
    const target = opts.out ? null : io.stdout;
    const output =
      opts.format === 'json' ? renderJson(report) : renderText(report, { top: opts.top, color: target !== null && colorWanted(target) });
    if (opts.out) {
      writeFileAtomic(opts.out, output);
      if (!opts.quiet) io.stderr.write(`cluster-graph: wrote ${opts.out}\n`);
    } else {
      io.stdout.write(output);
    }
    if (!opts.quiet && report.warnings.length > 0 && (opts.format === 'json' || opts.out)) {
      io.stderr.write(`cluster-graph: ${report.warnings.length} warning(s) while reading the input; see "warnings" in the report.\n`);
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
