/**
 * `cluster-graph recommend MEMBERS [TIES]`: read → recommend → render → write. Partnership
 * recommendations (src/analysis/recommend/) with the filters of the cluster's question and, on
 * request, the backtest on the cluster's own years. No score is computed here.
 */
import { join } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { readInput } from '../io/read-input.js';
import { InputError } from '../model/errors.js';
import { prepareDestination, refuseInputOverwrite, writeFilesAtomic } from '../io/write-output.js';
import { recommend } from '../analysis/recommend/recommend.js';
import { CROSS_ATTRIBUTES, SCORE_KEYS, type CrossAttribute, type RecommendationsResult } from '../analysis/recommend/types.js';
import { SCORE_FLAGS } from '../analysis/recommend/options.js';
import { addReaderOptions, readerOptionsFrom, type ReaderCliOptions } from './reader-options.js';
import { expectedInputs, prepareOutputDestinations } from './outputs.js';
import { renderRecommendationsText } from '../report/recommendations/text.js';
import { renderRecommendationsJson } from '../report/recommendations/json.js';
import { renderRecommendationsMarkdown } from '../report/recommendations/markdown.js';
import { renderRecommendationsCsv } from '../report/recommendations/csv.js';
import { renderRecommendationsHtml } from '../report/recommendations/html.js';
import { computeLayout } from '../report/layout.js';
import type { ClusterGraph } from '../model/types.js';
import { snapshot } from '../model/snapshot.js';

export const RECOMMEND_FORMATS = ['text', 'json', 'markdown', 'csv', 'html'] as const;
export type RecommendFormat = (typeof RECOMMEND_FORMATS)[number];
const NAMES: Record<Exclude<RecommendFormat, 'csv'>, string> = { text: 'recommendations.txt', json: 'recommendations.json', markdown: 'recommendations.md', html: 'recommendations.html' };

export interface RecommendCliOptions extends ReaderCliOptions {
  score?: string;
  cross: string;
  between?: [string, string];
  for?: string;
  top: number;
  backtest?: number;
  until?: number;
  seed: number;
  unweighted?: boolean;
  format?: RecommendFormat[];
  out?: string;
  outDir?: string;
  quiet?: boolean;
}

