/**
 * The self-contained HTML report: one file, works offline, makes no network request (scripts,
 * styles and data are inlined; a Content-Security-Policy forbids every external load).
 *
 * Shows the network drawn by sigma.js (WebGL) at the precomputed layout, with the static SVG figure
 * as fallback when WebGL is missing; then the summary, sortable member tables, communities and every
 * indicator of the report with a reading, its definition and citation (labels, definitions and formats
 * from the field catalogue, src/report/catalogue/).
 * Computes no measure. Same input → byte-identical file (no timestamps, no random ids).
 *
 * The browser code is bundled by scripts/build-viewer.mjs into dist/report/viewer-bundle.js, read
 * here as text (see {@link loadViewerBundle}).
 */
import { opportunitiesHtml } from './opportunities-section.js';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CountTable, MemberReport, Report } from '../analysis/report-types.js';
import type { ClusterGraph } from '../model/types.js';
import { fmt, pathsLabel } from './format.js';
import { computeLayout, type Layout } from './layout.js';
import { colorScheme, TIE_COLORS, type ColorBy } from './palette.js';
import { escapeXml as esc, membersInGraphOrder, renderSvg, SIZE_MEASURES, type DrawOptions, type SizeBy } from './svg.js';
import { STYLE } from './html-style.js';
import { columnLabel, digitsOf, field, memberField, memberFieldPresent, memberKey, topic } from './catalogue/index.js';
import { plural } from '../model/words.js';
import { centralizationGaps } from './centralization-gaps.js';
import { FINDINGS_STYLE, findingsHtml } from './findings-html.js';

/**
 * Options of the HTML report: those of the SVG figure ({@link DrawOptions}; `colorBy` and `sizeBy` are
 * the initial choices of the page's switches, `width`/`height` size the embedded static figure).
 */
export interface HtmlOptions extends DrawOptions {
  /** The viewer script to inline (default: read from dist/report/viewer-bundle.js). */
  viewerScript?: string;
  /** A layout already computed for this graph and seed (e.g. shared with the SVG figure). */
  layout?: Layout;
}

/** Candidate locations of the bundled viewer: beside this module (dist) or in dist/ from src/. */
export function viewerBundlePaths(): string[] {
  return [new URL('./viewer-bundle.js', import.meta.url), new URL('../../dist/report/viewer-bundle.js', import.meta.url)].map((u) => fileURLToPath(u));
}

/** Reads the bundled viewer script; throws with the command to run when it was not built. */
export function loadViewerBundle(): string {
  for (const p of viewerBundlePaths()) if (existsSync(p)) return readFileSync(p, 'utf8');
  throw new Error(`HTML report: the viewer bundle is missing (looked in ${viewerBundlePaths().join(', ')}); run: node scripts/build-viewer.mjs`);
}

