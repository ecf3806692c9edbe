/**
 * The state of the cluster builder (src/io/builder/cluster-builder.ts) and what every reader of rows
 * shares: options, the account, warnings and errors, the members read so far, matching of endpoints.
 * The readers of member rows, tie rows and the partners column extend it, one file each.
 */
import type { MemberAttributes } from '../../model/types.js';
import { DEFAULT_LEVEL_ORDER, MEMBER_FIELDS, TIE_FIELDS, orientationInferrer, typeResolver, type Field, type HeaderMatch, type MemberField, type TieField } from '../../model/vocabulary.js';
import { InputError, ProblemCollector, WarningCollector, formatLines, type InputAccount, type InputErrorDetails, type InputWarning } from '../../model/errors.js';
import { TieTable } from '../../model/tie-table.js';
import { TieRows } from '../../model/tie-rows.js';
import { nameIndex, namesHint, type MatchBy } from '../../model/match-names.js';
import type { Delimiter } from '../csv.js';
import { plural } from '../../model/words.js';
import { PairTable } from './pair-table.js';
import { Skips, YEAR, quoteList } from './cells.js';
import type { ReadOptions } from './options.js';

/** Per-tie bookkeeping needed only once a second row joins the tie. */
export interface MergeInfo {
  /** First line of each kind seen for the pair ('' = no kind). */
  kindLines: Map<string, number>;
  /** Kinds already reported as duplicated. */
  reported: Set<string>;
}

export interface FileState<F extends Field> {
  file: string;
  delimiter: Delimiter | null;
  match: HeaderMatch<F> | null;
  width: number;
}

export abstract class BuilderState {
  protected readonly directed: boolean;
  protected readonly map: Record<string, string> | undefined;
  /** Orientation of a tie from its members' levels (horizontal, vertical or unknown). */
  protected readonly inferOrientation: ReturnType<typeof orientationInferrer>;
  protected readonly resolveType: ReturnType<typeof typeResolver>;
  protected readonly warnings = new WarningCollector();
  protected readonly account: InputAccount;
  protected readonly memberSkips = new Skips();
  protected readonly tieSkips = new Skips();
  protected readonly problems = new ProblemCollector();
  protected readonly strict: boolean;
  protected readonly matchBy: MatchBy;
  /** Name → member index when matching by name (made when the ties are first read). */
  protected byName: Map<string, number> | null = null;

  /** Roster format: the partners column of the members file and its non-empty cells. */
  protected roster: { column: string; cells: { member: number; raw: string; line: number }[] } | null = null;

  protected members: FileState<MemberField> | null = null;
  protected ties: FileState<TieField> | null = null;

  // Members, by index in file order.
  protected readonly indexOf = new Map<string, number>();
  protected readonly ids: string[] = [];
  protected readonly memberLines: number[] = [];
  protected readonly levels: (string | null)[] = [];
  protected readonly memberAttributes: MemberAttributes[] = [];

  // Ties, by index in order of first row.
  protected readonly tieByPair = new PairTable();
  protected readonly tie = new TieTable();
  /** Every row of the ties (their own weights and years), kept for `snapshot`. */
  protected readonly tieRows = new TieRows();
  protected readonly mergeInfo = new Map<number, MergeInfo>();

  /** Reader option `year`: the cluster is cut to this year when finished. */
  protected readonly year: number | undefined;

  protected readonly unknownEndpoints = new Map<string, { lines: number[]; count: number; column: string }>();
  protected unknownCount = 0;
  protected firstUnknown: { line: number; column: string } | null = null;

