/**
 * The null model in worker threads (compiled library, dist/): the same numbers for every thread
 * count, with the samples run in workers; `nullSamples: 0` turns it off.
 */
import { describe, it, expect } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateCluster } from '../../../bench/generate.mjs';
import { buildCluster } from '../../../src/io/build-cluster.js';
import { analyze } from '../../../src/analysis/analyze.js';

const DIST = join(import.meta.dirname, '..', '..', '..', 'dist');

describe('null model and threads', () => {
  it('threads 1, 2 and 3 give the same report (samples in workers)', async () => {
    if (!existsSync(join(DIST, 'analysis', 'worker-entry.js'))) throw new Error('dist/ is missing: run `npm run build`');
    const { readCluster } = await import(join(DIST, 'io', 'read-cluster.js'));
    const { analyze: analyzeDist } = await import(join(DIST, 'analysis', 'analyze.js'));
    const { renderJson } = await import(join(DIST, 'report', 'json.js'));
    const workers = await import(join(DIST, 'analysis', 'workers.js'));
    const { members, ties } = generateCluster({ members: 600, ties: 3000, seed: 9 });
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'cg-null-'));
    writeFileSync(join(dir, 'members.csv'), members);
    writeFileSync(join(dir, 'ties.csv'), ties);
    const data = await readCluster({ members: join(dir, 'members.csv'), ties: join(dir, 'ties.csv') }, {});
    // 40 samples × 3000 ties ≥ NULL_WORKER_MIN_WORK: the samples run in workers with threads > 1.
    expect(40 * 3000).toBeGreaterThanOrEqual(workers.NULL_WORKER_MIN_WORK);
    const out: string[] = [];
    for (const threads of [1, 2, 3]) out.push(renderJson(await analyzeDist(data, { permutations: 0, restarts: 1, nullSamples: 40, threads })));
    expect(out[1]).toBe(out[0]);
    expect(out[2]).toBe(out[0]);
    const nm = JSON.parse(out[0]).nullModel;
    expect(nm.samples).toBe(40);
    expect(nm.swaps).toBe(40 * 10 * 3000);
    expect(nm.indicators.transitivity.z).not.toBeNull();
  }, 300_000);

  it('nullSamples 0 turns it off; the size rule bounds the samples and is echoed in options.sampling', async () => {
    const off = await analyze(buildCluster({ members: 'id\na\nb\nc\n', ties: 'source,target\na,b\nb,c\n' }), { nullSamples: 0, permutations: 0 });
    expect(off.nullModel).toBeNull();
    expect(off.options.sampling!.nullModel).toEqual({ exact: true, samples: 0, pivots: null, seed: null });
    const { members, ties } = generateCluster({ members: 1000, ties: 5000, seed: 3 });
    const big = await analyze(buildCluster({ members, ties }), { nullSamples: 200, permutations: 0, restarts: 1, keyPlayers: 0 });
    expect(big.options.sampling!.nullModel).toMatchObject({ exact: false, samples: 30, pivots: 64 });
    expect(big.nullModel!.samples).toBe(30);
    expect(big.nullModel!.pivots).toBe(64);
    const exact = await analyze(buildCluster({ members, ties }), { nullSamples: 60, permutations: 0, restarts: 1, keyPlayers: 0, exact: true });
    expect(exact.options.sampling!.nullModel).toEqual({ exact: true, samples: 60, pivots: null, seed: null });
  }, 300_000);
});
