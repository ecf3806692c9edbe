/**
 * The report as GitHub-flavoured Markdown: summary, top members, communities and every indicator as
 * tables ready to paste into a paper, each indicator with a one-line plain-language reading, then the
 * options, the tool version and the input warnings. Renders the report object only: no measure is
 * computed here (sorting and formatting only). Deterministic: no date, no random ids.
 *
 * Numbers: {@link fmt} — integers as integers, other values with 3 decimals (4 for Triple-Helix bits),
 * |x| < 0.001 or ≥ 10^6 in exponent notation with 2 decimals (`1.23e-4`), null → "—".
 * Text from the input (names, ids, groups, messages) goes through {@link escapeMarkdown}, so markup in a
 * name stays text.
 */
import type { CountTable, MemberReport, Report } from '../analysis/report-types.js';
import { fmt, safeText } from './format.js';
import { DEFINITIONS } from './definitions.js';
import { centralizationGap, type CentralizationMeasure } from './centralization-gaps.js';

export interface MarkdownOptions {
  /** Members listed per ranking (default 10). */
  top?: number;
}

/**
 * Escapes text for a Markdown table cell: control characters → U+FFFD, line breaks → a space, `<` and
 * `>` → `&lt;` / `&gt;`, `&` before something that looks like an entity → `&amp;`, and a backslash
 * before `\`, `|`, `` ` ``, `*`, `_`, `[`, `]`, `~`. So `<script>` renders as the text `<script>`.
 */
