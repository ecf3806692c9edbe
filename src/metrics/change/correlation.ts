/**
 * Graph correlation of two waves over the pairs of stayers: the Pearson correlation of the two
 * adjacency matrices as vectors over the P off-diagonal pairs (undirected: each unordered pair once;
 * directed: each ordered pair), r = (P·Σxy − Σx·Σy) / √((P·Σx² − (Σx)²)(P·Σy² − (Σy)²)).
 * Binary: x, y ∈ {0, 1} (tied or not); valued: the tie weights (0 when not tied).
 * Peer: R sna `gcor(list(A, B), mode = "graph" | "digraph", diag = FALSE)` (Butts 2008; Krackhardt
 * 1987). Every sum comes from the tie lists (the absent pairs add nothing), so the cost is O(m₁ + m₂)
 * rather than O(s²). Null when a wave has no variance (no tie, or every pair tied).
 */
import { walkPairs, type StayerTies } from './stayers.js';

/** The sums behind the correlation: Σx, Σx², Σy, Σy², Σxy over the pairs. */
export interface CorrelationSums {
  pairs: number;
  sx: number;
  sxx: number;
  sy: number;
  syy: number;
  sxy: number;
}

export function correlationSums(before: StayerTies, after: StayerTies, pairs: number, valued: boolean): CorrelationSums {
  const sums = { pairs, sx: 0, sxx: 0, sy: 0, syy: 0, sxy: 0 };
  walkPairs(before, after, (i, j) => {
    const x = i < 0 ? 0 : valued ? before.weight[i] : 1;
    const y = j < 0 ? 0 : valued ? after.weight[j] : 1;
    sums.sx += x;
    sums.sxx += x * x;
    sums.sy += y;
    sums.syy += y * y;
    sums.sxy += x * y;
  });
  return sums;
}

/** Pearson r from the sums with Σxy replaced by `sxy` (the QAP test varies only Σxy). */
export function pearsonFromSums(c: CorrelationSums, sxy: number = c.sxy): number | null {
  const P = c.pairs;
  const vx = P * c.sxx - c.sx * c.sx;
  const vy = P * c.syy - c.sy * c.sy;
  if (!(vx > 0) || !(vy > 0)) return null;
  return (P * sxy - c.sx * c.sy) / Math.sqrt(vx * vy);
}

/** Graph correlation (binary or valued) of two waves over the pairs of stayers. */
export function graphCorrelation(before: StayerTies, after: StayerTies, pairs: number, valued: boolean): number | null {
  return pearsonFromSums(correlationSums(before, after, pairs, valued));
}
