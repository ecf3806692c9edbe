/**
 * Graph exports for network tools: GEXF 1.3 (Gephi), GraphML (Cytoscape, yEd) and graphology's JSON
 * serialization (sigma.js, graphology, Observable). Each carries every member attribute and every
 * per-member measure of the report, and every tie with its attributes. Renders only: no measure is
 * computed here (the per-member values are those of `report.members`).
 *
 * Attributes (the same names in the three formats):
 * - nodes: `label` (= name), `name`, `type`, `sector`, `level`, `region`, `joined` and `left` (when
 *   some member has a membership year), each `extra` column of the
 *   members file under its header, then the per-member measures flattened as in members.csv
 *   ({@link memberColumns}: `brokerage_<role>`, `brokerageZ_<role>`, …). An extra column whose header
 *   is already taken (e.g. `degree`) or is an Object.prototype name (`__proto__`, `constructor`, …) is
 *   written as `extra_<header>` (then `extra_<header>_2`, … if that is taken too).
 * - ties: `weight`, `kind` (the tie's kinds joined with `;`), `orientation`, `since`, `until`, `rows`
 *   (input rows merged into the tie), each `extra` column of the ties file (same renaming rule).
 * - Missing values (null, and empty extra cells) are left out of GEXF and GraphML (no `<attvalue>` /
 *   `<data>`), and are `null` in the JSON.
 * - Ties get ids `e0`, `e1`, … in the graph's edge order (graphology's generated keys depend on how many
 *   graphs the process has built, so they are not written). Output is byte-identical for the same input.
 */
import type { MemberReport, Report } from '../analysis/report-types.js';
import type { ClusterGraph } from '../model/types.js';
import type { ClusterTimeline, Spell } from '../model/timeline.js';
import { memberColumns, type ColumnType } from './csv-tables.js';

type Value = string | number | boolean | null;

/** A typed attribute column of the export. */
export interface ExportColumn {
  name: string;
  type: ColumnType;
}

/** The flattened, typed attribute table of a graph export (shared by the three formats). */
export interface ExportTable {
  graph: { generator: string; directed: boolean; schemaVersion: number };
  nodeColumns: ExportColumn[];
  edgeColumns: ExportColumn[];
  nodes: { key: string; values: Value[] }[];
  edges: { key: string; source: string; target: string; undirected: boolean; values: Value[] }[];
}

const PROTO_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));
const NODE_BASE: ExportColumn[] = [
  { name: 'label', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'type', type: 'string' },
  { name: 'sector', type: 'string' },
  { name: 'level', type: 'string' },
  { name: 'region', type: 'string' },
];
/** Membership years, after `region` when some member has them. */
const YEAR_COLUMNS: ExportColumn[] = [
  { name: 'joined', type: 'int' },
  { name: 'left', type: 'int' },
];
const EDGE_BASE: ExportColumn[] = [
  { name: 'weight', type: 'double' },
  { name: 'kind', type: 'string' },
  { name: 'orientation', type: 'string' },
  { name: 'since', type: 'int' },
  { name: 'until', type: 'int' },
  { name: 'rows', type: 'int' },
];
/** Names an extra column may not take (besides the columns already there). */
const RESERVED = new Set(['id', 'key', 'source', 'target', 'undirected', 'attributes']);

/** Header → attribute name for the extra columns, following the renaming rule of the module comment. */
function extraNames(headers: string[], taken: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const header of headers) {
    let name = header;
    if (taken.has(name) || PROTO_NAMES.has(name) || RESERVED.has(name) || name === '') {
      name = `extra_${header}`;
      for (let i = 2; taken.has(name) || PROTO_NAMES.has(name); i++) name = `extra_${header}_${i}`;
    }
    taken.add(name);
    out.set(header, name);
  }
  return out;
}

function extraHeaders(records: Iterable<Record<string, string> | undefined>): string[] {
  const seen = new Set<string>();
  for (const extra of records) if (extra) for (const k of Object.keys(extra)) seen.add(k);
  return [...seen];
}

function ownString(o: Record<string, string> | undefined, key: string): string | null {
  if (!o || !Object.prototype.hasOwnProperty.call(o, key)) return null;
  const v = o[key];
  return typeof v === 'string' && v !== '' ? v : null;
}

/**
 * The attribute table behind the three exports: typed node and edge columns, one row of values per
 * member (graph node order) and per tie (graph edge order, ids `e0`, `e1`, …). Exported for tests and
 * for other writers.
 */
