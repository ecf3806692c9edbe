/**
 * Krackhardt–Stern E-I index at network, group and member level, its attainable range and structural
 * baseline, and a UCINET-style permutation test.
 *
 * Krackhardt, D. & Stern, R. N. (1988). Informal networks and organizational crises: an experimental
 * simulation. Social Psychology Quarterly 51(2), 123–140. Range and permutation test as in UCINET 6
 * (Borgatti, Everett & Freeman 2002: Network > Cohesion > E-I Index).
 *
 * Members with a missing group (−1) are left out: their ties count neither as E nor as I, they take no
 * part in group sizes, range or baseline, and their own member value is NaN.
 */
import type { GraphIndex } from '../graph/graph-index.js';
import { checkGroups, tieArrays, type TieArrays } from './mixing.js';
import { internalTiesFromUntied, untiedPairs, type UntiedPairs } from './ei-dense.js';
import { internalTiesPerLane, laneCount, packLane } from './ei-lanes.js';

export interface EiOptions {
  /** Run the permutation test on the weighted network E-I (default false: tie counts, as UCINET). */
  weighted?: boolean;
  /** Number of label permutations (default 10,000; 0 = no test). */
  permutations?: number;
  /** Seed of the permutation stream (default 42). */
  seed?: number;
  /**
   * The permuted E-I values when already computed with {@link permutationValues} on
   * {@link eiPermutationSetup} (e.g. split across worker threads); must hold `permutations` values.
   */
  values?: Float64Array;
  /** The ties of the index from {@link tieArrays}, when the caller already has them (else computed). */
  ties?: TieArrays;
}

export interface EiGroupValue {
  group: string;
  /** Members in the group. */
  size: number;
  /** Ties with exactly one end in the group. */
  E: number;
  /** Ties with both ends in the group, counted once. */
  I: number;
  /** (E − I)/(E + I); NaN when the group has no ties. */
  EI: number;
  E_weighted: number;
  I_weighted: number;
  EI_weighted: number;
  /** (E − 2I)/(E + 2I): the sum of the members' own E and I (internal ties seen from both ends). */
  EI_member_sum: number;
  /** Weighted (E_w − 2I_w)/(E_w + 2I_w). */
  EI_member_sum_weighted: number;
}

export interface EiPermutationTest {
  permutations: number;
  seed: number;
  /** Whether the test permuted the weighted E-I (else the count E-I). */
  weighted: boolean;
  /** The observed network E-I the test is about. */
  observed: number;
  /** Mean, standard deviation (population), min and max of the permuted E-I values. */
  mean: number;
  sd: number;
  min: number;
  max: number;
  /** Share of permutations with E-I ≥ observed (UCINET "P >= Ob"): small = more external ties than chance. */
  pGreaterEqual: number;
  /** Share of permutations with E-I ≤ observed (UCINET "P <= Ob"): small = more internal ties than chance (homophily). */
  pLessEqual: number;
  /**
   * Share of permutations with |E-I − baseline| ≥ |observed − baseline|. The structural baseline is the
   * exact mean of the permutation distribution (count and weighted E-I alike), so this is the two-sided
   * test around the expected value; it is stabler than centring on the sampled mean.
   */
  pTwoSided: number;
}

export interface EiResult {
  directed: boolean;
  /** Members with a known group. */
  members: number;
  /** Ties between members with a known group (undirected ties once, arcs once). */
  ties: number;
  E: number;
  I: number;
  /** Network E-I = (E − I)/(E + I); NaN without ties. */
  EI: number;
  E_weighted: number;
  I_weighted: number;
  EI_weighted: number;
  /** Per group, in `groupNames` order. */
  groups: EiGroupValue[];
  /**
   * Per member (indexed like `index.ids`): E, I = the member's own ties (in + out for arcs) to other / to
   * its own group; EI = (E − I)/(E + I). NaN where the member has no tie to a member with a known group
   * (isolates) or its own group is missing.
   */
  member: {
    E: Float64Array;
    I: Float64Array;
    EI: Float64Array;
    E_weighted: Float64Array;
    I_weighted: Float64Array;
    EI_weighted: Float64Array;
  };
  /** Attainable [min, max] of the count E-I given group sizes and the number of ties. NaN without ties. */
  range: [number, number];
  /** Structural baseline (P_ext − P_int)/(P_ext + P_int): the E-I of random ties. NaN with < 2 members. */
  baseline: number;
  /** Internal and external member pairs used by range and baseline (ordered pairs when directed). */
  pairs: { internal: number; external: number };
  /** Null when `permutations` is 0 or there are no ties. */
  permutation: EiPermutationTest | null;
}

