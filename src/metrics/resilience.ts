/**
 * Resilience of a cluster to the departure of one member or the loss of one tie: articulation points
 * (cut vertices), bridges, and the fragmentation left by removing each member.
 *
 * Everything here runs on the UNDIRECTED view of the index (`und*` arrays; a directed graph is
 * symmetrised, as `undirectedView(index)`): reachability in either direction is what keeps a
 * partnership network in one piece. Tie weights are ignored (only whether a tie exists matters).
 *
 * One iterative depth-first search (Hopcroft & Tarjan 1973) gives discovery times, low points and DFS
 * subtree sizes — the block–cut structure — from which articulation points, bridges and the effect of
 * removing every member are all read off in O(n + m). The DFS keeps its own explicit stack, so a
 * path of 100 000 members does not overflow the call stack.
 */
import type { GraphIndex } from '../graph/graph-index.js';

/** The block–cut information of one DFS over the undirected view (shared by the functions below). */
export interface BlockCut {
  /** Component number of each member (0, 1, ... in order of the lowest member index). */
  comp: Int32Array;
  /** Size of each component. */
  compSize: number[];
  /** 1 for articulation points. */
  isCut: Uint8Array;
  /**
   * For member v: the DFS children c of v that v separates from the rest of its component
   * (low[c] ≥ disc[v]; for a DFS root every child) — sum of their subtree sizes, sum of s(s−1),
   * and the largest subtree.
   */
  sepSum: Float64Array;
  sepSq: Float64Array;
  sepMax: Int32Array;
  /** Bridges as (lower, higher) member-index pairs, unsorted. */
  bridgeLo: number[];
  bridgeHi: number[];
  /** The DFS itself: discovery time, low point, parent (−1 for roots), subtree size, separated children. */
  disc: Int32Array;
  low: Int32Array;
  parent: Int32Array;
  size: Int32Array;
  sepCount: Int32Array;
}

export function blockCut(index: GraphIndex): BlockCut {
  const n = index.n;
  const offsets = index.undOffsets;
  const targets = index.undTargets;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const size = new Int32Array(n);
  const next = new Int32Array(n); // next CSR position to scan, per member on the stack
  const stack = new Int32Array(n);
  const sepCount = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const compSize: number[] = [];
  const isCut = new Uint8Array(n);
  const sepSum = new Float64Array(n);
  const sepSq = new Float64Array(n);
  const sepMax = new Int32Array(n);
  const bridgeLo: number[] = [];
  const bridgeHi: number[] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] >= 0) continue;
    const c = compSize.length;
    let sp = 0;
    disc[root] = low[root] = time++;
    size[root] = 1;
    next[root] = offsets[root];
    comp[root] = c;
    stack[sp++] = root;
    while (sp > 0) {
      const v = stack[sp - 1];
      if (next[v] < offsets[v + 1]) {
        const u = targets[next[v]++];
        // Neighbour lists hold each neighbour once (simple graph), so skipping the parent vertex
        // skips exactly the tree edge.
        if (u === parent[v]) continue;
        if (disc[u] < 0) {
          parent[u] = v;
          disc[u] = low[u] = time++;
          size[u] = 1;
          next[u] = offsets[u];
          comp[u] = c;
          stack[sp++] = u;
        } else if (disc[u] < low[v]) {
          low[v] = disc[u];
        }
      } else {
        sp--;
        const p = parent[v];
        if (p < 0) continue;
        if (low[v] < low[p]) low[p] = low[v];
        size[p] += size[v];
        if (low[v] >= disc[p]) {
          // p separates v's subtree from the rest (for the root: always).
          sepCount[p]++;
          const s = size[v];
          sepSum[p] += s;
          sepSq[p] += s * (s - 1);
          if (s > sepMax[p]) sepMax[p] = s;
          if (low[v] > disc[p]) {
            bridgeLo.push(p < v ? p : v);
            bridgeHi.push(p < v ? v : p);
          }
        }
      }
    }
    compSize.push(size[root]);
    // Root: a cut vertex iff it has two or more DFS children (all of them are separated).
    if (sepCount[root] >= 2) isCut[root] = 1;
  }
  for (let v = 0; v < n; v++) if (parent[v] >= 0 && sepCount[v] >= 1) isCut[v] = 1;
  return { comp, compSize, isCut, sepSum, sepSq, sepMax, bridgeLo, bridgeHi, disc, low, parent, size, sepCount };
}

