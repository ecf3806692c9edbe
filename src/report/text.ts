/**
 * The terminal summary: what a coordinator reads first. Renders the report object; computes nothing
 * beyond sorting and formatting what the report holds.
 */
import { opportunitiesText } from './opportunities-section.js';
import type { CountTable, MemberReport, Report } from '../analysis/report-types.js';
import { fmt, pathsLabel, safeText, style, table } from './format.js';
import { columnLabel, field } from './catalogue/index.js';

/** Short label of a report field (field catalogue). */
const label0 = (path: string): string => field(path).label;
import { plural } from '../model/words.js';
import { centralizationGaps } from './centralization-gaps.js';
import { findingsTextLines } from './findings-text.js';

export interface TextOptions {
  /** Members listed per ranking (default 5). */
  top?: number;
  /** ANSI colours (default false). */
  color?: boolean;
}

function counts(t: CountTable): string {
  return t.map((c) => `${safeText(c.value ?? '(none)')} ${c.count}`).join(', ') || '—';
}

function label(m: MemberReport): string {
  const name = safeText(m.name);
  const id = safeText(m.id);
  return name === id ? id : `${name} (${id})`;
}

type Key = 'betweenness' | 'closeness' | 'eigenvector' | 'pagerank' | 'degree' | 'strength' | 'constraint' | 'effectiveSize';

/** Members ordered by a measure (descending, or ascending), ties by report order; nulls last. */
function ranked(members: MemberReport[], key: Key, top: number, ascending = false): MemberReport[] {
  return members
    .map((m, i) => ({ m, i, v: m[key] as number | null }))
    .filter((x) => x.v !== null)
    .sort((a, b) => (ascending ? a.v! - b.v! : b.v! - a.v!) || a.i - b.i)
    .slice(0, top)
    .map((x) => x.m);
}