export function escapeMarkdown(text: string): string {
  return safeText(text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '))
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\|`*_[\]~]/g, (c) => `\\${c}`);
}

const e = escapeMarkdown;

/** A GFM table: header, alignment row ('l' or 'r' per column), rows. Cells must be escaped already. */
function mdTable(header: string[], rows: string[][], align: ('l' | 'r')[] = []): string[] {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (align[i] === 'r' ? '---:' : ':---'))), ...rows.map(line)];
}

function member(m: MemberReport | undefined, id: string): string {
  if (!m || m.name === id) return e(id);
  return `${e(m.name)} (${e(id)})`;
}

function counts(t: CountTable): string {
  return t.map((c) => `${c.value === null ? '(none)' : e(c.value)} ${c.count}`).join(', ') || '—';
}

/**
 * Which entry of {@link DEFINITIONS} (src/report/definitions.ts, shared with the HTML report) gives the
 * reading, definition and citation under each table; tables without one use {@link READINGS}.
 */
const DEFINITION_OF: Readonly<Record<string, string>> = Object.freeze({
  degree: 'degree',
  strength: 'degree',
  betweenness: 'betweenness',
  closeness: 'closeness',
  harmonic: 'closeness',
  eigenvector: 'eigenvector',
  pagerank: 'eigenvector',
  communities: 'communities',
  ei: 'eiIndex',
  mixing: 'mixing',
  assortativity: 'assortativity',
  orientation: 'orientation',
  tripleHelix: 'tripleHelix',
  brokerageTotals: 'brokerage',
  structuralHoles: 'structuralHoles',
  centralization: 'centralization',
  cohesion: 'efficiency',
  articulation: 'resilience',
  bridges: 'resilience',
  keyPlayers: 'keyPlayers',
  corePeriphery: 'corePeriphery',
});

/** Own short plain-language readings (used when definitions.ts has no entry for a table). */
export const READINGS: Readonly<Record<string, string>> = Object.freeze({
  summary: 'Density is the share of possible ties that exist; transitivity and clustering say how often partners of a member are partners of each other.',
  degree: 'Number of partners.',
  inDegree: 'Number of partners naming this member (incoming ties).',
  outDegree: 'Number of partners this member names (outgoing ties).',
  strength: 'Sum of tie weights: how much partnership work the member carries.',
  betweenness: 'Share of shortest routes between other members that pass through this one: a gatekeeper of flows.',
  closeness: 'How few steps the member needs to reach everyone (Wasserman–Faust, 0 for isolates).',
  harmonic: 'Sum of 1/distance to every other member; works on disconnected clusters.',
  eigenvector: 'Tied to well-tied partners: influence through prominent partners.',
  pagerank: 'Endorsed by important partners (random-walk share, sums to 1).',
  communities: 'Groups of members more densely tied to each other than to the rest (Louvain); modularity above about 0.3 indicates clear communities.',
  ei: '−1 = every tie stays inside its group, +1 = every tie crosses groups; compare with the attainable range and the random-tie baseline, and read the permutation p-value.',
  eiGroups: 'Per group: E = ties leaving the group, I = ties inside it; a group with E-I near +1 works mostly with other groups.',
  mixing: 'Ties between members of the row group and of the column group; a heavy diagonal means work stays inside groups.',
  assortativity: 'Above 0: members tie to similar members (by group, or by degree); below 0: to dissimilar ones; 0: no preference.',
  orientation: 'Horizontal ties join members of the same level, vertical ties cross governance levels.',
  tripleHelix: 'Negative T (bits) = synergy: the helices together reduce uncertainty; positive = overlap without synergy.',
  brokerageTotals: 'Observed brokerage roles against the expectation of a random network of the same density and group sizes; |z| above 2 marks a clear excess or deficit.',
  brokers: 'Two-paths a → b → c without a direct tie a → c that this member brokers, by role; z-scores against the random expectation in parentheses.',
  structuralHoles: 'Low constraint and high effective size: the member spans structural holes between otherwise unconnected partners (Burt).',
  centralization: 'Freeman centralization: 1 = a star around one member, 0 = everyone equally central.',
  cohesion: 'Efficiency is the mean inverse distance (global) or among each member\'s partners (local); the degeneracy is the highest k such that a k-core exists.',
  articulation: 'Members whose departure splits the cluster into disconnected parts.',
  bridges: 'Ties whose loss splits the cluster.',
  keyPlayers: 'Fragmentation F (share of member pairs left unable to reach each other) and distance-weighted DF after removing the member: higher = the cluster depends more on it.',
  corePeriphery: 'Borgatti–Everett core: members densely tied to each other and to the periphery; fit is the correlation with the ideal core–periphery pattern.',
});

type RankKey = 'degree' | 'inDegree' | 'outDegree' | 'strength' | 'betweenness' | 'closeness' | 'harmonic' | 'eigenvector' | 'pagerank';

function valueOf(m: MemberReport, key: keyof MemberReport): number | null {
  const v = m[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** Members ordered by a measure (descending, or ascending), equal values in report order; nulls left out. */
function ranked(members: MemberReport[], key: keyof MemberReport, top: number, ascending = false): MemberReport[] {
  return members
    .map((m, i) => ({ m, i, v: valueOf(m, key) }))
    .filter((x): x is { m: MemberReport; i: number; v: number } => x.v !== null)
    .sort((a, b) => (ascending ? a.v - b.v : b.v - a.v) || a.i - b.i)
    .slice(0, top)
    .map((x) => x.m);
}

/** Renders the report as GitHub-flavoured Markdown (see the module comment for number formats). */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const top = Math.max(1, Math.floor(options.top ?? 10));
  const out: string[] = [];
  const byId = new Map<string, MemberReport>();
  for (const m of report.members) byId.set(m.id, m);
  const label = (id: string) => member(byId.get(id), id);
  const h = (level: number, title: string) => {
    if (out[out.length - 1] !== '') out.push('');
    out.push(`${'#'.repeat(level)} ${title}`, '');
  };
  const reading = (key: string) => {
    const def = Object.prototype.hasOwnProperty.call(DEFINITION_OF, key) ? DEFINITIONS[DEFINITION_OF[key]] : undefined;
    out.push('', `*Reading:* ${e(def?.reading ?? READINGS[key])}`);
    if (def) out.push('', `*Definition:* ${e(def.definition)} *Source:* ${e(def.citation)}`);
  };
  const table = (header: string[], rows: string[][], align: ('l' | 'r')[] = []) => out.push(...mdTable(header, rows, align));
  const sum = report.summary;

  out.push(`# Cluster analysis — ${e(report.generator.name)} ${e(report.generator.version)}`);
  const files = [report.input.files.members, report.input.files.ties, report.input.projects?.file].filter((f): f is string => Boolean(f));
  if (files.length > 0) out.push('', `Input: ${files.map((f) => `\`${safeText(f).replace(/[\r\n`]/g, ' ')}\``).join(', ')}`);

  // Summary.
  h(2, 'Summary');
  const directedText = sum.directed ? 'directed' : 'undirected';
  table(
    ['Measure', 'Value'],
    [
      ['Members', fmt(sum.members)],
      ['Ties', `${fmt(sum.ties)} (${directedText}, ${sum.weighted ? 'weighted' : 'unweighted'})`],
      ['Density', fmt(sum.density)],
      ['Components', `${fmt(sum.components)}${sum.strongComponents !== null ? ` weak, ${fmt(sum.strongComponents)} strong` : ''}`],
      ['Largest component', fmt(sum.largestComponentSize)],
      ['Isolates', fmt(sum.isolates)],
      ...(sum.reciprocity !== null ? [['Reciprocity', fmt(sum.reciprocity)]] : []),
      ['Transitivity', fmt(sum.transitivity)],
      ['Average clustering', fmt(sum.averageClustering)],
      ['Diameter', fmt(sum.diameter)],
      ['Average path length', fmt(sum.averagePathLength)],
      [sum.directed ? 'Members of the largest strongly connected component (paths)' : 'Members of the largest component (paths)', fmt(sum.pathComponentSize)],
    ],
    ['l', 'r'],
  );
  reading('summary');
  h(3, 'Composition');
  table(
    ['Attribute', 'Counts'],
    [
      ['Type', counts(sum.byType)],
      ['Sector', counts(sum.bySector)],
      ['Level', counts(sum.byLevel)],
      ['Tie orientation', counts(sum.byOrientation)],
      ['Tie kind', counts(sum.byKind)],
    ],
  );

  // Top members.
  h(2, `Top members (top ${top})`);
  const rankings: { key: RankKey; title: string }[] = [
    { key: 'degree', title: 'Degree' },
    ...(sum.directed
      ? [
          { key: 'inDegree' as const, title: 'In-degree' },
          { key: 'outDegree' as const, title: 'Out-degree' },
        ]
      : []),
    { key: 'strength', title: 'Strength' },
    { key: 'betweenness', title: 'Betweenness' },
    { key: 'closeness', title: 'Closeness' },
    { key: 'harmonic', title: 'Harmonic closeness' },
    { key: 'eigenvector', title: 'Eigenvector' },
    { key: 'pagerank', title: 'PageRank' },
  ];
  for (const r of rankings) {
    h(3, r.title);
    const list = ranked(report.members, r.key, top);
    table(['Rank', 'Member', r.title], list.map((m, i) => [String(i + 1), label(m.id), fmt(valueOf(m, r.key))]), ['r', 'l', 'r']);
    reading(r.key);
  }

  // Communities.
  const c = report.communities;
  h(2, 'Communities');
  out.push(
    `Louvain (${c.weighted ? 'weighted' : 'unweighted'}), modularity ${fmt(c.modularity)}, ${fmt(c.count)} ${c.count === 1 ? 'community' : 'communities'}; seed ${fmt(c.seed)}, ${fmt(c.restarts)} ${c.restarts === 1 ? 'restart' : 'restarts'}, resolution ${fmt(c.resolution)}.`,
    '',
  );
  const shownMembers = Math.max(top, 10);
  table(
    ['Community', 'Size', 'Sectors', 'Members'],
    c.groups.map((g) => [
      String(g.id),
      fmt(g.size),
      counts(g.bySector),
      g.members.slice(0, shownMembers).map(label).join(', ') + (g.members.length > shownMembers ? `, … (+${g.members.length - shownMembers})` : ''),
    ]),
    ['r', 'r', 'l', 'l'],
  );
  reading('communities');

  renderSynergy(report, out, h, table, reading, label);
  renderStructure(report, out, h, table, reading, label, top);

  // Options and provenance.
  h(2, 'Options');
  const o = report.options;
  const helix = Object.entries(o.helix ?? {});
  table(
    ['Option', 'Value'],
    [
      ['directed', String(o.directed)],
      ['weighted', String(o.weighted)],
      ['seed', fmt(o.seed)],
      ['resolution', fmt(o.resolution)],
      ['restarts', fmt(o.restarts)],
      ['groupBy', e(o.groupBy)],
      ['permutations', fmt(o.permutations)],
      ['keyPlayers', fmt(o.keyPlayers)],
      ['helix', helix.length > 0 ? helix.map(([k, v]) => `${e(k)} → ${e(v)}`).join(', ') : '—'],
    ],
  );
  out.push('', `Produced by ${e(report.generator.name)} ${e(report.generator.version)} (report schema ${report.schemaVersion}).`);

  // Input and warnings.
  h(2, 'Input');
  const inp = report.input;
  const skipped = (s: { count: number }[]) => s.reduce((a, x) => a + x.count, 0);
  const inputRows: string[][] = [
    ['Members', fmt(inp.members.rows), fmt(inp.members.used), fmt(skipped(inp.members.skipped)), '—'],
    ['Ties', fmt(inp.ties.rows), fmt(inp.ties.used), fmt(skipped(inp.ties.skipped)), fmt(inp.ties.merged)],
  ];
  if (inp.projects) inputRows.push(['Projects', fmt(inp.projects.rows), fmt(inp.projects.used), fmt(skipped(inp.projects.skipped)), '—']);
  table(['File', 'Rows', 'Used', 'Skipped', 'Merged'], inputRows, ['l', 'r', 'r', 'r', 'r']);
  h(2, `Warnings (${report.warnings.length})`);
  if (report.warnings.length === 0) out.push('None.');
  else {
    table(
      ['Code', 'Where', 'Count', 'Message'],
      report.warnings.map((w) => [
        e(w.code),
        e([w.file, w.line !== null ? `line ${w.line}` : null, w.column !== null ? `column "${w.column}"` : null].filter((x) => x !== null).join(', ')) || '—',
        fmt(w.count ?? 1),
        e(w.message),
      ]),
      ['l', 'l', 'r', 'l'],
    );
  }
  out.push('');
  return out.join('\n');
}

type H = (level: number, title: string) => void;
type T = (header: string[], rows: string[][], align?: ('l' | 'r')[]) => void;
type R = (key: string) => void;
type L = (id: string) => string;

function renderSynergy(report: Report, out: string[], h: H, table: T, reading: R, _label: L): void {
  const syn = report.synergy;
  const ei = syn.eiIndex;
  const by = e(syn.groupBy);
  h(2, `Synergy across groups (by ${by})`);

  h(3, 'E-I index (Krackhardt & Stern 1988)');
  table(
    ['Measure', 'Value'],
    [
      ['E-I index (tie counts)', fmt(ei.overall)],
      ['E-I index (tie weights)', fmt(ei.weighted)],
      ['Attainable range', `${fmt(ei.range[0])} … ${fmt(ei.range[1])}`],
      ['Random-tie baseline', fmt(ei.baseline)],
      ['Permutation p (two-sided)', ei.permutation ? `${fmt(ei.pValue)} (${fmt(ei.permutation.permutations)} ${ei.permutation.permutations === 1 ? 'permutation' : 'permutations'}, seed ${fmt(ei.permutation.seed)})` : '—'],
      ['p (permuted ≥ observed)', fmt(ei.permutation?.pGreaterEqual ?? null)],
      ['p (permuted ≤ observed)', fmt(ei.permutation?.pLessEqual ?? null)],
      ['External ties E', fmt(ei.E)],
      ['Internal ties I', fmt(ei.I)],
      ['Share of ties crossing groups', `${fmt(syn.crossGroupShare.count)} (by weight ${fmt(syn.crossGroupShare.weight)})`],
    ],
    ['l', 'r'],
  );
  reading('ei');

  h(3, 'E-I index by group');
  table(
    ['Group', 'Size', 'E', 'I', 'E-I', 'E-I (weights)', 'E-I (member sum)'],
    ei.groups.map((g) => [e(g.group), fmt(g.size), fmt(g.E), fmt(g.I), fmt(g.EI), fmt(g.EIWeighted), fmt(g.EIMemberSum)]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  reading('eiGroups');

  const mix = syn.mixing;
  const corner = report.summary.directed ? 'From (row) → to (column)' : by;
  h(3, 'Mixing matrix (tie counts)');
  table([corner, ...mix.groups.map(e)], mix.groups.map((g, i) => [e(g), ...mix.counts[i].map((x) => fmt(x))]), ['l', ...mix.groups.map(() => 'r' as const)]);
  reading('mixing');
  h(3, 'Mixing matrix (tie weights)');
  table([corner, ...mix.groups.map(e)], mix.groups.map((g, i) => [e(g), ...mix.weights[i].map((x) => fmt(x))]), ['l', ...mix.groups.map(() => 'r' as const)]);
  reading('mixing');

  h(3, 'Assortativity (Newman)');
  table(
    ['Measure', 'Value'],
    [
      [`Attribute assortativity (${by})`, fmt(syn.assortativity)],
      ['Degree assortativity', fmt(report.summary.degreeAssortativity)],
    ],
    ['l', 'r'],
  );
  reading('assortativity');

  h(3, 'Tie orientation');
  const ov = syn.orientation.overall;
  table(
    ['From', 'To', 'Horizontal', 'Vertical', 'Unknown', 'Total'],
    [
      ['all', 'all', fmt(ov.horizontal), fmt(ov.vertical), fmt(ov.unknown), fmt(ov.total)].map((x, i) => (i < 2 ? `*${x}*` : x)),
      ...syn.orientation.byPair.map((p) => [e(p.from), e(p.to), fmt(p.horizontal), fmt(p.vertical), fmt(p.unknown), fmt(p.total)]),
    ],
    ['l', 'l', 'r', 'r', 'r', 'r'],
  );
  reading('orientation');

  const th = syn.tripleHelix;
  h(3, 'Triple Helix (Leydesdorff)');
  if (!th) {
    out.push('No joint projects were given: the Triple-Helix measures need a projects file.');
  } else {
    table(
      ['Measure', 'Value (bits)'],
      [
        ['Joint projects', fmt(th.projects)],
        ['Projects without a helix (left out)', fmt(th.projectsWithoutHelix)],
        ['T(A,I,G)', fmt(th.T_AIG, 4)],
        ['T(A,I,G,C)', fmt(th.T4, 4)],
        ['T(A,I,C)', fmt(th.triads.AIC, 4)],
        ['T(A,G,C)', fmt(th.triads.AGC, 4)],
        ['T(I,G,C)', fmt(th.triads.IGC, 4)],
        ['Members by helix', Object.entries(th.membersByHelix).map(([k, v]) => `${e(k)} ${v}`).join(', ')],
      ],
      ['l', 'r'],
    );
    reading('tripleHelix');
  }
}

function renderStructure(report: Report, out: string[], h: H, table: T, reading: R, label: L, top: number): void {
  const sum = report.summary;
  const b = report.brokerage;
  h(2, `Brokerage (Gould & Fernandez, by ${e(b.groupBy)})`);
  h(3, 'Totals');
  table(
    ['Role', 'Observed', 'Expected', 'z'],
    b.roles.map((r) => [e(r), fmt(b.totals[r] ?? null), fmt(b.expected[r] ?? null), fmt(b.z[r] ?? null)]),
    ['l', 'r', 'r', 'r'],
  );
  if (b.note) out.push('', e(b.note));
  reading('brokerageTotals');
  h(3, `Top brokers (top ${top})`);
  const brokers = report.members
    .map((m, i) => ({ m, i, t: m.brokerage.total ?? 0 }))
    .filter((x) => x.t > 0)
    .sort((a, b2) => b2.t - a.t || a.i - b2.i)
    .slice(0, top);
  const cell = (m: MemberReport, r: string) => {
    const raw = (m.brokerage as Record<string, number | null>)[r] ?? null;
    const z = (m.brokerageZ as Record<string, number | null>)[r] ?? null;
    return `${fmt(raw)} (${fmt(z)})`;
  };
  table(['Rank', 'Member', ...b.roles.map(e)], brokers.map((x, i) => [String(i + 1), label(x.m.id), ...b.roles.map((r) => cell(x.m, r))]), ['r', 'l', ...b.roles.map(() => 'r' as const)]);
  reading('brokers');

  h(2, 'Structural holes (Burt)');
  const withTies = report.members.filter((m) => m.degree > 0);
  const holeRow = (m: MemberReport, i: number) => [String(i + 1), label(m.id), fmt(m.effectiveSize), fmt(m.efficiency), fmt(m.constraint), fmt(m.hierarchy)];
  const holeHeader = ['Rank', 'Member', 'Effective size', 'Efficiency', 'Constraint', 'Hierarchy'];
  const holeAlign: ('l' | 'r')[] = ['r', 'l', 'r', 'r', 'r', 'r'];
  h(3, `Least constrained (top ${top})`);
  table(holeHeader, ranked(withTies, 'constraint', top, true).map(holeRow), holeAlign);
  h(3, `Largest effective size (top ${top})`);
  table(holeHeader, ranked(withTies, 'effectiveSize', top).map(holeRow), holeAlign);
  reading('structuralHoles');

  h(2, 'Centralization (Freeman)');
  const cz = sum.centralization;
  const czCell = (m: CentralizationMeasure): string => {
    const gap = centralizationGap(report, m);
    return gap === null ? fmt(cz[m] ?? null) : `— (${escapeMarkdown(gap)})`;
  };
  table(
    ['Measure', 'Value'],
    [
      ['Degree', czCell('degree')],
      ...(cz.inDegree !== undefined ? [['In-degree', czCell('inDegree')]] : []),
      ...(cz.outDegree !== undefined ? [['Out-degree', czCell('outDegree')]] : []),
      ['Betweenness', czCell('betweenness')],
      ['Closeness', czCell('closeness')],
      ['Share of ties held by the most-tied member', sum.topTieShare ? `${fmt(sum.topTieShare.share)} (${label(sum.topTieShare.id)})` : '—'],
    ],
    ['l', 'r'],
  );
  reading('centralization');

  h(2, 'Cohesion');
  table(
    ['Measure', 'Value'],
    [
      ['Density', fmt(sum.density)],
      ['Transitivity', fmt(sum.transitivity)],
      ['Average clustering', fmt(sum.averageClustering)],
      ['Global efficiency', fmt(sum.globalEfficiency)],
      ['Local efficiency', fmt(sum.localEfficiency)],
      ['Degeneracy (largest k-core)', fmt(sum.degeneracy)],
      ['Diameter', fmt(sum.diameter)],
      ['Average path length', fmt(sum.averagePathLength)],
      ['Components', fmt(sum.components)],
    ],
    ['l', 'r'],
  );
  reading('cohesion');

  const res = report.resilience;
  h(2, 'Resilience');
  h(3, `Articulation points (${res.articulationPoints.length})`);
  table(['Member'], res.articulationPoints.length > 0 ? res.articulationPoints.map((id) => [label(id)]) : [['none']]);
  reading('articulation');
  h(3, `Bridges (${res.bridges.length})`);
  table(['Member', 'Member'], res.bridges.length > 0 ? res.bridges.map(([a, b2]) => [label(a), label(b2)]) : [['none', '']]);
  reading('bridges');
  h(3, 'Key players');
  out.push(`Fragmentation of the cluster as it is: ${fmt(res.baseFragmentation)}.`, '');
  table(
    ['Rank', 'Member', 'Fragmentation F', 'Largest part left', 'Distance fragmentation DF', 'Efficiency loss'],
    res.keyPlayers.slice(0, top).map((k, i) => [String(i + 1), label(k.id), fmt(k.fragmentation), fmt(k.largestComponent), fmt(k.distanceFragmentation), fmt(k.efficiencyLoss)]),
    ['r', 'l', 'r', 'r', 'r', 'r'],
  );
  reading('keyPlayers');
  h(3, 'Core–periphery (Borgatti & Everett)');
  const cp = report.corePeriphery;
  table(
    ['Measure', 'Value'],
    [
      ['Fit', fmt(cp.fit)],
      ['Core size', fmt(cp.core.length)],
      ['Core members', cp.core.map(label).join(', ') || '—'],
    ],
    ['l', 'l'],
  );
  reading('corePeriphery');
}
