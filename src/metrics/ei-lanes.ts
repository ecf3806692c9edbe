/**
 * The E-I permutation test's tie pass for several permutations at once (ei-index.ts
 * `permutationValues`): the labels of up to 8 consecutive permutations packed into one 32-bit word per
 * position (4 bits each when every label is below 16, 8 bits each below 256), and one pass over the
 * ties compares all of them with SIMD-within-a-register arithmetic: x = word_i XOR word_j has a zero
 * lane exactly where the two labels agree; ((x & 0x77…) + 0x77…) | x sets the top bit of every
 * non-zero lane, so the complement marks the equal ones, which are added up lane by lane in byte
 * counters (flushed before they can overflow). Each permutation's count of internal ties is the
 * integer the scalar pass finds, so the values are identical; the pass costs about one scalar tie
 * comparison per tie for 8 (or 4) permutations.
 */

/** Lanes per word for labels 0..labelValues−1: 8 (4-bit), 4 (8-bit) or 0 (no packing). */
export function laneCount(labelValues: number): number {
  return labelValues <= 16 ? 8 : labelValues <= 256 ? 4 : 0;
}

/** Writes `lab[0..t)` into lane `lane` of `packed` (lanes of 32/`lanes` bits). */
export function packLane(packed: Int32Array, lab: Int32Array, t: number, lane: number, lanes: number): void {
  const bits = 32 / lanes;
  const shift = lane * bits;
  const keep = ~(((1 << bits) - 1) << shift);
  for (let i = 0; i < t; i++) packed[i] = (packed[i] & keep) | (lab[i] << shift);
}

/** Ties flushed per byte counter: at most 255 increments before a counter could overflow. */
const FLUSH = 255;

/**
 * Internal ties per lane: `same[l]` = number of ties (CSR rows `rowStart`/`nbr` over positions
 * 0..t−1) whose two ends carry equal labels in lane l. All lanes are counted; unused ones are ignored
 * by the caller.
 */
export function internalTiesPerLane(packed: Int32Array, rowStart: Int32Array, nbr: Int32Array, t: number, lanes: number, same: Float64Array): void {
  same.fill(0);
  const nibbles = lanes === 8;
  const low = nibbles ? 0x77777777 : 0x7f7f7f7f;
  const top = nibbles ? 0x88888888 | 0 : 0x80808080 | 0;
  // Byte counters: 4-bit lanes 0,2,4,6 in accA (bits 3,11,19,27 → bytes), lanes 1,3,5,7 in accB.
  let accA = 0;
  let accB = 0;
  let pending = 0;
  const flush = (): void => {
    if (nibbles) {
      same[0] += accA & 0xff;
      same[2] += (accA >>> 8) & 0xff;
      same[4] += (accA >>> 16) & 0xff;
      same[6] += accA >>> 24;
      same[1] += accB & 0xff;
      same[3] += (accB >>> 8) & 0xff;
      same[5] += (accB >>> 16) & 0xff;
      same[7] += accB >>> 24;
    } else {
      same[0] += accA & 0xff;
      same[1] += (accA >>> 8) & 0xff;
      same[2] += (accA >>> 16) & 0xff;
      same[3] += accA >>> 24;
    }
    accA = 0;
    accB = 0;
    pending = 0;
  };
  for (let i = 0; i < t; i++) {
    const wi = packed[i];
    let q = rowStart[i];
    const end = rowStart[i + 1];
    while (q < end) {
      const stop = Math.min(end, q + (FLUSH - pending));
      pending += stop - q;
      if (nibbles) {
        for (; q < stop; q++) {
          const x = packed[nbr[q]] ^ wi;
          const eq = ~(((x & low) + low) | x) & top;
          accA += (eq >>> 3) & 0x01010101;
          accB += (eq >>> 7) & 0x01010101;
        }
      } else {
        for (; q < stop; q++) {
          const x = packed[nbr[q]] ^ wi;
          accA += (~(((x & low) + low) | x) & top) >>> 7;
        }
      }
      if (pending === FLUSH) flush();
    }
  }
  flush();
}
