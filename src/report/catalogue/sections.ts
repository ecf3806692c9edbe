/**
 * The chapters of the measures reference (docs/measures.md), its preamble and the bibliography.
 */
import type { Reference, Section } from './types.js';

/** Opening paragraphs of the measures reference (Markdown). */
export const PREAMBLE: readonly string[] = [
  'Notation: n members, m ties, a_ij the weight of the tie from i to j (0 if none), d(i, j) the shortest-path length. A tie\'s weight is the **intensity** of the partnership (a strength, default 1). Strength-based measures use it as it is; path measures count hops, and where a weighted path variant exists it takes length = 1/weight (a strong tie is a short tie; `--paths weighted`). `--unweighted` sets every weight to 1. Undefined values are reported as `null`.',
  'Directed graphs (`--directed`): in/out variants where they exist; closeness and harmonic use incoming distances (how easily others reach the member), eigenvector is the left eigenvector (endorsement by those who tie to the member), local clustering is Fagiolo\'s directed clustering, core numbers use in + out degree (as networkx); transitivity, local efficiency, articulation points, bridges, fragmentation and core–periphery use the undirected view (each section says which); diameter and average path length are measured on the largest strongly connected component.',
  'Peers: every value was checked against networkx 2.8, igraph 0.10 or R sna 2.7 where they have the measure, on the five reference datasets in `fixtures/reference/` (karate, kite, davis, florentine, school-cluster), with the exact variant of each value in `fixtures/reference/README.md`. Tolerances: 1e-9 relative for combinatorial measures, 1e-6 for iterative solvers (eigenvector, PageRank).',
  'Each field below is named by its path in the report object (`--format json`): `members[].x` is a per-member field (a column of members.csv and an attribute of the graph exports), `summary.x` a figure of the whole cluster. *Format* says how it is written: int, decimal (shown with 3 decimals in the text, Markdown and HTML reports, 4 for Triple-Helix bits; full precision in JSON and CSV), string, list, table, matrix or object.',
];

export const SECTIONS: readonly Section[] = [
  {
    key: 'input',
    title: 'Members and input',
    intro: ['What was read: the members with their attributes as written, how many ties, what the cluster is made of, and the problems met while reading.'],
  },
  {
    key: 'structure',
    title: 'Structure of the graph',
    intro: [
      'These measures describe the shape of the whole cluster: whether it hangs together, how far apart its members are, how dense and how mutual its ties are, and how often partners of a member are partners of each other. Unless stated, tie weights are **not used**. Every value was checked against networkx 2.8 (and igraph 0.10 where noted) on the five reference datasets.',
    ],
    reading: 'Density is the share of possible ties that exist; transitivity and clustering say how often partners of a member are partners of each other.',
  },
  {
    key: 'centrality',
    title: 'Centrality',
    intro: ['Who holds the cluster together: how many partners a member has, how much of the cluster\'s shortest communication runs through it, how close it is to everyone, and how well-tied its partners are.'],
  },
  {
    key: 'communities',
    title: 'Communities',
    intro: ['Sub-networks of members that work more with each other than with the rest, found by maximising modularity.'],
  },
  {
    key: 'cohesion',
    title: 'Cohesion',
    intro: ['How tightly the cluster holds together: its nested cohesive layers (k-cores) and how efficiently members can reach one another. Tie weights are **not used** here (only whether a tie exists).'],
  },
  {
    key: 'brokerage',
    title: 'Brokerage, structural holes and centralization',
    intro: ['Who mediates between whom, who spans otherwise unconnected partners, and how much the whole cluster revolves around one member.'],
  },
  {
    key: 'synergy',
    title: 'Mixing and synergy across groups',
    intro: [
      'Groups are the values of one member attribute (`--group-by`: sector by default; type, level, region or any column). Members whose value is missing are left out of every group measure, together with their ties.',
    ],
  },
  {
    key: 'resilience',
    title: 'Resilience and core–periphery',
    intro: [
      'Every measure in this chapter runs on the **undirected view** of the graph: a directed cluster is symmetrised (a tie in either direction connects the pair), because a partnership keeps two members in touch whichever side initiated it. Tie weights are **not used**: only whether a tie exists matters.',
    ],
  },
];

