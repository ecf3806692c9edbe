/**
 * The cluster value (src/model/cluster.ts): members and a typed tie table, with an explicit,
 * memoised `toGraph()`. Reading a property never builds anything, `analyze` never builds the graph,
 * project ties are applied to the tie table, and hostile ids work in the graph.
 */
import { describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { readCluster } from '../../src/io/read-cluster.js';
import { readInput } from '../../src/io/read-input.js';
import { buildCluster } from '../../src/io/build-cluster.js';
import { buildIndex, indexFromArcs } from '../../src/graph/graph-index.js';
import { analyze } from '../../src/analysis/analyze.js';
import { renderJson } from '../../src/report/json.js';

const CLUSTER = join(import.meta.dirname, '..', '..', 'fixtures', 'input', 'cluster');
const paths = { members: join(CLUSTER, 'members.csv'), ties: join(CLUSTER, 'ties.csv') };
const EXAMPLE = join(import.meta.dirname, '..', '..', 'fixtures', 'example', 'members.csv');
const options = { permutations: 100, restarts: 2, threads: 1 };

describe('the cluster value', () => {
  for (const directed of [false, true]) {
    it(`toGraph() is built once and holds the members and the tie table (${directed ? 'directed' : 'undirected'})`, async () => {
      const data = await readCluster(paths, { directed });
      expect(data.directed).toBe(directed);
      const graph = data.toGraph();
      expect(data.toGraph()).toBe(graph);
      expect(graph.type).toBe(directed ? 'directed' : 'undirected');
      expect(graph.nodes()).toEqual([...data.members.ids]);
      expect(graph.size).toBe(data.ties.count);
      expect(graph.size).toBeGreaterThan(0);
      expect(indexFromArcs(data.members.ids, directed, data.ties.arcs())).toEqual(buildIndex(graph));
      let e = 0;
      graph.forEachEdge((key, attrs, source, target) => {
        expect(key).toBe(String(e));
        expect([source, target]).toEqual([data.members.ids[data.ties.src[e]], data.members.ids[data.ties.dst[e]]]);
        expect(attrs).toEqual(data.ties.attributes(e));
        expect(attrs.kinds).toEqual([...attrs.kinds].sort());
        e++;
      });
      data.members.forEachNode((id, a) => expect(graph.getNodeAttributes(id)).toBe(a));
    });
  }

  it('has no getters: a spread copy is inert and shares the tables and the graph', () => {
    const data = buildCluster({ members: 'id,name,type\na,A,school\nb,B,university\nc,C,business\n', ties: 'source,target\na,b\nb,c\n' });
    const build = vi.spyOn(data, 'toGraph');
    for (const d of Object.values(Object.getOwnPropertyDescriptors(data))) expect(d.get).toBeUndefined();
    const copy = { ...data };
    expect(build).not.toHaveBeenCalled();
    expect(copy.ties).toBe(data.ties);
    expect(copy.members).toBe(data.members);
    build.mockRestore();
    expect(copy.toGraph()).toBe(data.toGraph());
    expect(data.toGraph().size).toBe(2);
  });

  it('analyze never builds the graph, and gives the same report as before toGraph() was called', async () => {
    const data = await readInput(paths);
    const noGraph = { ...data, toGraph: () => { throw new Error('analyze built the graph'); } };
    const spy = vi.spyOn(data, 'toGraph');
    const a = renderJson(await analyze(noGraph, options));
    const b = renderJson(await analyze(data, options));
    expect(spy).not.toHaveBeenCalled();
    data.toGraph();
    expect(renderJson(await analyze(data, options))).toBe(a);
    expect(a).toBe(b);
  });

  for (const directed of [false, true]) {
    it(`project ties are applied to the tie table, and so to toGraph() (${directed ? 'directed' : 'undirected'})`, async () => {
      const read = await readInput({ members: EXAMPLE }, { directed, projectTies: 'ignore' });
      const merged = await readInput({ members: EXAMPLE }, { directed, projectTies: 'merge' });
      const account = merged.projectTies!;
      expect(account.added).toBeGreaterThan(0);
      expect(account.strengthened).toBeGreaterThan(0);
      const arcsPerPair = directed ? 2 : 1;
      // The read ties keep their order; strengthened ones gained the kind and weight.
      let strengthened = 0;
      for (let e = 0; e < read.ties.count; e++) {
        expect([merged.ties.src[e], merged.ties.dst[e]]).toEqual([read.ties.src[e], read.ties.dst[e]]);
        if (merged.ties.kindsOf(e).includes('joint-project')) {
          strengthened++;
          expect(merged.ties.weight[e]).toBeGreaterThan(read.ties.weight[e]);
        } else expect(merged.ties.weight[e]).toBe(read.ties.weight[e]);
      }
      // Each pair gives one tie (two arcs when directed), new or strengthened; undirected, a pair is either.
      expect(merged.ties.count).toBe(read.ties.count + arcsPerPair * account.pairs - strengthened);
      if (!directed) expect(strengthened).toBe(account.strengthened);
      for (let e = read.ties.count; e < merged.ties.count; e++) {
        expect(merged.ties.kindsOf(e)).toEqual(['joint-project']);
        expect(merged.ties.rows[e]).toBe(0);
      }
      const graph = merged.toGraph();
      expect(graph.size).toBe(merged.ties.count);
      graph.forEachEdge((key, attrs) => expect(attrs).toEqual(merged.ties.attributes(Number(key))));
      // `only` replaces the ties read.
      const only = await readInput({ members: EXAMPLE }, { directed, projectTies: 'only' });
      expect(only.projectTies!.replaced).toBe(0); // no ties file is read with `only`
      expect(only.ties.count).toBe(arcsPerPair * only.projectTies!.pairs);
    });
  }

  it('member ids that are Object.prototype properties work in the graph and in analyze', async () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    const data = buildCluster({
      members: ids.map((id) => ({ id, type: 'school' })),
      ties: [
        { source: '__proto__', target: 'constructor' },
        { source: 'constructor', target: 'toString' },
        { source: 'toString', target: 'hasOwnProperty' },
        { source: 'hasOwnProperty', target: '__proto__' },
        { source: 'valueOf', target: '__proto__', weight: 2 },
      ],
    });
    const graph = data.toGraph();
    expect(graph.nodes()).toEqual(ids);
    expect(graph.size).toBe(5);
    expect(graph.hasEdge('__proto__', 'constructor')).toBe(true);
    expect(graph.hasEdge('hasOwnProperty', '__proto__')).toBe(true);
    expect(graph.hasEdge('valueOf', 'toString')).toBe(false);
    expect(graph.degree('__proto__')).toBe(3);
    expect(graph.neighbors('toString').sort()).toEqual(['constructor', 'hasOwnProperty']);
    const report = await analyze(data, options);
    expect(report.members.map((m) => [m.id, m.degree])).toEqual([['__proto__', 3], ['constructor', 2], ['toString', 2], ['hasOwnProperty', 2], ['valueOf', 1]]);
  });
});
