/**
 * The Louvain engine: multi-level modularity optimisation on the typed-array index, undirected and
 * directed, used at every graph size.
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import { shuffleInPlace, type Rng } from '../../graph/random.js';
import { louvainScratch, type LevelGraph, type LouvainScratch } from './scratch.js';

/**
 * Louvain (Blondel, Guillaume, Lambiotte & Lefebvre 2008, J. Stat. Mech. P10008) on the index with
 * typed arrays: local moving in a seeded random order, then aggregation of communities into nodes
 * (internal weight kept as self-loops / in the strengths), repeated while a level moves anybody.
 * Returns the community of every member (labels 0..k−1 in no particular order).
 *
 * Objective: modularity at resolution γ. Undirected (Newman & Girvan 2004):
 * Q = Σ_c [L_c/m − γ (d_c/2m)²]; moving node i (taken out of its community) into community c gains,
 * in units of 1/m, ΔQ = w_ic − γ k_i tot_c / 2m (w_ic: weight of i's ties into c, k_i: i's
 * strength, tot_c: c's strength). Directed (Leicht & Newman 2008, Phys. Rev. Lett. 100, 118703;
 * the Louvain gain of Dugué & Perez 2015, hal-01231784):
 * Q = 1/m Σ_ij [A_ij − γ k_i^out k_j^in / m] δ(c_i, c_j), gain
 * ΔQ = w_ic − γ (k_i^out tot_c^in + k_i^in tot_c^out) / m, w_ic counting i's arcs into c in both
 * directions — the gain graphology-communities-louvain 2.0.2 uses (`DirectedLouvainIndex#delta`).
 * A node moves to the community with the largest gain when it beats staying by more than 1e-12
 * (relative); near-ties keep the node where it is, else the first community met in its row. O(m)
 * per sweep.
 *
 * In-house layout, chosen for speed at 10⁶ ties without changing a move: each level's graph is
 * copied in its visiting order (node r = the r-th visited), so a sweep reads it sequentially; a
 * node's weights to its neighbouring communities are kept (in order of first appearance in its row)
 * and summed again only after a neighbour moved. Sums, visiting order and tie-breaking are those of
 * the plain algorithm. Each phase is its own function so that V8 optimises each whole (one large
 * function is compiled again at every loop it reaches for the first time). `scratch` (optional): a
 * {@link louvainScratch} of the same index, reused from run to run.
 */
export function louvain(index: GraphIndex, resolution: number, rng: Rng, scratch?: LouvainScratch): Int32Array {
  const n0 = index.n;
  const membership = new Int32Array(n0);
  for (let i = 0; i < n0; i++) membership[i] = i;
  const s = scratch ?? louvainScratch(index);
  let level: LevelGraph = s.base;
  // m2 = Σ row weights = 2m (every tie is listed from both ends, arcs too).
  let m2 = 0;
  for (let p = 0; p < level.weights.length; p++) m2 += level.weights[p];
  if (!(m2 > 0)) return membership;
  for (let depth = 0; depth < 100; depth++) {
    const order = new Int32Array(level.n);
    for (let i = 0; i < level.n; i++) order[i] = i;
    shuffleInPlace(rng, order);
    layOutLevel(level, order, s);
    if (!moveNodes(level.n, resolution, m2, s)) break;
    const C = relabelLevel(level.n, s);
    for (let v = 0; v < n0; v++) membership[v] = s.group[membership[v]];
    if (C === level.n) break;
    level = aggregateLevel(level, C, s, depth > 0);
  }
  return membership;
}

/**
 * Copies the level graph in visiting order (a self-tie counts in the strength only) and starts every
 * node alone (community = its position) and stale (nbrCount −1).
 */
function layOutLevel(level: LevelGraph, order: Int32Array, s: LouvainScratch): void {
  const { n, offsets, targets, weights, loops, kOut, kIn } = level;
  const { pos, pOff, pTgt, pWt, kPos, kInPos, comm, tot, totIn, nbrCount } = s;
  for (let r = 0; r < n; r++) pos[order[r]] = r;
  let q = 0;
  for (let r = 0; r < n; r++) {
    const i = order[r];
    let k = kOut === null ? 2 * loops[i] : kOut[i];
    for (let p = offsets[i]; p < offsets[i + 1]; p++) {
      const w = weights[p];
      if (kOut === null) k += w;
      const j = targets[p];
      if (j === i) continue;
      pTgt[q] = pos[j];
      pWt[q++] = w;
    }
    pOff[r + 1] = q;
    kPos[r] = k;
    comm[r] = r;
    tot[r] = k;
    if (kIn !== null) {
      kInPos[r] = kIn[i];
      totIn[r] = kIn[i];
    }
    nbrCount[r] = -1;
  }
}

/**
 * Local moving on the laid-out level until a sweep moves nobody; whether anybody moved. Gains in
 * units of 1/m (see {@link louvain}): undirected link − (γ k / 2m) tot_c; directed
 * link − (γ k^out / m) tot_c^in − (γ k^in / m) tot_c^out.
 */
