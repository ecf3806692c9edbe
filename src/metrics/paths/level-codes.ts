/**
 * BFS level codes of an exact hop-count pass: for every source s and member t, d(s,t) mod 3 in two
 * bits (3 = not reached), one row of ⌈n/4⌉ bytes per source, written by the all-sources kernel
 * (all-sources.ts) as it goes. In an undirected graph the distances of two neighbours differ by at
 * most one, so the code of a neighbour tells its distance relative to a member whose distance is
 * known: the shortest-path DAG of every source can be walked again later without its BFS. The
 * key-player kernel (../key-player-levels.ts) uses this to evaluate candidates chosen after the pass
 * (they depend on betweenness) with no second all-sources pass.
 *
 * Memory n·⌈n/4⌉ bytes (10,000 members: 25 MB), in shared memory so that the worker threads write
 * their blocks' rows into the same matrix; used only up to {@link LEVEL_CODES_MAX_BYTES}.
 */

/** Largest level-code matrix the analysis allocates (256 MiB: 32,768 members). */
export const LEVEL_CODES_MAX_BYTES = 256 * 1024 * 1024;

/** The code of a member the source does not reach. */
export const UNREACHED = 3;

/** One row per source member (row = member index), `stride` bytes each. */
export interface LevelCodes {
  n: number;
  stride: number;
  bytes: Uint8Array;
}

/** Whether a matrix for `n` members stays within {@link LEVEL_CODES_MAX_BYTES}. */
export function levelCodesFit(n: number): boolean {
  return n * Math.ceil(n / 4) <= LEVEL_CODES_MAX_BYTES;
}

/** A matrix for `n` members in shared memory (every code 3 = not reached). */
export function createLevelCodes(n: number): LevelCodes {
  const stride = Math.max(1, Math.ceil(n / 4));
  const bytes = new Uint8Array(new SharedArrayBuffer(Math.max(1, n * stride)));
  return { n, stride, bytes };
}

/** Writes source s's row from its BFS (`queue[0..reached)`, distances `dist`). */
export function writeLevelRow(codes: LevelCodes, s: number, queue: Int32Array, reached: number, dist: Int32Array): void {
  const bytes = codes.bytes;
  const base = s * codes.stride;
  bytes.fill(0xff, base, base + codes.stride);
  for (let k = 0; k < reached; k++) {
    const t = queue[k];
    const i = base + (t >> 2);
    const shift = (t & 3) << 1;
    bytes[i] = (bytes[i] & ~(3 << shift)) | ((dist[t] % 3) << shift);
  }
}

/** Code of member t in the row starting at byte `base`. */
export function levelCode(bytes: Uint8Array, base: number, t: number): number {
  return (bytes[base + (t >> 2)] >> ((t & 3) << 1)) & 3;
}
