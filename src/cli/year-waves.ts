/**
 * Snapshots of one cluster at the years asked for on the command line (`compare --from/--to`,
 * `evolve --years/--every`), each year checked first against the data's years so that the error names
 * the option that gave it. The snapshot itself is the model's (src/model/snapshot.ts).
 */
import type { ReadInput } from '../io/read-input.js';
import { InputError } from '../model/errors.js';
import { clusterYears, snapshot } from '../model/snapshot.js';

/** Refuses a cluster without years, and a year outside its first–last year; `option` names the year's source. */
export function checkYearOption(years: readonly number[], year: number, option: string, file: string | null): void {
  if (years.length === 0) {
    throw new InputError({
      code: 'invalid-option',
      problem: `${option} ${year} asks for a year, but ${file ?? 'the input'} has no years: no member has joined/left and no tie row has since/until`,
      expected: 'members with a joined or left column, or ties with a since or until column',
      fix: 'Add the years to the files, or compare two files (BEFORE AFTER).',
    });
  }
  const first = years[0];
  const last = years[years.length - 1];
  if (year < first || year > last) {
    throw new InputError({
      code: 'invalid-option',
      problem: `${option} ${year} is outside the years of the data, ${first}–${last}`,
      expected: `a year from ${first} to ${last}`,
    });
  }
}

/** The snapshots at `years` (options[k] names the option of years[k] in errors). */
export function yearSnapshots(data: ReadInput, years: readonly number[], options: readonly string[]): ReadInput[] {
  const known = clusterYears(data);
  years.forEach((y, k) => checkYearOption(known, y, options[k] ?? '--years', data.input.files.members));
  return years.map((y) => snapshot(data, y));
}
