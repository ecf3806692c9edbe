/**
 * Worker threads never change a value: the report is byte-identical for every thread count.
 * Runs the COMPILED library (dist/, where the worker entry exists — under vitest the TypeScript
 * sources fall back to in-thread execution) on a cluster large enough to start workers, and the CLI
 * with --threads 1 / --threads 2 once the analyze command has the performance options.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCluster } from '../../bench/generate.mjs';
import { workersAvailable, WORKER_MIN_WORK } from '../../src/analysis/workers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const BIN = join(ROOT, 'bin', 'cluster-graph.js');
let dir = '';

beforeAll(() => {
  if (!existsSync(join(DIST, 'analysis', 'worker-entry.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
  dir = mkdtempSync(join(tmpdir(), 'cg-threads-'));
  // 3,000 members / 12,000 ties: 3,000 × 24,000 arcs = 7.2·10⁷ ≥ WORKER_MIN_WORK, so workers start.
  const { members, ties } = generateCluster({ members: 3000, ties: 12000, seed: 5 });
  writeFileSync(join(dir, 'members.csv'), members);
  writeFileSync(join(dir, 'ties.csv'), ties);
  expect(3000 * 24000).toBeGreaterThanOrEqual(WORKER_MIN_WORK);
});

describe('worker threads', () => {
  it('fall back to in-thread execution on the TypeScript sources', () => {
    expect(workersAvailable()).toBe(false);
  });

  it('compiled library: threads 1, 2 and 3 give byte-identical JSON, exact and sampled', async () => {
    const { readCluster } = await import(join(DIST, 'io', 'read-cluster.js'));
    const { analyze } = await import(join(DIST, 'analysis', 'analyze.js'));
    const { renderJson } = await import(join(DIST, 'report', 'json.js'));
    const workers = await import(join(DIST, 'analysis', 'workers.js'));
    expect(workers.workersAvailable()).toBe(true);
    const data = await readCluster({ members: join(dir, 'members.csv'), ties: join(dir, 'ties.csv') }, {});
    for (const mode of [{}, { exact: false, sample: 300 }]) {
      const out = [];
      for (const threads of [1, 2, 3]) out.push(renderJson(await analyze(data, { permutations: 500, restarts: 2, threads, ...mode })));
      expect(out[1]).toBe(out[0]);
      expect(out[2]).toBe(out[0]);
    }
  }, 300_000);

  it('compiled library, weighted paths: threads 1, 2 and 3 give byte-identical JSON, exact and sampled', async () => {
    const { readCluster } = await import(join(DIST, 'io', 'read-cluster.js'));
    const { analyze } = await import(join(DIST, 'analysis', 'analyze.js'));
    const { renderJson } = await import(join(DIST, 'report', 'json.js'));
    const data = await readCluster({ members: join(dir, 'members.csv'), ties: join(dir, 'ties.csv') }, {});
    for (const mode of [{}, { exact: false, sample: 300 }]) {
      const out = [];
      for (const threads of [1, 2, 3]) out.push(renderJson(await analyze(data, { paths: 'weighted', permutations: 0, restarts: 1, threads, ...mode })));
      expect(JSON.parse(out[0]).options.paths).toBe('weighted');
      expect(out[1]).toBe(out[0]);
      expect(out[2]).toBe(out[0]);
    }
    // Directed: the incoming Dijkstra rows and the key-player second pass run in the workers too.
    const directed = await readCluster({ members: join(dir, 'members.csv'), ties: join(dir, 'ties.csv') }, { directed: true });
    const out = [];
    for (const threads of [1, 3]) out.push(renderJson(await analyze(directed, { paths: 'weighted', permutations: 0, restarts: 1, threads })));
    expect(out[1]).toBe(out[0]);
  }, 300_000);

  it('compiled library: Louvain in a worker gives the partition computed in this thread, undirected and directed', async () => {
    const { readCluster } = await import(join(DIST, 'io', 'read-cluster.js'));
    const { buildIndex } = await import(join(DIST, 'graph', 'graph-index.js'));
    const { communitiesOnIndex } = await import(join(DIST, 'metrics', 'communities', 'index.js'));
    const workers = await import(join(DIST, 'analysis', 'workers.js'));
    for (const directed of [false, true]) {
      const data = await readCluster({ members: join(dir, 'members.csv'), ties: join(dir, 'ties.csv') }, { directed });
      const index = buildIndex(data.toGraph());
      expect(index.directed).toBe(directed);
      const options = { seed: 7, restarts: 2 };
      const here = communitiesOnIndex(index, options);
      const inWorker = await workers.startCommunities(index, options, 2, 0).finish();
      expect(inWorker).toEqual(here);
      expect(inWorker.count).toBeGreaterThan(1);
    }
  }, 300_000);

  const help = spawnSync(process.execPath, [BIN, 'analyze', '--help'], { encoding: 'utf8' }).stdout ?? '';
  it.skipIf(!help.includes('--threads'))('CLI: --threads 1 and --threads 2 write byte-identical JSON', () => {
    const run = (threads: number) => {
      const out = join(dir, `r${threads}.json`);
      const r = spawnSync(process.execPath, [BIN, 'analyze', join(dir, 'members.csv'), join(dir, 'ties.csv'), '--format', 'json', '--out', out, '--quiet', '--threads', String(threads), '--permutations', '500'], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return readFileSync(out, 'utf8');
    };
    expect(run(2)).toBe(run(1));
  }, 300_000);
});
