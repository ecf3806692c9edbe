/**
 * Why a Freeman centralization of the report has no value ("—"), for the text, Markdown and HTML
 * renderers. The rules are those of src/metrics/centralization.ts: every measure needs at least 3
 * members (the denominator, the value of a star, is 0 below that), except directed in- and out-degree,
 * whose star value (n−1)² is positive from 2 members on (they are reported there, equal to R sna's);
 * closeness needs a connected graph (directed: strongly connected), and on directed graphs large
 * enough to be sampled it is not computed. Nothing is computed here.
 */
import type { Report } from '../analysis/report-types.js';

export type CentralizationMeasure = 'degree' | 'inDegree' | 'outDegree' | 'betweenness' | 'closeness';

const LABELS: Record<CentralizationMeasure, string> = {
  degree: 'degree',
  inDegree: 'in-degree',
  outDegree: 'out-degree',
  betweenness: 'betweenness',
  closeness: 'closeness',
};

/** The reason a measure's centralization is null, in a few words; null when it has a value. */
export function centralizationGap(report: Report, measure: CentralizationMeasure): string | null {
  const sum = report.summary;
  const value = sum.centralization[measure];
  if (value === undefined || value !== null) return null;
  const n = sum.members;
  const directedDegree = measure === 'inDegree' || measure === 'outDegree';
  if (directedDegree && n < 2) return 'not defined for fewer than 2 members';
  if (!directedDegree && n < 3) return 'not defined for fewer than 3 members (its maximum, the value of a star, is 0)';
  if (measure === 'closeness') {
    if (sum.directed && (sum.strongComponents ?? 1) > 1) return 'not defined: the graph is not strongly connected (closeness needs every member to reach every other)';
    if (!sum.directed && sum.components > 1) return 'not defined: the graph is not connected (closeness needs every member to reach every other)';
    const sampling = report.options.sampling;
    if (sum.directed && sampling && !sampling.closeness.exact) return 'not computed: on a directed graph this large closeness is estimated by sampling (--exact computes it)';
  }
  return 'not defined for this graph';
}

/** The measures without a value, grouped by reason, in the order degree, in, out, betweenness, closeness. */
export function centralizationGaps(report: Report): { measures: string[]; reason: string }[] {
  const out: { measures: string[]; reason: string }[] = [];
  for (const m of Object.keys(LABELS) as CentralizationMeasure[]) {
    const reason = centralizationGap(report, m);
    if (reason === null) continue;
    const same = out.find((g) => g.reason === reason);
    if (same) same.measures.push(LABELS[m]);
    else out.push({ measures: [LABELS[m]], reason });
  }
  return out;
}