export function exportTable(report: Report, graph: ClusterGraph): ExportTable {
  // The member columns (names and types from the field catalogue) but the id and the attributes NODE_BASE holds.
  // The membership years (`joined`, `left`) when some member has them: files without years are unchanged.
  let years = false;
  graph.forEachNode((_k, a) => {
    if ((a.joined ?? null) !== null || (a.left ?? null) !== null) years = true;
  });
  const nodeBase = years ? [...NODE_BASE, ...YEAR_COLUMNS] : NODE_BASE;
  const measures = memberColumns(report).filter((c) => c.name !== 'id' && !nodeBase.some((b) => b.name === c.name));
  const byId = new Map<string, MemberReport>();
  for (const m of report.members) byId.set(m.id, m);

  const nodeExtras: Record<string, string>[] = [];
  graph.forEachNode((_k, a) => nodeExtras.push(a.extra));
  const taken = new Set([...nodeBase.map((c) => c.name), ...measures.map((c) => c.name)]);
  const nodeExtraNames = extraNames(extraHeaders(nodeExtras), taken);
  const nodeColumns: ExportColumn[] = [
    ...nodeBase,
    ...[...nodeExtraNames.values()].map((name): ExportColumn => ({ name, type: 'string' })),
    ...measures.map((c): ExportColumn => ({ name: c.name, type: c.type })),
  ];
  const nodes: ExportTable['nodes'] = [];
  graph.forEachNode((key, a) => {
    const m = byId.get(key);
    const values: Value[] = [a.name, a.name, a.type, a.sector, a.level, a.region];
    if (years) values.push(a.joined ?? null, a.left ?? null);
    for (const header of nodeExtraNames.keys()) values.push(ownString(a.extra, header));
    for (const c of measures) values.push(m ? c.value(m) : null);
    nodes.push({ key, values });
  });

  const edgeExtras: Record<string, string>[] = [];
  graph.forEachEdge((_e, a) => edgeExtras.push(a.extra));
  const edgeExtraNames = extraNames(extraHeaders(edgeExtras), new Set(EDGE_BASE.map((c) => c.name)));
  const edgeColumns: ExportColumn[] = [...EDGE_BASE, ...[...edgeExtraNames.values()].map((name): ExportColumn => ({ name, type: 'string' }))];
  const edges: ExportTable['edges'] = [];
  graph.forEachEdge((_e, a, source, target, _sa, _ta, undirected) => {
    const values: Value[] = [a.weight, a.kinds.length > 0 ? a.kinds.join(';') : null, a.orientation, a.since, a.until, a.rows];
    for (const header of edgeExtraNames.keys()) values.push(ownString(a.extra, header));
    edges.push({ key: `e${edges.length}`, source, target, undirected, values });
  });

  return {
    graph: { generator: `${report.generator.name} ${report.generator.version}`, directed: graph.type === 'directed', schemaVersion: report.schemaVersion },
    nodeColumns,
    edgeColumns,
    nodes,
    edges,
  };
}

function toObject(columns: ExportColumn[], values: Value[], keepNull: boolean): Record<string, Value> {
  const o: Record<string, Value> = {};
  columns.forEach((c, i) => {
    const v = values[i];
    if (v !== null || keepNull) o[c.name] = v;
  });
  return o;
}

// ---------------------------------------------------------------------------------------------------
// XML helpers
// ---------------------------------------------------------------------------------------------------

/** Characters XML 1.0 does not allow (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, lone surrogates) → U+FFFD. */
export function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Escapes text for XML element content (CR as a character reference, so it survives line-end normalisation). */
function xmlText(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

/** Escapes text for a double-quoted XML attribute (tab, LF, CR as references: attribute values are normalised). */
function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#x9;').replace(/\n/g, '&#xA;');
}

// ---------------------------------------------------------------------------------------------------
// GEXF
// ---------------------------------------------------------------------------------------------------

const GEXF_TYPES: Record<ColumnType, string> = { string: 'string', int: 'integer', double: 'double', boolean: 'boolean' };

/** A GEXF attribute value: numbers and booleans as written by `String`, strings escaped. */
function gexfValue(v: Exclude<Value, null>): string {
  return typeof v === 'string' ? xmlAttr(v) : String(v);
}

