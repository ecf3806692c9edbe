/**
 * An iterative measure that stops at its cap is reported in `report.warnings`, never silently.
 */
import { describe, it, expect } from 'vitest';
import { buildCluster } from '../src/io/build-cluster.js';
import { analyze } from '../src/analysis/analyze.js';
import { solverWarnings } from '../src/analysis/solver-warnings.js';

/** A directed cycle of n members, one tie of weight 2: eigenvalues all near the circle |z| = λ. */
function cycleCluster(n: number, directed: boolean) {
  const members = ['id,name,type', ...Array.from({ length: n }, (_, i) => `m${i},Member ${i},school`)].join('\n');
  const ties = ['source,target,weight', ...Array.from({ length: n }, (_, i) => `m${i},m${(i + 1) % n},${i === 0 ? 2 : 1}`)].join('\n');
  return buildCluster({ members, ties }, { directed });
}

describe('solver warnings in the report', () => {
  it('a directed cycle where eigenvector centrality cannot converge gets eigenvector-not-converged', async () => {
    const report = await analyze(cycleCluster(50, true), { permutations: 0 });
    const w = report.warnings.filter((x) => x.code === 'eigenvector-not-converged');
    expect(w).toHaveLength(1);
    expect(w[0].message).toMatch(/did not converge in 10000 iterations/);
    expect(w[0].file).toBeNull();
    expect(report.warnings.some((x) => x.code === 'pagerank-not-converged')).toBe(false);
  });

  it('no such warning when it converges (the same cycle undirected)', async () => {
    const report = await analyze(cycleCluster(50, false), { permutations: 0 });
    expect(report.warnings.filter((x) => x.code.endsWith('-not-converged'))).toEqual([]);
  });

  it('PageRank that stopped at its cap is reported too', () => {
    const done = { values: new Float64Array(1), iterations: 3, converged: true };
    const capped = { values: new Float64Array(1), iterations: 1000, converged: false };
    expect(solverWarnings(done, done, false)).toEqual([]);
    expect(solverWarnings(done, capped, false).map((w) => w.code)).toEqual(['pagerank-not-converged']);
    expect(solverWarnings(capped, done, false).map((w) => w.code)).toEqual(['eigenvector-not-converged']);
  });
});
