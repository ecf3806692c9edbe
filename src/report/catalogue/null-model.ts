/**
 * Catalogue entries of the degree-preserving null model (`report.nullModel`) and of the findings
 * (`report.findings`), with their topics (section cohesion).
 */
import type { FieldEntry, Topic } from './types.js';

const PEER = 'networkx 2.8 `double_edge_swap(nswap = 10·m, max_tries = 100·m)` ensembles of 1000 samples (fixtures/null-model/make-null-model.py): mean within 4 combined standard errors, sd within 26 %';
const UNWEIGHTED = 'Not used: the undirected simple view is rewired (direction, weights and reciprocity dropped).';
const Z_READING = 'z = (observed − mean)/sd over the rewired samples: beyond ±1.96 the observed value is unlikely for a network with these very degrees.';

const comparison = (key: string, title: string, definition: string, reading: string): FieldEntry => ({
  path: `nullModel.indicators.${key}`, topic: 'nullModel', label: `${title} vs null`, title: `${title} against the null model`,
  definition: `{ observed, mean, sd, z } of ${definition}: observed on the undirected simple view, mean and sd (n − 1) over the rewired samples, z = (observed − mean)/sd (null when sd = 0 — every sample gives the same value, e.g. a graph no swap can change — or when a value is undefined).`,
  peer: PEER, weights: UNWEIGHTED, format: 'object', reading,
});

export const NULL_MODEL_FIELDS: readonly FieldEntry[] = [
  { path: 'nullModel', topic: 'nullModel', label: 'null model', title: 'Degree-preserving null model', definition: '`{ method, samples, swapsPerTie, seed, ties, attempts, swaps, pivots, restarts, indicators }`: R samples (`--null-samples`, default 200; 0 = off, then `null`; fewer above a size, `options.sampling.nullModel`), each the observed undirected simple view rewired by 10 double edge swaps per tie; `attempts` and `swaps` count the swaps tried and done over all samples (a swap is rejected when it would make a self-loop or a double tie).', citation: 'Maslov & Sneppen (2002), Science 296:910.', peer: PEER, weights: UNWEIGHTED, format: 'object', reading: 'What chance alone gives a network with the same number of partners for every member; read the z of each indicator.' },
  comparison('transitivity', 'Transitivity', 'transitivity (3 × triangles / connected triples)', `Above chance (z ≥ 1.96): partners of partners close triads more often than the degrees explain. ${Z_READING}`),
  comparison('averageClustering', 'Average clustering', 'the mean local clustering coefficient (zeros included)', Z_READING),
  comparison('averagePathLength', 'Average path length', 'the average shortest-path length (hops) of the largest component; with pivots above the size rule', `Above chance: routes are longer than the degrees require. ${Z_READING}`),
  comparison('globalEfficiency', 'Global efficiency', 'global efficiency (mean 1/d over ordered pairs, hops); with pivots above the size rule', Z_READING),
  comparison('degreeAssortativity', 'Degree assortativity', 'degree assortativity (Newman 2002)', `Below chance: hubs tie to peripheral members more than the degrees force. ${Z_READING}`),
  comparison('modularity', 'Modularity', 'the modularity of the best of `restarts` (1) seeded unweighted Louvain runs — the same computation on the observed view and every sample, so `observed` can differ from `communities.modularity` (10 restarts, weighted)', `Above chance: the community structure is more than the degrees produce. ${Z_READING}`),
  { path: 'findings', topic: 'findings', label: 'findings', title: 'Findings', definition: 'A list of `{ id, category (strength | weakness | opportunity | threat), title, statement, indicator, value, threshold: { rule, value, source }, evidence: { members, ties }, severity (1–3) }`: `indicator` is the dotted path of the number judged in this report and `value` that number; the rule, its threshold and the threshold\'s source come from the rule table (docs: findings). Thresholds: `--findings-config FILE.json`.', citation: 'cluster-graph rule table; sources per rule.', peer: 'none — each rule tested on a cluster built to trigger it and one built not to', weights: 'As the indicator each finding reads.', format: 'table', reading: 'Start here: strengths and weaknesses are internal, opportunities and threats point to ties to add and to members the cluster cannot lose; every finding says what would change it.' },
];

export const NULL_MODEL_TOPICS: readonly Topic[] = [
  {
    key: 'nullModel',
    section: 'cohesion',
    title: 'Null model (degree-preserving rewiring)',
    definition: 'R samples of the undirected simple view rewired by double edge swaps (pick ties u–v and x–y, make u–x and v–y; reject self-loops and double ties), 10 swaps per tie each; every member keeps its degree. For six indicators: observed, mean, sd and z.',
    citation: 'Maslov & Sneppen (2002), Science 296:910; Watts & Strogatz (1998), Nature 393:440.',
    reading: 'z ≥ 1.96 on transitivity with path-length z ≤ 1.96: a small world; z near 0: what any network with these degrees would show.',
    notes: [
      '`nullModel(index, { samples = 200, swapsPerTie = 10, attemptsPerTie = 100, seed = 42, pivots = null, resolution = 1, restarts = 1 })` → `{ method, samples, swapsPerTie, seed, ties, attempts, swaps, pivots, restarts, indicators }`.',
      '- Swaps: networkx 2.8 `double_edge_swap` semantics (each tie drawn uniformly with a random orientation = networkx\'s degree-proportional node and uniform neighbour); a sample stops after `attemptsPerTie · m` attempts (networkx raises there and leaves the graph as swapped so far: the same sample).',
      '- Seeds: sample s uses `deriveSeed(deriveSeed(seed, 0x4e4d), s)`, its Louvain `deriveSeed(that, 0)`: a sample depends on (seed, s) only, so the analysis runs fixed blocks of 4 samples in worker threads and every thread count gives the same numbers.',
      '- Size rule (analysis): at most ⌊150,000 / ties⌋ samples (at least 20) and path indicators over the first 64 of the analysis\'s seeded pivots once members × arcs > 2·10⁶; `--exact` lifts both. Echoed in `options.sampling.nullModel`.',
      '- Directed clusters: the null model rewires the undirected simple view, so its observed transitivity and clustering are those of the symmetrised graph (not the directed clustering of the summary).',
    ],
  },
  {
    key: 'findings',
    section: 'cohesion',
    title: 'Findings',
    definition: 'Statements about the cluster, each judged from one number of the report by a rule of the rule table whose threshold names its source.',
    citation: 'Rule table (docs: findings).',
    reading: 'Read the findings first, then the figures they cite.',
    notes: [
      '`findings(report, config?)` → the findings of a report under the thresholds of `config` (defaults `DEFAULT_FINDINGS_CONFIG`); `comparisonFindings(comparison, config?)` → those of a comparison of two waves; `findingsConfig(value, file?)` validates a parsed `--findings-config`.',
    ],
  },
];
