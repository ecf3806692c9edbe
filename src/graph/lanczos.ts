/**
 * Leading eigenpair of a symmetric matrix given only as a product y = A x: the Lanczos method with
 * full reorthogonalisation and explicit restarts (Lanczos 1950; Golub & Van Loan, Matrix Computations,
 * 4th ed., §10.1–10.3; Saad, Numerical Methods for Large Eigenvalue Problems, 2nd ed., §6.6).
 *
 * Why Lanczos and not the power method: the power method converges like (λ₂/λ₁)^k, so on a long path
 * (relative gap ~1e-5 at 1,000 members) or a bipartite graph (λ_min = −λ_max) it needs millions of
 * steps or never settles; Lanczos converges like 1/T_k(1 + 2γ) (Chebyshev), i.e. with √γ instead
 * of γ, and its Krylov space does not depend on the matrix's scale, so weights of 1e-3 or 1e6 give
 * the same iterates. Written in-house on typed arrays: the npm eigen-solvers are dense (O(n²) memory,
 * O(n³) time: ml-matrix, numeric, mathjs) or wrap ARPACK through WebAssembly/native builds that this
 * ESM/Node-only library does not want as a dependency for one measure.
 *
 * Method. From the unit start q, the basis v₀ = q, v₁, … of the Krylov space span{q, Aq, A²q, …} is
 * built one product at a time by the three-term recurrence; each new vector is then orthogonalised
 * once more against every basis vector (complete reorthogonalisation, Golub & Van Loan §10.3.1 — the
 * recurrence is the first Gram–Schmidt pass, this the second: "twice is enough", Giraud et al. 2005),
 * so the basis stays orthonormal to rounding and no spurious copies of converged eigenvalues appear. The projected matrix
 * T = Vᵀ A V is tridiagonal (α on the diagonal, β beside it); its largest eigenvalue θ is found by
 * bisection on Sturm counts and its eigenvector s by inverse iteration. The Ritz pair (θ, y = V s)
 * has residual ‖A y − θ y‖ = β_k |s_k| (the last β times the last component of s), known without a
 * product: the iteration stops when that residual ≤ tolerance · |θ|, or when β vanishes (the Krylov
 * space is invariant: the pair is exact). When the basis reaches `maxBasis` vectors the iteration
 * restarts from the current Ritz vector (memory stays n · maxBasis numbers).
 *
 * Which eigenvector, when the largest eigenvalue is repeated: the Krylov space of q holds only q's
 * projection on each eigenspace, so the result is the normalised projection of q on the leading
 * eigenspace — the limit the power method reaches from the same start.
 */

/** y ← A x (y is overwritten). */
export type SymmetricProduct = (x: Float64Array, y: Float64Array) => void;

export interface LanczosOptions {
  /** Stop when the residual ‖A y − θ y‖₂ ≤ tolerance · |θ| (y of unit norm). */
  tolerance: number;
  /** Most products A x (the work bound). */
  maxProducts: number;
  /** Most basis vectors kept before a restart (≥ 2). */
  maxBasis: number;
}

export interface LanczosResult {
  /** Unit eigenvector estimate (Ritz vector). */
  vector: Float64Array;
  /** Eigenvalue estimate (largest Ritz value). */
  value: number;
  /** Residual estimate ‖A y − θ y‖₂. */
  residual: number;
  /** Products A x computed. */
  products: number;
  converged: boolean;
}

/** Number of eigenvalues of the tridiagonal (α, β) of order k that are < x (Sturm count, LDLᵀ pivots). */
function sturmCount(alpha: Float64Array, beta: Float64Array, k: number, x: number, tiny: number): number {
  let count = 0;
  let d = 1;
  for (let i = 0; i < k; i++) {
    d = alpha[i] - x - (i > 0 ? (beta[i - 1] * beta[i - 1]) / d : 0);
    if (d === 0) d = -tiny; // a zero pivot: perturb it (counts as negative, standard practice)
    if (d < 0) count++;
  }
  return count;
}