  constructor(options: ReadOptions = {}) {
    this.directed = options.directed ?? false;
    this.map = options.map;
    this.inferOrientation = orientationInferrer(options.levelOrder ?? DEFAULT_LEVEL_ORDER);
    this.strict = options.strict ?? false;
    this.matchBy = options.matchBy ?? 'id';
    this.year = options.year;
    if (this.matchBy !== 'id' && this.matchBy !== 'name') {
      throw new InputError({ code: 'invalid-option', problem: `matchBy "${String(this.matchBy)}" is not a way of matching`, expected: '"id" or "name"' });
    }
    this.resolveType = typeResolver(options.typeSectors);
    if (this.map) {
      const known = new Set<string>([...MEMBER_FIELDS, ...TIE_FIELDS]);
      for (const key of Object.keys(this.map)) {
        if (!known.has(key)) {
          throw new InputError({
            code: 'invalid-option',
            problem: `--map names an unknown field "${key}"`,
            expected: `one of ${[...known].join(', ')}`,
            fix: 'Write --map field=Header, e.g. --map id=Code.',
          });
        }
      }
    }
    this.account = {
      files: { members: null, ties: null },
      members: { rows: 0, used: 0, skipped: [] },
      ties: { rows: 0, used: 0, merged: 0, skipped: [] },
    };
  }

  /** With `matchBy: 'name'`, the name index (an error when the names are not unique). */
  protected prepareMatching(): void {
    if (this.matchBy === 'name' && this.byName === null) this.byName = nameIndex(this.ids, this.memberNames(), this.nameSource());
  }

  /** The member index of a tie endpoint as written (an id, or a name with `matchBy: 'name'`). */
  protected endpoint(key: string): number | undefined {
    return this.byName === null ? this.indexOf.get(key) : this.byName.get(key);
  }

  protected memberNames(): string[] {
    return this.memberAttributes.map((a) => a.name);
  }

  protected nameSource() {
    const m = this.members?.match;
    return { file: this.members?.file ?? null, column: m && m.fields.name !== undefined ? m.headers[m.fields.name] : null, lines: this.memberLines };
  }

  /**
   * How the projects file names members: null when by id (check against the member ids), else
   * name → member id (with `matchBy: 'name'`).
   */
  namesToIds(): Map<string, string> | null {
    if (this.matchBy !== 'name') return null;
    this.prepareMatching();
    return new Map([...this.byName!].map(([name, i]) => [name, this.ids[i]]));
  }

  /** The warnings found so far (for an error thrown before {@link finish}: see `InputError.warnings`). */
  warningsSoFar(): InputWarning[] {
    return this.warnings.collect();
  }

  /** True when the members file has a partners column (roster format). */
  get hasRoster(): boolean {
    return this.roster !== null;
  }

  /**
   * A year cell (joined, left, since, until): null when empty, else the year; a cell that is not a
   * 4-digit year is an error (`invalid-year`) and gives NaN.
   */
  protected parseYear(raw: string, file: string, line: number, column: string): number | null {
    if (raw === '') return null;
    if (YEAR.test(raw)) return Math.trunc(Number(raw));
    this.problem({
      code: 'invalid-year',
      file,
      line,
      column,
      problem: `"${raw}" is not a 4-digit year`,
      expected: 'a year such as 2019 (or an empty cell: no year)',
      fix: 'Write the year with four digits, or leave the cell empty.',
    });
    return NaN;
  }

  /** A row's two years in the wrong order (`left` before `joined`, `until` before `since`): an error. */
  protected yearsOutOfOrder(code: string, file: string, line: number, column: string, first: { name: string; value: number }, second: { name: string; value: number }): void {
    this.problem({
      code,
      file,
      line,
      column,
      problem: `${second.name} ${second.value} is before ${first.name} ${first.value}`,
      expected: `${second.name} in or after ${first.name} (${first.value} or later), or an empty cell`,
      fix: `Correct one of the two years (${first.name} is the first year, ${second.name} the last year, both included).`,
    });
  }

  /** Reports an empty source or target cell; returns true (the row is bad). */
  protected emptyEndpoint(file: string, line: number, column: string): boolean {
    this.problem({
      code: 'empty-endpoint',
      file,
      line,
      column,
      problem: 'the member id is empty',
      expected: 'the id of a member of the members file',
      fix: 'Fill in the member id, or remove the row.',
    });
    return true;
  }

