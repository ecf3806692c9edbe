/**
 * Comparison of two partitions of the same members (the communities of two waves over the stayers),
 * with the definitions of igraph `compare_communities` (Csardi & Nepusz 2006). With n members, n_ij
 * the members in community i of the first and j of the second, a_i, b_j the community sizes, entropies
 * in natural logarithms:
 * - nmi (Danon, Díaz-Guilera, Duch & Arenas 2005) = 2·I(X;Y) / (H(X) + H(Y)); 1 when both entropies are 0;
 * - vi, variation of information (Meilă 2007) = H(X) + H(Y) − 2·I(X;Y);
 * - rand (Rand 1971) = share of the n(n−1)/2 member pairs on which the partitions agree;
 * - adjustedRand (Hubert & Arabie 1985) = (Σ C(n_ij,2) − E) / (½(Σ C(a_i,2) + Σ C(b_j,2)) − E),
 *   E = Σ C(a_i,2) Σ C(b_j,2) / C(n,2); null when the denominator is 0 (both partitions one community: igraph gives NaN);
 * - splitJoin (van Dongen 2000) = Σ_i (a_i − max_j n_ij) + Σ_j (b_j − max_i n_ij) (igraph returns
 *   this sum from compare_communities and the two terms from split_join_distance).
 * Peer: python-igraph 0.10 `compare_communities(a, b, method=...)`. O(n).
 */

export interface PartitionComparison {
  nmi: number | null;
  vi: number | null;
  rand: number | null;
  adjustedRand: number | null;
  splitJoin: number | null;
}

const choose2 = (k: number): number => (k * (k - 1)) / 2;

/** Compares two labellings of the same n members (labels are any integers). Null for n = 0 (rand and adjustedRand: n < 2). */
export function comparePartitions(a: Int32Array, b: Int32Array): PartitionComparison {
  const n = a.length;
  if (n === 0) return { nmi: null, vi: null, rand: null, adjustedRand: null, splitJoin: null };
  const sizeA = new Map<number, number>();
  const sizeB = new Map<number, number>();
  const cell = new Map<string, number>();
  for (let k = 0; k < n; k++) {
    sizeA.set(a[k], (sizeA.get(a[k]) ?? 0) + 1);
    sizeB.set(b[k], (sizeB.get(b[k]) ?? 0) + 1);
    const key = `${a[k]} ${b[k]}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
  }
  const entropy = (sizes: Map<number, number>): number => {
    let h = 0;
    for (const c of sizes.values()) h -= (c / n) * Math.log(c / n);
    return h;
  };
  const hA = entropy(sizeA);
  const hB = entropy(sizeB);
  let mutual = 0;
  let sumCells = 0;
  const maxRowA = new Map<number, number>();
  const maxColB = new Map<number, number>();
  for (const [key, c] of cell) {
    const sp = key.indexOf(' ');
    const i = Number(key.slice(0, sp));
    const j = Number(key.slice(sp + 1));
    mutual += (c / n) * Math.log((c * n) / (sizeA.get(i)! * sizeB.get(j)!));
    sumCells += choose2(c);
    if (c > (maxRowA.get(i) ?? 0)) maxRowA.set(i, c);
    if (c > (maxColB.get(j) ?? 0)) maxColB.set(j, c);
  }
  let sumA = 0;
  let sumB = 0;
  for (const c of sizeA.values()) sumA += choose2(c);
  for (const c of sizeB.values()) sumB += choose2(c);
  let splitJoin = 0;
  for (const [i, c] of sizeA) splitJoin += c - maxRowA.get(i)!;
  for (const [j, c] of sizeB) splitJoin += c - maxColB.get(j)!;
  const total = choose2(n);
  const expected = total > 0 ? (sumA * sumB) / total : 0;
  const maxIndex = (sumA + sumB) / 2;
  return {
    nmi: hA + hB === 0 ? 1 : (2 * mutual) / (hA + hB),
    vi: Math.max(0, hA + hB - 2 * mutual),
    // Agreements: pairs together in both + pairs apart in both.
    rand: total > 0 ? (total + 2 * sumCells - sumA - sumB) / total : null,
    adjustedRand: total > 0 && maxIndex !== expected ? (sumCells - expected) / (maxIndex - expected) : null,
    splitJoin,
  };
}
