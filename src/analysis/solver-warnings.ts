/**
 * Warnings for iterative measures that stopped at their iteration cap: the report never carries an
 * unfinished vector silently. They join the input warnings in `report.warnings` (file, line and
 * column null: they are about the graph, not one input line).
 */
import type { InputWarning } from '../model/errors.js';
import type { IterativeResult } from '../metrics/eigenvector.js';

/**
 * `eigenvector-not-converged` / `pagerank-not-converged` when the solver did not meet its stopping
 * rule. PageRank at damping 0.85 always converges (the iteration is an L1 contraction by 0.85, so its
 * stopping rule holds within ~150 of the 1000 allowed steps); the check is kept for completeness.
 */
export function solverWarnings(eigenvector: IterativeResult, pagerank: IterativeResult, directed: boolean): InputWarning[] {
  const warnings: InputWarning[] = [];
  if (!eigenvector.converged) {
    const why = directed
      ? 'This happens on directed graphs whose other eigenvalues are nearly as large in modulus as the largest (e.g. long directed cycles).'
      : 'This should not happen on an undirected graph: please report it.';
    warnings.push({
      code: 'eigenvector-not-converged',
      message: `Eigenvector centrality did not converge in ${eigenvector.iterations} iterations; the values are the last iterate, not the exact eigenvector. ${why}`,
      file: null,
      line: null,
      column: null,
    });
  }
  if (!pagerank.converged) {
    warnings.push({
      code: 'pagerank-not-converged',
      message: `PageRank did not converge in ${pagerank.iterations} iterations; the values are the last iterate.`,
      file: null,
      line: null,
      column: null,
    });
  }
  return warnings;
}