export interface ArticulationResult {
  /** Articulation points (cut vertices): member indices, ascending. */
  articulationPoints: Int32Array;
  /** Bridges as [lower, higher] member-index pairs, sorted lexicographically. */
  bridges: [number, number][];
}

/**
 * Articulation points and bridges of the undirected view.
 *
 * An articulation point (cut vertex) is a member whose departure splits its component into two or
 * more pieces; a bridge is a tie whose loss does. Hopcroft & Tarjan (1973), "Algorithm 447: efficient
 * algorithms for graph manipulation", CACM 16:372 — with an iterative DFS: v (not a DFS root) is a
 * cut vertex iff some DFS child c has low[c] ≥ disc[v]; a root iff it has ≥ 2 DFS children; the tree
 * edge (v, c) is a bridge iff low[c] > disc[v]. O(n + m). Weights are ignored; a directed graph is
 * read through its undirected view. Matches networkx 2.8 `articulation_points` / `bridges` and
 * igraph 0.10 `articulation_points` / `bridges` (the reference values).
 */
export function articulationPointsAndBridges(index: GraphIndex, bc: BlockCut = blockCut(index)): ArticulationResult {
  let count = 0;
  for (let v = 0; v < index.n; v++) count += bc.isCut[v];
  const articulationPoints = new Int32Array(count);
  for (let v = 0, k = 0; v < index.n; v++) if (bc.isCut[v] === 1) articulationPoints[k++] = v;
  const bridges: [number, number][] = bc.bridgeLo.map((lo, k) => [lo, bc.bridgeHi[k]]);
  bridges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { articulationPoints, bridges };
}

export interface RemovalImpact {
  /**
   * Fragmentation F of the graph with member v removed (indexed like `index.ids`); NaN when fewer
   * than two members remain (n ≤ 2).
   */
  fragmentation: Float64Array;
  /** Size of the largest component of the graph with member v removed (0 when nothing remains). */
  largestComponent: Int32Array;
  /** Fragmentation of the whole graph (nothing removed); NaN when n < 2. */
  baseFragmentation: number;
}

/**
 * The effect of removing each member, for every member at once.
 *
 * Fragmentation (Borgatti 2006, "Identifying sets of key players in a social network", Computational
 * and Mathematical Organization Theory 12:21): F = 1 − Σ_k s_k(s_k − 1) / (n'(n' − 1)), with s_k the
 * component sizes of the graph without v and n' = n − 1 the members left — the probability that two
 * members drawn at random (without replacement) from those left can no longer reach each other.
 * 0 = still one component, 1 = nobody reaches anybody.
 *
 * Computed from the block–cut structure of ONE iterative DFS, not by n recomputations: removing v
 * leaves, in v's component of size S, the DFS subtrees of the children c that v separates
 * (low[c] ≥ disc[v]) plus the rest r = S − 1 − Σ s_c; other components are untouched. A member
 * that is not an articulation point just shrinks its component by one. O(n + m).
 * Undirected view, weights ignored. No peer has an all-members version (networkx/igraph recount
 * components per removal; the tests compare with that brute force).
 */
export function removalImpact(index: GraphIndex, bc: BlockCut = blockCut(index)): RemovalImpact {
  const n = index.n;
  let totalSq = 0;
  let best = -1;
  let bestSize = 0;
  let secondSize = 0;
  for (let c = 0; c < bc.compSize.length; c++) {
    const s = bc.compSize[c];
    totalSq += s * (s - 1);
    if (s > bestSize) {
      secondSize = bestSize;
      bestSize = s;
      best = c;
    } else if (s > secondSize) {
      secondSize = s;
    }
  }
  const fragmentation = new Float64Array(n);
  const largestComponent = new Int32Array(n);
  const left = n - 1;
  const pairs = left * (left - 1);
  for (let v = 0; v < n; v++) {
    const c = bc.comp[v];
    const S = bc.compSize[c];
    const r = S - 1 - bc.sepSum[v];
    const sq = totalSq - S * (S - 1) + bc.sepSq[v] + r * (r - 1);
    fragmentation[v] = left >= 2 ? 1 - sq / pairs : NaN;
    const others = c === best ? secondSize : bestSize;
    largestComponent[v] = Math.max(r, bc.sepMax[v], others);
  }
  const baseFragmentation = n >= 2 ? 1 - totalSq / (n * (n - 1)) : NaN;
  return { fragmentation, largestComponent, baseFragmentation };
}
