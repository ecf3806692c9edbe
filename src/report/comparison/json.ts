/** The comparison and the evolution as JSON: two-space indentation, a final newline, key order as built. */
import type { ComparisonReport, EvolutionReport } from '../../analysis/report-types.js';

export function renderChangeJson(report: ComparisonReport | EvolutionReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
