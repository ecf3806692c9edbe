/** Hand-built clusters for the findings tests: members (id, sector, level) and ties, analysed small. */
import { buildCluster } from '../../../src/io/build-cluster.js';
import { analyze } from '../../../src/analysis/analyze.js';
import type { Report } from '../../../src/analysis/report-types.js';

export interface Spec {
  /** id → [sector, level] (default: sector "s", level "local"). */
  members: Record<string, [string, string]> | string[];
  ties: [string, string][];
}

export async function reportOf(spec: Spec, options: Parameters<typeof analyze>[1] = {}): Promise<Report> {
  const rows = Array.isArray(spec.members) ? spec.members.map((id) => [id, 's', 'local']) : Object.entries(spec.members).map(([id, [s, l]]) => [id, s, l]);
  const members = 'id,name,sector,level\n' + rows.map(([id, s, l]) => `${id},Member ${id},${s},${l}`).join('\n') + '\n';
  const ties = 'source,target\n' + spec.ties.map(([a, b]) => `${a},${b}`).join('\n') + '\n';
  return analyze(buildCluster({ members, ties }), { permutations: 2000, nullSamples: 60, ...options });
}

export const ids = (n: number, prefix = 'm'): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
export const cycle = (v: string[]): [string, string][] => v.map((a, i) => [a, v[(i + 1) % v.length]]);
export const star = (center: string, leaves: string[]): [string, string][] => leaves.map((l) => [center, l]);
export function complete(v: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < v.length; i++) for (let j = i + 1; j < v.length; j++) out.push([v[i], v[j]]);
  return out;
}
export const has = (r: Report, id: string): boolean => (r.findings ?? []).some((f) => f.id === id);
