/**
 * Eigenvector centrality on the indexed core: Lanczos for symmetric matrices (undirected graphs, and
 * directed ones whose every arc is matched by an equal arc back), a shifted power iteration for the
 * other directed graphs.
 *
 * In-house rather than graphology-metrics: graphology's power iteration stops on a loose rule and,
 * like any unshifted or unit-shifted power iteration, depends on the weights' scale and oscillates
 * on bipartite graphs; see src/graph/lanczos.ts for why no npm eigen-solver.
 */
import type { GraphIndex } from '../graph/graph-index.js';
import { lanczosLeading } from '../graph/lanczos.js';

export interface EigenvectorOptions {
  /** Use tie weights (intensities) as the matrix entries. Default true; an index built with `weighted: false` always counts 1 per tie. */
  weighted?: boolean;
  /** Stop when the residual ‖A x − λ x‖₂ ≤ tolerance · λ (x of unit norm). Default 1e-14 (ARPACK, behind networkx's `_numpy` variant, uses machine ε). */
  tolerance?: number;
  /** Most products with the matrix (Lanczos steps or power steps). Default 10000. */
  maxIterations?: number;
}

export interface IterativeResult {
  /** One value per member, indexed like `index.ids`. */
  values: Float64Array;
  /** Iterations run (eigenvector: products with the matrix). */
  iterations: number;
  /** Whether the stopping rule was met within maxIterations (values are the last iterate either way). */
  converged: boolean;
}

/** Lanczos basis bound: at most this many numbers in the basis (n · basis), at least 30 vectors. */
const BASIS_BUDGET = 4_000_000;

/**
 * Eigenvector centrality (Bonacich 1972, J. Math. Sociol. 2:113; 1987, AJS 92:1170): the principal
 * eigenvector of the adjacency matrix A (a_uv = tie weight, or 1),
 *   λ x_v = Σ_u a_uv x_u,   λ = the largest eigenvalue (Perron root),
 * scaled to unit Euclidean norm (networkx, sna; igraph scales max = 1). Directed graphs: LEFT
 * eigenvector, λ x_v = Σ_{u→v} a_uv x_u (prestige from incoming ties), as networkx.
 *
 * Computed to the exact eigenvector (what networkx `eigenvector_centrality_numpy` / ARPACK and numpy's
 * dense `eigh` give), whatever the weights' scale:
 * - symmetric A (undirected; directed with every arc reciprocated by an equal weight): Lanczos with
 *   full reorthogonalisation (src/graph/lanczos.ts) from the uniform start, stopping when the residual
 *   ‖A x − θ x‖ ≤ tolerance · θ. Converges on long paths and bipartite graphs, where power iteration
 *   stalls (networkx's x ← (A + I) x needs ~10⁶ steps on a 1,000-member path and, with weights of
 *   10⁴, the shift I is negligible so bipartite graphs oscillate).
 * - other directed A: power iteration x ← (Aᵀ + c I) x / ‖·‖ from the uniform start, with the shift c
 *   = the current estimate θ = xᵀAᵀx of λ (so it scales with the weights; any c > 0 keeps λ + c the
 *   unique dominant eigenvalue, and c ≈ λ cancels the period-2 oscillation), same residual test.
 * When the test is not met within maxIterations, `converged` is false and analyze() reports a
 * warning (`eigenvector-not-converged`): e.g. a directed graph with no cycle (λ = 0) or a long
 * directed cycle (eigenvalues all of modulus λ).
 *
 * Degenerate cases (documented choices): n = 0 → empty values (networkx raises); a graph without ties
 * → every member 1/√n, which is what networkx's power iteration returns. On a disconnected or not
 * strongly connected graph the vector concentrates on the component with the largest eigenvalue;
 * members outside it (and outside what it points to) get 0 (|x_v| at rounding level, written as 0
 * when negative). With components tied for the largest eigenvalue the result is the normalised
 * projection of the uniform start on their eigenspace — networkx's power-iteration limit.
 * Peers: networkx 2.8 `eigenvector_centrality` / `_numpy`, igraph 0.10 `eigenvector_centrality`
 * (rescaled), sna 2.7 `evcent`, numpy `linalg.eigh`. O(m + n · basis) per Lanczos step (basis ≤
 * max(30, 4·10⁶ / n) vectors), O(m) per power step.
 */