  protected problem(details: InputErrorDetails): void {
    this.problems.add(details);
  }

  protected checkMapped(file: string, line: number, headers: string[], missing: { field: Field; header: string }[]): void {
    if (missing.length === 0) return;
    const { field, header } = missing[0];
    throw new InputError({
      code: 'missing-column',
      file,
      line,
      problem: `the column "${header}" given for ${field} (--map ${field}=${header}) is not in the header; the headers found are ${quoteList(headers)}`,
      expected: `a header "${header}"`,
      fix: 'Correct the header name given with --map (case and spaces do not matter).',
    });
  }

  /** False (and an error) when the row has more fields than the header. */
  protected checkWidth(st: FileState<Field>, fields: string[], line: number): boolean {
    if (fields.length > st.width) {
      const sep = st.delimiter === '\t' ? 'a tab' : st.delimiter ? `"${st.delimiter}"` : 'the delimiter';
      this.problem({
        code: 'too-many-fields',
        file: st.file,
        line,
        problem: `this row has ${fields.length} fields but the header has ${st.width}`,
        expected: `at most ${st.width} fields, one per header column`,
        fix: `Enclose values that contain ${sep} in double quotes, or add a header for the extra column.`,
      });
      return false;
    }
    if (fields.length < st.width) {
      this.warnings.add(
        '',
        'missing-fields',
        st.file,
        line,
        null,
        (count, _lines, lines) =>
          `${plural(count, 'row')} (${lines}) ${count === 1 ? 'has' : 'have'} fewer fields than the header (${st.width}): the missing cells were treated as empty`,
      );
    }
    return true;
  }

  protected checkEncoding(file: string, fields: string[], line: number): void {
    for (const v of fields) {
      if (v.indexOf('\uFFFD') >= 0) {
        this.warnings.add(
          '',
          'invalid-utf8',
          file,
          line,
          null,
          (count, _lines, lines) =>
            `${plural(count, 'row')} (${lines}) ${count === 1 ? 'contains' : 'contain'} bytes that are not UTF-8 (shown as "\uFFFD"): save the file as "CSV UTF-8" to keep names and ids intact`,
        );
        return;
      }
    }
  }

  protected unknownEndpoint(id: string, line: number, column: string): void {
    this.unknownCount++;
    if (!this.firstUnknown) this.firstUnknown = { line, column };
    let u = this.unknownEndpoints.get(id);
    if (!u) this.unknownEndpoints.set(id, (u = { lines: [], count: 0, column }));
    u.count++;
    if (u.lines.length < 5) u.lines.push(line);
  }

  protected addUnknownProblem(file: string | null, where: string | null): void {
    const entries = [...this.unknownEndpoints.entries()];
    const shown = entries.slice(0, 10).map(([id, u]) => `"${id}" (${u.count === 1 ? 'line' : 'lines'} ${formatLines(u.lines, u.count, 5)})`);
    const more = entries.length > 10 ? ` and ${entries.length - 10} more` : '';
    const membersFile = `the members file ${this.members?.file ?? ''}`.trimEnd();
    const what = where === null ? plural(this.unknownCount, 'tie endpoint') : `${plural(this.unknownCount, 'partner mention')} of ${where}`;
    const key = this.byName === null ? 'id' : 'name';
    const hint = key === 'id' ? namesHint(entries.map(([id]) => id), this.ids, this.memberNames()) : null;
    this.problem({
      code: 'unknown-member',
      file,
      line: this.firstUnknown!.line,
      column: this.firstUnknown!.column,
      problem: `${plural(entries.length, `member ${key}`)} in ${what} ${entries.length === 1 ? 'is' : 'are'} not in ${membersFile}: ${shown.join(', ')}${more}`,
      expected: `${key}s of members listed in ${membersFile}`,
      fix:
        hint ??
        `Add these members to ${membersFile}, or correct the ${key}s${where === null ? ` in ${file}` : ''} (${key}s are compared exactly, after trimming spaces).`,
    });
  }
}
