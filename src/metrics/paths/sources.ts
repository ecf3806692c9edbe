/**
 * The sources of an all-sources pass: every member, or seeded pivots (the sampling option
 * `{ pivots, seed }` of the path measures), cut into fixed contiguous blocks. Kept apart from the
 * kernels so that betweenness.ts (the Brandes step the kernels call) can use them too.
 */
import { createRng, deriveSeed } from '../../graph/random.js';

/** Number of blocks the sources are cut into (fixed; results never depend on the thread count). */
export const SOURCE_BLOCKS = 16;

/** Sampling of a path measure: `pivots` seeded sources instead of every member (networkx's `k`). */
export interface PivotOptions {
  /** Number of pivot sources (sampled estimate); absent or ≥ n: exact, every member a source. */
  pivots?: number;
  /** Seed of the pivot draw (default 42, the analysis default). */
  seed?: number;
}

/** Seeded sample of `k` distinct members of 0..n−1 (partial Fisher–Yates), in draw order. */
export function samplePivots(n: number, k: number, seed: number): Int32Array {
  const rng = createRng(deriveSeed(seed, 0x5a3));
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const take = Math.min(k, n);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(rng() * (n - i));
    const t = pool[i];
    pool[i] = pool[j];
    pool[j] = t;
  }
  return pool.slice(0, take);
}

/** The pivots a {@link PivotOptions} asks for, in draw order; null = exact (every member). */
export function pivotsOf(n: number, options: PivotOptions): Int32Array | null {
  if (options.pivots === undefined) return null;
  const k = Math.trunc(options.pivots);
  if (!(k >= 1)) throw new RangeError(`pivots must be a positive integer, got ${options.pivots}`);
  return k >= n ? null : samplePivots(n, k, options.seed ?? 42);
}

/** The sources of the pass: every member (pivots null), else the pivots in index order. */
export function passSources(n: number, pivots: Int32Array | null): Int32Array {
  if (pivots !== null) return Int32Array.from(pivots).sort();
  const sources = new Int32Array(n);
  for (let v = 0; v < n; v++) sources[v] = v;
  return sources;
}

/** `sources` cut into {@link SOURCE_BLOCKS} contiguous blocks (fewer when there are fewer sources). */
export function sourceBlocks(sources: Int32Array): Int32Array[] {
  const nb = Math.max(1, Math.min(SOURCE_BLOCKS, sources.length));
  const out: Int32Array[] = [];
  for (let b = 0; b < nb; b++) out.push(sources.subarray(Math.floor((b * sources.length) / nb), Math.floor(((b + 1) * sources.length) / nb)));
  return out;
}