const ei = (e: number, i: number): number => (e + i > 0 ? (e - i) / (e + i) : NaN);

/**
 * The E-I index (Krackhardt & Stern 1988): (E − I)/(E + I), E = ties between groups, I = ties within.
 * −1: every tie stays inside its group; +1: every tie crosses groups.
 *
 * - Network: each undirected tie counts once; on a directed graph each arc is a tie (a reciprocated pair
 *   counts twice). Weighted variant: sums of tie weights (the index's weights) instead of counts.
 * - Group g: E_g = ties with exactly one end in g, I_g = ties with both ends in g counted once;
 *   `EI_member_sum` = (E_g − 2I_g)/(E_g + 2I_g) sums the members' individual counts instead (UCINET group
 *   tables may use either).
 * - Member v: E_v, I_v over v's own ties (in + out for arcs).
 * - Range (UCINET): with L ties, P_int within-group and P_ext between-group member pairs (ordered pairs
 *   when directed), E_max = min(L, P_ext), E_min = max(0, L − P_int); range =
 *   [(2E_min − L)/L, (2E_max − L)/L]. Baseline: (P_ext − P_int)/(P_ext + P_int), the expected E-I of ties
 *   placed at random. Both use tie counts.
 * - Permutation test (UCINET): group labels are shuffled among the members with a known group (seeded
 *   Fisher–Yates from src/graph/random.ts), the network E-I recomputed each time; p-values are plain shares
 *   of the permutations (observed not added): ≥ observed, ≤ observed (UCINET's "P >= Ob" and "P <= Ob"), and
 *   two-sided on the distance from the baseline, which is the exact mean of the permutation distribution
 *   (a tie joins two distinct members, whose shuffled labels differ with probability P_ext/(P_ext + P_int)). Values are compared with a 1e-12 relative tolerance. O(permutations · (n + m)).
 *
 * Matches the reference `ei_index` sections (own implementation; UCINET's definitions). Weights: only
 * the `_weighted` values use them.
 */
