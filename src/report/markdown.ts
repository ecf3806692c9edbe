/**
 * The report as GitHub-flavoured Markdown: summary, top members, communities and every indicator as
 * tables ready to paste into a paper, each indicator with a one-line plain-language reading, then the
 * options, the tool version and the input warnings. Renders the report object only: no measure is
 * computed here (sorting and formatting only). Deterministic: no date, no random ids.
 *
 * Labels, readings, definitions and citations come from the field catalogue (src/report/catalogue/).
 * Numbers: {@link fmt} — integers as integers, other values with 3 decimals (4 for Triple-Helix bits),
 * |x| < 0.001 or ≥ 10^6 in exponent notation with 2 decimals (`1.23e-4`), null → "—".
 * Text from the input (names, ids, groups, messages) goes through {@link escapeMarkdown}, so markup in a
 * name stays text.
 */
import { opportunitiesMarkdown } from './opportunities-section.js';
import type { CountTable, MemberReport, Report } from '../analysis/report-types.js';
import { fmt, pathsLabel, safeText } from './format.js';
import { digitsOf, field, readingOf, SECTIONS, topic } from './catalogue/index.js';
import { centralizationGap, type CentralizationMeasure } from './centralization-gaps.js';
import { findingsMarkdownLines } from './findings-text.js';

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
 * What explains a table: a topic of the catalogue (its reading, then its definition and citation), or
 * a field (its reading only).
 */
type Explain = { topic: string } | { field: string };

/** The rankings of "Top members": a member field and what explains its table. */
const RANKINGS: readonly { key: RankKey; explain: Explain; directedOnly?: boolean }[] = [
  { key: 'degree', explain: { topic: 'degree' } },
  { key: 'inDegree', explain: { field: 'members[].inDegree' }, directedOnly: true },
  { key: 'outDegree', explain: { field: 'members[].outDegree' }, directedOnly: true },
  { key: 'strength', explain: { topic: 'degree' } },
  { key: 'betweenness', explain: { topic: 'betweenness' } },
  { key: 'closeness', explain: { topic: 'closeness' } },
  { key: 'harmonic', explain: { topic: 'closeness' } },
  { key: 'eigenvector', explain: { topic: 'eigenvector' } },
  { key: 'pagerank', explain: { topic: 'eigenvector' } },
];