/** Largest eigenvalue of the symmetric tridiagonal (α, β) of order k, by bisection to full precision. */
export function largestTridiagonalEigenvalue(alpha: Float64Array, beta: Float64Array, k: number): number {
  // Gershgorin interval.
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < k; i++) {
    const r = (i > 0 ? Math.abs(beta[i - 1]) : 0) + (i < k - 1 ? Math.abs(beta[i]) : 0);
    lo = Math.min(lo, alpha[i] - r);
    hi = Math.max(hi, alpha[i] + r);
  }
  const scale = Math.max(Math.abs(lo), Math.abs(hi));
  if (scale === 0) return 0;
  const tiny = Number.MIN_VALUE * 4 + scale * 1e-300;
  // Invariant: count(< lo) ≤ k − 1 and count(< hi) = k, i.e. the largest eigenvalue is in [lo, hi].
  lo -= scale * 1e-15;
  hi += scale * 1e-15;
  for (let step = 0; step < 200; step++) {
    const mid = lo + (hi - lo) / 2;
    if (mid <= lo || mid >= hi) break;
    if (sturmCount(alpha, beta, k, mid, tiny) === k) hi = mid;
    else lo = mid;
  }
  return lo + (hi - lo) / 2;
}

/**
 * Unit eigenvector of the symmetric tridiagonal (α, β) of order k for the eigenvalue θ, by inverse
 * iteration: solve (T − θ I) z = b by Gaussian elimination with partial pivoting (LAPACK dgttrf/dgttrs
 * pattern), three times from b = 1. Written into `s`; its sign makes the sum of its entries ≥ 0.
 */
export function tridiagonalEigenvector(alpha: Float64Array, beta: Float64Array, k: number, theta: number, s: Float64Array): void {
  if (k === 1) {
    s[0] = 1;
    return;
  }
  let norm = 0;
  for (let i = 0; i < k; i++) norm = Math.max(norm, Math.abs(alpha[i]) + (i < k - 1 ? Math.abs(beta[i]) : 0) + (i > 0 ? Math.abs(beta[i - 1]) : 0));
  const tiny = (norm || 1) * 2.2e-16;
  // LU of T − θI with row interchanges: U has three diagonals (d, u1, u2), L the multipliers (l).
  const d = new Float64Array(k);
  const u1 = new Float64Array(k);
  const u2 = new Float64Array(k);
  const l = new Float64Array(k);
  const swapped = new Uint8Array(k);
  for (let i = 0; i < k; i++) {
    d[i] = alpha[i] - theta;
    if (i < k - 1) u1[i] = beta[i];
  }
  // Row i+1 below: sub-diagonal beta[i], diagonal d[i+1], super-diagonal beta[i+1].
  for (let i = 0; i < k - 1; i++) {
    const sub = beta[i];
    if (Math.abs(d[i]) >= Math.abs(sub)) {
      if (d[i] === 0) d[i] = tiny;
      const m = sub / d[i];
      l[i] = m;
      d[i + 1] -= m * u1[i];
      // u2[i] stays 0
    } else {
      // Swap rows i and i+1.
      const m = d[i] / sub;
      l[i] = m;
      swapped[i] = 1;
      const rowI1 = d[i + 1];
      const rowI2 = i < k - 2 ? beta[i + 1] : 0;
      d[i] = sub;
      const oldU1 = u1[i];
      u1[i] = rowI1;
      u2[i] = rowI2;
      d[i + 1] = oldU1 - m * rowI1;
      if (i < k - 2) u1[i + 1] = -m * rowI2;
    }
  }
  if (d[k - 1] === 0) d[k - 1] = tiny;
  s.fill(1, 0, k);
  for (let round = 0; round < 3; round++) {
    // Forward: apply L⁻¹ (with the interchanges) to b = s.
    for (let i = 0; i < k - 1; i++) {
      if (swapped[i]) {
        const t = s[i];
        s[i] = s[i + 1];
        s[i + 1] = t - l[i] * s[i + 1];
      } else s[i + 1] -= l[i] * s[i];
    }
    // Back: U z = b.
    for (let i = k - 1; i >= 0; i--) {
      let v = s[i];
      if (i + 1 < k) v -= u1[i] * s[i + 1];
      if (i + 2 < k) v -= u2[i] * s[i + 2];
      s[i] = v / (d[i] === 0 ? tiny : d[i]);
    }
    let sum = 0;
    let max = 0;
    for (let i = 0; i < k; i++) max = Math.max(max, Math.abs(s[i]));
    for (let i = 0; i < k; i++) {
      s[i] /= max;
      sum += s[i] * s[i];
    }
    const inv = 1 / Math.sqrt(sum);
    for (let i = 0; i < k; i++) s[i] *= inv;
  }
  let total = 0;
  for (let i = 0; i < k; i++) total += s[i];
  if (total < 0) for (let i = 0; i < k; i++) s[i] = -s[i];
}

