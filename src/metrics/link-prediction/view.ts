/**
 * The view every link-prediction score runs on: the undirected, unweighted, simple graph of the
 * index (a tie in either direction is one neighbour; weights and reciprocity are ignored), as the
 * networkx `link_prediction` functions read a `Graph`. Rows are the index's `und*` CSR rows, sorted by
 * member index, so every enumeration is deterministic.
 */
import type { GraphIndex } from '../../graph/graph-index.js';

export interface LinkView {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  /** Number of neighbours of each member. */
  readonly degree: Int32Array;
}

/** The undirected unweighted simple view of an index (shares its CSR arrays). */
export function linkView(index: GraphIndex): LinkView {
  const n = index.n;
  const offsets = index.undOffsets;
  const degree = new Int32Array(n);
  for (let v = 0; v < n; v++) degree[v] = offsets[v + 1] - offsets[v];
  return { n, offsets, targets: index.undTargets, degree };
}

/** Whether u and v are neighbours (binary search in the shorter sorted row). */
export function adjacent(view: LinkView, u: number, v: number): boolean {
  const { offsets, targets } = view;
  let a = u;
  let b = v;
  if (view.degree[a] > view.degree[b]) {
    a = v;
    b = u;
  }
  let lo = offsets[a];
  let hi = offsets[a + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const t = targets[mid];
    if (t === b) return true;
    if (t < b) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** The common neighbours of u and v in index order (merge of the two sorted rows). */
export function commonNeighbourList(view: LinkView, u: number, v: number): number[] {
  const { offsets, targets } = view;
  const out: number[] = [];
  let p = offsets[u];
  let q = offsets[v];
  const pe = offsets[u + 1];
  const qe = offsets[v + 1];
  while (p < pe && q < qe) {
    const a = targets[p];
    const b = targets[q];
    if (a === b) {
      out.push(a);
      p++;
      q++;
    } else if (a < b) p++;
    else q++;
  }
  return out;
}