export function eiIndex(
  index: GraphIndex,
  groups: Int32Array,
  groupNames: readonly string[],
  { weighted = false, permutations = 10000, seed = 42, values, ties = tieArrays(index) }: EiOptions = {},
): EiResult {
  checkGroups(index, groups, groupNames);
  const n = index.n;
  const k = groupNames.length;
  const { src, dst, w } = ties;

  let E = 0, I = 0, Ew = 0, Iw = 0;
  const gE = new Float64Array(k), gI = new Float64Array(k), gEw = new Float64Array(k), gIw = new Float64Array(k);
  const mE = new Float64Array(n), mI = new Float64Array(n), mEw = new Float64Array(n), mIw = new Float64Array(n);
  for (let e = 0; e < src.length; e++) {
    const s = src[e], t = dst[e];
    const g = groups[s], h = groups[t];
    if (g < 0 || h < 0) continue;
    const x = w[e];
    if (g === h) {
      I++; Iw += x;
      gI[g]++; gIw[g] += x;
      mI[s]++; mI[t]++; mIw[s] += x; mIw[t] += x;
    } else {
      E++; Ew += x;
      gE[g]++; gE[h]++; gEw[g] += x; gEw[h] += x;
      mE[s]++; mE[t]++; mEw[s] += x; mEw[t] += x;
    }
  }

  // Members with a known group, per group.
  const sizes = new Float64Array(k);
  let nk = 0;
  for (let v = 0; v < n; v++) {
    if (groups[v] < 0) continue;
    sizes[groups[v]]++;
    nk++;
  }
  const groupValues: EiGroupValue[] = [];
  for (let g = 0; g < k; g++) {
    groupValues.push({
      group: groupNames[g],
      size: sizes[g],
      E: gE[g],
      I: gI[g],
      EI: ei(gE[g], gI[g]),
      E_weighted: gEw[g],
      I_weighted: gIw[g],
      EI_weighted: ei(gEw[g], gIw[g]),
      EI_member_sum: ei(gE[g], 2 * gI[g]),
      EI_member_sum_weighted: ei(gEw[g], 2 * gIw[g]),
    });
  }

  const mEI = new Float64Array(n), mEIw = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (groups[v] < 0) {
      mE[v] = mI[v] = mEw[v] = mIw[v] = NaN;
      mEI[v] = mEIw[v] = NaN;
      continue;
    }
    mEI[v] = ei(mE[v], mI[v]);
    mEIw[v] = ei(mEw[v], mIw[v]);
  }

  // Range and baseline from member pairs.
  let pInt = 0;
  for (let g = 0; g < k; g++) pInt += (sizes[g] * (sizes[g] - 1)) / (index.directed ? 1 : 2);
  const pAll = (nk * (nk - 1)) / (index.directed ? 1 : 2);
  const pExt = pAll - pInt;
  const L = E + I;
  let range: [number, number] = [NaN, NaN];
  if (L > 0) {
    const eMax = Math.min(L, pExt);
    const eMin = Math.max(0, L - pInt);
    range = [(2 * eMin - L) / L, (2 * eMax - L) / L];
  }
  const baseline = pAll > 0 ? (pExt - pInt) / pAll : NaN;

  let permutation: EiPermutationTest | null = null;
  if (permutations > 0 && L > 0) {
    if (values !== undefined && values.length !== permutations) throw new RangeError(`eiIndex: ${values.length} permutation values for ${permutations} permutations`);
    // Given values need no set-up; else L > 0 means there is an eligible tie, so a set-up.
    const permuted = values ?? permutationValues(buildSetup(ties, groups, weighted, seed, index.directed)!, 0, permutations);
    permutation = permutationTest(permuted, weighted ? ei(Ew, Iw) : ei(E, I), baseline, weighted, permutations, seed);
  }

  return {
    directed: index.directed,
    members: nk,
    ties: L,
    E, I, EI: ei(E, I),
    E_weighted: Ew, I_weighted: Iw, EI_weighted: ei(Ew, Iw),
    groups: groupValues,
    member: { E: mE, I: mI, EI: mEI, E_weighted: mEw, I_weighted: mIw, EI_weighted: mEIw },
    range,
    baseline,
    pairs: { internal: pInt, external: pExt },
    permutation,
  };
}

/** Everything the permutation loop needs, as plain typed arrays (a worker can run it). */
export interface PermutationSetup {
  /** CSR rows over positions 0..t−1 (members with an eligible tie first). */
  rowStart: Int32Array;
  nbr: Int32Array;
  /** Tie weights parallel to `nbr` for a weighted test; empty for a count test (not needed). */
  nw: Float64Array;
  /** Initial labels by position (all K members with a known group). */
  labels: Int32Array;
  t: number;
  K: number;
  draws: number;
  seed: number;
  weighted: boolean;
  /** Number (or total weight) of the eligible ties. */
  total: number;
  /** Count test on a dense graph: the untied pairs among positions 0..t−1 (ei-dense.ts), else null. */
  untied: UntiedPairs | null;
}

/**
 * The permutation set-up of {@link eiIndex} for `groups` (null when no test would run: no eligible
 * tie). Pair it with {@link permutationValues} and pass the values back as `values`. `ties`: the ties of
 * the index from {@link tieArrays}, when the caller already has them.
 */
