/** The report as JSON: two-space indentation, a final newline, key order as built (deterministic). */
import type { Report } from '../analysis/report-types.js';

export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