function moveNodes(n: number, resolution: number, m2: number, s: LouvainScratch): boolean {
  const { directed, pOff, pTgt, pWt, kPos, kInPos, comm, tot, totIn, linkTo, seen, nbrComm, nbrLink, nbrCount } = s;
  const eps = 1e-12 * Math.max(1, m2);
  let improved = false;
  for (let sweep = 0; sweep < 1000; sweep++) {
    let moved = 0;
    for (let r = 0; r < n; r++) {
      const first = pOff[r];
      const end = pOff[r + 1];
      const own = comm[r];
      const k = kPos[r];
      const ki = directed ? kInPos[r] : 0;
      tot[own] -= k;
      if (directed) totIn[own] -= ki;
      // Undirected: factor · tot_c; directed: factor · tot_c^in + factorIn · tot_c^out (m = m2/2).
      const factor = directed ? (2 * resolution * k) / m2 : (resolution * k) / m2;
      const factorIn = (2 * resolution * ki) / m2;
      let best = own;
      let bestGain: number;
      if (nbrCount[r] < 0) {
        // Sum the row by community, keep the sums, evaluate them.
        let last = first;
        for (let p = first; p < end; p++) {
          const c = comm[pTgt[p]];
          if (seen[c] === 0) {
            seen[c] = 1;
            nbrComm[last++] = c;
          }
          linkTo[c] += pWt[p];
        }
        bestGain = directed ? linkTo[own] - (factor * totIn[own] + factorIn * tot[own]) : linkTo[own] - factor * tot[own];
        for (let t = first; t < last; t++) {
          const c = nbrComm[t];
          const link = linkTo[c];
          nbrLink[t] = link;
          linkTo[c] = 0;
          seen[c] = 0;
          if (c === own) continue;
          const g = directed ? link - (factor * totIn[c] + factorIn * tot[c]) : link - factor * tot[c];
          if (g > bestGain + eps) {
            best = c;
            bestGain = g;
          }
        }
        nbrCount[r] = last - first;
      } else {
        const last = first + nbrCount[r];
        let ownLink = 0;
        for (let t = first; t < last; t++) {
          if (nbrComm[t] === own) {
            ownLink = nbrLink[t];
            break;
          }
        }
        bestGain = directed ? ownLink - (factor * totIn[own] + factorIn * tot[own]) : ownLink - factor * tot[own];
        for (let t = first; t < last; t++) {
          const c = nbrComm[t];
          if (c === own) continue;
          const link = nbrLink[t];
          const g = directed ? link - (factor * totIn[c] + factorIn * tot[c]) : link - factor * tot[c];
          if (g > bestGain + eps) {
            best = c;
            bestGain = g;
          }
        }
      }
      tot[best] += k;
      if (directed) totIn[best] += ki;
      if (best !== own) {
        comm[r] = best;
        moved++;
        for (let p = first; p < end; p++) nbrCount[pTgt[p]] = -1;
      }
    }
    if (moved === 0) break;
    improved = true;
  }
  return improved;
}

/**
 * Numbers the level's communities 0..C−1 by first appearance in node order into `group` (and
 * `groupPos`); returns C.
 */
function relabelLevel(n: number, s: LouvainScratch): number {
  const { pos, comm, label, group, groupPos } = s;
  label.fill(-1, 0, n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const c = comm[pos[i]];
    if (label[c] < 0) label[c] = count++;
    group[i] = label[c];
  }
  for (let r = 0; r < n; r++) groupPos[r] = label[comm[r]];
  return count;
}

/**
 * The next level: one node per community. Row c sums, for each other community d, the weights of
 * c's nodes (increasing) to d in row order, and lists the d in increasing order; ties inside c go to
 * its self-loop (undirected: half from each end) — directed levels carry the strengths instead,
 * summed over c's nodes. The rows are read from the level graph at level 0 (self-ties included) and
 * from its copy in visiting order above (the same rows; the level graph's arrays then hold the node
 * slots), and written to the scratch's nbrComm, nbrLink: free until the next level is laid out, so
 * no level allocates ties-sized arrays.
 */
function aggregateLevel(level: LevelGraph, C: number, s: LouvainScratch, fromCopy: boolean): LevelGraph {
  const { n, loops, kOut, kIn } = level;
  const directed = kOut !== null;
  const { pos, group, linkTo, seen, nbrComm: rowT, nbrLink: rowW } = s;
  const offsets = fromCopy ? s.pOff : level.offsets;
  const targets = fromCopy ? s.pTgt : level.targets;
  const weights = fromCopy ? s.pWt : level.weights;
  const targetGroup = fromCopy ? s.groupPos : group;
  const start = new Int32Array(C + 1);
  for (let i = 0; i < n; i++) start[group[i] + 1]++;
  for (let c = 0; c < C; c++) start[c + 1] += start[c];
  const fill = start.slice(0, C);
  const nodesOf = new Int32Array(n);
  for (let i = 0; i < n; i++) nodesOf[fill[group[i]]++] = i;
  const newLoops = new Float64Array(directed ? 0 : C);
  const newKOut = directed ? new Float64Array(C) : null;
  const newKIn = directed ? new Float64Array(C) : null;
  const rowOff = new Int32Array(C + 1);
  let e = 0;
  for (let c = 0; c < C; c++) {
    const rowStart = e;
    for (let q = start[c]; q < start[c + 1]; q++) {
      const i = nodesOf[q];
      if (directed) {
        newKOut![c] += kOut[i];
        newKIn![c] += kIn![i];
      } else newLoops[c] += loops[i];
      const row = fromCopy ? pos[i] : i;
      for (let p = offsets[row]; p < offsets[row + 1]; p++) {
        const d = targetGroup[targets[p]];
        if (d === c) {
          if (!directed) newLoops[c] += weights[p] / 2; // an internal tie is seen from both ends
          continue;
        }
        if (seen[d] === 0) {
          seen[d] = 1;
          rowT[e++] = d;
        }
        linkTo[d] += weights[p];
      }
    }
    rowT.subarray(rowStart, e).sort();
    for (let t = rowStart; t < e; t++) {
      const d = rowT[t];
      rowW[t] = linkTo[d];
      linkTo[d] = 0;
      seen[d] = 0;
    }
    rowOff[c + 1] = e;
  }
  return { n: C, offsets: rowOff, targets: rowT, weights: rowW, loops: newLoops, kOut: newKOut, kIn: newKIn };
}
