/**
 * The refinement pass of the community detection: seeded node-level local moving on a finished
 * partition of the original graph.
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import { shuffleInPlace, type Rng } from '../../graph/random.js';
import { canonicalizeAssignment } from './partition.js';
import { moveBuffers, type MoveBuffers } from './scratch.js';

/**
 * Seeded local moving on a finished partition: the node-level phase of Louvain (Blondel et al. 2008)
 * run once more on the original graph, starting from the final partition — the refinement step of
 * multi-level modularity optimisation ("vertex mover" refinement at the finest level, Rotta & Noack
 * 2011, J. Exp. Algorithmics 16, 2.3). Louvain moves whole communities once it aggregates them; a
 * member may then gain by moving on its own. Members are visited in a seeded random order, reshuffled
 * every sweep, and each moves to the neighbouring community with the largest modularity gain
 * (strictly positive, > 1e-12 relative), or to a community of its own when staying loses modularity,
 * until a full sweep moves nobody. Works in place; never lowers modularity.
 *
 * Gain of putting i (taken out of its community) into c, in units of 1/m: undirected
 * w_ic − γ k_i tot_c / 2m; directed w_ic − γ (k_i^out tot_c^in + k_i^in tot_c^out) / m (Leicht &
 * Newman 2008), w_ic = weight of i's ties (either direction) into c; being alone gains 0.
 *
 * In-house bookkeeping (typed arrays, no per-member allocation): the weights from a member to its
 * neighbouring communities, in order of first appearance in its ties, are kept in a per-member slice
 * of a flat array and summed again only after one of its neighbours moved — the same sums in the
 * same order, so the moves are those of a full re-scan. `buffers` (optional): arrays to reuse, e.g.
 * the {@link louvainScratch} of the same index.
 */
export function refinePartition(
  index: GraphIndex,
  assignment: Int32Array,
  resolution: number,
  rng: Rng,
  buffers?: MoveBuffers,
): void {
  const n = index.n;
  const directed = index.directed;
  const { outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = index;
  const kOut = new Float64Array(n);
  const kIn = directed ? new Float64Array(n) : kOut;
  let m = 0;
  for (let i = 0; i < n; i++) {
    for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) kOut[i] += outWeights[p];
    if (directed) for (let p = inOffsets[i]; p < inOffsets[i + 1]; p++) kIn[i] += inWeights[p];
    m += kOut[i];
  }
  if (!directed) m /= 2;
  if (!(m > 0)) return;
  // Labels live in 0..n−1 (renumber first if they do not); free labels serve members that leave.
  for (let i = 0; i < n; i++) {
    if (assignment[i] < 0 || assignment[i] >= n) {
      canonicalizeAssignment(assignment);
      break;
    }
  }
  // totIn is only read by the directed gain (undirected: tot^in = tot^out).
  const totOut = new Float64Array(n);
  const totIn = new Float64Array(directed ? n : 0);
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = assignment[i];
    totOut[c] += kOut[i];
    if (directed) totIn[c] += kIn[i];
    size[c]++;
  }
  // Free labels, a stack whose top is the lowest one.
  const free = new Int32Array(n);
  let nFree = 0;
  for (let c = n - 1; c >= 0; c--) if (size[c] === 0) free[nFree++] = c;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  // Gain of putting i (taken out of its community) into community c, in units of 1/m:
  // undirected w_ic − γ k_i tot_c / 2m; directed w_ic − γ (k_i^out tot_c^in + k_i^in tot_c^out) / m,
  // w_ic = weight of i's ties (either direction) into c. Being alone gains 0.
  const penalty = directed ? resolution / m : resolution / (2 * m);
  const eps = 1e-12 * Math.max(1, m);
  const slots = directed ? outTargets.length + inSources.length : outTargets.length;
  const b = buffers !== undefined && buffers.nbrCount.length >= n && buffers.nbrComm.length >= slots ? buffers : moveBuffers(n, slots);
  b.nbrCount.fill(-1, 0, n);
  const { linkTo, seen, nbrComm, nbrLink, nbrCount } = b;
  const state: RefineState = {
    linkTo, seen, nbrComm, nbrLink, nbrCount, index, assignment, kOut, kIn, totOut, totIn, size, free, nFree, penalty, eps,
  };
  for (let sweep = 0; sweep < 1000; sweep++) {
    shuffleInPlace(rng, order);
    if (refineSweep(order, state) === 0) break;
  }
}

