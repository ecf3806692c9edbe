/**
 * The one table of finding rules: id, SWOT category, theme, the report path of the number judged,
 * the rule, the config key of its threshold and the source of that threshold. It feeds the rules
 * (which take category, rule text and source from here), the docs table ({@link ruleTableMarkdown})
 * and the tests (every rule has a source; the docs show this very table).
 */
import type { FindingCategory } from '../report-types.js';
import type { FindingsConfig } from './config.js';

export interface RuleRow {
  id: string;
  category: FindingCategory;
  theme: 'cohesion' | 'synergy' | 'balance' | 'centralization' | 'brokerage' | 'resilience' | 'opportunities' | 'change';
  /** Report path judged (`<i>`: the item the finding is about). */
  indicator: string;
  /** The rule, with `{t}` where the threshold's value goes. */
  rule: string;
  /** Config key of the threshold (null: a fixed threshold, `fixed`). */
  key: keyof FindingsConfig | null;
  fixed?: number;
  source: string;
}

const Z = 'z = (observed − mean of the rewired samples) / their sd; 1.96 is the two-sided 5 % point of the normal distribution';
const NULL_MODEL = 'Maslov & Sneppen 2002 (degree-preserving rewiring)';

export const RULES: readonly RuleRow[] = [
  { id: 'small-world', category: 'strength', theme: 'cohesion', indicator: 'nullModel.indicators.transitivity.z', rule: 'z ≥ {t} and average path length z ≤ {t}', key: 'z',
    source: `Watts & Strogatz 1998 (small world: clustering far above chance, paths as short as chance); ${NULL_MODEL}; ${Z}` },
  { id: 'no-closure', category: 'weakness', theme: 'cohesion', indicator: 'nullModel.indicators.transitivity.z', rule: 'z < {t}', key: 'z',
    source: `Coleman 1988 (closure: partners of partners who cooperate); ${NULL_MODEL}; ${Z}` },
  { id: 'long-paths', category: 'weakness', theme: 'cohesion', indicator: 'nullModel.indicators.averagePathLength.z', rule: 'z > {t}', key: 'z',
    source: `Watts & Strogatz 1998 (characteristic path length); ${NULL_MODEL}; ${Z}` },
  { id: 'cross-sector-above-chance', category: 'strength', theme: 'synergy', indicator: 'synergy.eiIndex.pValue', rule: 'p ≤ {t} and E-I above its permutation mean', key: 'alpha',
    source: 'Krackhardt & Stern 1988 (E-I index); permutation test of the E-I index (Hanneman & Riddle 2005, ch. 7); 0.05: the conventional significance level (Fisher 1925)' },
  { id: 'cross-sector-below-chance', category: 'weakness', theme: 'synergy', indicator: 'synergy.eiIndex.pValue', rule: 'p ≤ {t} and E-I below its permutation mean', key: 'alpha',
    source: 'Krackhardt & Stern 1988; permutation test (Hanneman & Riddle 2005, ch. 7); 0.05: conventional significance level (Fisher 1925)' },
  { id: 'triple-helix-synergy', category: 'strength', theme: 'synergy', indicator: 'synergy.tripleHelix.T_AIG', rule: 'T < {t}', key: null, fixed: 0,
    source: 'Leydesdorff 2003, Scientometrics 58:445 (negative mutual information in three dimensions = synergy)' },
  { id: 'triple-helix-no-synergy', category: 'weakness', theme: 'synergy', indicator: 'synergy.tripleHelix.T_AIG', rule: 'T > {t}', key: null, fixed: 0,
    source: 'Leydesdorff 2003 (positive T: the helices constrain rather than reinforce each other)' },
  { id: 'isolated-sector', category: 'weakness', theme: 'synergy', indicator: 'synergy.eiIndex.groups.<i>.E', rule: 'E = {t} (no tie to another sector)', key: null, fixed: 0,
    source: 'Krackhardt & Stern 1988 (E = external ties of a group; E = 0 gives E-I = −1)' },
  { id: 'orientation-imbalance', category: 'weakness', theme: 'balance', indicator: 'synergy.orientation.overall.<direction>', rule: '≥ {t} × (horizontal + vertical ties)', key: 'orientationShare',
    source: "the seed article's two directions of cooperation (horizontal: same level; vertical: across levels); 0.8 (4 ties in 5 one way): cluster-graph's convention" },
  { id: 'level-imbalance', category: 'weakness', theme: 'balance', indicator: 'summary.byLevel.0.count', rule: '≥ {t} × members with a level', key: 'levelShare',
    source: "the seed article's levels of the cluster (national, regional, local); 0.8: cluster-graph's convention" },
  { id: 'centralized', category: 'threat', theme: 'centralization', indicator: 'summary.centralization.degree', rule: '≥ {t}', key: 'degreeCentralization',
    source: 'Freeman 1979 (0: every member equally tied, 1: a star); 0.5, half way to a star: cluster-graph\'s convention' },
  { id: 'lead-organisation', category: 'threat', theme: 'centralization', indicator: 'summary.topTieShare.share', rule: '≥ {t} and ≥ twice the equal share 2/n', key: 'topTieShare',
    source: 'Provan & Kenis 2008, J. Public Adm. Res. Theory 18:229 (lead-organization-governed network: one member carries the network); 0.25 (a quarter of all ties) and twice the share 2/n every member has when all have the same number of partners: cluster-graph\'s convention' },
  { id: 'cross-sector-brokers', category: 'strength', theme: 'brokerage', indicator: 'members.<i>.brokerageZ.liaison', rule: 'z ≥ {t} (liaison or gatekeeper)', key: 'z',
    source: 'Gould & Fernandez 1989, Sociol. Methodol. 19:89 (brokerage roles against a random graph of the same density); 1.96: two-sided 5 % normal point' },
  { id: 'brokerage-on-one-member', category: 'threat', theme: 'brokerage', indicator: 'members.<i>.brokerage.total', rule: '≥ {t} × all brokerage roles (brokerage.totals.total)', key: 'brokerageShare',
    source: "Gould & Fernandez 1989 (brokerage counts); 0.5 (half of all brokerage in one member): cluster-graph's convention" },
  { id: 'cut-points', category: 'threat', theme: 'resilience', indicator: 'members.<i>.fragmentation', rule: 'any articulation point (fragmentation without it > {t})', key: null, fixed: 0,
    source: 'Hopcroft & Tarjan 1973 (articulation points and bridges); Borgatti 2006 (fragmentation)' },
  { id: 'key-player', category: 'threat', theme: 'resilience', indicator: 'resilience.keyPlayers.0.fragmentation', rule: '≥ base fragmentation + {t}', key: 'keyPlayerGain',
    source: "Borgatti 2006, Comput. Math. Organ. Theory 12:21 (key players, fragmentation); 0.05: cluster-graph's convention" },
  { id: 'isolates', category: 'weakness', theme: 'resilience', indicator: 'summary.isolates', rule: '≥ {t}', key: null, fixed: 1,
    source: 'definition: a member with no tie takes no part in the cluster\'s cooperation (Wasserman & Faust 1994)' },
  { id: 'single-tie-members', category: 'weakness', theme: 'resilience', indicator: 'members.<i>.degree', rule: '= {t}', key: null, fixed: 1,
    source: 'definition: a member with one partner hangs on that partner (a pendant; Wasserman & Faust 1994)' },
  { id: 'singleton-communities', category: 'weakness', theme: 'resilience', indicator: 'communities.groups.<i>.size', rule: '= {t}', key: null, fixed: 1,
    source: 'Blondel et al. 2008 (Louvain communities): a community of one member belongs to no working group' },
  { id: 'recommended-ties', category: 'opportunity', theme: 'opportunities', indicator: 'opportunities.recommendations.<i>.score', rule: 'top {t} cross-sector recommendations', key: 'recommendations',
    source: 'Zhou, Lü & Zhang 2009 (resource allocation index) via the opportunities section; the top 5: cluster-graph\'s convention' },
  { id: 'structural-holes', category: 'opportunity', theme: 'opportunities', indicator: 'members.<i>.constraint', rule: '≤ {t} (least constrained members with ≥ 2 partners)', key: 'constraint',
    source: "Burt 1992, Structural Holes (low constraint = partners not tied to each other: brokerage opportunities); 0.25: cluster-graph's convention" },
  { id: 'tie-change-low', category: 'threat', theme: 'change', indicator: 'ties.jaccard', rule: '< {t}', key: 'jaccardLow',
    source: 'RSiena manual (Ripley et al., §5.2): Jaccard < 0.2 between waves is too much change for a stable network' },
  { id: 'tie-change-stable', category: 'strength', theme: 'change', indicator: 'ties.jaccard', rule: '≥ {t}', key: 'jaccardGood',
    source: 'RSiena manual (Ripley et al., §5.2): Jaccard ≥ 0.3 between waves is good stability' },
  { id: 'growth', category: 'strength', theme: 'change', indicator: 'after.ties', rule: '≥ (1 + {t}) × before.ties', key: 'growth',
    source: "ties counted in both waves; 10 %: cluster-graph's convention" },
  { id: 'shrinkage', category: 'threat', theme: 'change', indicator: 'after.ties', rule: '≤ (1 − {t}) × before.ties', key: 'growth',
    source: "ties counted in both waves; 10 %: cluster-graph's convention" },
  { id: 'risers-fallers', category: 'opportunity', theme: 'change', indicator: 'ranks.<i>.risers.0.change', rule: 'rank change ≥ {t}', key: null, fixed: 1,
    source: 'ranks of the stayers in both waves (Spearman-ranked measures of the comparison)' },
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The table row of a rule id (throws for an unknown id: a programming error). */
export function ruleRow(id: string): RuleRow {
  const row = BY_ID.get(id);
  if (row === undefined) throw new Error(`findings: no rule "${id}" in the rule table`);
  return row;
}

/** The threshold of a rule under a config. */
export function thresholdOf(row: RuleRow, config: FindingsConfig): number {
  return row.key === null ? row.fixed! : config[row.key];
}

/** The rule text with its threshold. */
export function ruleText(row: RuleRow, value: number): string {
  return row.rule.replaceAll('{t}', String(value));
}

/** The rule table as Markdown (defaults), for the documentation. */
export function ruleTableMarkdown(config: FindingsConfig): string {
  const lines = ['| id | category | theme | indicator | rule (default threshold) | config key | source |', '|---|---|---|---|---|---|---|'];
  for (const r of RULES) {
    const t = thresholdOf(r, config);
    lines.push(`| \`${r.id}\` | ${r.category} | ${r.theme} | \`${r.indicator}\` | ${ruleText(r, t)} | ${r.key === null ? '—' : `\`${r.key}\``} | ${r.source} |`);
  }
  return lines.join('\n') + '\n';
}