export function renderText(report: Report, options: TextOptions = {}): string {
  const top = options.top ?? 5;
  const s = style(options.color ?? false);
  const out: string[] = [];
  const sum = report.summary;
  const h = (title: string) => {
    out.push('');
    out.push(s.bold(title));
  };

  out.push(s.bold(`${report.generator.name} ${report.generator.version} — cluster analysis`));
  const files = [report.input.files.members, report.input.files.ties].filter(Boolean).join(' + ');
  if (files) out.push(s.dim(`input: ${safeText(files)}`));
  const y = report.input.year;
  if (y) {
    out.push(
      s.dim(
        `year ${y.year}: ${plural(y.membersAbsent, 'member row')} not present, ${plural(y.tieRowsInactive, 'tie row')} not active, ${plural(y.tieRowsMemberAbsent, 'tie row')} with a member not present (left out)`,
      ),
    );
  }
  // Reading first: the findings open the summary.
  out.push(...findingsTextLines(report, s.bold, safeText));

  h('Cluster');
  out.push(
    ...table(
      [
        [label0('summary.members'), String(sum.members), label0('summary.ties'), `${sum.ties} (${sum.directed ? 'directed' : 'undirected'}, ${sum.weighted ? 'weighted' : 'unweighted'}; ${pathsLabel(report.options)})`],
        [label0('summary.density'), fmt(sum.density), label0('summary.components'), `${sum.components}${sum.strongComponents !== null ? ` weak, ${sum.strongComponents} strong` : ''} (largest ${sum.largestComponentSize}, isolates ${sum.isolates})`],
        [label0('summary.transitivity'), fmt(sum.transitivity), label0('summary.averageClustering'), fmt(sum.averageClustering)],
        [label0('summary.diameter'), fmt(sum.diameter), label0('summary.averagePathLength'), `${fmt(sum.averagePathLength)} (${sum.directed ? 'largest strongly connected component' : 'largest component'}, ${plural(sum.pathComponentSize, 'member')})`],
        ...(sum.reciprocity !== null ? [[label0('summary.reciprocity'), fmt(sum.reciprocity), '', '']] : []),
      ],
      ['l', 'r', 'l', 'l'],
    ).map((l) => `  ${l}`),
  );
  out.push(`  by type: ${counts(sum.byType)}`);
  out.push(`  by type class: ${counts(sum.byTypeClass)}`);
  out.push(`  by sector: ${counts(sum.bySector)}`);
  out.push(`  by helix: ${counts(sum.byHelix)}`);
  out.push(`  by level: ${counts(sum.byLevel)}`);
  out.push(`  ties by orientation: ${counts(sum.byOrientation)}`);
  if (sum.byKind.some((k) => k.value !== null)) out.push(`  ties by kind: ${counts(sum.byKind)}`);
  const roster = report.input.roster;
  if (roster) {
    out.push(`  roster: ${plural(roster.mentions, 'partner mention')} in "${safeText(roster.column)}" — ${roster.reciprocal} reciprocal, ${roster.oneSided} one-sided`);
    out.push(s.dim(`    ${safeText(roster.note)}`));
  }
  const pt = report.input.projectTies;
  if (pt && pt.mode !== 'ignore') out.push(`  ties from shared projects (${pt.mode}): ${plural(pt.pairs, 'pair')}, ${plural(pt.added, 'new tie')}, ${pt.strengthened} strengthened`);

  h(`Who holds the cluster together (top ${top})`);
  const rankings: { key: Key; note: string; ascending?: boolean }[] = [
    { key: 'degree', note: sum.directed ? 'ties in and out' : 'partners' },
    { key: 'betweenness', note: 'on the shortest routes between others' },
    { key: 'closeness', note: sum.directed ? 'reached by the others in few steps (incoming distances)' : 'reaches everyone in few steps' },
    { key: 'eigenvector', note: 'tied to well-tied partners' },
    { key: 'pagerank', note: 'endorsed by important partners' },
  ];
  for (const r of rankings) {
    const list = ranked(report.members, r.key, top, r.ascending);
    out.push(`  ${s.bold(columnLabel(field(`members[].${r.key}`)))} ${s.dim(`— ${r.note}`)}`);
    out.push(...table(list.map((m, i) => [`${i + 1}.`, label(m), fmt(m[r.key] as number | null)]), ['r', 'l', 'r']).map((l) => `    ${l}`));
  }

  const c = report.communities;
  h(`Communities (Louvain, modularity ${fmt(c.modularity)}, ${plural(c.count, 'community', 'communities')}; seed ${c.seed}, ${plural(c.restarts, 'restart')}, resolution ${c.resolution})`);
  const shown = c.groups.slice(0, Math.max(top, 8));
  for (const g of shown) {
    const names = g.members.slice(0, 6).map(safeText).join(', ') + (g.members.length > 6 ? `, … (+${g.members.length - 6})` : '');
    out.push(`  ${g.id}. ${plural(g.size, 'member')} — ${counts(g.bySector)}`);
    out.push(s.dim(`     ${names}`));
  }
  if (c.groups.length > shown.length) out.push(s.dim(`  … and ${plural(c.groups.length - shown.length, 'more community', 'more communities')} (see --format json)`));

  renderIndicators(report, out, s, top);
  const opportunities = opportunitiesText(report, top);
  if (opportunities.length > 0) {
    h(opportunities[0]);
    out.push(...opportunities.slice(1));
  }

  if (report.warnings.length > 0) {
    h(`Warnings (${report.warnings.length})`);
    for (const w of report.warnings.slice(0, 10)) out.push(`  ${s.yellow('!')} ${safeText(w.message)}`);
    if (report.warnings.length > 10) out.push(s.dim(`  … and ${report.warnings.length - 10} more (see --format json)`));
  }
  out.push('');
  return out.join('\n');
}

