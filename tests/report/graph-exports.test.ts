import { describe, expect, it } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { analyze } from '../../src/analysis/analyze.js';
import { clusterFromGraph } from '../../src/model/from-graph.js';
import { buildCluster } from '../../src/io/build-cluster.js';
import type { Report } from '../../src/analysis/report-types.js';
import type { ClusterGraph } from '../../src/model/types.js';
import { renderGexf, renderGraphJson, renderGraphml, xmlSafe } from '../../src/report/graph-exports.js';
import { exampleGraph, frozenReport } from '../helpers/frozen-report.js';


// Hostile ids and names. graphology 0.26 (plain `new Graph()`, as the parsers use) throws "already
// exists" when a TARGET is an Object.prototype name, so those ids are tie sources only here.
type Graph = AbstractGraph;
const classOf = (graph: ClusterGraph) => (graph.type === 'directed' ? DirectedGraph : UndirectedGraph);

const HOSTILE_MEMBERS = [
  'id,name,type,sector,level,region,degree,constructor,note',
  '__proto__,Proto <i>,school,education,institution,North,x1,c1,=cmd',
  'constructor,<b>x</b>,university,academia,national,,x2,,+1',
  'toString,"a & ""b""",company,industry,,South,,c3,',
  'A,=1+1,ministry,government,national,Capital,x4,c4,"multi',
  'line"',
  'B,-2+3,school,education,institution,North,,,@SUM(1)',
  'C,"line1\r\nline2 | *bold* [x](y) `code` \t tab",ngo,civil,regional,North,,,',
  'D,Lonely,school,education,institution,North,,,',
].join('\n');
const HOSTILE_TIES = [
  'source,target,weight,kind,since,until,channel',
  'constructor,A,2,training,2019,,mail',
  'toString,B,1.5,exchange,,2022,',
  'A,B,3,training,2018,2020,"a,b"',
  'A,B,1,exchange,,,',
  'C,B,0.25,,,,',
  '__proto__,C,1,,,,',
].join('\n');

async function example(directed = false): Promise<{ report: Report; graph: ClusterGraph }> {
  return { report: frozenReport(directed), graph: await exampleGraph(directed) };
}

async function hostile(directed = false): Promise<{ report: Report; graph: ClusterGraph }> {
  const data = buildCluster({ members: HOSTILE_MEMBERS, ties: HOSTILE_TIES }, { directed });
  return { report: await analyze(data, { permutations: 100 }), graph: data.toGraph() };
}

/** Parses XML and fails on any parser error or warning (but the warning that U+FFFD is in the text). */
function wellFormed(xml: string): ReturnType<DOMParser['parseFromString']> {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => void (/replacement character/.test(msg) || problems.push(`${level}: ${msg}`)) }).parseFromString(xml, 'application/xml');
  expect(problems).toEqual([]);
  return doc;
}

/** Node attributes the export must carry, derived from the source graph and the report (not from the exporter). */
function expectedNode(graph: ClusterGraph, report: Report, id: string, renames: Record<string, string>): Record<string, unknown> {
  const a = graph.getNodeAttributes(id);
  const exp: Record<string, unknown> = { label: a.name, name: a.name, type: a.type, sector: a.sector, level: a.level, region: a.region };
  // The membership years when some member has one (the example has joined and left).
  if (graph.someNode((_k, x) => (x.joined ?? null) !== null || (x.left ?? null) !== null)) {
    exp.joined = a.joined ?? null;
    exp.left = a.left ?? null;
  }
  for (const [k, v] of Object.entries(a.extra)) exp[renames[k] ?? k] = v === '' ? null : v;
  const m = report.members.find((x) => x.id === id)!;
  for (const [k, v] of Object.entries(m)) {
    if (['id', 'name', 'type', 'sector', 'level'].includes(k)) continue;
    if (v !== null && typeof v === 'object') for (const [s, sv] of Object.entries(v)) exp[`${k}_${s}`] = sv;
    else exp[k] = v;
  }
  return exp;
}

function pairKey(s: string, t: string, undirected: boolean): string {
  return JSON.stringify(undirected && t < s ? [t, s] : [s, t]);
}

/**
 * Compares a re-imported graph with the source: same node keys in the same order, the same attribute
 * values (numbers equal, strings equal); missing values absent (XML) or null (JSON).
 */
