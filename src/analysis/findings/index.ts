/**
 * Findings: a SWOT-style reading of a report — every finding tied to one number of the report (its
 * indicator path), judged by a rule of the rule table (rule-table.ts) whose threshold is cited, with
 * the members and ties that are its evidence. Pure functions of the report (or comparison) object and
 * the thresholds (config.ts); one file per theme.
 */
import type { Finding, Report } from '../report-types.js';
import { DEFAULT_FINDINGS_CONFIG, type FindingsConfig } from './config.js';
import type { RuleContext } from './make.js';
import { cohesionFindings } from './cohesion.js';
import { synergyFindings } from './synergy.js';
import { balanceFindings } from './balance.js';
import { brokerageFindings, centralizationFindings } from './centralization.js';
import { resilienceFindings } from './threats.js';
import { opportunityFindings } from './opportunities.js';
import { changeFindings, type ComparisonLike } from './change.js';

export { DEFAULT_FINDINGS_CONFIG, findingsConfig, parseFindingsConfig, type FindingsConfig } from './config.js';
export { RULES, ruleTableMarkdown, type RuleRow } from './rule-table.js';
export { valueAt, numberAt } from './make.js';
export type { ComparisonLike } from './change.js';

const CATEGORY_ORDER = { strength: 0, weakness: 1, opportunity: 2, threat: 3 } as const;

/** Strengths, weaknesses, opportunities, threats; within each, severity descending (stable). */
function ordered(list: Finding[]): Finding[] {
  return list
    .map((f, i) => [f, i] as const)
    .sort((a, b) => CATEGORY_ORDER[a[0].category] - CATEGORY_ORDER[b[0].category] || b[0].severity - a[0].severity || a[1] - b[1])
    .map(([f]) => f);
}

/**
 * The findings of an analysis report under `config` (defaults: {@link DEFAULT_FINDINGS_CONFIG}).
 * Reads the report only; the `opportunities` section is used when the report has one.
 */
export function findings(report: Report, config: Partial<FindingsConfig> = {}): Finding[] {
  const names = new Map(report.members.map((m) => [m.id, m.name || m.id]));
  const ctx: RuleContext = { root: report, config: { ...DEFAULT_FINDINGS_CONFIG, ...config }, name: (id) => names.get(id) ?? id };
  return ordered([
    ...cohesionFindings(report, ctx),
    ...synergyFindings(report, ctx),
    ...balanceFindings(report, ctx),
    ...centralizationFindings(report, ctx),
    ...brokerageFindings(report, ctx),
    ...resilienceFindings(report, ctx),
    ...opportunityFindings(report, ctx),
  ]);
}

/** The findings of a comparison of two waves (the change rules: Jaccard band, growth, risers and fallers). */
export function comparisonFindings(comparison: ComparisonLike, config: Partial<FindingsConfig> = {}): Finding[] {
  const names = new Map<string, string>();
  for (const r of comparison.ranks ?? []) for (const m of [...r.risers, ...r.fallers]) if (m.name) names.set(m.id, m.name);
  const ctx: RuleContext = { root: comparison, config: { ...DEFAULT_FINDINGS_CONFIG, ...config }, name: (id) => names.get(id) ?? id };
  return ordered(changeFindings(comparison, ctx));
}
