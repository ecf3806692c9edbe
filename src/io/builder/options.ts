/** Options and input shapes of the cluster reader (docs/input.md). */
import type { MatchBy } from '../../model/match-names.js';

export interface ReadOptions {
  /** Default false; true: each row is an arc source → target. */
  directed?: boolean;
  /** Field → header override, e.g. `{ id: 'Code', source: 'Partner A' }` (CLI `--map field=Header`). */
  map?: Record<string, string>;
  /** Default `['national','regional','district','institution']` (highest first). */
  levelOrder?: string[];
  /**
   * Sectors of types (CLI `--type-sectors`): keys are types as written or type classes (a class applies
   * to every member of the class), matched ignoring case, spaces and punctuation; '' = no sector.
   * The type as written wins over its class. A sector column, when given, wins over both.
   */
  typeSectors?: Record<string, string>;
  /**
   * Encoding of files without a byte-order mark (CLI `--encoding`), e.g. `windows-1251`; default UTF-8,
   * checked strictly. Used by the file readers only.
   */
  encoding?: string;
  /** Every warning is an error (CLI `--strict`). */
  strict?: boolean;
  /**
   * How tie endpoints (ties file, partners column, projects file) name members: 'id' (default) or
   * 'name' (CLI `--match-by name`; names must be unique; see src/model/match-names.ts).
   */
  matchBy?: MatchBy;
  /**
   * Read the cluster as it was in this year (CLI `--year`): the members present in it and the tie
   * rows active in it between present members, before duplicate rows are merged (see `snapshot`).
   * An error when the input has no years or the year is outside them.
   */
  year?: number;
  /**
   * Sheets of workbook inputs (.xlsx, .xls, .ods) by role (CLI `--sheet members=Sheet1,ties=Sheet2`);
   * default: the sheet named like the role (members, ties, projects, in English, Uzbek or Russian), or
   * the only sheet. Used by the file readers only.
   */
  sheets?: { members?: string; ties?: string; projects?: string };
}

/** A cell of a row object: numbers and booleans are read as their text (`2` as "2"); null/undefined as empty. */
export type CellValue = string | number | boolean | null | undefined;

/** How the input of `buildCluster` can be given: row objects (header → value, e.g. `{ source: 'A', target: 'B', weight: 2 }`) or CSV text. */
export type RowsOrText = Record<string, CellValue>[] | string;

/**
 * The accepted range of a tie row's weight, 1e-12 ≤ w ≤ 1e12: beyond it the measures lose their
 * meaning in double precision (squares and products of weights overflow or underflow: modularity,
 * eigenvector and strength-based measures go wrong near 1e154). Only the ratios of weights matter, so
 * any data can be rescaled into the range. A merged tie's weight is the sum of its rows' weights.
 */
export const MIN_WEIGHT = 1e-12;
export const MAX_WEIGHT = 1e12;