function renderIndicators(report: Report, out: string[], s: ReturnType<typeof style>, top: number): void {
  const sum = report.summary;
  const syn = report.synergy;
  const h = (title: string) => {
    out.push('');
    out.push(s.bold(title));
  };

  h(`Synergy across groups (by ${safeText(syn.groupBy)})`);
  if (syn.groups.length < 2) {
    out.push(
      `  ${syn.groups.length === 0 ? 'no member has a' : 'all members share one'} value of "${safeText(syn.groupBy)}": group measures need at least two groups — choose another attribute with --group-by (e.g. type, level, region)`,
    );
  }
  const ei = syn.eiIndex;
  out.push(`  share of ties crossing groups: ${fmt(syn.crossGroupShare.count)} (by weight ${fmt(syn.crossGroupShare.weight)})`);
  out.push(
    `  E-I index: ${fmt(ei.overall)} (weighted ${fmt(ei.weighted)}); attainable range ${fmt(ei.range[0])} … ${fmt(ei.range[1])}, random-tie baseline ${fmt(ei.baseline)}` +
      (ei.pValue !== null ? `, permutation p = ${fmt(ei.pValue)} (${plural(ei.permutation?.permutations ?? 0, 'permutation')})` : ''),
  );
  out.push(s.dim('    −1 = every tie stays inside its group, +1 = every tie crosses groups; compare with the baseline.'));
  for (const g of ei.groups) out.push(`    ${safeText(g.group)}: E-I ${fmt(g.EI)} (${g.E} external, ${g.I} internal, ${plural(g.size, 'member')})`);
  out.push(`  assortativity by ${safeText(syn.groupBy)}: ${fmt(syn.assortativity)}; degree assortativity: ${fmt(sum.degreeAssortativity)}`);
  const o = syn.orientation.overall;
  if (o.total > 0) out.push(`  orientation: ${o.horizontal} horizontal, ${o.vertical} vertical, ${o.unknown} unknown of ${plural(o.total, 'tie')}`);
  const th = syn.tripleHelix;
  if (th) {
    out.push(`  Triple Helix over ${plural(th.projects, 'joint project')}: T(A,I,G) = ${fmt(th.T_AIG, 4)} bits, T(A,I,G,C) = ${fmt(th.T4, 4)} bits`);
    out.push(`    triads: AIG ${fmt(th.triads.AIG, 4)}, AIC ${fmt(th.triads.AIC, 4)}, AGC ${fmt(th.triads.AGC, 4)}, IGC ${fmt(th.triads.IGC, 4)}`);
    out.push(s.dim('    negative T = synergy (the helices together reduce uncertainty); positive = overlap without synergy.'));
    out.push(`    helix of each type: ${th.helixMapping.map((r) => `${safeText(r.type ?? '(no type)')} → ${r.helix ?? 'none'} (${r.members})`).join(', ')}`);
    for (const line of th.explanation) out.push(s.dim(`    ${safeText(line)}`));
  }

  h('Brokers (Gould–Fernandez, by ' + safeText(report.brokerage.groupBy) + ')');
  const roles = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison'] as const;
  out.push(`  totals: ${roles.map((r) => `${r} ${fmt(report.brokerage.totals[r])}`).join(', ')}`);
  const brokers = report.members
    .map((m, i) => ({ m, i, t: m.brokerage.total ?? 0 }))
    .filter((x) => x.t > 0)
    .sort((a, b) => b.t - a.t || a.i - b.i)
    .slice(0, top);
  out.push(
    ...table(
      brokers.map((x, i) => [
        `${i + 1}.`,
        label(x.m),
        `total ${fmt(x.t)}`,
        roles.filter((r) => (x.m.brokerage[r] ?? 0) > 0).map((r) => `${r} ${fmt(x.m.brokerage[r])}`).join(', '),
      ]),
      ['r', 'l', 'l', 'l'],
    ).map((l) => `    ${l}`),
  );
  if (report.brokerage.note) out.push(s.dim(`  ${report.brokerage.note}`));

  h('Structural holes and cohesion');
  const lowConstraint = ranked(report.members.filter((m) => m.degree > 0), 'constraint', top, true);
  out.push(`  least constrained (Burt): ${lowConstraint.map((m) => `${label(m)} ${fmt(m.constraint)}`).join('; ') || '—'}`);
  const cz = sum.centralization;
  out.push(
    `  Freeman centralization: degree ${fmt(cz.degree)}${cz.inDegree !== undefined ? ` (in ${fmt(cz.inDegree)}, out ${fmt(cz.outDegree ?? null)})` : ''}, betweenness ${fmt(cz.betweenness)}, closeness ${fmt(cz.closeness)}`,
  );
  for (const gap of centralizationGaps(report)) out.push(s.dim(`    — ${gap.measures.join(', ')}: ${gap.reason}`));
  if (sum.topTieShare) out.push(`  share of ties held by the most-tied member (${safeText(sum.topTieShare.id)}): ${fmt(sum.topTieShare.share)}`);
  out.push(`  global efficiency ${fmt(sum.globalEfficiency)}, local efficiency ${fmt(sum.localEfficiency)}, degeneracy (max k-core) ${sum.degeneracy}`);
  const cp = report.corePeriphery;
  out.push(`  core (Borgatti–Everett, fit ${fmt(cp.fit)}): ${cp.core.map(safeText).join(', ') || '—'}`);

  h('Resilience');
  const res = report.resilience;
  out.push(`  articulation points (their departure splits the cluster): ${res.articulationPoints.map(safeText).join(', ') || 'none'}`);
  out.push(`  bridges (ties whose loss splits the cluster): ${res.bridges.map(([a, b]) => `${safeText(a)}–${safeText(b)}`).join(', ') || 'none'}`);
  if (res.keyPlayers.length > 0) {
    out.push('  key players (fragmentation F and distance-weighted DF without the member):');
    out.push(
      ...table(
        res.keyPlayers.slice(0, top).map((k, i) => [`${i + 1}.`, safeText(k.id), `F ${fmt(k.fragmentation)}`, `DF ${fmt(k.distanceFragmentation)}`, `largest part left ${k.largestComponent}`]),
        ['r', 'l', 'l', 'l', 'l'],
      ).map((l) => `    ${l}`),
    );
  }
}
