/** `cluster-graph analyze`: read → analyze → render → write. No measure is computed here. */
import { readInput } from '../io/read-input.js';
import { InputError } from '../io/errors.js';
import { isHelix, type Helix } from '../metrics/triple-helix.js';
import type { ProjectTiesMode } from '../model/project-ties.js';
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
  projects?: string;
  projectTies: ProjectTiesMode | 'auto';
  helix?: Record<string, string>;
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
    const helix = parseHelixOverrides(opts.helix);
    const data = await readInput(
      { members: membersPath, ties: tiesArg, projects: opts.projects },
      { directed: opts.directed, map: opts.map, levelOrder: opts.levelOrder, projectTies: opts.projectTies },
    );
    if (opts.out) refuseInputOverwrite(opts.out, [data.input.files.members, data.input.files.ties, data.input.projects?.file]);
    const report = await analyze(data, {
      weighted: !opts.unweighted,
      seed: opts.seed,
      resolution: opts.resolution,
      restarts: opts.restarts,
      groupBy: opts.groupBy,
      permutations: opts.permutations,
      keyPlayers: opts.keyPlayers,
      helix,
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