/**
 * GEXF 1.3 for Gephi. Nodes get `label` = name and one `<attvalue>` per non-missing attribute; ties get
 * the GEXF `weight` and the other tie attributes; attributes are declared with their types in the
 * order of the export table (a column without any value is not declared). `<meta>` holds `<creator>`
 * (tool and version) and a `<description>`, no date.
 *
 * With a `timeline` (a cluster whose members or ties carry years: `clusterTimeline`), the graph is
 * dynamic (`mode="dynamic" timeformat="integer"`): each member with years gets
 * `<spells><spell start="joined" end="left"/></spells>` and each tie with years the spells of its rows
 * (overlapping ones joined), an open end left out; members and ties without years get no spells (they
 * exist in every year). Gephi's timeline then plays the cluster's growth. Without one (or for a
 * one-year snapshot) the file is static.
 *
 * Written in-house, line by line like the GraphML writer: graphology-gexf's writer (xml-writer) builds
 * the document by string concatenation and exhausted a 4 GB heap at 100k members / 300k ties, and it
 * guesses attribute types from the values. Its parser reads our files back (round-trip tests).
 */
export function renderGexf(report: Report, graph: ClusterGraph, timeline: ClusterTimeline | null = null): string {
  const t = exportTable(report, graph);
  const labelAt = t.nodeColumns.findIndex((c) => c.name === 'label');
  const weightAt = t.edgeColumns.findIndex((c) => c.name === 'weight');
  const used = (rows: { values: Value[] }[], i: number) => rows.some((r) => r.values[i] !== null);
  const nodeCols = t.nodeColumns.map((c, i) => ({ c, i })).filter(({ c, i }) => c.name !== 'label' && used(t.nodes, i));
  const edgeCols = t.edgeColumns.map((c, i) => ({ c, i })).filter(({ c, i }) => c.name !== 'weight' && used(t.edges, i));
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd">',
  );
  out.push('  <meta>');
  out.push(`    <creator>${xmlText(t.graph.generator)}</creator>`);
  out.push(
    `    <description>Partnership graph of an educational cluster with the per-member measures of the report (schema ${t.graph.schemaVersion}).</description>`,
  );
  out.push('  </meta>');
  const dynamic = timeline === null ? '' : ' mode="dynamic" timeformat="integer"';
  out.push(`  <graph defaultedgetype="${t.graph.directed ? 'directed' : 'undirected'}"${dynamic}>`);
  for (const [cls, cols] of [['node', nodeCols], ['edge', edgeCols]] as const) {
    if (cols.length === 0) continue;
    out.push(`    <attributes class="${cls}">`);
    for (const { c } of cols) out.push(`      <attribute id="${xmlAttr(c.name)}" title="${xmlAttr(c.name)}" type="${GEXF_TYPES[c.type]}"/>`);
    out.push('    </attributes>');
  }
  const spells = (list: readonly Spell[] | null | undefined, indent: string) => {
    if (list === null || list === undefined || list.length === 0) return;
    out.push(`${indent}<spells>`);
    for (const x of list) out.push(`${indent}  <spell${x.start === null ? '' : ` start="${x.start}"`}${x.end === null ? '' : ` end="${x.end}"`}/>`);
    out.push(`${indent}</spells>`);
  };
  const attvalues = (values: Value[], cols: { c: ExportColumn; i: number }[], indent: string) => {
    const present = cols.filter(({ i }) => values[i] !== null);
    if (present.length === 0) return;
    out.push(`${indent}<attvalues>`);
    for (const { c, i } of present) out.push(`${indent}  <attvalue for="${xmlAttr(c.name)}" value="${gexfValue(values[i] as Exclude<Value, null>)}"/>`);
    out.push(`${indent}</attvalues>`);
  };
  out.push('    <nodes>');
  t.nodes.forEach((n, i) => {
    out.push(`      <node id="${xmlAttr(n.key)}" label="${xmlAttr(String(n.values[labelAt]))}">`);
    attvalues(n.values, nodeCols, '        ');
    const own = timeline?.members[i];
    spells(own === null || own === undefined ? null : [own], '        ');
    out.push('      </node>');
  });
  out.push('    </nodes>');
  out.push('    <edges>');
  t.edges.forEach((x, e) => {
    const type = x.undirected === !t.graph.directed ? '' : ` type="${x.undirected ? 'undirected' : 'directed'}"`;
    out.push(`      <edge id="${x.key}" source="${xmlAttr(x.source)}" target="${xmlAttr(x.target)}"${type} weight="${String(x.values[weightAt])}">`);
    attvalues(x.values, edgeCols, '        ');
    spells(timeline?.ties[e], '        ');
    out.push('      </edge>');
  });
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------
// GraphML
// ---------------------------------------------------------------------------------------------------

const GRAPHML_TYPES: Record<ColumnType, string> = { string: 'string', int: 'int', double: 'double', boolean: 'boolean' };