export function eiPermutationSetup(
  index: GraphIndex,
  groups: Int32Array,
  groupNames: readonly string[],
  { weighted = false, seed = 42, ties = tieArrays(index) }: { weighted?: boolean; seed?: number; ties?: TieArrays } = {},
): PermutationSetup | null {
  checkGroups(index, groups, groupNames);
  return buildSetup(ties, groups, weighted, seed, index.directed);
}

/**
 * The set-up over the eligible ties (both ends with a known group), null when there is none.
 * Members with a known group are laid out in index order, those with an eligible tie first
 * (positions 0..t−1), the others after them; the eligible ties become CSR rows over positions, in
 * tie order within a row.
 */
function buildSetup(ties: TieArrays, groups: Int32Array, weighted: boolean, seed: number, directed: boolean): PermutationSetup | null {
  const { src, dst, w } = ties;
  const all = src.length;
  const n = groups.length;
  const eligible = new Uint8Array(all);
  const hasTie = new Uint8Array(n);
  let m = 0;
  for (let e = 0; e < all; e++) {
    const s = src[e], d = dst[e];
    if (groups[s] < 0 || groups[d] < 0) continue;
    eligible[e] = 1;
    hasTie[s] = hasTie[d] = 1;
    m++;
  }
  if (m === 0) return null;
  let K = 0, t = 0;
  for (let v = 0; v < n; v++) {
    if (groups[v] < 0) continue;
    K++;
    t += hasTie[v];
  }
  const pos = new Int32Array(n);
  const labels = new Int32Array(K);
  for (let v = 0, first = 0, rest = t; v < n; v++) {
    if (groups[v] < 0) continue;
    const i = hasTie[v] === 1 ? first++ : rest++;
    pos[v] = i;
    labels[i] = groups[v];
  }
  const rowStart = new Int32Array(t + 1);
  for (let e = 0; e < all; e++) if (eligible[e] === 1) rowStart[pos[src[e]] + 1]++;
  for (let i = 0; i < t; i++) rowStart[i + 1] += rowStart[i];
  const fill = rowStart.slice(0, t);
  const nbr = new Int32Array(m);
  const nw = new Float64Array(weighted ? m : 0);
  let total = 0;
  for (let e = 0; e < all; e++) {
    if (eligible[e] === 0) continue;
    const q = fill[pos[src[e]]]++;
    nbr[q] = pos[dst[e]];
    if (weighted) {
      nw[q] = w[e];
      total += w[e];
    }
  }
  if (!weighted) total = m;
  const untied = weighted ? null : untiedPairs(rowStart, nbr, t, directed);
  return { rowStart, nbr, nw, labels, t, K, draws: Math.min(t, K - 1), seed, weighted, total, untied };
}

/**
 * The permuted network E-I values of permutations from..to−1 (a contiguous part of the seeded
 * stream). Each permutation is a partial Fisher–Yates shuffle of the label pool (continuing from the
 * previous one) that fills positions 0..t−1 with a uniform draw without replacement (labels of
 * tie-less members never matter), then one pass over the ties counts the internal ones: O(t + m) —
 * or, on a dense graph, the internal pairs from the label counts minus the untied internal pairs
 * (ei-dense.ts): O(t + untied pairs), the same integer.
 * Permutations before `from` are replayed (shuffles only, no tie pass), so any split of 0..P gives
 * exactly the values of one sequential run.
 */
