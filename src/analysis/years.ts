/**
 * The years of an evolution or a two-year comparison, checked against the data so that an error names
 * the option that gave the year (`--from`, `--to`, `--years`, `--every`; library: `years`, `every`),
 * and the snapshots at those years (the model's `snapshot`, src/model/snapshot.ts).
 */
import type { AnalysisInput } from '../model/cluster.js';
import { InputError } from '../model/errors.js';
import { clusterYears, snapshot } from '../model/snapshot.js';

/** Most years an evolution measures (the default takes at most this many of the data's years). */
export const MAX_EVOLUTION_YEARS = 30;

function fail(problem: string, expected: string, fix?: string): never {
  throw new InputError({ code: 'invalid-option', problem, expected, fix });
}

/** Refuses a cluster without years, and a year outside its first–last year; `option` names the year's source. */
export function checkYearOption(years: readonly number[], year: number, option: string, file: string | null): void {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) fail(`${option} ${String(year)} is not a 4-digit year`, 'a 4-digit year such as 2021');
  if (years.length === 0) {
    fail(
      `${option} ${year} asks for a year, but ${file ?? 'the input'} has no years: no member has joined/left and no tie row has since/until`,
      'members with a joined or left column, or ties with a since or until column',
      'Add the years to the files (or, for compare, give two files BEFORE AFTER).',
    );
  }
  const first = years[0];
  const last = years[years.length - 1];
  if (year < first || year > last) fail(`${option} ${year} is outside the years of the data, ${first}–${last}`, `a year from ${first} to ${last}`);
}

/** The snapshots at `years` (`options[k]` names the option of `years[k]` in errors). */
export function yearSnapshots<T extends AnalysisInput>(data: T, years: readonly number[], options: readonly string[]): T[] {
  const known = clusterYears(data);
  years.forEach((y, k) => checkYearOption(known, y, options[k] ?? 'years', data.input.files.members));
  return years.map((y) => snapshot(data, y));
}

/**
 * The years of an evolution: `years` as given (strictly ascending, each within the data), or every
 * `every` years from the data's first year to its last, or by default the data's distinct years
 * (`joined`, `left`, `since`, `until`), at most {@link MAX_EVOLUTION_YEARS} (evenly thinned, first
 * and last kept). `names` are the option names for the errors.
 */
export function evolutionYears(
  data: AnalysisInput,
  choice: { years?: readonly number[]; every?: number },
  names: { years: string; every: string } = { years: 'years', every: 'every' },
): number[] {
  const known = clusterYears(data);
  const file = data.input.files.members;
  if (choice.years !== undefined && choice.every !== undefined) fail(`${names.years} and ${names.every} were both given`, `one of ${names.years} or ${names.every}`);
  if (choice.years !== undefined) {
    const ys = [...choice.years];
    if (ys.length < 2) fail(`${names.years} ${ys.join(',')} names ${ys.length} year; an evolution needs at least two`, 'two or more years, e.g. 2018,2021,2024');
    for (let k = 0; k < ys.length; k++) {
      checkYearOption(known, ys[k], names.years, file);
      if (k > 0 && ys[k] <= ys[k - 1]) fail(`${names.years}: ${ys[k]} is not after ${ys[k - 1]}`, 'strictly ascending years, e.g. 2018,2021,2024');
    }
    if (ys.length > MAX_EVOLUTION_YEARS) fail(`${names.years} names ${ys.length} years`, `at most ${MAX_EVOLUTION_YEARS} years`);
    return ys;
  }
  if (known.length === 0) {
    fail(
      `${file ?? 'the input'} has no years: no member has joined/left and no tie row has since/until, so there is no evolution to measure`,
      'members with a joined or left column, or ties with a since or until column',
      'Add the years to the files.',
    );
  }
  const first = known[0];
  const last = known[known.length - 1];
  if (choice.every !== undefined) {
    const n = choice.every;
    if (!Number.isInteger(n) || n < 1) fail(`${names.every} ${String(n)} is not a whole number of years ≥ 1`, 'a step such as 2 (every second year)');
    const ys: number[] = [];
    for (let y = first; y <= last; y += n) ys.push(y);
    if (ys.length > MAX_EVOLUTION_YEARS) fail(`${names.every} ${n} gives ${ys.length} years from ${first} to ${last}`, `at most ${MAX_EVOLUTION_YEARS} years: a step of at least ${Math.ceil((last - first + 1) / MAX_EVOLUTION_YEARS)}`);
    if (ys.length < 2) fail(`${names.every} ${n} gives one year from ${first} to ${last}`, `a step below ${last - first + 1}`);
    return ys;
  }
  if (known.length < 2) fail(`the data have one year only (${first})`, 'members or ties with at least two distinct years', 'Add years, or give them with --years.');
  if (known.length <= MAX_EVOLUTION_YEARS) return known;
  const out: number[] = [];
  for (let k = 0; k < MAX_EVOLUTION_YEARS; k++) out.push(known[Math.round((k * (known.length - 1)) / (MAX_EVOLUTION_YEARS - 1))]);
  return out;
}
