/**
 * Gould–Fernandez brokerage roles (Gould & Fernandez 1989, "Structures of mediation: a formal
 * approach to brokerage in transaction networks", Sociological Methodology 19:89–126), computed
 * exactly as R `sna::brokerage(g, cl)` (sna 2.7): raw counts per member, and the analytic
 * expectations, standard deviations and z-scores of sna's null model.
 */
import type { GraphIndex } from '../graph/graph-index.js';
import { forEachTriangle } from './clustering.js';

/** Role names in sna's column order: w_I, w_O, b_IO, b_OI, b_O, t. */
export const BROKERAGE_ROLES = ['coordinator', 'itinerant', 'representative', 'gatekeeper', 'liaison', 'total'] as const;
export type BrokerageRole = (typeof BROKERAGE_ROLES)[number];

/** The sna column name of each role, in {@link BROKERAGE_ROLES} order. */
export const SNA_BROKERAGE_COLUMNS = ['w_I', 'w_O', 'b_IO', 'b_OI', 'b_O', 't'] as const;

/** Name given to the group of members whose group is missing (`groups[v] = -1`). */
export const MISSING_GROUP = '(missing)';

export interface BrokerageGroup {
  group: string;
  /** Number of members in the group. */
  size: number;
  /** Expected count per role (role order of `roles`) for a broker of this group. */
  expected: number[];
  /** Standard deviation per role for a broker of this group. */
  sd: number[];
}

export interface BrokerageResult {
  roles: BrokerageRole[];
  /** Per role (index = role), per member (indexed like `index.ids`): observed brokerage count. */
  raw: Float64Array[];
  /** Per role, per member: expected count under the null model (depends on the member's group only). */
  expected: Float64Array[];
  /** Per role, per member: standard deviation under the null model. */
  sd: Float64Array[];
  /** Per role, per member: (raw − expected)/sd; NaN where sd = 0 (or the variance is undefined). */
  z: Float64Array[];
  /** Network level, per role: sums of the raw counts, their expectation, sd and z (NaN where sd = 0). */
  totals: { raw: number[]; expected: number[]; sd: number[]; z: number[] };
  /** Groups that have members, in `groupNames` order, then `MISSING_GROUP` when used. */
  byGroup: BrokerageGroup[];
  /** Density of the null model: arcs / (n(n−1)), an undirected tie counting as two arcs; 0 when n < 2. */
  density: number;
  /** True when the index is undirected (every tie counted in both directions). */
  undirected: boolean;
}

/**
 * Gould–Fernandez brokerage (Gould & Fernandez 1989), matching R `sna::brokerage(adjacency, cl)` (sna 2.7).
 *
 * Broker v is counted once for every ordered pair (a, b) with arcs a → v → b, a ≠ b, a, b ≠ v and
 * NO arc a → b. The role depends on the groups g(·) of (a, v, b):
 * - coordinator (sna `w_I`): g(a) = g(v) = g(b);
 * - itinerant / consultant (`w_O`): g(a) = g(b) ≠ g(v);
 * - representative (`b_IO`): g(a) = g(v) ≠ g(b) — the broker shares the source's group;
 * - gatekeeper (`b_OI`): g(a) ≠ g(v) = g(b) — the broker shares the target's group;
 * - liaison (`b_O`): three different groups;
 * - total (`t`): the sum of the five.
 * Counted on the directed graph; on an undirected index every tie is two arcs (so representative =
 * gatekeeper). Tie weights are ignored: any tie is an arc (sna dichotomises the same way).
 *
 * Null model (sna's, after Gould & Fernandez): a Bernoulli digraph of density d = arcs/(n(n−1)) with
 * the observed group sizes; k = d²(1−d). For a broker in group i (size n_i): E[w_I] = k(n_i−1)(n_i−2),
 * E[w_O] = k Σ_{j≠i} n_j(n_j−1), E[b_IO] = E[b_OI] = k(n−n_i)(n_i−1),
 * E[b_O] = k[(Σ_{j≠i} n_j)² − Σ_{j≠i} n_j²], E[t] = k(n−1)(n−2); variances, network-level moments and
 * z = (raw − E)/sd are sna's formulas term by term (the sums over groups and over triples of distinct
 * groups are evaluated in closed form with power sums, O(number of groups), same values).
 *
 * Undefined: z is NaN where sd = 0 (e.g. coordinator in groups of ≤ 2 members, every role when the
 * graph has no ties or n < 3); sna gives NaN or ±Inf there. With n < 2 the density is taken as 0.
 *
 * Missing groups: sna requires a class for every vertex. Here members with `groups[v] = -1` form one
 * extra group named "(missing)" — they count as a group of their own in roles and expectations.
 *
 * Counting (in-house, same counts as the pair-by-pair definition): the pairs a → v → b with a ≠ b are
 * counted per role from the groups of v's in- and out-neighbours, then the closed pairs (arc a → b)
 * are taken off; a closed pair is a triangle of the undirected view, so one triangle enumeration
 * (clustering.ts) finds them all, checking the arc directions of its three ties.
 *
 * Complexity: O(n + m·√m) for the counts, O(n + G) for the moments (G = number of groups).
 *
 * @param groups group index per member (indexed like `index.ids`) into `groupNames`, or −1 = missing.
 */
