/**
 * Matching tie endpoints by member name (`matchBy: 'name'`, CLI `--match-by name`) and the hint given
 * when ties written with names are read by id. Names are compared as written (case kept), after
 * trimming spaces; a member without a name is known by its id (its name in the report). Report ids
 * stay the members' ids.
 */
import { InputError } from './errors.js';

/** How tie endpoints (ties file, partners column, projects file) are matched to members. */
export type MatchBy = 'id' | 'name';

export const MATCH_BY: readonly MatchBy[] = Object.freeze(['id', 'name']);

/** Where the members' names come from, for the messages. */
export interface NameSource {
  /** Members file as given. */
  file: string | null;
  /** Header of its name column, or null when it has none. */
  column: string | null;
  /** Line of each member (by index). */
  lines: readonly number[];
}

/**
 * Name → member index, for `matchBy: 'name'`. Throws an InputError when the members file has no name
 * column (`missing-column`) or when names are not unique (`duplicate-name`, listing them with their ids).
 */
export function nameIndex(ids: readonly string[], names: readonly string[], source: NameSource): Map<string, number> {
  if (source.column === null) {
    throw new InputError({
      code: 'missing-column',
      file: source.file,
      line: 1,
      problem: '--match-by name (option matchBy: "name") needs a name column in the members file, and there is none',
      expected: 'a column named "name" (or "title", "institution", …)',
      fix: 'Add the name column, or match by id (the default).',
    });
  }
  const index = new Map<string, number>();
  const repeated = new Map<string, number[]>();
  names.forEach((name, i) => {
    const first = index.get(name);
    if (first === undefined) {
      index.set(name, i);
      return;
    }
    const list = repeated.get(name);
    if (list) list.push(i);
    else repeated.set(name, [first, i]);
  });
  if (repeated.size > 0) {
    const entries = [...repeated.entries()];
    const shown = entries.slice(0, 10).map(([name, at]) => `"${name}" (ids ${at.map((i) => `"${ids[i]}"`).join(', ')}; lines ${at.map((i) => source.lines[i]).join(', ')})`);
    const more = entries.length > 10 ? ` and ${entries.length - 10} more` : '';
    const [, at] = entries[0];
    throw new InputError({
      code: 'duplicate-name',
      file: source.file,
      line: source.lines[at[1]],
      column: source.column,
      problem: `--match-by name needs unique member names, and ${entries.length === 1 ? '1 name is' : `${entries.length} names are`} used by more than one member: ${shown.join(', ')}${more}`,
      expected: 'every name once',
      fix: 'Make these names unique in the members file, or write ids in the ties and match by id (the default).',
    });
  }
  return index;
}

/**
 * The hint for unknown endpoints read by id that are member names: null when none is; else one
 * sentence saying how many look like names, with an example, and what to do.
 */
export function namesHint(unknown: readonly string[], ids: readonly string[], names: readonly string[]): string | null {
  const byName = new Map<string, number>();
  names.forEach((name, i) => {
    if (name !== ids[i] && !byName.has(name)) byName.set(name, i);
  });
  const matching = unknown.filter((u) => byName.has(u));
  if (matching.length === 0) return null;
  const example = matching[0];
  const share = matching.length === unknown.length ? (unknown.length === 1 ? 'This looks like a member name' : 'These look like member names') : `${matching.length} of these look like member names`;
  return `${share} ("${example}" is the name of member "${ids[byName.get(example)!]}"): write the ids instead, or use --match-by name (option matchBy: "name") to match the ties by name.`;
}
