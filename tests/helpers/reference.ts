/**
 * Test helper: loads a reference dataset from fixtures/reference/<name>/ straight into a graphology
 * graph (bypassing the project's reader, so metric tests do not depend on it) and its JSON of peer values.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { ClusterGraph, MemberAttributes, TieAttributes, ClusterGraphAttributes } from '../../src/model/types.js';
import { buildIndex, type GraphIndex } from '../../src/graph/graph-index.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures');
export const REFERENCE_DIR = join(FIXTURES, 'reference');

export type DatasetName = 'karate' | 'kite' | 'davis' | 'florentine' | 'school-cluster';
export const DATASETS: DatasetName[] = ['karate', 'kite', 'davis', 'florentine', 'school-cluster'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceJson = any;

export function loadReferenceJson(name: DatasetName): ReferenceJson {
  return JSON.parse(readFileSync(join(REFERENCE_DIR, `${name}.json`), 'utf8'));
}

export function readRows(path: string): Record<string, string>[] {
  return parse(readFileSync(path), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
}

/** The dataset as a ClusterGraph (directed when the reference says so). */
export function loadReferenceGraph(name: DatasetName, file = 'ties.csv'): ClusterGraph {
  const ref = loadReferenceJson(name);
  const directed: boolean = ref.directed;
  const graph: ClusterGraph = directed
    ? new DirectedGraph<MemberAttributes, TieAttributes, ClusterGraphAttributes>({ allowSelfLoops: false })
    : new UndirectedGraph<MemberAttributes, TieAttributes, ClusterGraphAttributes>({ allowSelfLoops: false });
  graph.replaceAttributes({ directed });
  for (const row of readRows(join(REFERENCE_DIR, name, 'members.csv'))) {
    graph.addNode(row.id, {
      name: row.name || row.id,
      type: row.type || null,
      sector: row.sector || null,
      level: row.level || null,
      region: null,
      extra: Object.create(null),
    });
  }
  for (const row of readRows(join(REFERENCE_DIR, name, file))) {
    graph.addEdge(row.source, row.target, {
      weight: Number(row.weight ?? 1),
      kinds: row.kind ? [row.kind] : [],
      orientation: 'unknown',
      since: null,
      until: null,
      rows: 1,
      extra: Object.create(null),
    });
  }
  return graph;
}

export interface LoadedReference {
  name: DatasetName;
  graph: ClusterGraph;
  index: GraphIndex;
  unweighted: GraphIndex;
  ref: ReferenceJson;
}

export function loadReference(name: DatasetName): LoadedReference {
  const graph = loadReferenceGraph(name);
  return {
    name,
    graph,
    index: buildIndex(graph, { weighted: true }),
    unweighted: buildIndex(graph, { weighted: false }),
    ref: loadReferenceJson(name),
  };
}

/**
 * Asserts that per-member values (indexed like `index.ids`; NaN = undefined) match a reference
 * map `{id: number|null}` to `tol` (absolute, or relative for large values).
 */
export function expectNodeValues(
  index: GraphIndex,
  actual: ArrayLike<number | null>,
  expected: Record<string, number | null>,
  tol = 1e-6,
  label = '',
): void {
  const problems: string[] = [];
  for (let i = 0; i < index.n; i++) {
    const id = index.ids[i];
    if (!(id in expected)) {
      problems.push(`${label} ${id}: no reference value`);
      continue;
    }
    const e = expected[id];
    const raw = actual[i];
    const a = raw === null || Number.isNaN(raw) ? null : raw;
    if (e === null || a === null) {
      if (e !== a) problems.push(`${label} ${id}: expected ${e}, got ${a}`);
      continue;
    }
    if (Math.abs(a - e) > tol * Math.max(1, Math.abs(e))) problems.push(`${label} ${id}: expected ${e}, got ${a}`);
  }
  if (problems.length) throw new Error(`${problems.length} mismatches:\n${problems.slice(0, 20).join('\n')}`);
}

export function expectClose(actual: number | null, expected: number | null, tol = 1e-6, label = ''): void {
  if (expected === null || actual === null || Number.isNaN(actual)) {
    const a = actual === null || Number.isNaN(actual) ? null : actual;
    if (a !== expected) throw new Error(`${label}: expected ${expected}, got ${a}`);
    return;
  }
  if (Math.abs(actual - expected) > tol * Math.max(1, Math.abs(expected))) {
    throw new Error(`${label}: expected ${expected}, got ${actual}`);
  }
}
