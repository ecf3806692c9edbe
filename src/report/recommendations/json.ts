/** The recommendations as JSON (`kind: "recommendations"`): two-space indentation, final newline, key order as built. */
import type { RecommendationsResult } from '../../analysis/report-types.js';

export function renderRecommendationsJson(r: RecommendationsResult): string {
  return `${JSON.stringify(r, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? null : v), 2)}\n`;
}