function checkRoundTrip(imported: Graph, graph: ClusterGraph, report: Report, opts: { nulls: 'absent' | 'null'; renames?: Record<string, string> }): void {
  expect(imported.order).toBe(graph.order);
  expect(imported.nodes()).toEqual(graph.nodes());
  expect(imported.type).toBe(graph.type);
  let checked = 0;
  for (const id of graph.nodes()) {
    const got = imported.getNodeAttributes(id);
    const exp = expectedNode(graph, report, id, opts.renames ?? {});
    for (const [k, v] of Object.entries(exp)) {
      if (v === null) {
        if (opts.nulls === 'absent') expect(Object.prototype.hasOwnProperty.call(got, k), `${id}.${k} should be absent`).toBe(false);
        else expect(got[k], `${id}.${k}`).toBeNull();
      } else {
        expect(typeof got[k], `${id}.${k}`).toBe(typeof v);
        expect(got[k], `${id}.${k}`).toBe(typeof v === 'string' ? xmlSafe(v) : v);
        checked++;
      }
    }
    const extraKeys = Object.keys(got).filter((k) => !(k in exp));
    expect(extraKeys, `unexpected attributes of ${id}`).toEqual([]);
  }
  expect(checked).toBeGreaterThan(graph.order * 20);

  expect(imported.size).toBe(graph.size);
  const byPair = new Map<string, Record<string, unknown>>();
  imported.forEachEdge((_e: string, attrs: Record<string, unknown>, s: string, t: string, _sa: unknown, _ta: unknown, undirected: boolean) => byPair.set(pairKey(s, t, undirected), attrs));
  graph.forEachEdge((_e, a, s, t, _sa, _ta, undirected) => {
    const got = byPair.get(pairKey(s, t, undirected));
    expect(got, `tie ${s}–${t}`).toBeDefined();
    const exp: Record<string, unknown> = {
      weight: a.weight,
      kind: a.kinds.length > 0 ? a.kinds.join(';') : null,
      orientation: a.orientation,
      since: a.since,
      until: a.until,
      rows: a.rows,
    };
    for (const [k, v] of Object.entries(a.extra)) exp[k] = v === '' ? null : v;
    for (const [k, v] of Object.entries(exp)) {
      if (v === null) {
        if (opts.nulls === 'absent') expect(got![k], `${s}–${t}.${k}`).toBeUndefined();
        else expect(got![k], `${s}–${t}.${k}`).toBeNull();
      } else expect(got![k], `${s}–${t}.${k}`).toBe(v);
    }
  });
}

const HOSTILE_RENAMES = { degree: 'extra_degree', constructor: 'extra_constructor' };

const cases: [string, () => Promise<{ report: Report; graph: ClusterGraph }>, Record<string, string>][] = [
  ['bundled example', () => example(), {}],
  ['bundled example, directed', () => example(true), {}],
  ['hostile ids and names', () => hostile(), HOSTILE_RENAMES],
  ['hostile ids and names, directed', () => hostile(true), HOSTILE_RENAMES],
];