export function permutationValues(setup: PermutationSetup, from: number, to: number): Float64Array {
  const { rowStart, nbr, nw, t, K, draws, weighted, total, untied } = setup;
  const lab = Int32Array.from(setup.labels);
  let labelValues = 0;
  for (let i = 0; i < K; i++) if (lab[i] + 1 > labelValues) labelValues = lab[i] + 1;
  const counts = new Float64Array(labelValues);
  // Every labelled member has a tie and every pair is tied (a complete graph): the internal ties,
  // a function of the label counts alone, are the same under every permutation — no shuffle needed.
  if (untied !== null && untied.other.length === 0 && t === K) {
    const same = internalTiesFromUntied(untied, lab, t, counts);
    return new Float64Array(Math.max(0, to - from)).fill(total > 0 ? (total - 2 * same) / total : NaN);
  }
  const values = new Float64Array(Math.max(0, to - from));
  // The generator of src/graph/random.ts (mulberry32, seeded as createRng) inlined in the shuffle:
  // the same numbers without a closure call per draw (tests/scale/permutations.test.ts checks it).
  let state = (Math.trunc(setup.seed) >>> 0) ^ 0x9e3779b9;
  // Count test over the ties: several permutations per tie pass when the labels are small.
  const lanes = !weighted && untied === null ? laneCount(labelValues) : 0;
  const packed = lanes > 0 ? new Int32Array(t) : null;
  const laneSame = lanes > 0 ? new Float64Array(lanes) : null;
  let waiting = 0;
  for (let p = 0; p < to; p++) {
    for (let i = 0; i < draws; i++) {
      state = (state + 0x6d2b79f5) >>> 0;
      let r = state;
      r = Math.imul(r ^ (r >>> 15), r | 1);
      r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
      const j = i + Math.floor((((r ^ (r >>> 14)) >>> 0) / 4294967296) * (K - i));
      const tmp = lab[i];
      lab[i] = lab[j];
      lab[j] = tmp;
    }
    if (p < from) continue; // replayed: only the shuffle matters
    if (lanes > 0) {
      // Packed: this permutation's labels wait in their lane; the tie pass runs once all lanes are
      // filled (or at the last permutation), for all of them (ei-lanes.ts).
      packLane(packed!, lab, t, waiting, lanes);
      waiting++;
      if (waiting === lanes || p === to - 1) {
        internalTiesPerLane(packed!, rowStart, nbr, t, lanes, laneSame!);
        for (let l = 0; l < waiting; l++) values[p - waiting + 1 + l - from] = total > 0 ? (total - 2 * laneSame![l]) / total : NaN;
        waiting = 0;
      }
      continue;
    }
    let same = 0;
    if (untied !== null) {
      same = internalTiesFromUntied(untied, lab, t, counts);
    } else if (weighted) {
      for (let i = 0; i < t; i++) {
        const li = lab[i];
        for (let q = rowStart[i], end = rowStart[i + 1]; q < end; q++) same += nw[q] * (((lab[nbr[q]] ^ li) - 1) >>> 31);
      }
    } else {
      for (let i = 0; i < t; i++) {
        const li = lab[i];
        // Branch-free: ((x ^ y) − 1) >>> 31 is 1 when x = y (labels ≥ 0), else 0; random labels make
        // a branch unpredictable.
        for (let q = rowStart[i], end = rowStart[i + 1]; q < end; q++) same += ((lab[nbr[q]] ^ li) - 1) >>> 31;
      }
    }
    values[p - from] = total > 0 ? (total - 2 * same) / total : NaN;
  }
  return values;
}

/** Summary statistics and p-values of the permuted values. */
function permutationTest(
  values: Float64Array,
  observed: number,
  centre: number,
  weighted: boolean,
  permutations: number,
  seed: number,
): EiPermutationTest {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let p = 0; p < permutations; p++) {
    const v = values[p];
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const mean = sum / permutations;
  let ss = 0;
  for (let p = 0; p < permutations; p++) ss += (values[p] - mean) ** 2;
  const tol = 1e-12 * Math.max(1, Math.abs(observed));
  const dObs = Math.abs(observed - centre);
  let ge = 0, le = 0, two = 0;
  for (let p = 0; p < permutations; p++) {
    const v = values[p];
    if (v >= observed - tol) ge++;
    if (v <= observed + tol) le++;
    if (Math.abs(v - centre) >= dObs - tol) two++;
  }
  return {
    permutations,
    seed,
    weighted,
    observed,
    mean,
    sd: Math.sqrt(ss / permutations),
    min,
    max,
    pGreaterEqual: ge / permutations,
    pLessEqual: le / permutations,
    pTwoSided: two / permutations,
  };
}
