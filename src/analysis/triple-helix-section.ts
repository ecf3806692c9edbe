/**
 * The Triple-Helix block of the synergy section: maps members to helices and measures
 * Leydesdorff's mutual information over the joint projects (metrics in src/metrics/triple-helix.ts).
 */
import type { ClusterGraph } from '../model/types.js';
import type { ProjectRow } from '../io/read-projects.js';
import { projectHelices, resolveHelix, tripleHelix, type Helix } from '../metrics/triple-helix.js';

export interface ProjectsInput {
  file: string | null;
  rows: readonly ProjectRow[] | readonly { project: string; member: string }[];
}

export interface TripleHelixReport {
  file: string | null;
  projects: number;
  /** Projects none of whose members has a helix (left out of the entropies). */
  projectsWithoutHelix: number;
  T_AIG: number | null;
  T4: number | null;
  triads: { AIG: number | null; AIC: number | null; AGC: number | null; IGC: number | null };
  entropy: Record<string, number | null>;
  helixCounts: Record<Helix, number>;
  configurations: Record<string, number>;
  /** Members per helix, and members with no helix. */
  membersByHelix: Record<Helix | 'none', number>;
  overrides: Record<string, Helix>;
}

const fin = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** The helix value given in a member's own columns (a `helix` column kept among the extra ones). */
function helixColumn(extra: Record<string, string>): string | null {
  for (const key of Object.keys(extra)) if (key.trim().toLowerCase() === 'helix') return extra[key];
  return null;
}

export function tripleHelixSection(
  data: { projects?: ProjectsInput },
  graph: ClusterGraph,
  overrides: Record<string, Helix> = {},
): TripleHelixReport | null {
  if (!data.projects) return null;
  const helixOf = new Map<string, Helix | null>();
  const membersByHelix: Record<Helix | 'none', number> = { academia: 0, industry: 0, government: 0, civil: 0, none: 0 };
  graph.forEachNode((id, a) => {
    const h = resolveHelix({ helix: helixColumn(a.extra), sector: a.sector, type: a.type }, overrides);
    helixOf.set(id, h);
    membersByHelix[h ?? 'none']++;
  });
  const all = projectHelices(data.projects.rows, (id) => helixOf.get(id) ?? null);
  const cases = all.filter((p) => p.helices.size > 0);
  const t = tripleHelix(cases);
  const entropy: Record<string, number | null> = {};
  for (const [k, v] of Object.entries(t.entropy)) entropy[k] = fin(v);
  return {
    file: data.projects.file,
    projects: t.projects,
    projectsWithoutHelix: all.length - cases.length,
    T_AIG: fin(t.T_AIG),
    T4: fin(t.T4),
    triads: { AIG: fin(t.triads.AIG), AIC: fin(t.triads.AIC), AGC: fin(t.triads.AGC), IGC: fin(t.triads.IGC) },
    entropy,
    helixCounts: t.helixCounts,
    configurations: t.configurations,
    membersByHelix,
    overrides: { ...overrides },
  };
}
