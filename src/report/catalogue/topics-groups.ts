/**
 * Topics of the chapters "Communities", "Cohesion" and "Brokerage, structural holes and
 * centralization": the short texts printed in the reports and the notes of docs/measures.md.
 */
import type { Topic } from './types.js';

export const GROUP_TOPICS: readonly Topic[] = [
  {
    key: 'communities',
    section: 'communities',
    title: 'Communities (Louvain)',
    definition: 'Groups found by maximising modularity Q = Σ_c [L_c/m − γ(d_c/2m)²] with seeded Louvain restarts.',
    citation: 'Blondel et al. (2008), J. Stat. Mech. P10008; Newman & Girvan (2004).',
    reading: 'Sub-networks that work more with each other than with the rest; Q above ~0.3 marks clear groups.',
    notes: [
      '`detectCommunities(graph, index, { weighted = true, resolution = 1, seed = 42, restarts = 10 })` (or `communitiesOnIndex(index, options)`, the same on the index alone) splits the members into communities that are densely tied inside and sparsely tied to each other, by maximising modularity with the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008, *J. Stat. Mech.* P10008). One engine (src/metrics/communities/louvain.ts, typed arrays on the CSR index, no copy of the graph) runs at every size, undirected and directed, in this thread or — from 20,000 ties on, when threads > 1 — in a worker thread of its own, with the same result. (Before 0.2.0, graphology-communities-louvain partitioned directed graphs and undirected graphs up to 1,000 ties; it is now the tests\' oracle.)',
      '- **Objective.** Undirected: Q = Σ_c [ L_c/m − γ (d_c/2m)² ] (Newman & Girvan 2004; weighted: Newman 2004); directed graphs use directed modularity (Leicht & Newman 2008) Q = Σ_c [ L_c/m − γ d_c^out d_c^in / m² ], as networkx\'s `louvain_communities` on a DiGraph. To partition the symmetrised graph instead, pass `undirectedView(index)`.',
      '- **Moves.** Each level visits its nodes in a seeded random order (shuffled once per level, as networkx does) and moves a node i to the neighbouring community C with the largest gain, when that gain is strictly positive (relative tolerance 10⁻¹²). Gains, in units of 1/m, i being taken out of its community first: undirected ΔQ = w_iC − γ k_i Σ_tot(C) / 2m; directed (the gain of Dugué & Perez 2015, also used by graphology-communities-louvain) ΔQ = w_iC − γ (k_i^out Σ_in(C) + k_i^in Σ_out(C)) / m. When a sweep moves nobody, the communities become the nodes of the next level; the method stops when a level moves nobody.',
      '- **Refinement.** After Louvain, a seeded node-level pass on the original graph moves any member that still gains modularity by changing community (or by standing alone), reshuffling every sweep, until nobody moves: the "vertex mover" refinement of multi-level modularity optimisation (Rotta & Noack 2011, *ACM J. Exp. Algorithmics* 16, 2.3). It never lowers modularity.',
      '- **Weights.** A tie weight is an intensity: strong ties pull members together. `weighted: false` counts every tie 1 (networkx `weight=None`).',
      '- **Resolution γ** (`--resolution`). Above 1 gives more, smaller communities; below 1 fewer, larger ones. The modularity reported is the one optimised, at that γ.',
      '- **Randomness and restarts.** Louvain depends on the order in which members are visited. Run k of `restarts` uses the generator `createRng(deriveSeed(seed, k))` for every shuffle of Louvain and of the refinement. The partition with the highest modularity is kept (values within 10⁻¹² relative count as equal → the earliest run). Same seed, same options → the same partition on every machine and for every `--threads`. `restartModularities` lists every run\'s value: a wide spread means the community structure is not clear-cut and any single partition should be read with care. Above the exactness threshold `analyze` runs 1 restart (`options.sampling.louvainRestarts`).',
      '- **Output.** `assignment[i]` is the community of member `index.ids[i]`; community 0 is the largest (equal sizes: the one holding the earliest member in file order). A graph without ties gives every member its own community and modularity NaN (undefined, `null` in the report). An isolated member is always a community of its own.',
      '- **Peer detail.** Partitions for a given seed differ between implementations (other generator, other visiting order); compare modularity values. With the defaults (10 restarts, seed 42) against networkx 2.8\'s best over seeds 0..49: karate 0.444904 (weighted) and 0.419790 (unweighted) — equal; florentine 0.397500 (4 communities counting the isolate Pucci; every run of the engine ends there, which is also networkx\'s seed-42 value and its mean over 50 seeds, 0.397525; networkx\'s best, 0.398750 with 3 communities, is found by some seeds and by graphology\'s engine); davis 0.151865 (weighted) and 0.017986 (unweighted), kite 0.222222, school-cluster undirected 0.552023 (weighted) and 0.511069 (unweighted) — equal; directed school-cluster 0.553662 (weighted) and 0.522007 (unweighted), above networkx\'s best directed values (0.533556, 0.504764). Against graphology-communities-louvain 2.0.2, the engine\'s best of 10 restarts is at or above graphology\'s best of 10 on the reference datasets and on generated graphs (Erdős–Rényi, planted partition, Barabási–Albert, directed variants), within 0.002; on 9-member graphs it reaches the exact optimum (exhaustive search) on at least 27 of 30 random graphs per variant.',
      '- **Resolution limit.** Louvain can merge small groups in large networks (Fortunato & Barthélemy 2007): raise γ to look for finer groups.',
      '`modularity(index, assignment, { resolution = 1 })` scores any partition (community label per member). A graph without ties gives NaN (networkx raises an error, igraph returns NaN). Use modularity to compare partitions of the same network (e.g. communities found vs. the official sector or region grouping), not to compare networks of very different size.',
    ],
  },
  {
    key: 'degeneracy',
    section: 'cohesion',
    title: 'Degeneracy (k-core)',
    definition: 'Largest k such that a subgroup exists where every member has at least k partners inside it.',
    citation: 'Seidman (1983), Social Networks 5:269; Batagelj & Zaversnik (2003).',
    reading: 'The depth of the densest core of the cluster.',
    notes: [
      '`coreNumbers(index)` → Int32Array per member; `degeneracy(cores)` → number',
      '- Algorithm: Batagelj & Zaversnik (2003), *An O(m) algorithm for cores decomposition of networks* (arXiv cs/0310049): repeatedly remove the member of smallest degree, using bucket sort. O(n + m).',
      '- Degree: undirected — number of partners; directed — in-degree + out-degree, so a reciprocated pair counts twice (networkx `core_number` on a DiGraph, igraph `coreness(mode="all")`). For the symmetrised graph pass `undirectedView(index)`.',
    ],
  },
  {
    key: 'efficiency',
    section: 'cohesion',
    title: 'Global and local efficiency',
    definition: 'Global: mean of 1/d(i,j) over all pairs; local: mean over members of the global efficiency among their partners (d in ties, or in Σ 1/weight with paths: 1/weight).',
    citation: 'Latora & Marchiori (2001), Phys. Rev. Lett. 87:198701.',
    reading: 'Global: how easily information travels across the cluster (1 = everyone tied to everyone); local: how well partners stay connected when a member leaves.',
    notes: [
      '`globalEfficiency(index, { removed?, direction? })` → number; `localEfficiency(index)` → `{ values, mean }`',
      '- `removed` marks members treated as absent (n then counts only the members left), for "what if this member left" analyses; `direction: \'out\'` (default) follows arcs on directed graphs, `\'und\'` uses the symmetrised graph.',
      '- Unlike the average path length, global efficiency is defined on disconnected graphs. 0 with fewer than two members.',
      '- Weighted (`{ weighted: true }`, `--paths weighted`): distances are sums of 1/weight (Dijkstra). Global efficiency: the peer value is the mean of 1/d over networkx\'s `all_pairs_dijkstra_path_length` with `weight = 1/w` (networkx\'s `global_efficiency` has no weights). Weighted local efficiency has **no peer** (networkx\'s `local_efficiency` ignores weights): it is defined here as the weighted global efficiency of the subgraph induced by the member\'s neighbours, E_loc(i) = (1/(k(k−1))) Σ_{j≠h ∈ N(i)} 1/d_{N(i)}(j,h), 0 when k < 2, checked against a direct networkx-Dijkstra implementation and hand-worked cases. Unlike the hop version it is not bounded by 1: neighbours tied with weight > 1 are closer than one hop.',
      '- Local efficiency, how it is computed, per neighbourhood of k members with e ties among them: a clique (e = k(k−1)/2) gives 1 without a search; a dense neighbourhood (at least 1/16 of the pairs tied, k ≤ 8,192) is searched breadth-first on bitset rows that stop as soon as every neighbour has been reached, O(k²) instead of O(k³); otherwise adjacency-list searches. The sum is Σ_d count_d / d over the number of neighbour pairs at each distance d, so the value does not depend on the search order (equal to networkx `local_efficiency` on three seeded dense graphs, fixtures/efficiency/make-dense.py).',
    ],
  },
  {
    key: 'brokerage',
    section: 'brokerage',
    title: 'Brokerage roles',
    definition: 'Counts of open two-paths a → b → c classified by the groups of a, b, c: coordinator, itinerant, representative, gatekeeper, liaison; expected values and z-scores under random ties.',
    citation: 'Gould & Fernandez (1989), Sociological Methodology 19:89; R sna::brokerage.',
    reading: 'Who mediates between whom: liaisons link two other groups, gatekeepers bring outsiders into their own group.',
    notes: [
      'A member v *brokers* whenever it sits on a two-step path a → v → b between two members that have no direct tie a → b. Gould and Fernandez (1989) split these brokerage opportunities by the groups of the three members (here any member attribute, `--group-by`, e.g. organisation type or sector):',
      '| role | groups of a → v → b | reading |\n|---|---|---|\n| coordinator | A → A → A | mediates inside its own group |\n| itinerant (consultant) | A → B → A | an outsider mediating between members of another group |\n| representative | A → A → B | passes its own group\'s contacts outward (speaks for its group) |\n| gatekeeper | A → B → B | controls what enters its group from outside |\n| liaison | A → B → C | connects two groups, neither of them its own |\n| total | all five | |',
      'Ties are directed; an undirected tie counts in both directions (so representative = gatekeeper). Each count is compared with its expectation under a random graph of the same density d = arcs/(n(n−1)) and the same group sizes (k = d²(1−d); e.g. E[coordinator] = k(n_g−1)(n_g−2) for a broker in a group of n_g members) and reported as raw count, expected value, standard deviation and z = (raw − expected)/sd, per member and for the whole network. z is undefined when the standard deviation is 0 (e.g. coordinator in a group of one or two). Members without a group value form a group "(missing)".',
      'Peer detail: R `sna::brokerage` (sna 2.7) — raw counts, expectations, standard deviations and z-scores match it (sna\'s columns w_I, w_O, b_IO, b_OI, b_O, t).',
      'How to read it: a school with a high gatekeeper z-score is the door through which outside partners (universities, businesses) reach the other schools; a high liaison score marks a member that links sectors it does not belong to — typically an intermediary agency or NGO.',
    ],
  },
  {
    key: 'structuralHoles',
    section: 'brokerage',
    title: 'Structural holes',
    definition: "Burt's constraint c_i = Σ_j (p_ij + Σ_q p_iq p_qj)², effective size and efficiency of the ego network.",
    citation: 'Burt (1992), Structural Holes; networkx structuralholes.',
    reading: 'Low constraint / high effective size: the member spans otherwise unconnected partners and can broker between them.',
    notes: [
      'Burt\'s measures describe a member\'s own neighbourhood (all contacts, incoming and outgoing). With p_ij = (a_ij + a_ji)/Σ_k(a_ik + a_ki), the share of i\'s relations invested in contact j, and m_jq = (a_jq + a_qj)/max_l(a_jl + a_lj), the strength of j\'s tie to q relative to j\'s strongest tie. All four measures are undefined (`null`) for isolates.',
      'Citation detail: Burt, R. S. (1992), *Structural Holes: The Social Structure of Competition*, Harvard University Press; Borgatti, S. P. (1997), Structural holes: unpacking Burt\'s redundancy measures, *Connections* 20(1), 35–38.',
      'How to read it: constraint near 1 means all of a member\'s ties lead into one tightly knit circle — it hears the same news from everyone and has little room to broker; low constraint and an efficiency near 1 mark a member spanning structural holes between otherwise unconnected partners. High hierarchy means the constraint comes mostly from one dominant partner (e.g. a school tied above all to its inspectorate).',
    ],
  },
  {
    key: 'centralization',
    section: 'brokerage',
    title: 'Freeman centralization',
    definition: 'Σ(max C − C_i) divided by its largest possible value (a star), for degree, betweenness and closeness.',
    citation: 'Freeman (1979), Social Networks 1:215; R sna::centralization.',
    reading: '1 = one member holds the cluster like a hub (a star); 0 = every member equally central.',
    notes: [
      'Centralization summarises how much a whole network revolves around one member: C = Σ_i (c_max − c_i) / T_max, the total gap between the most central member and all others, divided by the largest possible gap, that of a star with the same number of members.',
      '| centrality | c_i | T_max |\n|---|---|---|\n| degree, undirected | number of contacts | (n−1)(n−2) |\n| in-/out-degree, directed | incoming / outgoing ties | (n−1)² |\n| total degree, directed | in + out | 2(n−1)(n−2) |\n| betweenness, undirected | raw betweenness (pairs counted once) | (n−1)²(n−2)/2 |\n| betweenness, directed | raw betweenness (ordered pairs) | (n−1)²(n−2) |\n| closeness, undirected | (n−1)/Σ_j d(i,j) | (n−1)(n−2)/(2n−3) |',
      'Closeness centralization is undefined (reported as null) when the network is disconnected — some distances are infinite; for directed graphs it needs a strongly connected network and then uses sna\'s normalisation (n−1)(1 − 1/n). Everything is undefined for networks of two members or fewer.',
      'Peer detail: R `sna::centralization` (sna 2.7) and R igraph `centr_degree(loops = FALSE)`, `centr_betw`, `centr_clo` — identical values. (R igraph\'s default `centr_degree` divides by n(n−1) and gives a smaller number.)',
      'How to read it: a degree centralization near 1 means one member (often the ministry, the university or a lead school) holds most of the ties; a high betweenness centralization means most indirect connections pass through a single member, so the cluster depends on it; values near 0 describe a polycentric cluster.',
    ],
  },
  {
    key: 'topTieShare',
    section: 'brokerage',
    title: 'Share of ties held by the most-tied member',
    definition: 'Degree of the most-tied member divided by the number of ties.',
    citation: 'Descriptive.',
    reading: 'A large share means the cluster depends on a single coordinator.',
    notes: [],
  },
];
