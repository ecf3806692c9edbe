/**
 * Partition helpers of the community detection: the unit-weight index (networkx `weight=None`) and
 * the canonical numbering of a partition.
 */
import type { GraphIndex } from '../../graph/graph-index.js';

/** The index with every tie weight set to 1 (the CSR structure is shared). */
export function unitWeightIndex(index: GraphIndex): GraphIndex {
  if (!index.weighted) {
    // An unweighted index whose arrays hold other weights (e.g. summed reciprocated pairs) is normalised.
    const allOne = (a: Float64Array) => a.every((w) => w === 1);
    if (allOne(index.outWeights) && allOne(index.inWeights) && allOne(index.undWeights)) return index;
  }
  const ones = (a: Float64Array) => new Float64Array(a.length).fill(1);
  const outWeights = ones(index.outWeights);
  const undWeights = index.undWeights === index.outWeights ? outWeights : ones(index.undWeights);
  const inWeights = index.inWeights === index.outWeights ? outWeights : index.inWeights === index.undWeights ? undWeights : ones(index.inWeights);
  return { ...index, weighted: false, outWeights, inWeights, undWeights };
}

/**
 * Renumbers communities: by size descending, then by the lowest member index → 0..k−1.
 * Returns the number of communities.
 */
export function canonicalizeAssignment(assignment: Int32Array): number {
  const n = assignment.length;
  const label = new Map<number, number>();
  const size: number[] = [];
  const first: number[] = [];
  for (let i = 0; i < n; i++) {
    let c = label.get(assignment[i]);
    if (c === undefined) {
      c = size.length;
      label.set(assignment[i], c);
      size.push(0);
      first.push(i);
    }
    size[c]++;
    assignment[i] = c;
  }
  const order = size.map((_, c) => c).sort((a, b) => size[b] - size[a] || first[a] - first[b]);
  const rank = new Int32Array(order.length);
  order.forEach((c, r) => (rank[c] = r));
  for (let i = 0; i < n; i++) assignment[i] = rank[assignment[i]];
  return order.length;
}
