/**
 * The typed partnership graph of an educational cluster.
 *
 * The graph itself is a graphology `Graph` (simple: one edge per member pair, or per ordered pair
 * when directed). Node keys are member ids, kept as strings exactly as read. Measures do not walk
 * this object in hot loops; they run on the compact {@link GraphIndex} built from it
 * (see `src/core/graph-index.ts`).
 */
import type { AbstractGraph } from 'graphology-types';

/** How a tie relates the levels of its two members. */
export type Orientation = 'horizontal' | 'vertical' | 'unknown';

/** Attributes of a member (node). `null` = not given in the input. */
export interface MemberAttributes {
  /** Display name; falls back to the id when the input has none. */
  name: string;
  /** Canonical type from the vocabulary (e.g. `university`), or the raw value when unknown. */
  type: string | null;
  /** Sector (academia, education, industry, government, civil, or whatever the input says). */
  sector: string | null;
  /** Level of governance or education (national, regional, district, institution, ...). */
  level: string | null;
  region: string | null;
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
