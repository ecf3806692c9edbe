/**
 * `--type-sectors` and `--type-helix`: the user's types (as written, or type classes) → sector or
 * helix. Each value is either inline pairs, `'Vazirlik=government,Maktab=education'` (a piece without
 * `=` belongs to the type before the next `=`, so a type may contain commas:
 * `'Oliy ta'lim, fan va innovatsiyalar vazirligi=government'`), or `@path` to a UTF-8 file with one
 * `Type=value` pair per line (blank lines and lines starting with `#` are skipped). Repeatable; a later
 * pair for the same type wins. Errors name the option (and the file and line) and exit with code 2.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../model/errors.js';
import { isHelix, type Helix } from '../metrics/triple-helix.js';

/** Collects the raw option values (parsed later, so that errors exit with code 2 and a clear message). */
export function collectRaw(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

interface Pair {
  type: string;
  value: string;
  where: string;
}

/** Splits one inline value into `Type=value` pieces; a piece without `=` is joined to the next one. */
function inlinePairs(value: string, option: string): Pair[] {
  const out: Pair[] = [];
  let pending = '';
  for (const piece of value.split(',')) {
    const text = pending === '' ? piece : `${pending},${piece}`;
    if (!piece.includes('=')) {
      pending = text;
      continue;
    }
    pending = '';
    out.push(splitPair(text, option, `"${value}"`));
  }
  if (pending.trim() !== '') {
    throw new InputError({
      code: 'invalid-option',
      problem: `${option} "${value}": "${pending.trim()}" has no "=" and no value`,
      expected: 'Type=value pairs separated by commas, or @file with one Type=value pair per line',
      fix: `Write e.g. ${option} 'Vazirlik=government,Maktab=education'.`,
    });
  }
  return out;
}

function splitPair(text: string, option: string, where: string): Pair {
  const eq = text.indexOf('=');
  const type = text.slice(0, eq).trim();
  if (type === '') {
    throw new InputError({
      code: 'invalid-option',
      problem: `${option}: "${text.trim()}" in ${where} has no type before "="`,
      expected: 'Type=value',
      fix: `Write the type as in the members file, e.g. ${option} 'Vazirlik=government'.`,
    });
  }
  return { type, value: text.slice(eq + 1).trim(), where };
}

/** The pairs of a file given as `@path`, one per line. */
function filePairs(path: string, option: string): Pair[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError({
      code: 'invalid-option',
      file: path,
      problem: `${option} @${path}: the file cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
      expected: 'a readable UTF-8 file with one Type=value pair per line',
      fix: 'Check the path (it is relative to the current folder).',
    });
  }
  const out: Pair[] = [];
  text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!line.includes('=')) {
      throw new InputError({
        code: 'invalid-option',
        file: path,
        line: i + 1,
        problem: `${option}: "${line}" has no "="`,
        expected: 'one Type=value pair per line (blank lines and # comments allowed)',
        fix: 'Write the line as Type=value, e.g. Vazirlik=government.',
      });
    }
    out.push(splitPair(line, option, `${path}, line ${i + 1}`));
  });
  return out;
}

function pairsOf(values: readonly string[] | undefined, option: string): Pair[] {
  const out: Pair[] = [];
  for (const v of values ?? []) {
    if (v.trim().startsWith('@')) out.push(...filePairs(v.trim().slice(1), option));
    else out.push(...inlinePairs(v, option));
  }
  return out;
}

/** `--type-sectors` values → the reader's `typeSectors` (type → sector; '' = no sector). */
export function typeSectorsFrom(values: readonly string[] | undefined): Record<string, string> | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const out: Record<string, string> = Object.create(null);
  for (const p of pairsOf(values, '--type-sectors')) out[p.type] = p.value;
  return out;
}

/** `--type-helix` (and its older name `--helix`) values → the analysis option `helix` (type → helix). */
export function typeHelixFrom(values: readonly string[] | undefined, option = '--type-helix'): Record<string, Helix> {
  const out: Record<string, Helix> = Object.create(null);
  for (const p of pairsOf(values, option)) {
    const h = p.value.toLowerCase();
    if (!isHelix(h)) {
      throw new InputError({
        code: 'invalid-option',
        problem: `${option} ${p.type}=${p.value} (${p.where}): "${p.value}" is not a helix`,
        expected: 'academia, industry, government or civil',
        fix: `Write e.g. ${option} '${p.type}=government'.`,
      });
    }
    out[p.type] = h;
  }
  return out;
}
