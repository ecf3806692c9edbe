/**
 * The finding of a report or a comparison (re-exported by report-types.ts for the renderers; a file
 * of its own so that change-types.ts can use it without importing report-types.ts).
 */
/** SWOT category of a finding: internal strengths and weaknesses, external opportunities and threats. */
export type FindingCategory = 'strength' | 'weakness' | 'opportunity' | 'threat';

/**
 * One finding: a statement about the cluster tied to one number of the report (`indicator`, a dotted
 * path such as `synergy.eiIndex.overall`; `value` is the number found there), judged by a stated rule
 * with the source of its threshold, with the members and ties that are its evidence.
 */
export interface Finding {
  /** Rule id (the rule table: src/analysis/findings/rules.ts). */
  id: string;
  category: FindingCategory;
  title: string;
  /** Plain-language statement, with what would change it. */
  statement: string;
  /** Dotted path of the number in the report (array items by index: `resilience.keyPlayers.0.fragmentation`). */
  indicator: string;
  value: number;
  threshold: { rule: string; value: number; source: string };
  evidence: { members: string[]; ties: [string, string][] };
  /** 1 (note) to 3 (act on it). */
  severity: 1 | 2 | 3;
}