export function eigenvector(index: GraphIndex, options: EigenvectorOptions = {}): IterativeResult {
  const { tolerance = 1e-14, maxIterations = 10000 } = options;
  // An index built with `weighted: false` means all weights 1, whatever its weight arrays hold (the
  // undirected view of such an index carries 2 on reciprocated pairs).
  const weighted = (options.weighted ?? true) && index.weighted;
  const n = index.n;
  if (n === 0) return { values: new Float64Array(0), iterations: 0, converged: true };
  // Pull form y = Aᵀx: y_v = Σ_{u→v} a_uv x_u, over v's predecessors (undirected: neighbours).
  const { inOffsets: offsets, inSources: sources, inWeights: weights } = index;
  const product = (x: Float64Array, y: Float64Array): void => {
    for (let v = 0; v < n; v++) {
      let sum = 0;
      if (weighted) for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) sum += weights[p] * x[sources[p]];
      else for (let p = offsets[v], end = offsets[v + 1]; p < end; p++) sum += x[sources[p]];
      y[v] = sum;
    }
  };
  const start = new Float64Array(n).fill(1 / Math.sqrt(n));
  let result: IterativeResult;
  if (!index.directed || isSymmetric(index, weighted)) {
    const maxBasis = Math.min(n + 1, Math.max(30, Math.floor(BASIS_BUDGET / n)));
    const r = lanczosLeading(n, product, start, { tolerance, maxProducts: maxIterations, maxBasis });
    result = { values: r.vector, iterations: r.products, converged: r.converged };
  } else {
    result = shiftedPower(n, product, start, tolerance, maxIterations);
  }
  const x = result.values;
  // The Perron vector is ≥ 0: fix the sign, and write rounding-level negatives as 0.
  let sum = 0;
  for (let v = 0; v < n; v++) sum += x[v];
  if (sum < 0) for (let v = 0; v < n; v++) x[v] = -x[v];
  for (let v = 0; v < n; v++) if (x[v] < 0) x[v] = 0;
  return result;
}

/** Whether the in-rows equal the out-rows (Aᵀ = A): every arc has an arc back of equal weight. */
function isSymmetric(index: GraphIndex, weighted: boolean): boolean {
  const { outOffsets, outTargets, outWeights, inOffsets, inSources, inWeights } = index;
  for (let v = 0; v <= index.n; v++) if (outOffsets[v] !== inOffsets[v]) return false;
  for (let p = 0; p < outTargets.length; p++) {
    if (outTargets[p] !== inSources[p]) return false;
    if (weighted && outWeights[p] !== inWeights[p]) return false;
  }
  return true;
}

/**
 * Power iteration x ← (Aᵀ + c I) x / ‖·‖₂ with c = θ = xᵀAᵀx (1 while θ = 0), stopping when
 * ‖Aᵀx − θ x‖₂ ≤ tolerance · θ.
 */
function shiftedPower(n: number, product: (x: Float64Array, y: Float64Array) => void, start: Float64Array, tolerance: number, maxIterations: number): IterativeResult {
  let x = Float64Array.from(start);
  let y = new Float64Array(n);
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    product(x, y);
    let theta = 0;
    for (let v = 0; v < n; v++) theta += x[v] * y[v];
    let residual = 0;
    for (let v = 0; v < n; v++) {
      const r = y[v] - theta * x[v];
      residual += r * r;
    }
    residual = Math.sqrt(residual);
    if (residual <= tolerance * theta || residual === 0) return { values: x, iterations: iteration, converged: true };
    const shift = theta > 0 ? theta : 1;
    let norm = 0;
    for (let v = 0; v < n; v++) {
      const value = y[v] + shift * x[v];
      y[v] = value;
      norm += value * value;
    }
    norm = Math.sqrt(norm) || 1;
    for (let v = 0; v < n; v++) y[v] /= norm;
    const swap = x;
    x = y;
    y = swap;
  }
  return { values: x, iterations: maxIterations, converged: false };
}
