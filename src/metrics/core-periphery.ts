/**
 * Core–periphery structure (Borgatti & Everett 1999, "Models of core/periphery structures",
 * Social Networks 21:375–395): is there a dense, mutually tied core that the rest of the cluster
 * hangs on, with few ties among the peripheral members?
 *
 * Both models run on the UNWEIGHTED adjacency of the UNDIRECTED view (a_ij = 1 when i and j are tied
 * in either direction, diagonal ignored). Neither networkx nor igraph implements them; UCINET does
 * (Network > Core/Periphery), and UCINET is not available to us, so the tests use graphs whose answer
 * is known exactly.
 */
import type { GraphIndex } from '../graph/graph-index.js';
import { createRng, deriveSeed, randomInt, shuffleInPlace } from '../graph/random.js';

export interface CorePeripheryOptions {
  /** Seed of the restarts of the discrete search (default 42). */
  seed?: number;
  /** Perturbed restarts of the discrete search after the first run (default 10). */
  restarts?: number;
  /** Maximum sweeps of the continuous fit (default 1000). */
  maxIterations?: number;
  /** Convergence tolerance of the continuous fit: max |Δc_i| / max c (default 1e-10). */
  tolerance?: number;
}

export interface CorePeripheryResult {
  /** Continuous coreness c, unit Euclidean length, indexed like `index.ids` (all 0 without ties). */
  coreness: Float64Array;
  /** Discrete model: member indices in the core, ascending. */
  core: Int32Array;
  /** Pearson correlation of the adjacency with the ideal pattern of `core`; NaN when undefined. */
  fit: number;
  /** Sweeps the continuous fit took. */
  iterations: number;
}

/**
 * Continuous and discrete core–periphery models of Borgatti & Everett (1999).
 *
 * Continuous: coreness c minimising Σ_{i≠j} (a_ij − c_i c_j)². Solved by the alternating
 * (coordinate-wise least squares) iteration: for fixed c_j (j ≠ i) the best c_i is
 * c_i = Σ_j a_ij c_j / Σ_{j≠i} c_j²; sweeping i = 0..n−1 never increases the loss and converges,
 * O(m) per sweep, started from the degrees, until the largest change in a sweep is ≤ `tolerance`
 * × max c (or `maxIterations` sweeps; `iterations` = `maxIterations` means the tolerance was not
 * reached — the vector is still a descent result). The result is normalised to unit Euclidean length
 * (only the ranking and proportions are meaningful). A complete graph gives uniform coreness 1/√n;
 * isolates get 0.
 *
 * Discrete: the core set C maximising the Pearson correlation, over unordered pairs i ≠ j, between
 * a_ij and the ideal pattern Δ_ij = 1 if i or j is in C (core–core and core–periphery pairs tied,
 * periphery–periphery pairs not). With N = n(n−1)/2 pairs, M ties, P pairs with Δ = 1 and X ties
 * with Δ = 1, r = (N·X − M·P) / √(M(N−M)·P(N−P)). Search (deterministic for a fixed seed):
 * (1) every prefix of the members sorted by coreness (desc, then index) — O(n + m) in all;
 * (2) local search flipping single members core ↔ periphery while r improves, each flip evaluated in
 * O(1) from running counts (ties inside the periphery, periphery neighbours per member) and applied
 * in O(degree); (3) `restarts` further runs from the best set with ~10 % of members flipped at
 * random (generator from src/graph/random.ts, seed derived per restart), visiting members in a
 * shuffled order. The best correlation wins (earliest run on ties).
 * Undefined cases (fit NaN): n < 3, no ties, or a complete graph (the adjacency is constant); the
 * core is then empty, except for a complete graph, where it is every member.
 * Reading: fit near 1 = a clear core–periphery structure; the core is the members everyone
 * else is tied to.
 */
export function corePeriphery(index: GraphIndex, options: CorePeripheryOptions = {}): CorePeripheryResult {
  const seed = options.seed ?? 42;
  const restarts = Math.max(0, Math.trunc(options.restarts ?? 10));
  const { coreness, iterations } = continuousCoreness(index, options.maxIterations ?? 1000, options.tolerance ?? 1e-10);
  const { core, fit } = discreteCore(index, coreness, seed, restarts);
  return { coreness, core, fit, iterations };
}

function continuousCoreness(index: GraphIndex, maxIterations: number, tolerance: number): { coreness: Float64Array; iterations: number } {
  const n = index.n;
  const offsets = index.undOffsets;
  const targets = index.undTargets;
  const c = new Float64Array(n);
  let degSum = 0;
  for (let i = 0; i < n; i++) degSum += offsets[i + 1] - offsets[i];
  if (degSum === 0) return { coreness: c, iterations: 0 };
  const scale = 1 / Math.sqrt(degSum);
  let S = 0;
  for (let i = 0; i < n; i++) {
    c[i] = (offsets[i + 1] - offsets[i]) * scale;
    S += c[i] * c[i];
  }
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    S = 0; // recomputed each sweep so rounding does not accumulate
    for (let i = 0; i < n; i++) S += c[i] * c[i];
    let maxDelta = 0;
    let maxC = 0;
    for (let i = 0; i < n; i++) {
      let num = 0;
      for (let p = offsets[i], end = offsets[i + 1]; p < end; p++) num += c[targets[p]];
      const old = c[i];
      const rest = S - old * old;
      const value = rest > 0 ? num / rest : 0;
      c[i] = value;
      S = rest + value * value;
      const d = Math.abs(value - old);
      if (d > maxDelta) maxDelta = d;
      if (value > maxC) maxC = value;
    }
    if (maxC === 0 || maxDelta <= tolerance * maxC) break;
  }
  let norm = 0;
  for (let i = 0; i < n; i++) norm += c[i] * c[i];
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < n; i++) c[i] /= norm;
  return { coreness: c, iterations };
}

