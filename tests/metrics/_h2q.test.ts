import { it } from 'vitest';
import { indexFromArcs } from '../../src/core/graph-index.js';
import { createRng } from '../../src/core/random.js';
import { pathSummary } from '../../src/metrics/paths.js';
import { globalEfficiency } from '../../src/metrics/efficiency.js';
it('perf', () => {
  for (const directed of [false, true]) {
    const n = 3000, m = 30000, rng = createRng(2);
    const src = new Int32Array(m), dst = new Int32Array(m), w = new Float64Array(m);
    for (let e = 0; e < m; e++) { src[e] = Math.floor(rng() * n); dst[e] = Math.floor(rng() * n); w[e] = 1 + Math.floor(rng() * 5); }
    const idx = indexFromArcs(Array.from({ length: n }, (_, i) => 'm' + i), directed, { src, dst, w });
    let t = performance.now();
    const lap = (l: string, v: unknown) => { const now = performance.now(); console.log(directed ? 'dir' : 'und', l, Math.round(now - t), 'ms', JSON.stringify(v)); t = now; };
    lap('hop', pathSummary(idx));
    lap('weighted', pathSummary(idx, { weighted: true }));
    lap('geff', globalEfficiency(idx));
  }
});