function graphmlValue(v: Exclude<Value, null>): string {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return xmlText(v);
}

/**
 * GraphML for Cytoscape and yEd. Written in-house: graphology has a GraphML parser
 * (graphology-graphml) but no GraphML writer. One `<key>` per attribute with `attr.name` and `attr.type`
 * (string, double, int, boolean), key ids `d0`, `d1`, …; graph-level data `generator` and `directed`;
 * `edgedefault` = directed or undirected; one `<data>` per non-missing value; ids and text XML-escaped
 * (characters XML cannot hold become U+FFFD).
 */
export function renderGraphml(report: Report, graph: ClusterGraph): string {
  const t = exportTable(report, graph);
  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  out.push(`  <!-- ${xmlText(t.graph.generator).replace(/--/g, '- -')} -->`);
  let k = 0;
  const key = (forWhat: string, c: ExportColumn): string => {
    const id = `d${k++}`;
    out.push(`  <key id="${id}" for="${forWhat}" attr.name="${xmlAttr(c.name)}" attr.type="${GRAPHML_TYPES[c.type]}"/>`);
    return id;
  };
  const gGenerator = key('graph', { name: 'generator', type: 'string' });
  const gDirected = key('graph', { name: 'directed', type: 'boolean' });
  const nodeKeys = t.nodeColumns.map((c) => key('node', c));
  const edgeKeys = t.edgeColumns.map((c) => key('edge', c));
  out.push(`  <graph id="G" edgedefault="${t.graph.directed ? 'directed' : 'undirected'}">`);
  out.push(`    <data key="${gGenerator}">${xmlText(t.graph.generator)}</data>`);
  out.push(`    <data key="${gDirected}">${t.graph.directed}</data>`);
  for (const n of t.nodes) {
    out.push(`    <node id="${xmlAttr(n.key)}">`);
    n.values.forEach((v, i) => {
      if (v !== null) out.push(`      <data key="${nodeKeys[i]}">${graphmlValue(v)}</data>`);
    });
    out.push('    </node>');
  }
  for (const x of t.edges) {
    const dir = x.undirected === !t.graph.directed ? '' : ` directed="${!x.undirected}"`;
    out.push(`    <edge id="${x.key}" source="${xmlAttr(x.source)}" target="${xmlAttr(x.target)}"${dir}>`);
    x.values.forEach((v, i) => {
      if (v !== null) out.push(`      <data key="${edgeKeys[i]}">${graphmlValue(v)}</data>`);
    });
    out.push('    </edge>');
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------
// graphology JSON
// ---------------------------------------------------------------------------------------------------

/** The serialized graph: graphology's `graph.export()` format. */
export interface SerializedClusterGraph {
  attributes: { generator: string; directed: boolean; schemaVersion: number };
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  nodes: { key: string; attributes: Record<string, Value> }[];
  edges: { key: string; source: string; target: string; undirected?: true; attributes: Record<string, Value> }[];
}

/** The graph export as an object in graphology's serialization format (see {@link renderGraphJson}). */
export function graphJson(report: Report, graph: ClusterGraph): SerializedClusterGraph {
  const t = exportTable(report, graph);
  return {
    attributes: { ...t.graph },
    options: { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops },
    nodes: t.nodes.map((n) => ({ key: n.key, attributes: toObject(t.nodeColumns, n.values, true) })),
    edges: t.edges.map((x) => ({
      key: x.key,
      source: x.source,
      target: x.target,
      ...(x.undirected ? { undirected: true as const } : {}),
      attributes: toObject(t.edgeColumns, x.values, true),
    })),
  };
}

/**
 * graphology's serialization format (`graph.export()`-shaped: `{ attributes, options, nodes: [{ key,
 * attributes }], edges: [{ key, source, target, undirected?, attributes }] }`), with the per-member
 * measures merged into the node attributes and missing values as `null`. `Graph.from(JSON.parse(text))`
 * or `graph.import(...)` reads it back (sigma.js draws it; `label` is sigma's label attribute). One node
 * or edge per line, so large files stay diffable.
 */
export function renderGraphJson(report: Report, graph: ClusterGraph): string {
  const g = graphJson(report, graph);
  const list = (items: unknown[]) => (items.length === 0 ? '[]' : `[\n${items.map((x) => JSON.stringify(x)).join(',\n')}\n]`);
  return `{"attributes":${JSON.stringify(g.attributes)},"options":${JSON.stringify(g.options)},\n"nodes":${list(g.nodes)},\n"edges":${list(g.edges)}}\n`;
}