function discreteCore(index: GraphIndex, coreness: Float64Array, seed: number, restarts: number): { core: Int32Array; fit: number } {
  const n = index.n;
  const offsets = index.undOffsets;
  const targets = index.undTargets;
  const M = targets.length / 2;
  const N = (n * (n - 1)) / 2;
  if (n >= 2 && M === N) {
    const all = new Int32Array(n);
    for (let i = 0; i < n; i++) all[i] = i;
    return { core: all, fit: NaN };
  }
  if (n < 3 || M === 0) return { core: new Int32Array(0), fit: NaN };

  const varA = M * (N - M);
  /** Correlation for a core of size k with `epp` ties inside the periphery; -Infinity if undefined. */
  const corr = (k: number, epp: number): number => {
    if (k < 1 || k > n - 2) return -Infinity;
    const q = n - k;
    const P = N - (q * (q - 1)) / 2;
    const X = M - epp;
    return (N * X - M * P) / Math.sqrt(varA * P * (N - P));
  };

  // State of the current partition.
  const inCore = new Uint8Array(n);
  const pn = new Int32Array(n); // periphery neighbours per member
  let k = 0;
  let epp = M;
  const reset = (members: Uint8Array | null): void => {
    inCore.fill(0);
    k = 0;
    epp = M;
    for (let v = 0; v < n; v++) pn[v] = offsets[v + 1] - offsets[v];
    if (members) for (let v = 0; v < n; v++) if (members[v] === 1) flip(v);
  };
  const flip = (v: number): void => {
    const delta = inCore[v] === 1 ? 1 : -1; // core → periphery adds v to the periphery
    if (inCore[v] === 1) {
      inCore[v] = 0;
      k--;
      epp += pn[v];
    } else {
      inCore[v] = 1;
      k++;
      epp -= pn[v];
    }
    for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) pn[targets[p]] += delta;
  };
  const flipGain = (v: number): number => (inCore[v] === 1 ? corr(k - 1, epp + pn[v]) : corr(k + 1, epp - pn[v]));
  const EPS = 1e-12;
  const localSearch = (order: Int32Array): number => {
    let current = corr(k, epp);
    for (let sweep = 0; sweep < 10000; sweep++) {
      let improved = false;
      for (let t = 0; t < n; t++) {
        const v = order[t];
        const value = flipGain(v);
        if (value > current + EPS) {
          flip(v);
          current = value;
          improved = true;
        }
      }
      if (!improved) break;
    }
    return current;
  };

  // (1) Best prefix of the coreness ranking.
  const ranking = new Int32Array(n);
  for (let i = 0; i < n; i++) ranking[i] = i;
  ranking.sort((a, b) => coreness[b] - coreness[a] || a - b);
  reset(null);
  let bestPrefix = 1;
  let bestPrefixValue = -Infinity;
  for (let t = 0; t < n - 2; t++) {
    flip(ranking[t]);
    const value = corr(k, epp);
    if (value > bestPrefixValue + EPS) {
      bestPrefixValue = value;
      bestPrefix = t + 1;
    }
  }
  const start = new Uint8Array(n);
  for (let t = 0; t < bestPrefix; t++) start[ranking[t]] = 1;

  // (2) Local search from it, members in index order.
  reset(start);
  const identity = new Int32Array(n);
  for (let i = 0; i < n; i++) identity[i] = i;
  let bestValue = localSearch(identity);
  const best = inCore.slice();

  // (3) Perturbed restarts.
  const perturb = Math.max(1, Math.round(0.1 * n));
  for (let r = 0; r < restarts; r++) {
    const rng = createRng(deriveSeed(seed, r));
    reset(best);
    for (let t = 0; t < perturb; t++) {
      const v = randomInt(rng, n);
      const nextK = inCore[v] === 1 ? k - 1 : k + 1;
      if (nextK >= 1 && nextK <= n - 2) flip(v);
    }
    const order = shuffleInPlace(rng, identity.slice());
    const value = localSearch(order);
    if (value > bestValue + EPS) {
      bestValue = value;
      best.set(inCore);
    }
  }

  let size = 0;
  for (let v = 0; v < n; v++) size += best[v];
  const core = new Int32Array(size);
  for (let v = 0, t = 0; v < n; v++) if (best[v] === 1) core[t++] = v;
  return { core, fit: bestValue };
}
