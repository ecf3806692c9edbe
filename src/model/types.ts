/**
 * The typed partnership graph of an educational cluster.
 *
 * The graph itself is a graphology `Graph` (simple: one edge per member pair, or per ordered pair
 * when directed). Node keys are member ids, kept as strings exactly as read. Measures do not walk
 * this object in hot loops; they run on the compact {@link GraphIndex} built from it
 * (see `src/graph/graph-index.ts`).
 */
import type { AbstractGraph } from 'graphology-types';

/** How a tie relates the levels of its two members. */
export type Orientation = 'horizontal' | 'vertical' | 'unknown';

/** Attributes of a member (node). `null` = not given in the input. */
export interface MemberAttributes {
  /** Display name; falls back to the id when the input has none. */
  name: string;
  /** The type as written in the members file (trimmed; null when empty). Never rewritten. */
  type: string | null;
  /**
   * The type's class in the type vocabulary (`university`, `teacher-training`, `school`, `college`,
   * `research`, `business`, `state`, `inspectorate`, `ngo`, `international`, `other`), or null when the
   * vocabulary does not know the type. It gives the default sector and helix. The reader always sets
   * it; on a graph built by hand, absent means "look the type up in the vocabulary".
   */
  typeClass?: string | null;
  /** Sector: the sector column as written, else the default of the type (`typeSectors`, then the type class). */
  sector: string | null;
  /** Level of governance or education (national, regional, district, institution, ...). */
  level: string | null;
  region: string | null;
  /**
   * The year the member joined the cluster (members file column `joined`, `member since`, …); null
   * when not given. The reader always sets it; on a graph built by hand, absent means null.
   */
  joined?: number | null;
  /** The last year the member was in the cluster (column `left`, `exit year`, …); null when not given. */
  left?: number | null;
  /** Every other column of the members file, by its header as written. Null-prototype object. */
  extra: Record<string, string>;
}

/** Attributes of a tie (edge). Several input rows for the same pair are merged into one tie. */
export interface TieAttributes {
  /** Partnership intensity: sum of the weights of the merged rows (1 per row when not given). */
  weight: number;
  /** Distinct activity kinds of the merged rows, sorted; empty when none was given. */
  kinds: string[];
  orientation: Orientation;
  /** Earliest `since` year of the merged rows, or null. */
  since: number | null;
  /** Latest `until` year of the merged rows, or null. */
  until: number | null;
  /** Number of input rows merged into this tie. */
  rows: number;
  /** Every other column of the ties file (values of the first row that formed the tie). */
  extra: Record<string, string>;
}

export interface ClusterGraphAttributes {
  directed: boolean;
}

export type ClusterGraph = AbstractGraph<MemberAttributes, TieAttributes, ClusterGraphAttributes>;