/**
 * State of {@link refinePartition}; a member's slots start at outOffsets[i] (+ inOffsets[i] when
 * directed: out- + in-degree slots per member). free[0..nFree): free labels, the lowest on top.
 */
interface RefineState extends MoveBuffers {
  index: GraphIndex;
  assignment: Int32Array;
  kOut: Float64Array;
  kIn: Float64Array;
  totOut: Float64Array;
  totIn: Float64Array;
  size: Int32Array;
  free: Int32Array;
  nFree: number;
  penalty: number;
  eps: number;
}

/** One sweep of {@link refinePartition} in `order`; returns the number of members moved. */
function refineSweep(order: Int32Array, st: RefineState): number {
  const { index, assignment, kOut, kIn, totOut, totIn, size, free, penalty, eps } = st;
  const { linkTo, seen, nbrComm, nbrLink, nbrCount } = st;
  const { directed, outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = index;
  let nFree = st.nFree;
  let moved = 0;
  for (let r = 0; r < order.length; r++) {
    const i = order[r];
    const own = assignment[i];
    const first = directed ? outOffsets[i] + inOffsets[i] : outOffsets[i];
    const ko = kOut[i];
    const ki = kIn[i];
    totOut[own] -= ko;
    if (directed) totIn[own] -= ki;
    const alone = size[own] === 1;
    let best = own;
    let bestGain = 0;
    if (nbrCount[i] < 0) {
      // Sum i's ties by community, keep the sums, evaluate them.
      let last = first;
      for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) {
        const c = assignment[outTargets[p]];
        if (seen[c] === 0) {
          seen[c] = 1;
          nbrComm[last++] = c;
        }
        linkTo[c] += outWeights[p];
      }
      if (directed) {
        for (let p = inOffsets[i]; p < inOffsets[i + 1]; p++) {
          const c = assignment[inSources[p]];
          if (seen[c] === 0) {
            seen[c] = 1;
            nbrComm[last++] = c;
          }
          linkTo[c] += inWeights[p];
        }
      }
      if (!alone) {
        const ownLink = linkTo[own];
        bestGain = directed ? ownLink - penalty * (ko * totIn[own] + ki * totOut[own]) : ownLink - penalty * (ko * totOut[own]);
      }
      for (let t = first; t < last; t++) {
        const c = nbrComm[t];
        const link = linkTo[c];
        nbrLink[t] = link;
        linkTo[c] = 0;
        seen[c] = 0;
        if (c === own) continue;
        const g = directed ? link - penalty * (ko * totIn[c] + ki * totOut[c]) : link - penalty * (ko * totOut[c]);
        if (g > bestGain + eps) {
          best = c;
          bestGain = g;
        }
      }
      nbrCount[i] = last - first;
    } else {
      const last = first + nbrCount[i];
      if (!alone) {
        let ownLink = 0;
        for (let t = first; t < last; t++) {
          if (nbrComm[t] === own) {
            ownLink = nbrLink[t];
            break;
          }
        }
        bestGain = directed ? ownLink - penalty * (ko * totIn[own] + ki * totOut[own]) : ownLink - penalty * (ko * totOut[own]);
      }
      for (let t = first; t < last; t++) {
        const c = nbrComm[t];
        if (c === own) continue;
        const g = directed ? nbrLink[t] - penalty * (ko * totIn[c] + ki * totOut[c]) : nbrLink[t] - penalty * (ko * totOut[c]);
        if (g > bestGain + eps) {
          best = c;
          bestGain = g;
        }
      }
    }
    if (best === own && !alone && bestGain < -eps) best = free[--nFree]; // better alone
    totOut[best] += ko;
    if (directed) totIn[best] += ki;
    if (best !== own) {
      assignment[i] = best;
      size[own]--;
      size[best]++;
      if (size[own] === 0) free[nFree++] = own;
      moved++;
      // Members whose ties hold i: in-rows list the out-rows holding i (in = out when undirected).
      for (let p = inOffsets[i]; p < inOffsets[i + 1]; p++) nbrCount[inSources[p]] = -1;
      if (directed) for (let p = outOffsets[i]; p < outOffsets[i + 1]; p++) nbrCount[outTargets[p]] = -1;
    }
  }
  st.nFree = nFree;
  return moved;
}

