/**
 * Labels, definitions, citations and peers of the change measures (the comparison's and the
 * evolution's own small catalogue), shared by their text, Markdown, CSV and HTML renderers.
 */
import type { JaccardBand } from '../../analysis/report-types.js';

export interface ChangeField {
  label: string;
  definition: string;
  citation: string;
  peer: string;
}

export const CHANGE_FIELDS: Readonly<Record<string, ChangeField>> = Object.freeze({
  jaccard: {
    label: 'Jaccard index',
    definition: 'kept / (kept + ended + formed) over the pairs of stayers',
    citation: 'Snijders, van de Bunt & Steglich (2010), Social Networks 32(1); RSiena manual (data report)',
    peer: 'RSiena data report',
  },
  hamming: {
    label: 'Hamming distance',
    definition: 'ended + formed; normalised: divided by the pairs of stayers',
    citation: 'Butts & Carley (2005), Computational & Mathematical Organization Theory 11(1)',
    peer: 'R sna hdist(normalize = TRUE)',
  },
  rates: {
    label: 'Formation and dissolution rates',
    definition: 'formed / (absent + formed); ended / (ended + kept)',
    citation: 'Bender-deMoll & Morris, tsna (tEdgeFormation, tEdgeDissolution)',
    peer: 'R tsna',
  },
  correlation: {
    label: 'Graph correlation',
    definition: 'Pearson correlation of the two adjacency matrices over the pairs of stayers (no diagonal), binary and valued',
    citation: 'Krackhardt (1987), Social Networks 9(2); Butts (2008), J. Stat. Software 24(6)',
    peer: 'R sna gcor',
  },
  qap: {
    label: 'QAP test',
    definition: 'seeded relabellings of the stayers of one wave; p = (k + 1)/(R + 1) (R sna qaptest reports k/R); all s! relabellings when s ≤ 8',
    citation: 'Krackhardt (1988), Social Networks 10(4); Hubert (1987); Phipson & Smyth (2010)',
    peer: 'R sna qaptest',
  },
  ranks: {
    label: 'Rank correlations',
    definition: 'Spearman ρ (average ranks) and Kendall τ_b of a centrality in the two waves over the stayers',
    citation: 'Spearman (1904); Kendall (1945); Knight (1966)',
    peer: 'scipy.stats spearmanr, kendalltau',
  },
  partitions: {
    label: 'Community comparison',
    definition: 'NMI (Danon), variation of information, Rand, adjusted Rand and split-join distance of the two waves’ Louvain partitions over the stayers',
    citation: 'Danon et al. (2005); Meilă (2007); Rand (1971); Hubert & Arabie (1985); van Dongen (2000)',
    peer: 'python-igraph compare_communities',
  },
  events: {
    label: 'Community events',
    definition: 'communities matched by Jaccard similarity ≥ 0.3 of their members: continue, merge, split, birth, death',
    citation: 'Greene, Doyle & Cunningham (2010), ASONAM',
    peer: '— (definition implemented as published)',
  },
});

/** Labels of the indicators of a comparison / an evolution. */
export const INDICATOR_LABELS: Readonly<Record<string, string>> = Object.freeze({
  density: 'Density',
  components: 'Components',
  degreeCentralization: 'Degree centralization',
  transitivity: 'Transitivity',
  eiIndex: 'E-I index',
  modularity: 'Modularity',
  crossGroupShare: 'Cross-group tie share',
  verticalShare: 'Vertical tie share',
  horizontalShare: 'Horizontal tie share',
  tripleHelixT: 'Triple-Helix T (A-I-G)',
});

export function indicatorLabel(name: string): string {
  return INDICATOR_LABELS[name] ?? name;
}

/** The sentence on the Jaccard index (band of the RSiena manual). */
export function jaccardSentence(jaccard: number | null, band: JaccardBand | null, digits = 3): string {
  const bands = 'RSiena manual: ≥ 0.3 good, 0.2–0.3 moderate, < 0.2 low; low values are harmless when the network mainly grows';
  if (jaccard === null || band === null) return `Jaccard index undefined (no tie among the stayers in either wave) (${bands}).`;
  const reading = band === 'good' ? 'good stability' : band === 'moderate' ? 'moderate stability' : 'low stability';
  return `Jaccard index ${jaccard.toFixed(digits)}: ${reading} of the ties between the two waves (${bands}).`;
}

/** A p-value for people. */
export function pText(p: number | null): string {
  if (p === null) return '—';
  return p < 0.001 ? p.toExponential(1) : p.toFixed(3);
}