/**
 * Leading (largest algebraic) eigenpair of the symmetric matrix behind `product`, from the start
 * vector `start` (any non-zero vector; normalised here). O(products · (m + n · basis)) time for a
 * matrix with m non-zeros, O(n · maxBasis) memory.
 */
export function lanczosLeading(n: number, product: SymmetricProduct, start: Float64Array, options: LanczosOptions): LanczosResult {
  const maxBasis = Math.max(2, Math.min(options.maxBasis, n + 1));
  const { tolerance, maxProducts } = options;
  const basis: Float64Array[] = [];
  const alpha = new Float64Array(maxBasis);
  const beta = new Float64Array(maxBasis);
  const s = new Float64Array(maxBasis);
  const w = new Float64Array(n);
  const q = Float64Array.from(start);
  normalise(q);
  let products = 0;
  let theta = 0;
  let residual = Infinity;
  for (;;) {
    // One cycle from q (the start, then the Ritz vector at each restart).
    if (basis.length === 0) basis.push(new Float64Array(n));
    basis[0].set(q);
    let k = 0; // basis vectors in use − 1
    for (;;) {
      const v = basis[k];
      product(v, w);
      products++;
      // Three-term recurrence, w = A v_k − β_{k−1} v_{k−1} − α_k v_k, then one classical Gram–Schmidt
      // pass against the whole basis (complete reorthogonalisation).
      if (k > 0) {
        const prev = basis[k - 1];
        const b = beta[k - 1];
        for (let t = 0; t < n; t++) w[t] -= b * prev[t];
      }
      let a = 0;
      for (let t = 0; t < n; t++) a += v[t] * w[t];
      for (let t = 0; t < n; t++) w[t] -= a * v[t];
      for (let i = 0; i <= k; i++) {
        const b = basis[i];
        let h = 0;
        for (let t = 0; t < n; t++) h += b[t] * w[t];
        if (i === k) a += h;
        for (let t = 0; t < n; t++) w[t] -= h * b[t];
      }
      alpha[k] = a;
      let bk = 0;
      for (let t = 0; t < n; t++) bk += w[t] * w[t];
      bk = Math.sqrt(bk);
      beta[k] = bk;
      const order = k + 1;
      theta = largestTridiagonalEigenvalue(alpha, beta, order);
      tridiagonalEigenvector(alpha, beta, order, theta, s);
      residual = bk * Math.abs(s[k]);
      const done = residual <= tolerance * Math.abs(theta) || bk === 0;
      if (done || products >= maxProducts || order === maxBasis || order === n) {
        // Ritz vector y = V s.
        q.fill(0);
        for (let i = 0; i < order; i++) {
          const b = basis[i];
          const c = s[i];
          for (let t = 0; t < n; t++) q[t] += c * b[t];
        }
        normalise(q);
        if (done || products >= maxProducts) return { vector: q, value: theta, residual, products, converged: done };
        // order === n with a non-zero β only happens through rounding: restart as for a full basis.
        break;
      }
      if (basis.length === order) basis.push(new Float64Array(n));
      const next = basis[order];
      const inv = 1 / bk;
      for (let t = 0; t < n; t++) next[t] = w[t] * inv;
      k = order;
    }
  }
}

function normalise(x: Float64Array): void {
  let sum = 0;
  for (let t = 0; t < x.length; t++) sum += x[t] * x[t];
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let t = 0; t < x.length; t++) x[t] /= norm;
}
