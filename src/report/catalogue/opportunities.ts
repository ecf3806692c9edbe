/**
 * The report's `opportunities` section (partnership recommendations, src/analysis/recommend/): its
 * fields, its topic and the works it cites. Kept apart from the other catalogue files so that the
 * section can be merged without touching theirs. The fields are `optional`: reports frozen before the
 * section existed (fixtures/report/) lack them.
 */
import type { FieldEntry, Reference, Section, Topic } from './types.js';

const PEER = 'networkx 2.8 `resource_allocation_index` (1e-12; fixtures/link-prediction/)';
const NOT_USED = 'Not used: the scores read the undirected, unweighted view (whether a tie exists).';

export const OPPORTUNITY_FIELDS: readonly FieldEntry[] = [
  { path: 'opportunities.score', topic: 'opportunities', label: 'score', title: 'Ranking score', definition: 'The link-prediction score that ranks the pairs: `resourceAllocation` in the report (the `recommend` command can rank by any score, or by the best of its backtest).', peer: PEER, weights: NOT_USED, optional: true, format: 'string', reading: 'The opportunities are ordered by this score, highest first.' },
  { path: 'opportunities.cross', topic: 'opportunities', label: 'cross', title: 'Crossing attribute', definition: 'Only pairs whose members differ in this attribute are proposed: `sector` in the report (members without a sector take no part).', peer: 'none — an option of the recommendation', weights: 'Not applicable.', optional: true, format: 'string', reading: 'Every opportunity joins two different sectors.' },
  { path: 'opportunities.candidates', topic: 'opportunities', label: 'candidates', title: 'Candidate pairs', definition: 'Pairs of members not tied in either direction whose sectors differ (counted, not enumerated).', peer: 'none — checked against a brute-force count of the pairs', weights: 'Not used (a count).', optional: true, format: 'int', reading: 'The pool the opportunities are drawn from.' },
  { path: 'opportunities.recommendations', topic: 'opportunities', label: 'opportunities', title: 'Top cross-sector opportunities', definition: 'The 10 best candidates by resource allocation RA(u,v) = Σ_{w ∈ Γ(u)∩Γ(v)} 1/|Γ(w)| (pairs with no shared partner are never proposed), each with `source`, `target` (id and name), `score`, `crosses` (attribute and both values), `sharedPartners`, `effects` (Burt constraint of both ends before → after, E-I index by sector before → after, `bridgesBackedUp`, `articulationPointsRelieved`, `joinsComponents`, `joinsCommunities`) and a one-sentence `explanation`.', citation: 'Zhou, Lü & Zhang (2009); Liben-Nowell & Kleinberg (2007).', peer: PEER, weights: 'The score: not used. The effects: the constraint uses tie weights as the report does (the new tie weighs 1).', optional: true, format: 'table', reading: 'Partners of partners from another sector: pairs that share many partners who have few partners themselves. A proposal to discuss, not a decision.' },
];

export const OPPORTUNITY_TOPICS: readonly Topic[] = [
  {
    key: 'opportunities',
    section: 'opportunities',
    title: 'Partnership opportunities',
    definition: 'Untied member pairs ranked by a link-prediction score (resource allocation: Σ 1/|Γ(w)| over shared partners w), restricted to pairs that cross sectors, with what each tie would change.',
    citation: 'Liben-Nowell & Kleinberg (2007); Zhou, Lü & Zhang (2009).',
    reading: 'Which partnerships to build next: members one partner apart, in different sectors. Link prediction proposes; it does not decide.',
    notes: [
      '`recommend(data, options)` → `{ kind: "recommendations", score, candidates, recommendations, backtest }` (the `recommend` command): seven scores (common neighbours, Jaccard, Adamic–Adar, resource allocation, preferential attachment — the networkx 2.8 `link_prediction` functions — Katz and personalised PageRank), the filters `cross`, `between`, `for`, and a backtest on the cluster\'s years.',
      '- Scores run on the undirected, unweighted simple view; only pairs two steps apart are enumerated (the others score 0).',
      '- Effects are computed for the proposed pairs only, incrementally: Burt constraint of the two ends with the tie patched in (weight 1), the E-I index with the tie added to E or I, bridges and articulation points from the one DFS of the resilience chapter, communities of the report.',
    ],
  },
];

export const OPPORTUNITY_SECTION: Section = {
  key: 'opportunities',
  title: 'Partnership opportunities',
  intro: [
    'Link prediction ranks the pairs of members that are not partners yet by how likely the shape of the network makes a tie between them (Liben-Nowell & Kleinberg 2007; Lü & Zhou 2011). The report lists the ten best pairs that cross sectors; the `recommend` command ranks with any score, filters by type, level or community, and backtests the scores on the cluster\'s own years.',
  ],
};

export const OPPORTUNITY_REFERENCES: readonly Reference[] = [
  { cite: 'Adamic & Adar (2003)', text: 'Friends and neighbors on the Web. Social Networks 25:211.' },
  { cite: 'Katz (1953)', text: 'A new status index derived from sociometric analysis. Psychometrika 18:39.' },
  { cite: 'Liben-Nowell & Kleinberg (2007)', text: 'The link-prediction problem for social networks. JASIST 58:1019.' },
  { cite: 'Lü & Zhou (2011)', text: 'Link prediction in complex networks: a survey. Physica A 390:1150.' },
  { cite: 'Zhou, Lü & Zhang (2009)', text: 'Predicting missing links via local information. Eur. Phys. J. B 71:623.' },
];
