/**
 * The reader adds the ties to the graphology graph on the first access of `data.graph`; until then
 * `deferredArcs` gives them as typed arrays (so `analyze` can start its workers first). To a caller
 * the graph must look exactly as if it had been built at once.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCluster } from '../../src/io/read-cluster.js';
import { readInput } from '../../src/io/read-input.js';
import { buildCluster, deferredArcs } from '../../src/io/build-cluster.js';
import { buildIndex, indexFromArcs } from '../../src/graph/graph-index.js';
import { analyze } from '../../src/analysis/analyze.js';
import { renderJson } from '../../src/report/json.js';

const CLUSTER = join(import.meta.dirname, '..', '..', 'fixtures', 'input', 'cluster');
const paths = { members: join(CLUSTER, 'members.csv'), ties: join(CLUSTER, 'ties.csv') };

describe('ties added on first access of data.graph', () => {
  for (const directed of [false, true]) {
    it(`deferred arcs give the same index as the graph built from them (${directed ? 'directed' : 'undirected'})`, async () => {
      const data = await readCluster(paths, { directed });
      const early = deferredArcs(data);
      expect(early).not.toBeNull();
      expect(early!.directed).toBe(directed);
      const fromArcs = indexFromArcs(early!.ids, directed, { src: early!.src, dst: early!.dst, w: early!.weight });
      const graph = data.graph; // adds the ties
      expect(deferredArcs(data)).toBeNull();
      expect(graph.size).toBe(early!.src.length);
      expect(graph.size).toBeGreaterThan(0);
      expect(graph.nodes()).toEqual([...early!.ids]);
      expect(fromArcs).toEqual(buildIndex(graph));
      expect(data.graph).toBe(graph); // built once
      let e = 0;
      graph.forEachEdge((_key, attrs, source, target) => {
        expect(attrs.weight).toBe(early!.weight[e]);
        expect([source, target]).toEqual([early!.ids[early!.src[e]], early!.ids[early!.dst[e]]]);
        const tie = early!.tie(e);
        expect(tie.orientation).toBe(attrs.orientation);
        expect([...tie.kinds].sort()).toEqual(attrs.kinds);
        e++;
      });
      expect(early!.members).toBe(graph); // the members-only graph was this very object
    });
  }

  it('behaves as a plain property: enumerable, copied by a spread, replaceable', () => {
    const data = buildCluster({ members: 'id,name,type\na,A,school\nb,B,university\nc,C,business\n', ties: 'source,target\na,b\nb,c\n' });
    expect(Object.keys(data)).toEqual(['graph', 'warnings', 'input']);
    const copy = { ...data };
    expect(copy.graph.size).toBe(2);
    expect(deferredArcs(data)).toBeNull();
    const other = buildCluster({ members: 'id\nx\n', ties: 'source,target\n' });
    data.graph = other.graph;
    expect(data.graph.order).toBe(1);
  });

  it('readInput without projects returns the reader object itself, graph still deferred', async () => {
    const data = await readInput(paths);
    expect(data.projectTies).toBeNull();
    expect(deferredArcs(data)).not.toBeNull();
  });

  it('analyze gives the same report whether the ties were deferred or already in the graph, and leaves them deferred', async () => {
    const deferred = await readInput(paths);
    const built = await readInput(paths);
    void built.graph;
    expect(deferredArcs(deferred)).not.toBeNull();
    expect(deferredArcs(built)).toBeNull();
    const options = { permutations: 200, restarts: 2, threads: 1 };
    const a = renderJson(await analyze(deferred, options));
    const b = renderJson(await analyze(built, options));
    expect(a).toBe(b);
    // analyze never needed the ties in graphology: they are still deferred, and complete when read.
    expect(deferredArcs(deferred)).not.toBeNull();
    expect(deferred.graph.size).toBe(built.graph.size);
    expect(deferredArcs(deferred)).toBeNull();
  });
});
