/**
 * Output of `compare` and `evolve`: formats text, json, html, markdown, csv; one format to standard
 * output or `--out FILE`, csv (several tables) or several formats to `--out-dir DIR`. Written
 * atomically; an input file is never overwritten. Renderers live in src/report/comparison/.
 */
import { InvalidArgumentError } from 'commander';
import { join } from 'node:path';
import { InputError } from '../model/errors.js';
import { prepareDestination, refuseInputOverwrite, writeFilesAtomic } from '../io/write-output.js';

export const CHANGE_FORMATS = ['text', 'json', 'html', 'markdown', 'csv'] as const;
export type ChangeFormat = (typeof CHANGE_FORMATS)[number];

export function collectChangeFormats(value: string, previous: ChangeFormat[] | undefined): ChangeFormat[] {
  const out = [...(previous ?? [])];
  for (const part of value.split(',')) {
    const f = part.trim().toLowerCase() === 'md' ? 'markdown' : (part.trim().toLowerCase() as ChangeFormat);
    if (!(CHANGE_FORMATS as readonly string[]).includes(f)) throw new InvalidArgumentError(`unknown format "${part}"; choose from ${CHANGE_FORMATS.join(', ')}.`);
    out.push(f);
  }
  return out;
}

/** Checks formats and destinations before any work (the same rules as `analyze`). */
export function checkChangeOutput(formats: ChangeFormat[], out: string | undefined, outDir: string | undefined, inputs: readonly string[]): void {
  const fail = (problem: string, fix: string) => {
    throw new InputError({ code: 'invalid-option', problem, fix });
  };
  if (out && outDir) fail('--out and --out-dir were both given', 'Use --out FILE for one format, or --out-dir DIR for several.');
  if (!outDir && formats.length > 1) fail(`${formats.length} formats were asked for (${formats.join(', ')}) but only one can go to ${out ?? 'standard output'}`, 'Add --out-dir DIR to write each to its own file.');
  if (!outDir && formats.includes('csv')) fail('--format csv writes several tables', 'Add --out-dir DIR.');
  if (out) {
    refuseInputOverwrite(out, inputs);
    prepareDestination(out, 'file', '--out');
  }
  if (outDir) prepareDestination(outDir, 'folder', '--out-dir');
}

/** Writes the rendered files; returns the paths written (none when printed to `stdout`). */
export function writeChangeOutput(files: { name: string; content: string }[], out: string | undefined, outDir: string | undefined, inputs: readonly string[], stdout: NodeJS.WritableStream): string[] {
  if (outDir) {
    const paths = files.map((f) => join(outDir, f.name));
    for (const p of paths) refuseInputOverwrite(p, inputs);
    writeFilesAtomic(files.map((f, i) => ({ path: paths[i], content: f.content })), '--out-dir');
    return paths;
  }
  if (out) {
    writeFilesAtomic([{ path: out, content: files[0].content }], '--out');
    return [out];
  }
  stdout.write(files[0].content);
  return [];
}
