/** The indicators an evolution follows over the years: label and how to read each from a year. */
import type { EvolutionYear } from '../../analysis/report-types.js';

export interface EvolutionIndicator {
  name: string;
  label: string;
  value(y: EvolutionYear): number | null;
}

export const EVOLUTION_INDICATORS: readonly EvolutionIndicator[] = Object.freeze([
  { name: 'members', label: 'Members', value: (y) => y.summary.members },
  { name: 'ties', label: 'Ties', value: (y) => y.summary.ties },
  { name: 'density', label: 'Density', value: (y) => y.summary.density },
  { name: 'components', label: 'Components', value: (y) => y.summary.components },
  { name: 'transitivity', label: 'Transitivity', value: (y) => y.summary.transitivity },
  { name: 'degreeCentralization', label: 'Degree centralization', value: (y) => y.centralization.degree },
  { name: 'betweennessCentralization', label: 'Betweenness centralization', value: (y) => y.centralization.betweenness },
  { name: 'globalEfficiency', label: 'Global efficiency', value: (y) => y.summary.globalEfficiency },
  { name: 'communities', label: 'Communities', value: (y) => y.communities.count },
  { name: 'modularity', label: 'Modularity', value: (y) => y.communities.modularity },
  { name: 'eiIndex', label: 'E-I index', value: (y) => y.synergy.eiIndex.overall },
  { name: 'tripleHelixT', label: 'Triple-Helix T (A-I-G)', value: (y) => y.synergy.tripleHelix?.T_AIG ?? null },
]);

/** The indicators with a value in at least one year (Triple-Helix T only when projects exist). */
export function indicatorsOf(years: readonly EvolutionYear[]): EvolutionIndicator[] {
  return EVOLUTION_INDICATORS.filter((ind) => years.some((y) => ind.value(y) !== null));
}
