/**
 * The E-I permutation test on dense graphs (ei-index.ts `permutationValues`): the internal ties of a
 * label permutation counted through the pairs that are NOT tied. Among the t positions with a tie,
 * internal ties = internal pairs − internal untied pairs, and the internal pairs follow from the label
 * counts alone: Σ_g c_g(c_g − 1)/2 (ordered pairs: Σ_g c_g(c_g − 1) when directed). So a permutation
 * costs O(t + untied pairs) instead of O(t + ties): on a complete graph O(t) — the statistic then
 * depends only on the counts. Integer counts: the values are exactly those of the tie pass.
 * Used for the count test only (a weighted test needs the tied pairs' weights) and only when the
 * untied pairs are fewer than half the ties.
 */

/** The untied pairs among positions 0..t−1 as CSR rows (undirected: j > i; directed: every j ≠ i). */
export interface UntiedPairs {
  start: Int32Array;
  other: Int32Array;
  directed: boolean;
}

/**
 * The untied pairs of the tie rows (`rowStart`, `nbr` over positions 0..t−1, each tie once) when they
 * are fewer than half the ties and no pair is tied twice; else null (the tie pass is then as cheap).
 */
export function untiedPairs(rowStart: Int32Array, nbr: Int32Array, t: number, directed: boolean): UntiedPairs | null {
  const m = nbr.length;
  const pairs = directed ? t * (t - 1) : (t * (t - 1)) / 2;
  if (!(pairs - m < m / 2) || t > 46_000) return null;
  // Tied pairs as a bit matrix (t² bits: dense graphs only, so O(ties)).
  const words = Math.ceil(t / 32);
  const bits = new Uint32Array(t * words);
  const mark = (i: number, j: number): boolean => {
    const k = i * words + (j >>> 5);
    const b = 1 << (j & 31);
    if ((bits[k] & b) !== 0) return false;
    bits[k] |= b;
    return true;
  };
  for (let i = 0; i < t; i++) {
    for (let q = rowStart[i], end = rowStart[i + 1]; q < end; q++) {
      const j = nbr[q];
      if (j === i) return null; // a loop is not a pair
      if (!mark(i, j)) return null; // the same pair twice
      if (!directed && !mark(j, i)) return null;
    }
  }
  const start = new Int32Array(t + 1);
  const other = new Int32Array(pairs - m);
  let k = 0;
  for (let i = 0; i < t; i++) {
    start[i] = k;
    for (let j = directed ? 0 : i + 1; j < t; j++) {
      if (j === i) continue;
      if ((bits[i * words + (j >>> 5)] & (1 << (j & 31))) === 0) other[k++] = j;
    }
  }
  start[t] = k;
  return { start, other, directed };
}

/**
 * Internal ties under labels `lab` (positions 0..t−1): internal pairs from the label counts minus the
 * untied internal pairs. `counts` is scratch of one slot per label value.
 */
export function internalTiesFromUntied(untied: UntiedPairs, lab: Int32Array, t: number, counts: Float64Array): number {
  counts.fill(0);
  for (let i = 0; i < t; i++) counts[lab[i]]++;
  let pairs = 0;
  for (let g = 0; g < counts.length; g++) pairs += counts[g] * (counts[g] - 1);
  if (!untied.directed) pairs /= 2;
  const { start, other } = untied;
  let untiedSame = 0;
  for (let i = 0; i < t; i++) {
    const li = lab[i];
    for (let q = start[i], end = start[i + 1]; q < end; q++) untiedSame += ((lab[other[q]] ^ li) - 1) >>> 31;
  }
  return pairs - untiedSame;
}