function integer(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer ≥ ${min} (got "${value}").`);
    return n;
  };
}

function pair(value: string): [string, string] {
  const parts = value.split(',').map((s) => s.trim());
  if (parts.length !== 2 || parts.some((p) => p === '')) throw new InvalidArgumentError(`--between takes two groups separated by a comma, e.g. school,business (got "${value}").`);
  return [parts[0], parts[1]];
}

function formats(value: string, previous: RecommendFormat[] | undefined): RecommendFormat[] {
  const out = [...(previous ?? [])];
  for (const part of value.split(',')) {
    const f = part.trim().toLowerCase() === 'md' ? 'markdown' : (part.trim().toLowerCase() as RecommendFormat);
    if (!(RECOMMEND_FORMATS as readonly string[]).includes(f)) throw new InvalidArgumentError(`unknown format "${part}"; choose from ${RECOMMEND_FORMATS.join(', ')}.`);
    out.push(f);
  }
  return out;
}

export function registerRecommend(program: Command, result: { code: number }): void {
  addReaderOptions(
    program
      .command('recommend')
      .description('Recommend partnerships: explained, cross-sector tie proposals ranked by link prediction, optionally backtested on the cluster\'s own years.')
      .argument('<members.csv>', 'members file')
      .argument('[ties.csv]', 'ties file (default: ties.csv beside the members file)'),
  )
    .option('--score <name>', `ranking score: ${SCORE_KEYS.map((k) => SCORE_FLAGS[k]).join(', ')} (default: the best of the cluster's own backtest when the ties have years, else resource-allocation)`)
    .addOption(new Option('--cross <attribute>', 'only pairs whose members differ in this attribute (none: every pair)').choices([...CROSS_ATTRIBUTES]).default('sector'))
    .option('--between <A,B>', 'only pairs with one member in group A and the other in group B of the --cross attribute, e.g. --cross type --between school,business', pair)
    .option('--for <id>', 'only recommendations for this member')
    .option('--top <k>', 'number of recommendations', integer('--top', 1), 20)
    .option('--backtest <T>', 'backtest every score: train on the cluster in year T, test on the ties formed after T', integer('--backtest', 0))
    .option('--until <Y>', 'backtest: count the ties formed up to year Y (default: the last year in the data)', integer('--until', 0))
    .option('--seed <n>', 'seed of the community detection and of the drawing', integer('--seed', 0), 42)
    .option('--unweighted', 'ignore tie weights in the effects (Burt constraint) and communities (the scores never use weights)')
    .option('--format <format>', `output format, repeatable: ${RECOMMEND_FORMATS.join(', ')} (default: text)`, formats)
    .option('--out <file>', 'write the output to this file (atomically) instead of standard output')
    .option('--out-dir <dir>', 'write every format asked for (all of them when --format is not given) into this folder')
    .option('-q, --quiet', 'no diagnostics on standard error except errors')
    .addHelpText(
      'after',
      `
Scores (undirected, unweighted view; networkx 2.8 link_prediction definitions): resource-allocation,
adamic-adar, jaccard, common-neighbours, preferential-attachment, katz ([(I − βA)⁻¹ − I]_uv, β = 0.5/λ_max),
personalized-pagerank (π_u(v) + π_v(u), α = 0.85).
Link prediction proposes partners from the shape of the network; it does not decide.

Examples:
  cluster-graph recommend fixtures/example/members.csv
  cluster-graph recommend members.csv ties.csv --cross type --between school,business --top 10
  cluster-graph recommend members.csv --for MOE --score katz
  cluster-graph recommend members.csv --backtest 2019 --format markdown --out recommendations.md`,
    )
    .action(async (members: string, ties: string | undefined, opts: RecommendCliOptions) => {
      result.code = await runRecommend(members, ties, opts, { stdout: process.stdout, stderr: process.stderr });
    });
}

export async function runRecommend(
  membersPath: string,
  tiesArg: string | undefined,
  opts: RecommendCliOptions,
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  try {
    const fmts: RecommendFormat[] = opts.format && opts.format.length > 0 ? [...new Set(opts.format)] : opts.outDir ? [...RECOMMEND_FORMATS] : ['text'];
    if (opts.out && opts.outDir) throw new InputError({ code: 'invalid-option', problem: '--out and --out-dir were both given', fix: 'Use --out FILE for one format, or --out-dir DIR for several.' });
    if (!opts.outDir && fmts.length > 1) throw new InputError({ code: 'invalid-option', problem: `${fmts.length} formats were asked for but only one can go to ${opts.out ?? 'standard output'}`, fix: 'Add --out-dir DIR.' });
    if (!opts.outDir && fmts.includes('csv')) throw new InputError({ code: 'invalid-option', problem: '--format csv writes several tables', fix: 'Add --out-dir DIR.' });
    if (opts.until !== undefined && opts.backtest === undefined) throw new InputError({ code: 'invalid-option', problem: '--until was given without --backtest', expected: '--backtest T --until Y' });
    const inputs = expectedInputs(membersPath, tiesArg, opts.projects);
    prepareOutputDestinations({ out: opts.out, outDir: opts.outDir }, inputs);
    const data = await readInput({ members: membersPath, ties: tiesArg, projects: opts.projects }, readerOptionsFrom({ ...opts, year: undefined }));
    // `--year` (a reader option) is applied by recommend(): the backtest needs the whole history.
    const r = recommend(data, {
      score: opts.score,
      cross: opts.cross as CrossAttribute,
      between: opts.between ?? null,
      for: opts.for ?? null,
      top: opts.top,
      year: opts.year ?? null,
      backtest: opts.backtest ?? null,
      until: opts.until ?? null,
      seed: opts.seed,
      weighted: !opts.unweighted,
    });
    // The drawing is of the cluster the recommendations are for (the snapshot with --year).
    let graph: ClusterGraph | null = null;
    const drawn = (): ClusterGraph => (graph ??= recommendedGraph(data, r));
    const files = fmts.flatMap((f) => render(f, r, drawn, opts.seed));
    if (opts.outDir) {
      const paths = files.map((f) => join(opts.outDir!, f.name));
      for (const p of paths) refuseInputOverwrite(p, inputs);
      prepareDestination(opts.outDir, 'folder', '--out-dir');
      writeFilesAtomic(files.map((f, i) => ({ path: paths[i], content: f.content })), '--out-dir');
      if (!opts.quiet) for (const p of paths) io.stderr.write(`cluster-graph: wrote ${p}\n`);
    } else if (opts.out) {
      writeFilesAtomic([{ path: opts.out, content: files[0].content }], '--out');
      if (!opts.quiet) io.stderr.write(`cluster-graph: wrote ${opts.out}\n`);
    } else io.stdout.write(files[0].content);
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      io.stderr.write(`cluster-graph: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}

function recommendedGraph(data: Awaited<ReturnType<typeof readInput>>, r: RecommendationsResult): ClusterGraph {
  return r.options.year === null ? data.toGraph() : snapshot(data, r.options.year).toGraph();
}

function render(format: RecommendFormat, r: RecommendationsResult, graph: () => ClusterGraph, seed: number): { name: string; content: string }[] {
  switch (format) {
    case 'text':
      return [{ name: NAMES.text, content: renderRecommendationsText(r) }];
    case 'json':
      return [{ name: NAMES.json, content: renderRecommendationsJson(r) }];
    case 'markdown':
      return [{ name: NAMES.markdown, content: renderRecommendationsMarkdown(r) }];
    case 'csv':
      return renderRecommendationsCsv(r);
    case 'html': {
      const g = graph();
      return [{ name: NAMES.html, content: renderRecommendationsHtml(r, g, computeLayout(g, { seed })) }];
    }
  }
}

