/**
 * Rank correlations of one measure in two waves over the stayers.
 *
 * - Spearman ρ: the Pearson correlation of the ranks, tied values sharing their average rank
 *   (Spearman 1904). Peer: scipy.stats.spearmanr.
 * - Kendall τ_b = (n_c − n_d) / √((n₀ − n₁)(n₀ − n₂)), n₀ = n(n−1)/2, n₁, n₂ the pairs tied in x, in y
 *   (Kendall 1945), by Knight's O(n log n) algorithm (Knight 1966: sort by x then y, count the
 *   discordant pairs as the swaps of a merge sort by y). Peer: scipy.stats.kendalltau (variant "b").
 * Null for fewer than two values or when either measure is constant. Null values are left out pairwise.
 */

/** Average ranks (1-based) of the values, ascending; ties share their average rank. */
export function averageRanks(values: Float64Array): Float64Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]] === values[order[i]]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = r;
    i = j + 1;
  }
  return ranks;
}

function pearson(x: Float64Array, y: Float64Array): number | null {
  const n = x.length;
  if (n < 2) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (!(sxx > 0) || !(syy > 0)) return null;
  return sxy / Math.sqrt(sxx * syy);
}

/** Spearman's ρ of x and y (same length). */
export function spearman(x: Float64Array, y: Float64Array): number | null {
  if (x.length < 2) return null;
  return pearson(averageRanks(x), averageRanks(y));
}

/** Pairs tied within runs of equal values of `a` taken in `order`: Σ t(t−1)/2. */
function tiedPairs(order: Int32Array, a: Float64Array, alsoEqual?: Float64Array): number {
  let total = 0;
  let run = 1;
  for (let k = 1; k <= order.length; k++) {
    const same = k < order.length && a[order[k]] === a[order[k - 1]] && (alsoEqual === undefined || alsoEqual[order[k]] === alsoEqual[order[k - 1]]);
    if (same) run++;
    else {
      total += (run * (run - 1)) / 2;
      run = 1;
    }
  }
  return total;
}

/** Kendall's τ_b of x and y (same length), Knight's algorithm. */
export function kendallTauB(x: Float64Array, y: Float64Array): number | null {
  const n = x.length;
  if (n < 2) return null;
  let order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => x[a] - x[b] || y[a] - y[b]);
  const n0 = (n * (n - 1)) / 2;
  const n1 = tiedPairs(order, x);
  const n3 = tiedPairs(order, x, y); // tied in both
  // Merge sort by y, counting swaps (discordant pairs; pairs tied in x are already sorted by y).
  let swaps = 0;
  let buffer = new Int32Array(n);
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        if (y[order[j]] < y[order[i]]) {
          buffer[k++] = order[j++];
          swaps += mid - i;
        } else buffer[k++] = order[i++];
      }
      while (i < mid) buffer[k++] = order[i++];
      while (j < hi) buffer[k++] = order[j++];
    }
    const t = order;
    order = buffer;
    buffer = t;
  }
  const n2 = tiedPairs(order, y);
  // Concordant − discordant = n0 − n1 − n2 + n3 − 2·swaps.
  const denom = Math.sqrt((n0 - n1) * (n0 - n2));
  if (!(denom > 0)) return null;
  return (n0 - n1 - n2 + n3 - 2 * swaps) / denom;
}