/** JSON safe inside a <script> element: `<`, `>`, `&`, U+2028/2029 escaped. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function scriptText(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** A label made from a key this version does not know: camelCase split, lower case. */
function keyLabel(key: string): string {
  return key.replace(/\./g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Per-member figures shown in the panel: every field of the report, nested roles flattened
 * (`brokerage.liaison`), labelled from the field catalogue (a field it does not know: from its key).
 */
export function memberFields(members: readonly MemberReport[]): { key: string; label: string }[] {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    for (const [k, v] of Object.entries(m)) {
      if (k === 'id' || k === 'name') continue;
      if (v !== null && typeof v === 'object') {
        for (const sub of Object.keys(v)) {
          const key = `${k}.${sub}`;
          if (!seen.has(key)) seen.add(key), keys.push(key);
        }
      } else if (!seen.has(k)) seen.add(k), keys.push(k);
    }
  }
  return keys.map((key) => {
    const [k, sub] = key.split('.');
    const base = memberField(k)?.label ?? keyLabel(k);
    return { key, label: sub === undefined ? base : `${base} ${keyLabel(sub)}` };
  });
}

function fieldValue(m: MemberReport, key: string): number | string | null {
  const [a, b] = key.split('.');
  const v = (m as unknown as Record<string, unknown>)[a];
  const w = b === undefined ? v : v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[b] : undefined;
  return typeof w === 'number' || typeof w === 'string' ? w : null;
}

const f = (v: number | null | undefined, digits = 3) => esc(fmt(v ?? null, digits));

function counts(t: CountTable): string {
  return t.map((c) => `${esc(c.value ?? '(none)')} ${c.count}`).join(', ') || '—';
}

/** An indicator block: the topic's title, the figures, a reading, the definition and citation. */
function indicator(key: string, body: string, reading?: string): string {
  const d = topic(key);
  return [
    `<section class="indicator" id="ind-${esc(key)}">`,
    `<h3>${esc(d.title)}</h3>`,
    body,
    `<p class="reading">${esc(reading ?? d.reading)}</p>`,
    `<p class="definition"><span>Definition:</span> ${esc(d.definition)} <cite>${esc(d.citation)}</cite></p>`,
    '</section>',
  ].join('\n');
}

function table(headers: { label: string; numeric?: boolean }[], rows: { v: string | number | null; html?: string }[][], cls = 'sortable'): string {
  const head = headers.map((h) => `<th scope="col"${h.numeric ? ' data-type="number"' : ''}>${esc(h.label)}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        '<tr>' +
        r
          .map((c) => {
            if (typeof c.v === 'number' || c.v === null) {
              const data = c.v === null || !Number.isFinite(c.v) ? '' : String(c.v);
              return `<td class="num" data-v="${data}">${c.html ?? f(c.v)}</td>`;
            }
            return `<td>${c.html ?? esc(c.v)}</td>`;
          })
          .join('') +
        '</tr>',
    )
    .join('\n');
  return `<div class="table-wrap"><table class="${cls}"><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></div>`;
}

/** Member fields in the members table (those the report holds), by key; labels from the catalogue. */
const MEMBER_TABLE: readonly string[] = ['name', 'id', 'type', 'typeClass', 'helix', 'sector', 'level', 'community', 'degree', 'inDegree', 'outDegree', 'strength', 'betweenness', 'closeness', 'harmonic', 'eigenvector', 'pagerank', 'clustering', 'coreNumber', 'constraint', 'effectiveSize', 'eiIndex', 'brokerage', 'fragmentation'];
/** Topics defined under the members table. */
const MEMBER_TABLE_TOPICS: readonly string[] = ['degree', 'betweenness', 'closeness', 'eigenvector', 'clustering'];

/** A members-table cell: text ('' when missing), a number, or the total of a per-role object. */
function tableValue(key: string, byRole: boolean, text: boolean): (m: MemberReport) => string | number | null {
  return (m) => {
    const v = (m as unknown as Record<string, unknown>)[key];
    if (byRole) return v !== null && typeof v === 'object' ? ((v as Record<string, number | null>).total ?? null) : null;
    if (text) return typeof v === 'string' ? v : '';
    return typeof v === 'number' ? v : null;
  };
}


/** The HTML report as one string. */
export function renderHtml(report: Report, graph: ClusterGraph, options: HtmlOptions = {}): string {
  const colorBy: ColorBy = options.colorBy ?? 'sector';
  const sizeBy: SizeBy = options.sizeBy ?? 'betweenness';
  const labels = options.labels ?? 15;
  const seed = options.seed ?? report.options.seed;
  const sum = report.summary;
  const title = options.title ?? `Cluster report — ${plural(sum.members, 'member')}, ${plural(sum.ties, 'tie')}`;
  const viewer = options.viewerScript ?? loadViewerBundle();

  const layout = options.layout ?? computeLayout(graph, { seed });
  // The page switches between sector and community (and the requested attribute, if another).
  const colorChoices: ColorBy[] = ['sector', 'community'];
  if (!colorChoices.includes(colorBy)) colorChoices.push(colorBy);
  const members = membersInGraphOrder(report, graph);
  const ids = graph.nodes();
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));
  const fields = memberFields(members);
  const ties: [number, number, number, string][] = [];
  graph.forEachEdge((_e, a, s, t) => {
    const o = a.orientation === 'vertical' || a.orientation === 'horizontal' ? a.orientation : 'unknown';
    ties.push([indexOf.get(s)!, indexOf.get(t)!, Number.isFinite(a.weight) ? a.weight : 1, o]);
  });
  const round = (v: number) => Math.round(v * 1e4) / 1e4;
  const data = {
    directed: sum.directed,
    colorBy,
    sizeBy,
    labels,
    measures: SIZE_MEASURES,
    fields,
    members: members.map((m, i) => ({ id: m.id, name: m.name, x: round(layout.x[i]), y: round(layout.y[i]), values: fields.map((fl) => fieldValue(m, fl.key)) })),
    ties,
    colorings: colorChoices.map((by) => ({ by, scheme: colorScheme(members, by) })),
    tieColors: TIE_COLORS,
  };
  const svg = renderSvg(report, graph, { colorBy, sizeBy, labels, seed, width: options.width, height: options.height, title: `Partnership network — ${plural(sum.members, 'member')}, ${plural(sum.ties, 'tie')}` }, layout);

  const out: string[] = [];
  out.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  out.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; font-src data:">`);
  out.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  out.push(`<meta name="generator" content="${esc(`${report.generator.name} ${report.generator.version}`)}">`);
  out.push(`<title>${esc(title)}</title>`, `<style>${STYLE}${FINDINGS_STYLE}</style>`, '</head>', '<body>');
  const files = [report.input.files.members, report.input.files.ties].filter(Boolean).join(' + ');
  out.push('<header>', `<h1>${esc(title)}</h1>`, `<p class="muted">${esc(report.generator.name)} ${esc(report.generator.version)}${files ? ` · input: ${esc(files)}` : ''}</p>`, '</header>', '<main>');
  // Reading first: the findings (SWOT grid) open the report; their links highlight evidence in the drawing.
  const findingsSection = findingsHtml(report, indexOf);
  if (findingsSection !== '') out.push(findingsSection);

  // Network.
  out.push('<section id="network-section"><h2>Network</h2>');
  out.push('<div class="controls">');
  out.push(`<label for="color-by">Colour by</label><select id="color-by">${colorChoices.map((c) => `<option value="${c}"${c === colorBy ? ' selected' : ''}>${c}</option>`).join('')}</select>`);
  out.push(`<label for="size-by">Size by</label><select id="size-by">${SIZE_MEASURES.map((c) => `<option value="${c}"${c === sizeBy ? ' selected' : ''}>${c}</option>`).join('')}</select>`);
  out.push('</div>');
  out.push('<div class="legend" id="colour-legend"></div>');
  out.push(
    `<div class="legend">${(['vertical', 'horizontal', 'unknown'] as const).map((o) => `<span class="legend-item"><span class="tie" style="border-color:${TIE_COLORS[o]}"></span>${o === 'unknown' ? 'orientation unknown' : `${o} tie`}</span>`).join('')}<span class="legend-item">line width ∝ tie weight; member area ∝ the size measure</span></div>`,
  );
  out.push(`<p class="note" id="figure-note">Static drawing (the interactive drawing needs JavaScript and WebGL).</p>`);
  out.push('<div class="figure"><div>');
  out.push(`<div id="network" hidden data-members="0" aria-label="interactive network drawing"></div>`);
  out.push(`<div id="static-figure">\n${svg}</div>`);
  out.push('</div>', '<aside id="panel" aria-live="polite"><p class="muted">Hover or click a member to see its figures.</p></aside>', '</div>');
  out.push('</section>');

  // Summary.
  const fig = (path: string, value: string) => `<div><span>${esc(field(path).label)}</span><strong>${value}</strong></div>`;
  out.push('<section id="summary"><h2>Summary</h2><div class="figures">');
  out.push(
    fig('summary.members', String(sum.members)),
    fig('summary.ties', `${sum.ties} (${sum.directed ? 'directed' : 'undirected'}, ${sum.weighted ? 'weighted' : 'unweighted'}; ${pathsLabel(report.options)})`),
    fig('summary.density', f(sum.density)),
    fig('summary.components', `${sum.components}${sum.strongComponents !== null ? ` (${sum.strongComponents} strong)` : ''}`),
    fig('summary.largestComponentSize', String(sum.largestComponentSize)),
    fig('summary.isolates', String(sum.isolates)),
    fig('summary.transitivity', f(sum.transitivity)),
    fig('summary.averageClustering', f(sum.averageClustering)),
    fig('summary.diameter', f(sum.diameter)),
    fig('summary.averagePathLength', f(sum.averagePathLength)),
    ...(sum.reciprocity !== null ? [fig('summary.reciprocity', f(sum.reciprocity))] : []),
    fig('communities.count', String(report.communities.count)),
    fig('communities.modularity', f(report.communities.modularity)),
  );
  out.push('</div>');
  out.push(`<p>By type: ${counts(sum.byType)}</p><p>By type class: ${counts(sum.byTypeClass)}</p><p>By sector: ${counts(sum.bySector)}</p><p>By helix: ${counts(sum.byHelix)}</p><p>By level: ${counts(sum.byLevel)}</p><p>Ties by orientation: ${counts(sum.byOrientation)}</p>`);
  if (sum.byKind.some((k) => k.value !== null)) out.push(`<p>Ties by kind: ${counts(sum.byKind)}</p>`);
  out.push(indicator('density', `<p>Density ${f(sum.density)} (${sum.ties} of the ${sum.directed ? sum.members * (sum.members - 1) : (sum.members * (sum.members - 1)) / 2} possible ties).</p>`));
  out.push(indicator('components', `<p>${plural(sum.components, 'component')}, the largest with ${plural(sum.largestComponentSize, 'member')}; ${plural(sum.isolates, 'isolate')}.</p>`));
  if (sum.reciprocity !== null) out.push(indicator('reciprocity', `<p>Reciprocity ${f(sum.reciprocity)}.</p>`));
  out.push(indicator('transitivity', `<p>Transitivity ${f(sum.transitivity)}.</p>`));
  out.push(indicator('averageClustering', `<p>Average clustering ${f(sum.averageClustering)}.</p>`));
  out.push(indicator('diameter', `<p>Diameter ${f(sum.diameter)}, average path length ${f(sum.averagePathLength)} (component of ${plural(sum.pathComponentSize, 'member')}).</p>`));
  out.push('</section>');

  // Members.
  const cols = MEMBER_TABLE.map((key) => field(`members[].${key}`))
    .filter((fl) => memberFieldPresent(report.members, sum.directed, fl))
    .map((fl) => ({ label: columnLabel(fl), numeric: fl.format === 'int' || fl.format === 'decimal', get: tableValue(memberKey(fl), fl.byRole === true, fl.format === 'string') }));
  out.push('<section id="members"><h2>Members</h2><p class="note">Click a column header to sort. Every per-member figure is in the side panel of the drawing.</p>');
  out.push(table(cols, report.members.map((m) => cols.map((c) => ({ v: c.get(m) })))));
  for (const key of MEMBER_TABLE_TOPICS) {
    const d = topic(key);
    out.push(`<p class="definition"><span>${esc(d.title)}:</span> ${esc(d.definition)} ${esc(d.reading)} <cite>${esc(d.citation)}</cite></p>`);
  }
  out.push('</section>');

  // Communities.
  const c = report.communities;
  out.push('<section id="communities"><h2>Communities</h2>');
  out.push(
    indicator(
      'communities',
      `<p>${plural(c.count, 'community', 'communities')}, modularity ${f(c.modularity)} (Louvain, resolution ${esc(String(c.resolution))}, seed ${esc(String(c.seed))}, ${esc(plural(c.restarts, 'restart'))}, ${c.weighted ? 'weighted' : 'unweighted'}).</p>`,
    ),
  );
  const nameOf = new Map<string, string>();
  for (const m of report.members) nameOf.set(m.id, m.name);
  out.push(
    table(
      [{ label: 'community', numeric: true }, { label: 'size', numeric: true }, { label: 'by sector' }, { label: 'members' }],
      c.groups.map((g) => [
        { v: g.id },
        { v: g.size },
        { v: g.bySector.map((s) => `${s.value ?? '(none)'} ${s.count}`).join(', ') },
        { v: g.members.map((id) => nameOf.get(id) ?? id).join('; ') },
      ]),
    ),
  );
  out.push('</section>');

  // Indicators.
  const syn = report.synergy;
  const ei = syn.eiIndex;
  out.push('<section id="indicators"><h2>Indicators</h2>');
  const cz = sum.centralization;
  out.push(
    indicator(
      'centralization',
      `<p>Degree ${f(cz.degree)}${cz.inDegree !== undefined ? ` (in ${f(cz.inDegree)}, out ${f(cz.outDegree ?? null)})` : ''}, betweenness ${f(cz.betweenness)}, closeness ${f(cz.closeness)}.</p>` +
        centralizationGaps(report).map((g) => `<p class="note">— ${esc(g.measures.join(', '))}: ${esc(g.reason)}.</p>`).join(''),
    ),
  );
  if (sum.topTieShare) out.push(indicator('topTieShare', `<p>${esc(nameOf.get(sum.topTieShare.id) ?? sum.topTieShare.id)}: ${f(sum.topTieShare.share)} of all ties.</p>`));
  out.push(indicator('efficiency', `<p>Global efficiency ${f(sum.globalEfficiency)}, local efficiency ${f(sum.localEfficiency)}.</p>`));
  out.push(indicator('degeneracy', `<p>Degeneracy ${sum.degeneracy}.</p>`));
  out.push(indicator('degreeAssortativity', `<p>Degree assortativity ${f(sum.degreeAssortativity)}.</p>`));

  out.push(`<h3>Synergy across groups (by ${esc(syn.groupBy)})</h3>`);
  out.push(indicator('crossGroupShare', `<p>${f(syn.crossGroupShare.count)} of the ties (${f(syn.crossGroupShare.weight)} of the tie weight) cross groups.</p>`));
  let eiReading: string | undefined;
  if (ei.overall !== null && ei.baseline !== null) {
    const dir = ei.overall < ei.baseline ? 'fewer' : ei.overall > ei.baseline ? 'more' : 'as many';
    eiReading = `Ties cross ${esc(syn.groupBy)} lines ${dir} than random ties would (E-I ${fmt(ei.overall)} against a baseline of ${fmt(ei.baseline)}${ei.pValue !== null ? `, permutation p = ${fmt(ei.pValue)}` : ''}).`;
  }
  out.push(
    indicator(
      'eiIndex',
      `<p>E-I ${f(ei.overall)} (weighted ${f(ei.weighted)}); attainable range ${f(ei.range[0])} … ${f(ei.range[1])}; random-tie baseline ${f(ei.baseline)}; permutation p ${f(ei.pValue)}${ei.permutation ? ` (${plural(ei.permutation.permutations, 'permutation')}, seed ${esc(String(ei.permutation.seed))}, mean ${f(ei.permutation.mean)}, sd ${f(ei.permutation.sd)})` : ''}; E = ${ei.E}, I = ${ei.I}.</p>` +
        table(
          [{ label: 'group' }, { label: 'size', numeric: true }, { label: 'E', numeric: true }, { label: 'I', numeric: true }, { label: 'E-I', numeric: true }, { label: 'E-I weighted', numeric: true }],
          ei.groups.map((g) => [{ v: g.group }, { v: g.size }, { v: g.E }, { v: g.I }, { v: g.EI }, { v: g.EIWeighted }]),
        ),
      eiReading,
    ),
  );
  const mix = syn.mixing;
  out.push(
    indicator(
      'mixing',
      table(
        [{ label: 'ties (weight)' }, ...mix.groups.map((g) => ({ label: g, numeric: true }))],
        mix.groups.map((g, i) => [{ v: g }, ...mix.groups.map((_h, j) => ({ v: mix.counts[i][j], html: `${mix.counts[i][j]} (${f(mix.weights[i][j])})` }))]),
        'matrix',
      ),
    ),
  );
  out.push(indicator('assortativity', `<p>Assortativity by ${esc(syn.groupBy)}: ${f(syn.assortativity)}.</p>`));
  const o = syn.orientation.overall;
  out.push(
    indicator(
      'orientation',
      `<p>${o.vertical} vertical, ${o.horizontal} horizontal, ${o.unknown} unknown of ${plural(o.total, 'tie')}.</p>` +
        table(
          [{ label: 'from' }, { label: 'to' }, { label: 'vertical', numeric: true }, { label: 'horizontal', numeric: true }, { label: 'unknown', numeric: true }, { label: 'total', numeric: true }],
          syn.orientation.byPair.map((p) => [{ v: p.from }, { v: p.to }, { v: p.vertical }, { v: p.horizontal }, { v: p.unknown }, { v: p.total }]),
        ),
    ),
  );
  const th = syn.tripleHelix;
  const bits = digitsOf(field('synergy.tripleHelix.T_AIG'));
  out.push(
    th
      ? indicator(
          'tripleHelix',
          `<p>Over ${plural(th.projects, 'joint project')}: T(A,I,G) = ${f(th.T_AIG, bits)} bits, T(A,I,G,C) = ${f(th.T4, bits)} bits; triads AIG ${f(th.triads.AIG, bits)}, AIC ${f(th.triads.AIC, bits)}, AGC ${f(th.triads.AGC, bits)}, IGC ${f(th.triads.IGC, bits)}.</p>` +
            table(
              [{ label: 'type (as written)' }, { label: 'type class' }, { label: 'helix' }, { label: 'members', numeric: true }],
              th.helixMapping.map((r) => [{ v: r.type ?? '(no type)' }, { v: r.typeClass ?? '—' }, { v: r.helix ?? 'none' }, { v: r.members }]),
            ) +
            `<ul class="explanation">${th.explanation.map((line) => `<li>${esc(line)}</li>`).join('')}</ul>`,
          th.T_AIG !== null && th.T_AIG < 0 ? 'T(A,I,G) is negative: the three helices together reduce uncertainty (synergy).' : th.T_AIG !== null && th.T_AIG > 0 ? 'T(A,I,G) is positive: the helices overlap without synergy.' : undefined,
        )
      : indicator('tripleHelix', '<p>Not computed: no joint projects were given (projects.csv).</p>'),
  );

  const b = report.brokerage;
  const roles = b.roles;
  out.push(
    indicator(
      'brokerage',
      table(
        [{ label: '' }, ...roles.map((r) => ({ label: r, numeric: true }))],
        [
          [{ v: 'observed' }, ...roles.map((r) => ({ v: b.totals[r] ?? null }))],
          [{ v: 'expected' }, ...roles.map((r) => ({ v: b.expected[r] ?? null }))],
          [{ v: 'z' }, ...roles.map((r) => ({ v: b.z[r] ?? null }))],
        ],
        'matrix',
      ) +
        (b.note ? `<p class="note">${esc(b.note)}</p>` : '') +
        '<p>Top brokers:</p>' +
        table(
          [{ label: 'member' }, ...roles.map((r) => ({ label: r, numeric: true }))],
          report.members
            .map((m, i) => ({ m, i, t: m.brokerage.total ?? 0 }))
            .filter((x) => x.t > 0)
            .sort((x, y) => y.t - x.t || x.i - y.i)
            .slice(0, 10)
            .map((x) => [{ v: x.m.name }, ...roles.map((r) => ({ v: (x.m.brokerage as Record<string, number | null>)[r] ?? null }))]),
        ),
    ),
  );
  const holes = report.members
    .map((m, i) => ({ m, i }))
    .filter((x) => x.m.constraint !== null && x.m.degree > 0)
    .sort((x, y) => x.m.constraint! - y.m.constraint! || x.i - y.i)
    .slice(0, 10);
  out.push(
    indicator(
      'structuralHoles',
      '<p>Least constrained members:</p>' +
        table(
          [{ label: 'member' }, ...(['constraint', 'effectiveSize', 'efficiency', 'hierarchy'] as const).map((k) => ({ label: field(`members[].${k}`).label, numeric: true }))],
          holes.map((x) => [{ v: x.m.name }, { v: x.m.constraint }, { v: x.m.effectiveSize }, { v: x.m.efficiency }, { v: x.m.hierarchy }]),
        ),
    ),
  );
  const res = report.resilience;
  const nm = (id: string) => esc(nameOf.get(id) ?? id);
  out.push(
    indicator(
      'resilience',
      `<p>Articulation points: ${res.articulationPoints.map(nm).join(', ') || 'none'}.</p><p>Bridges: ${res.bridges.map(([x, y]) => `${nm(x)} – ${nm(y)}`).join('; ') || 'none'}.</p>`,
      res.articulationPoints.length === 0 && res.bridges.length === 0 ? 'No single member or tie whose loss would cut the cluster apart.' : undefined,
    ),
  );
  out.push(
    indicator(
      'keyPlayers',
      `<p>Fragmentation of the cluster as it is: ${f(res.baseFragmentation)}.</p>` +
        table(
          [{ label: 'member' }, { label: columnLabel(field('members[].fragmentation')), numeric: true }, { label: 'distance fragmentation', numeric: true }, { label: 'efficiency loss', numeric: true }, { label: 'largest part left', numeric: true }],
          res.keyPlayers.map((k) => [{ v: nameOf.get(k.id) ?? k.id }, { v: k.fragmentation }, { v: k.distanceFragmentation }, { v: k.efficiencyLoss }, { v: k.largestComponent }]),
        ),
    ),
  );
  const cp = report.corePeriphery;
  out.push(indicator('corePeriphery', `<p>Core (${plural(cp.core.length, 'member')}, fit ${f(cp.fit)}): ${cp.core.map(nm).join(', ') || '—'}.</p>`));
  out.push('</section>');

  out.push(opportunitiesHtml(report));
  // Warnings.
  out.push('<section id="warnings"><h2>Input warnings</h2>');
  if (report.warnings.length === 0) out.push('<p>None.</p>');
  else {
    out.push(
      table(
        [{ label: 'code' }, { label: 'file' }, { label: 'line', numeric: true }, { label: 'column' }, { label: 'message' }],
        report.warnings.map((w) => [{ v: w.code }, { v: w.file ?? '' }, { v: w.line }, { v: w.column ?? '' }, { v: w.message }]),
      ),
    );
  }
  out.push(`<p class="definition">${esc(topic('warnings').reading)}</p></section>`);
  out.push('</main>');

  // Options and version.
  out.push('<footer>');
  out.push(`<p>Made with ${esc(report.generator.name)} ${esc(report.generator.version)} (report schema ${report.schemaVersion}). Drawing: ForceAtlas2 layout, seed ${esc(String(seed))}; colour ${esc(colorBy)}, size ${esc(sizeBy)}, ${labels} labels.</p>`);
  out.push(`<p>Analysis options: <code>${esc(JSON.stringify(report.options))}</code></p>`);
  out.push('<p>This file is self-contained and makes no network request.</p>');
  out.push('</footer>');
  out.push(`<script type="application/json" id="report-data">${scriptJson(data)}</script>`);
  out.push(`<script>${scriptText(viewer)}</script>`);
  out.push('</body>', '</html>');
  return out.join('\n') + '\n';
}
