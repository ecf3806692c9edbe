/**
 * Degree-preserving rewiring by double edge swaps (Maslov & Sneppen 2002, Science 296:910), with the
 * semantics of networkx 2.8 `double_edge_swap`: pick two ties u–v and x–y (each tie with one of its
 * two orientations, uniformly: networkx draws u and x with probability ∝ degree and v, y uniformly
 * among their neighbours, which is the same distribution), replace them by u–x and v–y, and reject
 * the swap when it would make a self-loop (u = x or v = y) or a tie that already exists (x ∈ N(u) or
 * y ∈ N(v)). Every member keeps its degree. Runs on the undirected simple view (direction, weights
 * and reciprocity dropped).
 *
 * In-house because no graphology package rewires a graph; the state is typed arrays: the tie list,
 * fixed-length neighbour rows (degrees never change, so a swap overwrites four row entries in place)
 * and an open-addressing pair set (linear probing, backward-shift deletion) for the O(1) tie test.
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import { randomInt, type Rng } from '../../graph/random.js';

/** The undirected simple view as a tie list: tie e joins `a[e]` and `b[e]` (a < b). */
export interface TieList {
  n: number;
  a: Int32Array;
  b: Int32Array;
}

/** The ties of the undirected simple view of `index`, each once (lower index first), in row order. */
export function simpleTies(index: GraphIndex): TieList {
  const { n, undOffsets, undTargets } = index;
  let m = 0;
  for (let v = 0; v < n; v++) for (let p = undOffsets[v]; p < undOffsets[v + 1]; p++) if (undTargets[p] > v) m++;
  const a = new Int32Array(m);
  const b = new Int32Array(m);
  let e = 0;
  for (let v = 0; v < n; v++) {
    for (let p = undOffsets[v]; p < undOffsets[v + 1]; p++) {
      const u = undTargets[p];
      if (u > v) {
        a[e] = v;
        b[e++] = u;
      }
    }
  }
  return { n, a, b };
}

/** Outcome of one rewiring: swaps tried and swaps done. */
export interface SwapCount {
  attempts: number;
  swaps: number;
}

/** An open-addressing set of unordered pairs {u, v} (linear probing, backward-shift deletion). */
class PairSet {
  private readonly lo: Int32Array;
  private readonly hi: Int32Array;
  private readonly mask: number;

  constructor(capacity: number) {
    let size = 16;
    while (size < 4 * capacity) size *= 2;
    this.lo = new Int32Array(size).fill(-1);
    this.hi = new Int32Array(size);
    this.mask = size - 1;
  }

  private slot(u: number, v: number): number {
    let h = Math.imul(u, 0x9e3779b1) ^ Math.imul(v + 0x7f4a7c15, 0x85ebca6b);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 12;
    return h & this.mask;
  }

  has(x: number, y: number): boolean {
    const u = x < y ? x : y;
    const v = x < y ? y : x;
    for (let s = this.slot(u, v); ; s = (s + 1) & this.mask) {
      const l = this.lo[s];
      if (l === -1) return false;
      if (l === u && this.hi[s] === v) return true;
    }
  }

  add(x: number, y: number): void {
    const u = x < y ? x : y;
    const v = x < y ? y : x;
    let s = this.slot(u, v);
    while (this.lo[s] !== -1) s = (s + 1) & this.mask;
    this.lo[s] = u;
    this.hi[s] = v;
  }

  delete(x: number, y: number): void {
    const u = x < y ? x : y;
    const v = x < y ? y : x;
    let s = this.slot(u, v);
    while (!(this.lo[s] === u && this.hi[s] === v)) s = (s + 1) & this.mask;
    // Backward shift: move later entries of the probe run into the hole when their home allows it.
    let hole = s;
    for (let t = (s + 1) & this.mask; this.lo[t] !== -1; t = (t + 1) & this.mask) {
      const home = this.slot(this.lo[t], this.hi[t]);
      const between = hole <= t ? home > hole && home <= t : home > hole || home <= t;
      if (!between) {
        this.lo[hole] = this.lo[t];
        this.hi[hole] = this.hi[t];
        hole = t;
      }
    }
    this.lo[hole] = -1;
  }
}

/**
 * Rewires a copy of `ties` by double edge swaps until `nswap` swaps are done or `maxAttempts` swaps
 * have been tried (networkx's `max_tries`; a graph where no swap is possible, e.g. a complete graph
 * or a star, stops there). Returns the rewired tie list (same degrees) and the counts. Seeded: the
 * same `rng` stream gives the same graph.
 */
export function doubleEdgeSwaps(ties: TieList, nswap: number, maxAttempts: number, rng: Rng): { ties: TieList; count: SwapCount } {
  const m = ties.a.length;
  const a = Int32Array.from(ties.a);
  const b = Int32Array.from(ties.b);
  const out: TieList = { n: ties.n, a, b };
  if (m < 2 || nswap <= 0) return { ties: out, count: { attempts: 0, swaps: 0 } };
  const set = new PairSet(m);
  for (let e = 0; e < m; e++) set.add(a[e], b[e]);
  let attempts = 0;
  let swaps = 0;
  while (swaps < nswap && attempts < maxAttempts) {
    attempts++;
    // Tie i seen as u–v and tie j as x–y, each orientation with probability 1/2.
    const i = randomInt(rng, m);
    const j = randomInt(rng, m);
    const fi = rng() < 0.5;
    const fj = rng() < 0.5;
    const u = fi ? a[i] : b[i];
    const v = fi ? b[i] : a[i];
    const x = fj ? a[j] : b[j];
    const y = fj ? b[j] : a[j];
    if (u === x || v === y) continue; // self-loop (also i = j with the same orientation)
    if (set.has(u, x) || set.has(v, y)) continue; // would double a tie (also i = j reversed)
    set.delete(u, v);
    set.delete(x, y);
    set.add(u, x);
    set.add(v, y);
    a[i] = u < x ? u : x;
    b[i] = u < x ? x : u;
    a[j] = v < y ? v : y;
    b[j] = v < y ? y : v;
    swaps++;
  }
  return { ties: out, count: { attempts, swaps } };
}
