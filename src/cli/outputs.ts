/**
 * Output formats of the CLI and where they go: one format to standard output or `--out FILE`, or
 * several (or all) to `--out-dir DIR` under standard names. Every file is written atomically and an
 * input file is never overwritten. Renderers live in src/report/; nothing here computes a measure.
 */
import { dirname, join } from 'node:path';
import type { Report } from '../analysis/report-types.js';
import type { ClusterGraph } from '../model/types.js';
import type { ClusterTimeline } from '../model/timeline.js';
import { InputError } from '../model/errors.js';
import { prepareDestination, refuseInputOverwrite, writeFilesAtomic } from '../io/write-output.js';
import { renderJson } from '../report/json.js';
import { renderText } from '../report/text.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderCsvTables } from '../report/csv-tables.js';
import { renderSvg, type DrawOptions } from '../report/svg.js';
import { renderHtml } from '../report/html.js';
import { computeLayout, type Layout } from '../report/layout.js';
import { renderGexf, renderGraphml, renderGraphJson } from '../report/graph-exports.js';
import { renderXlsx } from '../report/xlsx.js';
import type { CsvLocale } from '../report/csv-cell.js';
import type { SheetJsModule } from '../io/sheets/library.js';

export const FORMATS = ['text', 'json', 'html', 'svg', 'markdown', 'csv', 'gexf', 'graphml', 'graph-json', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

/** File names used with `--out-dir` (csv writes several tables, named by the renderer). */
export const STANDARD_NAMES: Readonly<Record<Exclude<Format, 'csv'>, string>> = {
  text: 'summary.txt',
  json: 'report.json',
  html: 'report.html',
  svg: 'figure.svg',
  markdown: 'report.md',
  gexf: 'graph.gexf',
  graphml: 'graph.graphml',
  'graph-json': 'graph.json',
  xlsx: 'report.xlsx',
};

export interface OutputRequest {
  formats: Format[];
  out?: string;
  outDir?: string;
  top: number;
  /** Colours in the text summary (only when it goes to a terminal). */
  color: boolean;
  draw: DrawOptions;
  /** The years of the members and ties for a dynamic GEXF (null or absent: a static one). */
  timeline?: () => ClusterTimeline | null;
  /** Delimiter and decimal mark of the CSV tables (`--csv-delimiter`, `--decimal-comma`). */
  csv?: CsvLocale;
  /** The SheetJS module, loaded by the caller when `xlsx` is asked for (src/io/sheets/library.ts). */
  sheetjs?: SheetJsModule;
}

export interface OutputFile {
  name: string;
  /** Text, or bytes (xlsx). */
  content: string | Uint8Array;
}

/** Checks the combination of formats and destinations before any work is done. */
export function checkOutputRequest(req: { formats: Format[]; out?: string; outDir?: string }): void {
  const fail = (problem: string, fix: string) => {
    throw new InputError({ code: 'invalid-option', problem, fix });
  };
  if (req.out && req.outDir) fail('--out and --out-dir were both given', 'Use --out FILE for one format, or --out-dir DIR for several.');
  if (!req.outDir && req.formats.length > 1) fail(`${req.formats.length} formats were asked for (${req.formats.join(', ')}) but only one can go to ${req.out ?? 'standard output'}`, 'Add --out-dir DIR to write each to its own file.');
  if (!req.outDir && req.formats.includes('csv')) fail('--format csv writes several tables', 'Add --out-dir DIR.');
  if (!req.out && !req.outDir && req.formats.includes('xlsx')) fail('--format xlsx writes a binary workbook, which is not sent to standard output', 'Add --out FILE.xlsx (or --out-dir DIR).');
}

/**
 * Checks the destinations before the analysis starts, so that an unwritable path fails at once (not
 * after minutes of work): `--out` must not name an input file, its folder is created when missing and
 * must be writable; `--out-dir` is created when missing and must be writable. `inputs` are the input
 * paths as far as known before reading (a missing ties path means `ties.csv` beside the members file).
 * Throws an InputError (`output-is-input` or `cannot-write`, naming the path as given).
 */
export function prepareOutputDestinations(req: { out?: string; outDir?: string }, inputs: readonly (string | null | undefined)[]): void {
  if (req.out) {
    refuseInputOverwrite(req.out, inputs);
    prepareDestination(req.out, 'file', '--out');
  }
  if (req.outDir) prepareDestination(req.outDir, 'folder', '--out-dir');
}

/** The input paths known before reading: members, ties (default `ties.csv` beside the members), projects. */
export function expectedInputs(members: string, ties: string | undefined, projects: string | undefined): string[] {
  return [members, ties ?? join(dirname(members), 'ties.csv'), projects ?? join(dirname(members), 'projects.csv')];
}

/**
 * Renders one format into its file(s); `layout` is shared by the drawings (computed when absent).
 * `graph` is called only by the formats that draw or export the graph (`data.toGraph()` builds the
 * graphology graph; text, JSON, Markdown and CSV do not need it).
 */
export function renderFormat(format: Format, report: Report, graph: () => ClusterGraph, req: OutputRequest, layout?: Layout): OutputFile[] {
  switch (format) {
    case 'text':
      return [{ name: STANDARD_NAMES.text, content: renderText(report, { top: req.top, color: req.color }) }];
    case 'json':
      return [{ name: STANDARD_NAMES.json, content: renderJson(report) }];
    case 'markdown':
      return [{ name: STANDARD_NAMES.markdown, content: renderMarkdown(report, { top: req.top }) }];
    case 'svg':
      return [{ name: STANDARD_NAMES.svg, content: renderSvg(report, graph(), req.draw, layout) }];
    case 'html':
      return [{ name: STANDARD_NAMES.html, content: renderHtml(report, graph(), { ...req.draw, layout }) }];
    case 'gexf':
      return [{ name: STANDARD_NAMES.gexf, content: renderGexf(report, graph(), req.timeline?.() ?? null) }];
    case 'graphml':
      return [{ name: STANDARD_NAMES.graphml, content: renderGraphml(report, graph()) }];
    case 'graph-json':
      return [{ name: STANDARD_NAMES['graph-json'], content: renderGraphJson(report, graph()) }];
    case 'csv':
      return renderCsvTables(report, req.csv).map((f) => ({ name: f.name, content: f.content }));
    case 'xlsx':
      if (req.sheetjs === undefined) throw new Error('renderFormat: xlsx needs the SheetJS module (req.sheetjs)');
      return [{ name: STANDARD_NAMES.xlsx, content: renderXlsx(report, req.sheetjs) }];
  }
}

/**
 * Renders every requested format, then writes: all files of an `--out-dir` (created if needed; all
 * written before any is put in place), the `--out` file (its folder created if needed), or the single
 * output to `stdout`. Returns the paths written.
 */
export function writeOutputs(
  report: Report,
  graph: () => ClusterGraph,
  req: OutputRequest,
  inputs: readonly (string | null | undefined)[],
  stdout: NodeJS.WritableStream,
): string[] {
  // The layout (the costliest part of a drawing) is computed once for the SVG figure and the HTML page.
  const drawings = req.formats.filter((f) => f === 'svg' || f === 'html').length;
  const layout = drawings > 1 ? computeLayout(graph(), { seed: req.draw.seed ?? report.options.seed }) : undefined;
  const rendered = req.formats.flatMap((f) => renderFormat(f, report, graph, req, layout));
  if (req.outDir) {
    const paths = rendered.map((file) => join(req.outDir!, file.name));
    for (const p of paths) refuseInputOverwrite(p, inputs);
    prepareDestination(req.outDir, 'folder', '--out-dir');
    writeFilesAtomic(rendered.map((file, i) => ({ path: paths[i], content: file.content })), '--out-dir');
    return paths;
  }
  if (req.out) {
    refuseInputOverwrite(req.out, inputs);
    prepareDestination(req.out, 'file', '--out');
    writeFilesAtomic([{ path: req.out, content: rendered[0].content }], '--out');
    return [req.out];
  }
  stdout.write(rendered[0].content);
  return [];
}
