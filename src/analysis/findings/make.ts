/**
 * Building findings: the value is read from the report at the finding's indicator path (so `value`
 * always equals the number there), category, rule text and source come from the rule table.
 */
import type { Finding } from '../report-types.js';
import type { FindingsConfig } from './config.js';
import { ruleRow, ruleText, thresholdOf } from './rule-table.js';

/** What every rule reads: the report (or comparison) object, the config, member names. */
export interface RuleContext {
  root: unknown;
  config: FindingsConfig;
  /** Name by member id (the id itself when unknown). */
  name(id: string): string;
}

/** The value at a dotted path (`a.b.0.c`: array items by index); undefined when absent. */
export function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The number at a path, or null when there is none (absent, null or not finite). */
export function numberAt(root: unknown, path: string): number | null {
  const v = valueAt(root, path);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export interface FindingParts {
  title: string;
  statement: string;
  indicator: string;
  members?: string[];
  ties?: [string, string][];
  severity: 1 | 2 | 3;
  /** The threshold's value when it is not the config's (e.g. a share turned into a count). */
  threshold?: number;
  /** The rule text when the threshold was turned into another unit. */
  rule?: string;
}

export function makeFinding(ctx: RuleContext, id: string, parts: FindingParts): Finding {
  const row = ruleRow(id);
  const value = numberAt(ctx.root, parts.indicator);
  if (value === null) throw new Error(`findings: rule ${id} reads no number at ${parts.indicator}`);
  const t = parts.threshold ?? thresholdOf(row, ctx.config);
  return {
    id,
    category: row.category,
    title: parts.title,
    statement: parts.statement,
    indicator: parts.indicator,
    value,
    threshold: { rule: parts.rule ?? ruleText(row, thresholdOf(row, ctx.config)), value: t, source: row.source },
    evidence: { members: parts.members ?? [], ties: parts.ties ?? [] },
    severity: parts.severity,
  };
}

/** A list of names: the first `max` and "and N more". */
export function nameList(ctx: RuleContext, ids: readonly string[], max = ctx.config.listed): string {
  const shown = ids.slice(0, max).map((id) => ctx.name(id));
  const rest = ids.length - shown.length;
  const body = shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : body;
}

/** A number for a sentence: up to 3 significant decimals. */
export function num(x: number): string {
  if (Number.isInteger(x)) return String(x);
  return Math.abs(x) >= 100 ? x.toFixed(0) : Math.abs(x) >= 1 ? x.toFixed(2) : x.toFixed(3);
}
