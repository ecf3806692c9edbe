/**
 * Seeded pseudo-random numbers. Every random step of cluster-graph takes its generator from here,
 * so the same seed gives the same numbers on every machine and Node version.
 *
 * Generator: mulberry32 (Tommy Ettinger, public domain): a 32-bit state, period 2^32, passes
 * gjrand/PractRand for the stream lengths used here. Written in-house because it is 10 lines and
 * npm's seedable generators are larger dependencies for the same thing.
 */
export type Rng = () => number;

/** A generator of floats in [0, 1) from an integer seed. */
export function createRng(seed: number): Rng {
  let state = (Math.trunc(seed) >>> 0) ^ 0x9e3779b9;
  return function mulberry32(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, bound). */
export function randomInt(rng: Rng, bound: number): number {
  return Math.floor(rng() * bound);
}

/** Fisher–Yates shuffle in place. */
export function shuffleInPlace<T extends { length: number; [i: number]: unknown }>(rng: Rng, array: T): T {
  for (let i = array.length - 1; i > 0; i--) {
    const j = randomInt(rng, i + 1);
    const tmp = array[i];
    array[i] = array[j];
    array[j] = tmp;
  }
  return array;
}

/** A seed for the k-th independent stream derived from a base seed (restarts, workers). */
export function deriveSeed(seed: number, k: number): number {
  let h = (Math.trunc(seed) ^ Math.imul(k + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}