/** Title of a report field in the field catalogue. */
const title = (path: string): string => field(path).title;

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
  const reading = (x: Explain | string) => {
    if (typeof x === 'string') out.push('', `*Reading:* ${e(x)}`);
    else if ('field' in x) out.push('', `*Reading:* ${e(readingOf(field(x.field)))}`);
    else {
      const t = topic(x.topic);
      out.push('', `*Reading:* ${e(t.reading)}`, '', `*Definition:* ${e(t.definition)} *Source:* ${e(t.citation)}`);
    }
  };
  const table = (header: string[], rows: string[][], align: ('l' | 'r')[] = []) => out.push(...mdTable(header, rows, align));
  const sum = report.summary;

  out.push(`# Cluster analysis — ${e(report.generator.name)} ${e(report.generator.version)}`);
  const files = [report.input.files.members, report.input.files.ties, report.input.projects?.file].filter((f): f is string => Boolean(f));
  if (files.length > 0) out.push('', `Input: ${files.map((f) => `\`${safeText(f).replace(/[\r\n`]/g, ' ')}\``).join(', ')}`);

  // Reading first: the findings open the report.
  const findingLines = findingsMarkdownLines(report, e);
  if (findingLines.length > 0) out.push('', ...findingLines);
  // Summary.
  h(2, 'Summary');
  const directedText = sum.directed ? 'directed' : 'undirected';
  table(
    ['Measure', 'Value'],
    [
      [title('summary.members'), fmt(sum.members)],
      [title('summary.ties'), `${fmt(sum.ties)} (${directedText}, ${sum.weighted ? 'weighted' : 'unweighted'}; ${pathsLabel(report.options)})`],
      [title('summary.density'), fmt(sum.density)],
      [title('summary.components'), `${fmt(sum.components)}${sum.strongComponents !== null ? ` weak, ${fmt(sum.strongComponents)} strong` : ''}`],
      [title('summary.largestComponentSize'), fmt(sum.largestComponentSize)],
      [title('summary.isolates'), fmt(sum.isolates)],
      ...(sum.reciprocity !== null ? [[title('summary.reciprocity'), fmt(sum.reciprocity)]] : []),
      [title('summary.transitivity'), fmt(sum.transitivity)],
      [title('summary.averageClustering'), fmt(sum.averageClustering)],
      [title('summary.diameter'), fmt(sum.diameter)],
      [title('summary.averagePathLength'), fmt(sum.averagePathLength)],
      [sum.directed ? 'Members of the largest strongly connected component (paths)' : title('summary.pathComponentSize'), fmt(sum.pathComponentSize)],
    ],
    ['l', 'r'],
  );
  reading(SECTIONS.find((x) => x.key === 'structure')!.reading!);
  h(3, 'Composition');
  table(
    ['Attribute', 'Counts'],
    [
      ['Type', counts(sum.byType)],
      ['Type class', counts(sum.byTypeClass)],
      ['Sector', counts(sum.bySector)],
      ['Helix', counts(sum.byHelix)],
      ['Level', counts(sum.byLevel)],
      ['Tie orientation', counts(sum.byOrientation)],
      ['Tie kind', counts(sum.byKind)],
    ],
  );

  // Top members.
  h(2, `Top members (top ${top})`);
  const rankings = RANKINGS.filter((r) => !r.directedOnly || sum.directed).map((r) => ({ ...r, title: title(`members[].${r.key}`) }));
  for (const r of rankings) {
    h(3, r.title);
    const list = ranked(report.members, r.key, top);
    table(['Rank', 'Member', r.title], list.map((m, i) => [String(i + 1), label(m.id), fmt(valueOf(m, r.key))]), ['r', 'l', 'r']);
    reading(r.explain);
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
  reading({ topic: 'communities' });

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
      ['paths', o.paths === 'weighted' ? 'weighted (length 1/weight)' : 'hops'],
      ['seed', fmt(o.seed)],
      ['resolution', fmt(o.resolution)],
      ['restarts', fmt(o.restarts)],
      ['groupBy', e(o.groupBy)],
      ['permutations', fmt(o.permutations)],
      ['keyPlayers', fmt(o.keyPlayers)],
      ['helix', helix.length > 0 ? helix.map(([k, v]) => `${e(k)} → ${e(v)}`).join(', ') : '—'],
      // The year of a one-year snapshot (--year); absent otherwise.
      ...(o.year !== null && o.year !== undefined ? [['year', `${o.year} (the cluster in that year)`]] : []),
    ],
  );
  out.push('', `Produced by ${e(report.generator.name)} ${e(report.generator.version)} (report schema ${report.schemaVersion}).`);

  out.push(...opportunitiesMarkdown(report));
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
type R = (x: Explain | string) => void;
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
      [title('synergy.eiIndex.overall'), fmt(ei.overall)],
      [title('synergy.eiIndex.weighted'), fmt(ei.weighted)],
      [title('synergy.eiIndex.range'), `${fmt(ei.range[0])} … ${fmt(ei.range[1])}`],
      [title('synergy.eiIndex.baseline'), fmt(ei.baseline)],
      [title('synergy.eiIndex.pValue'), ei.permutation ? `${fmt(ei.pValue)} (${fmt(ei.permutation.permutations)} ${ei.permutation.permutations === 1 ? 'permutation' : 'permutations'}, seed ${fmt(ei.permutation.seed)})` : '—'],
      ['p (permuted ≥ observed)', fmt(ei.permutation?.pGreaterEqual ?? null)],
      ['p (permuted ≤ observed)', fmt(ei.permutation?.pLessEqual ?? null)],
      [title('synergy.eiIndex.E'), fmt(ei.E)],
      [title('synergy.eiIndex.I'), fmt(ei.I)],
      [title('synergy.crossGroupShare'), `${fmt(syn.crossGroupShare.count)} (by weight ${fmt(syn.crossGroupShare.weight)})`],
    ],
    ['l', 'r'],
  );
  reading({ topic: 'eiIndex' });

  h(3, title('synergy.eiIndex.groups'));
  table(
    ['Group', 'Size', 'E', 'I', 'E-I', 'E-I (weights)', 'E-I (member sum)'],
    ei.groups.map((g) => [e(g.group), fmt(g.size), fmt(g.E), fmt(g.I), fmt(g.EI), fmt(g.EIWeighted), fmt(g.EIMemberSum)]),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
  );
  reading({ field: 'synergy.eiIndex.groups' });

  const mix = syn.mixing;
  const corner = report.summary.directed ? 'From (row) → to (column)' : by;
  h(3, 'Mixing matrix (tie counts)');
  table([corner, ...mix.groups.map(e)], mix.groups.map((g, i) => [e(g), ...mix.counts[i].map((x) => fmt(x))]), ['l', ...mix.groups.map(() => 'r' as const)]);
  reading({ topic: 'mixing' });
  h(3, 'Mixing matrix (tie weights)');
  table([corner, ...mix.groups.map(e)], mix.groups.map((g, i) => [e(g), ...mix.weights[i].map((x) => fmt(x))]), ['l', ...mix.groups.map(() => 'r' as const)]);
  reading({ topic: 'mixing' });

  h(3, 'Assortativity (Newman)');
  table(
    ['Measure', 'Value'],
    [
      [`${title('synergy.assortativity')} (${by})`, fmt(syn.assortativity)],
      [title('summary.degreeAssortativity'), fmt(report.summary.degreeAssortativity)],
    ],
    ['l', 'r'],
  );
  reading({ topic: 'assortativity' });

  h(3, title('synergy.orientation'));
  const ov = syn.orientation.overall;
  table(
    ['From', 'To', 'Horizontal', 'Vertical', 'Unknown', 'Total'],
    [
      ['all', 'all', fmt(ov.horizontal), fmt(ov.vertical), fmt(ov.unknown), fmt(ov.total)].map((x, i) => (i < 2 ? `*${x}*` : x)),
      ...syn.orientation.byPair.map((p) => [e(p.from), e(p.to), fmt(p.horizontal), fmt(p.vertical), fmt(p.unknown), fmt(p.total)]),
    ],
    ['l', 'l', 'r', 'r', 'r', 'r'],
  );
  reading({ topic: 'orientation' });

  const th = syn.tripleHelix;
  h(3, 'Triple Helix (Leydesdorff)');
  if (!th) {
    out.push('No joint projects were given: the Triple-Helix measures need a projects file.');
  } else {
    const bits = digitsOf(field('synergy.tripleHelix.triads'));
    table(
      ['Measure', 'Value (bits)'],
      [
        ['Joint projects', fmt(th.projects)],
        ['Projects without a helix (left out)', fmt(th.projectsWithoutHelix)],
        [title('synergy.tripleHelix.T_AIG'), fmt(th.T_AIG, bits)],
        [title('synergy.tripleHelix.T4'), fmt(th.T4, bits)],
        ['T(A,I,C)', fmt(th.triads.AIC, bits)],
        ['T(A,G,C)', fmt(th.triads.AGC, bits)],
        ['T(I,G,C)', fmt(th.triads.IGC, bits)],
        ['Members by helix', Object.entries(th.membersByHelix).map(([k, v]) => `${e(k)} ${v}`).join(', ')],
      ],
      ['l', 'r'],
    );
    reading({ topic: 'tripleHelix' });
    out.push('', 'Helix of each type:', '');
    table(
      ['Type (as written)', 'Type class', 'Helix', 'Members'],
      th.helixMapping.map((r) => [e(r.type ?? '(no type)'), e(r.typeClass ?? '—'), e(r.helix ?? 'none'), fmt(r.members)]),
      ['l', 'l', 'l', 'r'],
    );
    out.push('');
    for (const line of th.explanation) out.push(`- ${e(line)}`);
  }
}

/** Figures of the Cohesion table, in order (summary fields). */
const COHESION = ['density', 'transitivity', 'averageClustering', 'globalEfficiency', 'localEfficiency', 'degeneracy', 'diameter', 'averagePathLength', 'components'] as const;

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
  reading({ topic: 'brokerage' });
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
  reading({ field: 'members[].brokerage' });

  h(2, 'Structural holes (Burt)');
  const withTies = report.members.filter((m) => m.degree > 0);
  const holeRow = (m: MemberReport, i: number) => [String(i + 1), label(m.id), fmt(m.effectiveSize), fmt(m.efficiency), fmt(m.constraint), fmt(m.hierarchy)];
  const holeHeader = ['Rank', 'Member', ...['effectiveSize', 'efficiency', 'constraint', 'hierarchy'].map((k) => title(`members[].${k}`))];
  const holeAlign: ('l' | 'r')[] = ['r', 'l', 'r', 'r', 'r', 'r'];
  h(3, `Least constrained (top ${top})`);
  table(holeHeader, ranked(withTies, 'constraint', top, true).map(holeRow), holeAlign);
  h(3, `Largest effective size (top ${top})`);
  table(holeHeader, ranked(withTies, 'effectiveSize', top).map(holeRow), holeAlign);
  reading({ topic: 'structuralHoles' });

  h(2, 'Centralization (Freeman)');
  const cz = sum.centralization;
  const czCell = (m: CentralizationMeasure): string => {
    const gap = centralizationGap(report, m);
    return gap === null ? fmt(cz[m] ?? null) : `— (${escapeMarkdown(gap)})`;
  };
  table(
    ['Measure', 'Value'],
    [
      [title('summary.centralization.degree'), czCell('degree')],
      ...(cz.inDegree !== undefined ? [[title('summary.centralization.inDegree'), czCell('inDegree')]] : []),
      ...(cz.outDegree !== undefined ? [[title('summary.centralization.outDegree'), czCell('outDegree')]] : []),
      [title('summary.centralization.betweenness'), czCell('betweenness')],
      [title('summary.centralization.closeness'), czCell('closeness')],
      [title('summary.topTieShare'), sum.topTieShare ? `${fmt(sum.topTieShare.share)} (${label(sum.topTieShare.id)})` : '—'],
    ],
    ['l', 'r'],
  );
  reading({ topic: 'centralization' });

  h(2, 'Cohesion');
  table(
    ['Measure', 'Value'],
    [
      ...COHESION.map((path) => [title(`summary.${path}`), fmt(sum[path])]),
    ],
    ['l', 'r'],
  );
  reading({ topic: 'efficiency' });

  const res = report.resilience;
  h(2, 'Resilience');
  h(3, `Articulation points (${res.articulationPoints.length})`);
  table(['Member'], res.articulationPoints.length > 0 ? res.articulationPoints.map((id) => [label(id)]) : [['none']]);
  reading({ topic: 'resilience' });
  h(3, `Bridges (${res.bridges.length})`);
  table(['Member', 'Member'], res.bridges.length > 0 ? res.bridges.map(([a, b2]) => [label(a), label(b2)]) : [['none', '']]);
  reading({ topic: 'resilience' });
  h(3, 'Key players');
  out.push(`Fragmentation of the cluster as it is: ${fmt(res.baseFragmentation)}.`, '');
  table(
    ['Rank', 'Member', 'Fragmentation F', 'Largest part left', 'Distance fragmentation DF', 'Efficiency loss'],
    res.keyPlayers.slice(0, top).map((k, i) => [String(i + 1), label(k.id), fmt(k.fragmentation), fmt(k.largestComponent), fmt(k.distanceFragmentation), fmt(k.efficiencyLoss)]),
    ['r', 'l', 'r', 'r', 'r', 'r'],
  );
  reading({ topic: 'keyPlayers' });
  h(3, 'Core–periphery (Borgatti & Everett)');
  const cp = report.corePeriphery;
  table(
    ['Measure', 'Value'],
    [
      [title('corePeriphery.fit'), fmt(cp.fit)],
      ['Core size', fmt(cp.core.length)],
      [title('corePeriphery.core'), cp.core.map(label).join(', ') || '—'],
    ],
    ['l', 'l'],
  );
  reading({ topic: 'corePeriphery' });
}