export function brokerage(index: GraphIndex, groups: Int32Array, groupNames: string[]): BrokerageResult {
  const n = index.n;
  if (groups.length !== n) throw new RangeError(`brokerage: groups has ${groups.length} entries, the index has ${n} members`);
  const G0 = groupNames.length;
  let hasMissing = false;
  for (let v = 0; v < n; v++) {
    const g = groups[v];
    if (g === -1) hasMissing = true;
    else if (!Number.isInteger(g) || g < 0 || g >= G0) throw new RangeError(`brokerage: group ${g} of member ${index.ids[v]} is not in groupNames`);
  }
  // Group codes 0..G0-1, and G0 for "(missing)".
  const G = G0 + (hasMissing ? 1 : 0);
  const code = new Int32Array(n);
  const sizes = new Float64Array(G);
  for (let v = 0; v < n; v++) {
    const c = groups[v] === -1 ? G0 : groups[v];
    code[v] = c;
    sizes[c]++;
  }

  // ---- raw counts ----
  const { outOffsets, outTargets, inOffsets, inSources, undOffsets, undTargets } = index;
  // Closed pairs a → k → b (arc a → b) per broker k and role: closed[5k + role].
  // arcBits per undirected-view position (row i, neighbour j): bit 1 = arc i → j, bit 2 = arc j → i.
  const closed = new Float64Array(5 * n);
  const arcBits = new Uint8Array(undTargets.length);
  if (!index.directed) arcBits.fill(3);
  else {
    for (let i = 0; i < n; i++) {
      let po = outOffsets[i];
      let pi = inOffsets[i];
      for (let p = undOffsets[i]; p < undOffsets[i + 1]; p++) {
        const j = undTargets[p];
        let bits = 0;
        if (po < outOffsets[i + 1] && outTargets[po] === j) {
          bits |= 1;
          po++;
        }
        if (pi < inOffsets[i + 1] && inSources[pi] === j) {
          bits |= 2;
          pi++;
        }
        arcBits[p] = bits;
      }
    }
  }
  // Roles by group: 0 coordinator, 1 itinerant, 2 representative (k shares a's group),
  // 3 gatekeeper (k shares b's group), 4 liaison.
  const close = (a: number, k: number, b: number): void => {
    const ga = code[a];
    const gk = code[k];
    const gb = code[b];
    closed[5 * k + (ga === gk ? (gb === gk ? 0 : 2) : gb === gk ? 3 : ga === gb ? 1 : 4)]++;
  };
  forEachTriangle(index, (u, v, w, puv, puw, pvw) => {
    const uv = arcBits[puv];
    const uw = arcBits[puw];
    const vw = arcBits[pvw];
    if (uv & 1 && vw & 1 && uw & 1) close(u, v, w);
    if (uw & 1 && vw & 2 && uv & 1) close(u, w, v);
    if (uv & 2 && uw & 1 && vw & 1) close(v, u, w);
    if (vw & 1 && uw & 2 && uv & 2) close(v, w, u);
    if (uw & 2 && uv & 1 && vw & 2) close(w, u, v);
    if (vw & 2 && uv & 2 && uw & 2) close(w, v, u);
  });
  // All pairs a → v → b, a ≠ b, minus the closed ones. With I/O in-/out-neighbours (Is/Os of them in
  // v's group), R reciprocated neighbours (Rs in v's group; a = b is one of them) and
  // X = Σ_{g ≠ g(v)} in_g·out_g: coordinator Is·Os − Rs, itinerant X − (R − Rs), representative
  // Is·(O − Os), gatekeeper (I − Is)·Os, liaison (I − Is)(O − Os) − X.
  const raw: Float64Array[] = [];
  for (let r = 0; r < 6; r++) raw.push(new Float64Array(n));
  const [coordinator, itinerant, representative, gatekeeper, liaison, total] = raw;
  const inPerGroup = new Int32Array(G); // in-neighbours of the current v per group, 0 between members
  for (let v = 0; v < n; v++) {
    const gv = code[v];
    const iS = inOffsets[v];
    const iE = inOffsets[v + 1];
    const oS = outOffsets[v];
    const oE = outOffsets[v + 1];
    if (iS === iE || oS === oE) continue;
    let Is = 0;
    for (let p = iS; p < iE; p++) {
      const g = code[inSources[p]];
      inPerGroup[g]++;
      if (g === gv) Is++;
    }
    let Os = 0;
    let X = 0;
    for (let q = oS; q < oE; q++) {
      const g = code[outTargets[q]];
      if (g === gv) Os++;
      else X += inPerGroup[g];
    }
    for (let p = iS; p < iE; p++) inPerGroup[code[inSources[p]]] = 0;
    let Us = Is; // undirected: the in-, out- and undirected rows are one
    if (index.directed) {
      Us = 0;
      for (let p = undOffsets[v]; p < undOffsets[v + 1]; p++) if (code[undTargets[p]] === gv) Us++;
    }
    const I = iE - iS;
    const O = oE - oS;
    const R = I + O - (undOffsets[v + 1] - undOffsets[v]);
    const Rs = Is + Os - Us;
    const c0 = Is * Os - Rs - closed[5 * v];
    const c1 = X - (R - Rs) - closed[5 * v + 1];
    const c2 = Is * (O - Os) - closed[5 * v + 2];
    const c3 = (I - Is) * Os - closed[5 * v + 3];
    const c4 = (I - Is) * (O - Os) - X - closed[5 * v + 4];
    coordinator[v] = c0;
    itinerant[v] = c1;
    representative[v] = c2;
    gatekeeper[v] = c3;
    liaison[v] = c4;
    total[v] = c0 + c1 + c2 + c3 + c4;
  }

  // ---- null model (sna's moments) ----
  const N = n;
  const arcs = index.directed ? index.m : 2 * index.m;
  const d = N >= 2 ? arcs / (N * (N - 1)) : 0;
  const k = d * d * (1 - d);
  const A = d ** 3 * (1 - d) ** 3;
  const B = d ** 4 * (1 - d) ** 2;
  const C = d ** 5 * (1 - d);
  const choose2 = (x: number): number => (x * (x - 1)) / 2;
  // Power sums over groups.
  let p1 = 0, p2 = 0, p3 = 0, s11 = 0, s111 = 0; // s11 = Σ n(n−1), s111 = Σ n(n−1)(n−2)
  for (let c = 0; c < G; c++) {
    const x = sizes[c];
    p1 += x;
    p2 += x * x;
    p3 += x * x * x;
    s11 += x * (x - 1);
    s111 += x * (x - 1) * (x - 2);
  }
  const ebr: number[][] = [];
  const vbr: number[][] = [];
  for (let c = 0; c < G; c++) {
    const ni = sizes[c];
    const e = new Array<number>(6);
    const va = new Array<number>(6);
    // coordinator
    e[0] = k * (ni - 1) * (ni - 2);
    va[0] = e[0] * (1 - k) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * A;
    // itinerant: sums over the other groups
    e[1] = k * (s11 - ni * (ni - 1));
    va[1] = e[1] * (1 - k) + 2 * (s111 - ni * (ni - 1) * (ni - 2)) * A;
    // representative / gatekeeper
    e[2] = k * (N - ni) * (ni - 1);
    va[2] = e[2] * (1 - k) + 2 * ((ni - 1) * choose2(N - ni) + (N - ni) * choose2(ni - 1)) * A;
    e[3] = e[2];
    va[3] = va[2];
    // liaison: q_k = Σ_{j≠i} n_j^k; Σ_{j≠i} n_j·choose(N − n_j − n_i, 2) with u = N − n_i
    const q1 = p1 - ni;
    const q2 = p2 - ni * ni;
    const q3 = p3 - ni * ni * ni;
    const u = N - ni;
    e[4] = k * (q1 * q1 - q2);
    va[4] = e[4] * (1 - k) + 4 * ((u * u * q1 - 2 * u * q2 + q3 - u * q1 + q2) / 2) * A;
    // total
    e[5] = k * (N - 1) * (N - 2);
    va[5] = e[5] * (1 - k) + 2 * (N - 1) * (N - 2) * (N - 3) * A;
    ebr.push(e);
    vbr.push(va);
  }

  const sdbr = vbr.map((va) => va.map((x) => Math.sqrt(x)));
  const expected: Float64Array[] = [];
  const sd: Float64Array[] = [];
  const z: Float64Array[] = [];
  const eOf = new Float64Array(G); // per group, for the current role
  const sOf = new Float64Array(G);
  for (let r = 0; r < 6; r++) {
    for (let c = 0; c < G; c++) {
      eOf[c] = ebr[c][r];
      sOf[c] = sdbr[c][r];
    }
    const rr = raw[r];
    const er = new Float64Array(n);
    const sr = new Float64Array(n);
    const zr = new Float64Array(n);
    for (let v = 0; v < n; v++) {
      const c = code[v];
      const e = eOf[c];
      const s = sOf[c];
      er[v] = e;
      sr[v] = s;
      zr[v] = s > 0 ? (rr[v] - e) / s : NaN;
    }
    expected.push(er);
    sd.push(sr);
    z.push(zr);
  }

  // Network level.
  const gRaw: number[] = [];
  for (let r = 0; r < 6; r++) {
    let s = 0;
    for (let v = 0; v < n; v++) s += raw[r][v];
    gRaw.push(s);
  }
  const eg = new Array<number>(6);
  const vg = new Array<number>(6);
  // coordinator
  eg[0] = k * s111;
  let t0 = 0;
  let t2 = 0; // Σ n(N−n)(n−1)·[(N−3)A + (n−2)C]
  let t1 = 0; // itinerant: Σ_x x(x−1)[p1((2x−6)A + (N−x−1)C) + 2A p2] − Σ_x x²(x−1)[(4x−6)A + (N−x−1)C]
  let snnm = 0; // Σ n(N−n)(n−1)
  let liaisonDiag = 0; // Σ n²(N−2n)
  let t3 = 0; // Σ_a a²[(p1−a)² − (p2−a²)]  (ordered distinct triples, a² b c)
  for (let c = 0; c < G; c++) {
    const x = sizes[c];
    t0 += x * (x - 1) * (x - 2) * ((4 * x - 10) * A - 4 * (x - 3) * B + (x - 3) * C);
    snnm += x * (N - x) * (x - 1);
    t2 += x * (N - x) * (x - 1) * ((N - 3) * A + (x - 2) * C);
    t1 += x * (x - 1) * (p1 * ((2 * x - 6) * A + (N - x - 1) * C) + 2 * A * p2);
    t1 -= x * x * (x - 1) * ((4 * x - 6) * A + (N - x - 1) * C);
    liaisonDiag += x * x * (N - 2 * x);
    t3 += x * x * ((p1 - x) * (p1 - x) - (p2 - x * x));
  }
  vg[0] = eg[0] * (1 - k) + t0;
  // itinerant
  eg[1] = k * snnm;
  vg[1] = eg[1] * (1 - k) + t1;
  // representative / gatekeeper
  eg[2] = k * snnm;
  vg[2] = eg[2] * (1 - k) + t2;
  eg[3] = eg[2];
  vg[3] = vg[2];
  // liaison: Σ over ordered triples of distinct groups of n_i n_j n_k·f, f linear in the sizes:
  // f = A(4N − 4n_j − 2n_i − 2n_k − 2) − B(4N − 4n_k − 2n_i − 2n_j − 2) + C(N − n_i − n_k − 1)
  //   = α + linear terms whose coefficients sum to −8A + 8B − 2C (the triple sum is symmetric).
  eg[4] = k * (N * p1 * p1 - 2 * p2 * p1 - liaisonDiag);
  const tripleProd = p1 * p1 * p1 - 3 * p2 * p1 + 2 * p3; // Σ_{distinct ordered} n_i n_j n_k
  const alpha = (4 * N - 2) * A - (4 * N - 2) * B + (N - 1) * C;
  vg[4] = eg[4] * (1 - k) + alpha * tripleProd + (-8 * A + 8 * B - 2 * C) * t3;
  // total
  eg[5] = k * N * (N - 1) * (N - 2);
  vg[5] = eg[5] * (1 - k) + N * (N - 1) * (N - 2) * ((4 * N - 10) * A - 4 * (N - 3) * B + (N - 3) * C);
  const gSd = vg.map((x) => Math.sqrt(x));
  const gZ = gRaw.map((x, r) => (gSd[r] > 0 ? (x - eg[r]) / gSd[r] : NaN));

  const byGroup: BrokerageGroup[] = [];
  for (let c = 0; c < G; c++) {
    if (sizes[c] === 0) continue;
    byGroup.push({
      group: c === G0 ? MISSING_GROUP : groupNames[c],
      size: sizes[c],
      expected: ebr[c].slice(),
      sd: sdbr[c].slice(),
    });
  }

  return {
    roles: [...BROKERAGE_ROLES],
    raw,
    expected,
    sd,
    z,
    totals: { raw: gRaw, expected: eg, sd: gSd, z: gZ },
    byGroup,
    density: d,
    undirected: !index.directed,
  };
}

/** Group codes for {@link brokerage} from per-member labels (null/empty = missing, −1); names in first-seen order. */
export function groupsFromLabels(labels: ReadonlyArray<string | null | undefined>): { groups: Int32Array; groupNames: string[] } {
  const groups = new Int32Array(labels.length);
  const names: string[] = [];
  const seen = new Map<string, number>();
  labels.forEach((label, v) => {
    if (label === null || label === undefined || label === '') {
      groups[v] = -1;
      return;
    }
    let c = seen.get(label);
    if (c === undefined) {
      c = names.length;
      names.push(label);
      seen.set(label, c);
    }
    groups[v] = c;
  });
  return { groups, groupNames: names };
}
