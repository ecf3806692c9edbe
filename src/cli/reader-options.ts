/**
 * The reading options shared by `analyze` and `validate`: how the input files are read (direction,
 * column mapping, level order, encoding, strictness, projects). `addReaderOptions` adds them to a
 * commander command; `readerOptionsFrom` turns the parsed options into the reader's {@link InputOptions}.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { InputOptions } from '../io/read-input.js';
import type { ProjectTiesMode } from '../io/project-ties.js';
import { collectRaw, typeSectorsFrom } from './type-mapping-options.js';
import { MATCH_BY, type MatchBy } from '../model/match-names.js';
import { InputError } from '../model/errors.js';

/** The parsed reading options, as commander gives them. */
export interface ReaderCliOptions {
  directed?: boolean;
  map?: Record<string, string>;
  levelOrder?: string[];
  encoding?: string;
  strict?: boolean;
  projects?: string;
  projectTies?: ProjectTiesMode | 'auto';
  /** Raw `--type-sectors` values (inline pairs or @file), parsed by {@link readerOptionsFrom}. */
  typeSectors?: string[];
  /** Raw `--type-helix` values, parsed by `typeHelixFrom` for the analysis. */
  typeHelix?: string[];
  matchBy?: MatchBy;
  /** `--year Y`: the cluster as it was in year Y. */
  year?: number;
  /** `--sheet role=Sheet` pairs (workbook inputs). */
  sheet?: Record<string, string>;
}

/** `--year`: a 4-digit year. */
export function parseYearOption(value: string): number {
  const v = value.trim();
  if (!/^[1-9]\d{3}$/.test(v)) throw new InvalidArgumentError(`expected a 4-digit year such as 2021 (got "${value}").`);
  return Number(v);
}

/** `field=Header,...` pairs (repeatable), into a null-prototype record. */
export function collectPairs(value: string, previous: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = Object.assign(Object.create(null), previous ?? {});
  for (const part of value.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq <= 0 || eq === part.length - 1) throw new InvalidArgumentError(`expected field=Header pairs such as "id=Institution code" (got "${part}").`);
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/** A comma-separated list. */
export function collectList(value: string): string[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) throw new InvalidArgumentError('expected a comma-separated list.');
  return items;
}

/**
 * Adds `--directed`, `--map`, `--level-order`, `--type-sectors`, `--type-helix`, `--encoding`,
 * `--strict`, `--projects`, `--project-ties`, `--match-by` `--year` and `--sheet` to a command; returns the command.
 */
export function addReaderOptions(command: Command): Command {
  return command
    .option('--directed', 'treat each tie row as an arc source → target (default: undirected)')
    .option('--map <field=Header,...>', 'map a field to a column header, e.g. --map id=Code,source="Partner A" (repeatable)', collectPairs)
    .option('--level-order <levels>', 'level order, highest first, comma-separated', collectList)
    .option(
      '--type-sectors <Type=sector,...|@file>',
      "sector of a type as written (or of a type class such as college), e.g. --type-sectors 'Vazirlik=government,Maktab=education'; " +
        "@file: one Type=sector per line; an empty sector = none (repeatable; the sector column wins)",
      collectRaw,
    )
    .option(
      '--type-helix <Type=helix,...|@file>',
      "Triple-Helix helix (academia, industry, government, civil) of a type as written or of a type class, e.g. --type-helix 'Maktab=academia,college=industry'; " +
        '@file: one Type=helix per line (repeatable)',
      collectRaw,
    )
    .option(
      '--encoding <name>',
      'encoding of files without a byte-order mark, e.g. windows-1251 (Cyrillic) or windows-1252 (Western European) (default: UTF-8)',
    )
    .option('--strict', 'treat every warning as an error (exit code 2)')
    .option('--projects <projects.csv>', 'joint projects (project,member rows) for the Triple-Helix synergy; default: projects.csv beside the members file')
    .addOption(
      new Option(
        '--project-ties <mode>',
        'ties derived from shared projects: merge them into the ties file, use only them, or ignore them (auto: only them when there is no ties file and no partners column, else ignore)',
      )
        .choices(['auto', 'merge', 'only', 'ignore'])
        .default('auto'),
    )
    .addOption(
      new Option(
        '--match-by <key>',
        'how the ties, the partners column and the projects file name members: by id (when not given) or by name (names must be unique; the report keeps the ids)',
      ).choices([...MATCH_BY]),
    )
    .option(
      '--year <year>',
      'the cluster as it was in this year: members present (joined ≤ year ≤ left) and tie rows active (since ≤ year ≤ until) between them; ' +
        'rows without years count in every year (must lie within the years of the data)',
      parseYearOption,
    )
    .option(
      '--sheet <role=Sheet,...>',
      'workbook inputs (.xlsx, .xls, .ods): the sheet of members, ties or projects, e.g. --sheet members=Sheet1,ties=Sheet2 ' +
        '(default: the sheet named Members, Ties, Projects — or A\'zolar, Aloqalar, Участники, Связи, ... — or the only sheet)',
      collectPairs,
    );
}

const SHEET_ROLES = ['members', 'ties', 'projects'] as const;

/** `--sheet` pairs checked: roles members, ties, projects (any case). */
export function sheetsFrom(pairs: Record<string, string> | undefined): InputOptions['sheets'] {
  if (pairs === undefined) return undefined;
  const out: NonNullable<InputOptions['sheets']> = {};
  for (const [role, sheet] of Object.entries(pairs)) {
    const key = role.trim().toLowerCase();
    if (!(SHEET_ROLES as readonly string[]).includes(key)) {
      throw new InputError({
        code: 'invalid-option',
        problem: `--sheet names an unknown role "${role}"`,
        expected: 'members, ties or projects, e.g. --sheet members=Sheet1,ties=Sheet2',
      });
    }
    out[key as (typeof SHEET_ROLES)[number]] = sheet;
  }
  return out;
}

/** The reader's options from the parsed command-line options (`--projects` is a path: see `opts.projects`). */
export function readerOptionsFrom(opts: ReaderCliOptions): InputOptions {
  const out: InputOptions = {
    directed: opts.directed ?? false,
    strict: opts.strict ?? false,
    projectTies: opts.projectTies ?? 'auto',
  };
  if (opts.map !== undefined) out.map = opts.map;
  if (opts.levelOrder !== undefined) out.levelOrder = opts.levelOrder;
  const typeSectors = typeSectorsFrom(opts.typeSectors);
  if (typeSectors !== undefined) out.typeSectors = typeSectors;
  if (opts.encoding !== undefined) out.encoding = opts.encoding;
  if (opts.matchBy !== undefined) out.matchBy = opts.matchBy;
  if (opts.year !== undefined) out.year = opts.year;
  const sheets = sheetsFrom(opts.sheet);
  if (sheets !== undefined) out.sheets = sheets;
  return out;
}
