/**
 * The cluster value: what the reader gives and `analyze` takes. Members (ids and attributes, in file
 * order), the typed tie table, the warnings and the account of the input rows, and an explicit,
 * memoised {@link ClusterData.toGraph} that builds the graphology graph when a caller needs one
 * (drawings, graph exports, library users). Nothing is built behind the caller's back: reading a
 * property never builds anything, and `analyze` works from the members and the tie table alone.
 */
import type { ClusterGraph, MemberAttributes } from './types.js';
import type { InputAccount, InputWarning, SkippedRows } from './errors.js';
import type { ProjectRow } from './projects.js';
import type { TieTable } from './tie-table.js';
import { buildGraph } from './to-graph.js';

/**
 * Members read in file order, read the way a graphology graph is (`forEachNode`, `order`), so that
 * code reading member attributes takes either a cluster's members or a graph.
 */
export interface MemberSource {
  readonly order: number;
  forEachNode(visit: (id: string, attributes: MemberAttributes) => void): void;
}

/**
 * The members of a cluster: member i has id `ids[i]` and attributes `attributes[i]`; `lines[i]` is
 * its line in the members file when read from one (else `lines` is empty).
 */
export class Members implements MemberSource {
  constructor(
    readonly ids: readonly string[],
    readonly attributes: readonly MemberAttributes[],
    readonly lines: readonly number[] = [],
  ) {}

  get order(): number {
    return this.ids.length;
  }

  forEachNode(visit: (id: string, attributes: MemberAttributes) => void): void {
    const { ids, attributes } = this;
    for (let i = 0; i < ids.length; i++) visit(ids[i], attributes[i]);
  }
}

/** How ties derived from joint projects are used (see src/io/project-ties.ts). */
export type ProjectTiesMode = 'merge' | 'only' | 'ignore';

export interface ProjectTiesAccount {
  mode: ProjectTiesMode;
  /** Member pairs that share at least one project. */
  pairs: number;
  /** Pairs that became new ties. */
  added: number;
  /** Pairs that were already tied and gained weight. */
  strengthened: number;
  /** Ties from the ties file dropped because the mode is `only`. */
  replaced: number;
}

/** Joint projects as `analyze` reads them (`project,member` rows). */
export interface ProjectsInput {
  file: string | null;
  rows: readonly ProjectRow[] | readonly { project: string; member: string }[];
}

/** Where every input row went, with the projects file and the project-derived ties when read. */
export type ReportInput = InputAccount & {
  projects?: { file: string; rows: number; used: number; skipped: SkippedRows[] };
  projectTies?: ProjectTiesAccount;
};

/** A read cluster. Spread it freely (`{ ...data, projects }`): a copy shares the tables and the graph. */
export interface ClusterData {
  /** True: each tie is an arc src → dst. */
  readonly directed: boolean;
  readonly members: Members;
  /** The ties, in the order of their first row (project-derived ties after them). */
  readonly ties: TieTable;
  warnings: InputWarning[];
  input: InputAccount;
  /**
   * The graphology graph of the cluster (nodes = members in order, edges = ties in table order with
   * keys "0", "1", …), built on the first call; every later call returns the same object. It shares
   * the attribute objects of the members; treat it as a read-only view: `analyze` reads the members
   * and the tie table, not the graph.
   */
  toGraph(): ClusterGraph;
}

/** What `analyze` takes: the read cluster, optionally with joint projects (`project,member` rows). */
export interface AnalysisInput extends ClusterData {
  input: ReportInput;
  projects?: ProjectsInput;
}

/**
 * The cluster value of members and a finished tie table (orientation codes resolved, kinds sorted:
 * see the builder in src/io/builder/). `toGraph` is an own property, so a spread copy keeps it.
 */
export function clusterData(parts: { directed: boolean; members: Members; ties: TieTable; warnings: InputWarning[]; input: InputAccount }): ClusterData {
  const { directed, members, ties } = parts;
  let graph: ClusterGraph | null = null;
  return {
    directed,
    members,
    ties,
    warnings: parts.warnings,
    input: parts.input,
    toGraph: () => (graph ??= buildGraph(directed, members.ids, members.attributes, ties)),
  };
}