export const REFERENCES: readonly Reference[] = [
  { cite: 'Barrat, Barthélemy, Pastor-Satorras & Vespignani (2004)', text: 'The architecture of complex weighted networks. PNAS 101:3747.' },
  { cite: 'Batagelj & Zaversnik (2003)', text: 'An O(m) algorithm for cores decomposition of networks. arXiv cs/0310049.' },
  { cite: 'Bavelas (1950)', text: 'Communication patterns in task-oriented groups. J. Acoust. Soc. Am. 22:725.' },
  { cite: 'Blondel, Guillaume, Lambiotte & Lefebvre (2008)', text: 'Fast unfolding of communities in large networks. J. Stat. Mech. P10008.' },
  { cite: 'Boldi & Vigna (2014)', text: 'Axioms for centrality. Internet Mathematics 10:222.' },
  { cite: 'Bonacich (1972)', text: 'Factoring and weighting approaches to status scores and clique identification. J. Math. Sociol. 2:113.' },
  { cite: 'Bonacich (1987)', text: 'Power and centrality: a family of measures. Am. J. Sociol. 92:1170.' },
  { cite: 'Borgatti (1997)', text: 'Structural holes: unpacking Burt\'s redundancy measures. Connections 20(1):35.' },
  { cite: 'Borgatti (2006)', text: 'Identifying sets of key players in a social network. Comput. Math. Organ. Theory 12:21.' },
  { cite: 'Borgatti & Everett (1999)', text: 'Models of core/periphery structures. Social Networks 21:375.' },
  { cite: 'Brandes (2001)', text: 'A faster algorithm for betweenness centrality. J. Math. Sociol. 25:163.' },
  { cite: 'Brin & Page (1998)', text: 'The anatomy of a large-scale hypertextual web search engine. Computer Networks 30:107.' },
  { cite: 'Burt (1992)', text: 'Structural Holes: The Social Structure of Competition. Harvard University Press.' },
  { cite: 'Dial (1969)', text: 'Algorithm 360: shortest-path forest with topological ordering. Communications of the ACM 12:632.' },
  { cite: 'Dugué & Perez (2015)', text: 'Directed Louvain: maximizing modularity in directed networks. Research report, Université d\'Orléans, hal-01231784.' },
  { cite: 'Fagiolo (2007)', text: 'Clustering in complex directed networks. Phys. Rev. E 76:026107.' },
  { cite: 'Fortunato & Barthélemy (2007)', text: 'Resolution limit in community detection. PNAS 104:36.' },
  { cite: 'Freeman (1977)', text: 'A set of measures of centrality based on betweenness. Sociometry 40:35.' },
  { cite: 'Freeman (1979)', text: 'Centrality in social networks: conceptual clarification. Social Networks 1:215.' },
  { cite: 'Golub & Van Loan (2013)', text: 'Matrix Computations, 4th ed. Johns Hopkins University Press.' },
  { cite: 'Gould & Fernandez (1989)', text: 'Structures of mediation: a formal approach to brokerage in transaction networks. Sociological Methodology 19:89.' },
  { cite: 'Hopcroft & Tarjan (1973)', text: 'Algorithm 447: efficient algorithms for graph manipulation. Comm. ACM 16:372.' },
  { cite: 'Krackhardt & Stern (1988)', text: 'Informal networks and organizational crises: an experimental simulation. Social Psychology Quarterly 51:123.' },
  { cite: 'Latora & Marchiori (2001)', text: 'Efficient behavior of small-world networks. Phys. Rev. Lett. 87:198701.' },
  { cite: 'Leicht & Newman (2008)', text: 'Community structure in directed networks. Phys. Rev. Lett. 100:118703.' },
  { cite: 'Leydesdorff (2003)', text: 'The mutual information of university-industry-government relations. Scientometrics 58:445.' },
  { cite: 'Leydesdorff & Ivanova (2014)', text: 'Mutual redundancies in interhuman communication systems. JASIST 65:386.' },
  { cite: 'Marchiori & Latora (2000)', text: 'Harmony in the small-world. Physica A 285:539.' },
  { cite: 'Maslov & Sneppen (2002)', text: 'Specificity and stability in topology of protein networks. Science 296:910.' },
  { cite: 'Newman (2002)', text: 'Assortative mixing in networks. Phys. Rev. Lett. 89:208701.' },
  { cite: 'Newman (2003a)', text: 'Mixing patterns in networks. Phys. Rev. E 67:026126.' },
  { cite: 'Newman (2003b)', text: 'The structure and function of complex networks. SIAM Review 45:167.' },
  { cite: 'Newman (2004)', text: 'Analysis of weighted networks. Phys. Rev. E 70:056131.' },
  { cite: 'Newman & Girvan (2004)', text: 'Finding and evaluating community structure in networks. Phys. Rev. E 69:026113.' },
  { cite: 'Newman, Strogatz & Watts (2001)', text: 'Random graphs with arbitrary degree distributions and their applications. Phys. Rev. E 64:026118.' },
  { cite: 'Onnela, Saramäki, Kertész & Kaski (2005)', text: 'Intensity and coherence of motifs in weighted complex networks. Phys. Rev. E 71:065103.' },
  { cite: 'Opsahl, Agneessens & Skvoretz (2010)', text: 'Node centrality in weighted networks: generalizing degree and shortest paths. Social Networks 32:245.' },
  { cite: 'Rotta & Noack (2011)', text: 'Multilevel local search algorithms for modularity clustering. ACM J. Exp. Algorithmics 16, 2.3.' },
  { cite: 'Schank & Wagner (2005)', text: 'Finding, counting and listing all triangles in large graphs, an experimental study. WEA 2005, LNCS 3503:606.' },
  { cite: 'Seidman (1983)', text: 'Network structure and minimum degree. Social Networks 5:269.' },
  { cite: 'Tarjan (1972)', text: 'Depth-first search and linear graph algorithms. SIAM J. Computing 1:146.' },
  { cite: 'Wasserman & Faust (1994)', text: 'Social Network Analysis: Methods and Applications. Cambridge University Press.' },
  { cite: 'Watts & Strogatz (1998)', text: 'Collective dynamics of \'small-world\' networks. Nature 393:440.' },
];