describe.each(cases)('graph exports round-trip: %s', (_name, load, renames) => {
  it('GEXF: well-formed 1.3, re-imports with graphology-gexf with the same nodes, ties and values', async () => {
    const { report, graph } = await load();
    const xml = renderGexf(report, graph);
    const doc = wellFormed(xml);
    expect(doc.documentElement?.getAttribute('version')).toBe('1.3');
    expect(xml).toContain(`<creator>${report.generator.name} ${report.generator.version}</creator>`);
    expect(xml).not.toMatch(/lastmodifieddate/i);
    const imported = parseGexf(classOf(graph), xml);
    checkRoundTrip(imported as unknown as Graph, graph, report, { nulls: 'absent', renames });
    // Declared types, not the writer's guesses.
    const types = new Map<string, string>();
    const attrs = doc.getElementsByTagName('attribute');
    for (let i = 0; i < attrs.length; i++) types.set(attrs[i].getAttribute('id')!, attrs[i].getAttribute('type')!);
    expect(types.get('degree')).toBe('integer');
    expect(types.get('community')).toBe('integer');
    expect(types.get('betweenness')).toBe('double');
    expect(types.get('brokerage_total')).toBe('integer');
    expect(types.get('brokerageZ_total')).toBe('double');
    expect(types.get('name')).toBe('string');
    expect(types.get('since')).toBe(graph.someEdge((_e, a) => a.since !== null) ? 'integer' : undefined);
  });

  it('GraphML: well-formed, typed keys, re-imports with graphology-graphml', async () => {
    const { report, graph } = await load();
    const xml = renderGraphml(report, graph);
    const doc = wellFormed(xml);
    const g = doc.getElementsByTagName('graph')[0];
    expect(g.getAttribute('edgedefault')).toBe(graph.type);
    const keys = doc.getElementsByTagName('key');
    const types = new Map<string, string>();
    for (let i = 0; i < keys.length; i++) types.set(`${keys[i].getAttribute('for')}:${keys[i].getAttribute('attr.name')}`, keys[i].getAttribute('attr.type')!);
    expect(types.get('node:degree')).toBe('int');
    expect(types.get('node:betweenness')).toBe('double');
    expect(types.get('node:name')).toBe('string');
    expect(types.get('edge:weight')).toBe('double');
    expect(types.get('edge:since')).toBe('int');
    expect(types.get('graph:directed')).toBe('boolean');
    const imported = parseGraphml(classOf(graph), xml);
    expect(imported.getAttribute('generator')).toBe(`${report.generator.name} ${report.generator.version}`);
    expect(imported.getAttribute('directed')).toBe(graph.type === 'directed');
    checkRoundTrip(imported as unknown as Graph, graph, report, { nulls: 'absent', renames });
  });

  it('graph JSON: graphology serialization format, re-imports with Graph.from', async () => {
    const { report, graph } = await load();
    const text = renderGraphJson(report, graph);
    const json = JSON.parse(text);
    expect(Object.keys(json)).toEqual(['attributes', 'options', 'nodes', 'edges']);
    expect(json.options).toEqual({ type: graph.type, multi: false, allowSelfLoops: graph.allowSelfLoops });
    expect(json.edges.every((e: { undirected?: boolean }) => (graph.type === 'undirected' ? e.undirected === true : e.undirected === undefined))).toBe(true);
    const imported = classOf(graph).from(json);
    checkRoundTrip(imported, graph, report, { nulls: 'null', renames });
  });

  it('is byte-identical for the same input, even from a graph built again', async () => {
    const a = await load();
    const b = await load();
    expect(renderGexf(b.report, b.graph)).toBe(renderGexf(a.report, a.graph));
    expect(renderGraphml(b.report, b.graph)).toBe(renderGraphml(a.report, a.graph));
    expect(renderGraphJson(b.report, b.graph)).toBe(renderGraphJson(a.report, a.graph));
  });
});

describe('graph exports: details', () => {
  it('escapes markup and hostile text in XML', async () => {
    const { report, graph } = await hostile();
    for (const xml of [renderGexf(report, graph), renderGraphml(report, graph)]) {
      expect(xml).not.toContain('<b>x</b>');
      expect(xml).not.toContain('<i>');
      expect(xml).toContain('&lt;b');
      expect(xml).toContain('&amp; ');
    }
  });

  it('replaces characters XML cannot hold', async () => {
    const data = buildCluster({ members: 'id,name\nA,bell\u0007 here\nB,ok\n', ties: 'source,target\nA,B\n' });
    const report = await analyze(data, { permutations: 10 });
    for (const xml of [renderGexf(report, data.toGraph()), renderGraphml(report, data.toGraph())]) {
      wellFormed(xml);
      expect(xml).toContain('bell\ufffd here');
    }
  });

  it('handles a cluster without ties and an empty one', async () => {
    const input = { files: { members: null, ties: null }, members: { rows: 0, used: 0, skipped: [] }, ties: { rows: 0, used: 0, merged: 0, skipped: [] } };
    const empty = clusterFromGraph(new UndirectedGraph({ allowSelfLoops: false }) as unknown as ClusterGraph, { input });
    for (const data of [buildCluster({ members: 'id,name\nA,Alpha\n', ties: 'source,target\n' }), empty]) {
      const report = await analyze(data, { permutations: 10 });
      const gexf = renderGexf(report, data.toGraph());
      wellFormed(gexf);
      // graphology-gexf guesses the graph type from the first edge ('mixed' without edges) unless told to keep the class.
      expect(parseGexf(UndirectedGraph, gexf, { respectInputGraphType: true }).order).toBe(data.toGraph().order);
      const graphml = renderGraphml(report, data.toGraph());
      wellFormed(graphml);
      expect(parseGraphml(UndirectedGraph, graphml).order).toBe(data.toGraph().order);
      const json = JSON.parse(renderGraphJson(report, data.toGraph()));
      expect(UndirectedGraph.from(json).order).toBe(data.toGraph().order);
      expect(json.edges).toEqual([]);
    }
  });
});
