/**
 * The frozen reports of the bundled example (fixtures/report/, written by scripts/freeze-report.mjs):
 * renderer tests read them instead of running analyze(), so a change in a measure does not break them.
 * The graph (for renderers that draw or export it) is read from the example's CSV files.
 */
import { readFileSync } from 'node:fs';
import { readInput } from '../../src/io/read-input.js';
import type { Report } from '../../src/analysis/report-types.js';
import type { ClusterGraph } from '../../src/model/types.js';

export const EXAMPLE_MEMBERS = 'fixtures/example/members.csv';

/** A fresh copy of the frozen report of the example (undirected, or directed). */
export function frozenReport(directed = false): Report {
  return JSON.parse(readFileSync(`fixtures/report/${directed ? 'example-directed' : 'example'}.report.json`, 'utf8')) as Report;
}

/** The example's graph, read from its CSV files. */
export async function exampleGraph(directed = false): Promise<ClusterGraph> {
  return (await readInput({ members: EXAMPLE_MEMBERS }, { directed })).toGraph();
}
