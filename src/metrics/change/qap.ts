/**
 * QAP test of the binary graph correlation of two waves (Krackhardt 1987, 1988; Hubert 1987): the
 * stayers of one wave are relabelled by a random permutation σ (rows and columns together) and the
 * correlation recomputed; the p-values are the shares of relabellings at least as large (pGreater) and
 * at most as large (pLess) as the observed correlation.
 *
 * Monte Carlo: R seeded permutations (mulberry32, src/graph/random.ts), p = (k + 1) / (R + 1) with k
 * the permutations at or beyond the observed value (Phipson & Smyth 2010: the observed labelling
 * counts as one of the permutations, so p is never 0). R sna `qaptest` reports k / R instead.
 * Exact when s ≤ 8: all s! relabellings (identity included), p = k / s!.
 *
 * Speed: Σx, Σx², Σy, Σy² do not change under a relabelling, so r(σ) is an increasing function of
 * Σxy(σ) = number of ties (u, v) of the smaller wave with (σu, σv) tied in the other wave: the test
 * compares integer counts (no rounding) and costs O(min(m₁, m₂)) hash look-ups per permutation.
 * Peer: R sna `qaptest(list(A, B), gcor, g1 = 1, g2 = 2, reps = R)`.
 */
import { createRng, deriveSeed } from '../../graph/random.js';
import type { StayerTies } from './stayers.js';

export interface QapResult {
  /** Permutations evaluated (s! when exact). */
  permutations: number;
  pGreater: number | null;
  pLess: number | null;
  /** True when every relabelling was enumerated (s ≤ 8). */
  exact: boolean;
}

/** Largest number of stayers whose s! relabellings are enumerated. */
export const QAP_EXACT_MAX_STAYERS = 8;

/**
 * Set of the pairs (u, v) of one wave (stayer indices): open addressing with both ends stored side by
 * side (one cache line per probe), behind a one-hash bit filter of ≥ 16 bits per pair (at most 1 MiB,
 * so it stays in cache): most relabelled pairs are not tied and are turned away by the filter alone.
 */
class PairSet {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly filter: Int32Array;
  private readonly filterMask: number;
  constructor(u: Int32Array, v: Int32Array, count: number) {
    let size = 16;
    while (size < 2 * count) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size).fill(-1);
    let bits = 1024;
    while (bits < 16 * count && bits < 1 << 23) bits *= 2;
    this.filterMask = bits - 1;
    this.filter = new Int32Array(bits >>> 5);
    for (let i = 0; i < count; i++) {
      const h0 = PairSet.hash(u[i], v[i]);
      const f = (h0 >>> 7) & this.filterMask;
      this.filter[f >>> 5] |= 1 << (f & 31);
      let h = h0 & this.mask;
      while (this.slots[2 * h] >= 0) h = (h + 1) & this.mask;
      this.slots[2 * h] = u[i];
      this.slots[2 * h + 1] = v[i];
    }
  }
  static hash(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return h ^ (h >>> 13);
  }
  has(a: number, b: number): boolean {
    const h0 = PairSet.hash(a, b);
    const f = (h0 >>> 7) & this.filterMask;
    if ((this.filter[f >>> 5] & (1 << (f & 31))) === 0) return false;
    let h = h0 & this.mask;
    for (;;) {
      const x = this.slots[2 * h];
      if (x < 0) return false;
      if (x === a && this.slots[2 * h + 1] === b) return true;
      h = (h + 1) & this.mask;
    }
  }
}

/**
 * The QAP test of the binary correlation (see the module comment). Null p-values when the correlation
 * is undefined (a wave without variance). `seed` seeds the relabellings.
 */
export function qapTest(
  before: StayerTies,
  after: StayerTies,
  s: number,
  directed: boolean,
  options: { permutations: number; seed: number; defined: boolean },
): QapResult {
  const exact = s <= QAP_EXACT_MAX_STAYERS;
  if (!options.defined) return { permutations: 0, pGreater: null, pLess: null, exact };
  // Walk the smaller wave, look up in the larger; relabelling either wave gives the same distribution.
  const [walk, look] = before.count <= after.count ? [before, after] : [after, before];
  const set = new PairSet(look.u, look.v, look.count);
  const m = walk.count;
  const wu = walk.u;
  const wv = walk.v;
  const overlap = (sigma: Int32Array): number => {
    let c = 0;
    for (let e = 0; e < m; e++) {
      let a = sigma[wu[e]];
      let b = sigma[wv[e]];
      if (!directed && a > b) {
        const t = a;
        a = b;
        b = t;
      }
      if (set.has(a, b)) c++;
    }
    return c;
  };
  const sigma = new Int32Array(s);
  for (let i = 0; i < s; i++) sigma[i] = i;
  const observed = overlap(sigma);
  let greater = 0;
  let less = 0;
  if (exact) {
    let total = 0;
    forEachPermutation(sigma, () => {
      const c = overlap(sigma);
      if (c >= observed) greater++;
      if (c <= observed) less++;
      total++;
    });
    return { permutations: total, pGreater: greater / total, pLess: less / total, exact: true };
  }
  const R = Math.max(0, Math.trunc(options.permutations));
  if (R === 0) return { permutations: 0, pGreater: null, pLess: null, exact: false };
  const rng = createRng(deriveSeed(options.seed, 0x9a9));
  for (let r = 0; r < R; r++) {
    for (let i = s - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      const t = sigma[i];
      sigma[i] = sigma[j];
      sigma[j] = t;
    }
    const c = overlap(sigma);
    if (c >= observed) greater++;
    if (c <= observed) less++;
  }
  return { permutations: R, pGreater: (greater + 1) / (R + 1), pLess: (less + 1) / (R + 1), exact: false };
}

/** Calls `visit` once per permutation of `a` (Heap's algorithm, iterative), the identity first; `a` ends permuted. */
export function forEachPermutation(a: Int32Array, visit: () => void): void {
  const n = a.length;
  const c = new Int32Array(n);
  visit();
  let i = 1;
  while (i < n) {
    if (c[i] < i) {
      const j = i % 2 === 0 ? 0 : c[i];
      const t = a[j];
      a[j] = a[i];
      a[i] = t;
      visit();
      c[i]++;
      i = 1;
    } else {
      c[i] = 0;
      i++;
    }
  }
}
