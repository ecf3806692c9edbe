/**
 * Worker-thread driver for the all-sources traversals (src/metrics/paths/all-sources.ts): betweenness,
 * closeness-type sums and path summary, and the key-player efficiencies.
 *
 * Determinism: the sources are cut into a FIXED number of contiguous blocks (src/metrics/paths/path-family.ts) that depends only on the
 * number of sources (never on the thread count); every block is computed whole by the same pure kernel
 * and the main thread reduces the block results in block order. So `threads: 1` and `threads: N` give
 * bit-identical numbers; threads only decide which blocks run where. With N threads, N − 1 workers
 * start at once and take blocks from a shared counter; the main thread joins them when it needs the
 * results ({@link PendingBlocks.finish}), after doing its own work meanwhile (src/analysis/analyze.ts).
 *
 * Where the workers come from: the worker entry is the compiled `worker-entry.js` next to this file
 * (dist/analysis/). When it is absent — the TypeScript sources run under vitest, where there is no .js
 * beside the .ts — or when `threads` ≤ 1 or the work is small ({@link WORKER_MIN_WORK}), the blocks
 * run in this thread, in order, with the very same kernel: same result, no start-up cost.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GraphIndex } from '../graph/graph-index.js';
import { bfs, createBfsBuffers } from '../graph/traversal.js';
import { permutationValues, type PermutationSetup } from '../metrics/ei-index.js';
import { communitiesOnIndex, type CommunityOptions, type CommunityResult } from '../metrics/communities/index.js';
import { runBlock } from '../metrics/paths/all-sources.js';
import { reduceKeyPlayerBlocks, runKeyPlayerBlock } from '../metrics/key-player-removal.js';
import { runKeyPlayerLevelBlock } from '../metrics/key-player-levels.js';
import type { LevelCodes } from '../metrics/paths/level-codes.js';
import { passSources, sourceBlocks, traversalGraph as plainGraph } from '../metrics/paths/path-family.js';
import { takeBlock, type BlockResult, type KeyPlayerBlockResult, type TraversalGraph } from '../metrics/paths/pass-types.js';
import { nullBlocks, runNullBlock, type NullBlockResult, type NullSetup } from '../metrics/null-model/index.js';

/**
 * Below this amount of traversal work (sources × arcs visited) the blocks run in-thread: starting a
 * worker (≈ 40–80 ms with module loading) costs more than it saves. 1k members / 5k ties = 10^7.
 */
export const WORKER_MIN_WORK = 5e7;

/**
 * From this many ties on, Louvain runs in a worker thread of its own (when threads > 1), alongside the
 * all-sources pass and this thread's measures; below, in this thread.
 */
export const COMMUNITY_WORKER_MIN_TIES = 20_000;

/** Below this many label comparisons (permutations × (ties + draws)) the E-I test runs in-thread. */
export const PERMUTATION_MIN_WORK = 2e8;

/** The default thread count: the cores Node may use. */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Messages to and from a worker. Block jobs hold every block; `next` (shared) is the number of the next block to take: each thread —
 * the workers and, once its own work is done, the main thread — takes blocks with Atomics.add until
 * none is left, so the load balances itself while every block is still computed whole by one thread.
 */
export type WorkerJob =
  | { kind: 'blocks'; graph: TraversalGraph; blocks: Int32Array[]; next: Int32Array; exact: boolean; inComponent: Uint8Array; candidates: Int32Array; levels: LevelCodes | null }
  | { kind: 'keyplayers'; graph: TraversalGraph; blocks: Int32Array[]; next: Int32Array; candidates: Int32Array }
  | { kind: 'keylevels'; graph: TraversalGraph; blocks: Int32Array[]; next: Int32Array; candidates: Int32Array; levels: LevelCodes; candidateDist: Int32Array; rows: Float64Array }
  | { kind: 'permutations'; setup: PermutationSetup; id: number; from: number; to: number }
  | { kind: 'communities'; index: GraphIndex; options: CommunityOptions }
  | { kind: 'nullmodel'; setup: NullSetup; blocks: [number, number][]; next: Int32Array };
export type WorkerReply =
  | { kind: 'block'; id: number; result: BlockResult }
  | { kind: 'keyplayers'; id: number; result: KeyPlayerBlockResult }
  | { kind: 'permutations'; id: number; values: Float64Array }
  | { kind: 'communities'; result: CommunityResult }
  | { kind: 'nullmodel'; id: number; result: NullBlockResult }
  | { kind: 'done' }
  | { kind: 'error'; message: string };

const WORKER_URL = new URL('./worker-entry.js', import.meta.url);

/** Whether the compiled worker entry exists (false under vitest on the TypeScript sources). */
export function workersAvailable(): boolean {
  try {
    return WORKER_URL.protocol === 'file:' && existsSync(fileURLToPath(WORKER_URL));
  } catch {
    return false;
  }
}

/** Contiguous block boundaries of `count` items in `blocks` parts: part b = [cut[b], cut[b+1]). */
function cuts(count: number, blocks: number): number[] {
  const out: number[] = [];
  for (let b = 0; b <= blocks; b++) out.push(Math.floor((b * count) / blocks));
  return out;
}

function shared<T extends Int32Array | Uint8Array | Float64Array>(a: T): T {
  const Ctor = a.constructor as { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number };
  const copy = new Ctor(new SharedArrayBuffer(Math.max(1, a.length) * Ctor.BYTES_PER_ELEMENT));
  (copy as Int32Array).set(a as Int32Array);
  return a.length === 0 ? (copy.subarray(0, 0) as T) : copy;
}

/**
 * The traversal arrays of an index in shared memory (each distinct array copied once; the weights
 * only for weighted paths).
 */
function sharedGraph(index: GraphIndex, weighted: boolean): TraversalGraph {
  const cache = new Map<Int32Array | Float64Array, Int32Array | Float64Array>();
  const get = <T extends Int32Array | Float64Array>(a: T): T => {
    let c = cache.get(a);
    if (c === undefined) {
      c = shared(a);
      cache.set(a, c);
    }
    return c as T;
  };
  const plain = plainGraph(index, weighted);
  return {
    n: index.n,
    directed: index.directed,
    outOffsets: get(index.outOffsets),
    outTargets: get(index.outTargets),
    inOffsets: get(index.inOffsets),
    inSources: get(index.inSources),
    undOffsets: get(index.undOffsets),
    undTargets: get(index.undTargets),
    weightedPaths: plain.weightedPaths,
    outWeights: plain.weightedPaths ? get(index.outWeights) : plain.outWeights,
    inWeights: plain.weightedPaths ? get(index.inWeights) : plain.inWeights,
    undWeights: plain.weightedPaths ? get(index.undWeights) : plain.undWeights,
  };
}

/** How many threads will actually be used for `work` (sources × arcs). */
export function effectiveThreads(threads: number, work: number, parts: number): number {
  const t = Math.max(1, Math.min(Math.trunc(threads) || 1, parts));
  if (t <= 1 || work < WORKER_MIN_WORK || !workersAvailable()) return 1;
  return t;
}

async function runWorkers(jobs: WorkerJob[], onReply: (r: WorkerReply) => void): Promise<void> {
  // Workers are created and given their job synchronously, so they start at once even when the
  // caller goes on with synchronous work before awaiting (src/analysis/path-pass.ts and analyze.ts overlap them).
  await Promise.all(
    jobs.map(
      (job) =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(WORKER_URL);
          let finished = false;
          worker.on('message', (reply: WorkerReply) => {
            if (reply.kind === 'done') {
              finished = true;
              void worker.terminate();
              resolve();
            } else if (reply.kind === 'error') {
              finished = true;
              void worker.terminate();
              reject(new Error(`worker: ${reply.message}`));
            } else {
              onReply(reply);
            }
          });
          worker.on('error', (err) => {
            finished = true;
            reject(err);
          });
          worker.on('exit', (code) => {
            if (!finished) reject(new Error(`worker exited with code ${code}`));
          });
          worker.postMessage(job);
        }),
    ),
  );
}

/** Work under way (in workers, or left for this thread): `finish()` completes it and gives the result. */
export interface Pending<T> {
  finish(): Promise<T>;
}

/**
 * Block computations under way: `finish()` takes the blocks no worker has taken yet and computes them
 * in this thread, then waits for the workers; it resolves to the results in block order.
 */
export type PendingBlocks<R> = Pending<R[]>;

/**
 * Starts `count` blocks on `threads` threads: threads − 1 workers begin at once (job made by `job`);
 * the calling thread joins in `finish()`. With one thread everything runs in `finish()`.
 */
function startBlocks<R>(
  count: number,
  threads: number,
  runHere: (b: number) => R,
  job: (next: Int32Array) => WorkerJob,
  pick: (reply: WorkerReply) => { id: number; result: R } | null,
): PendingBlocks<R> {
  const results: R[] = new Array(count);
  const next = new Int32Array(new SharedArrayBuffer(4));
  let workers: Promise<void> = Promise.resolve();
  if (threads > 1) {
    const jobs: WorkerJob[] = [];
    for (let w = 0; w < threads - 1; w++) jobs.push(job(next));
    workers = runWorkers(jobs, (reply) => {
      const r = pick(reply);
      if (r !== null) results[r.id] = r.result;
    });
    workers.catch(() => {}); // rethrown by finish()
  }
  return {
    async finish(): Promise<R[]> {
      for (let b = takeBlock(next, count); b >= 0; b = takeBlock(next, count)) results[b] = runHere(b);
      await workers;
      return results;
    },
  };
}

/**
 * Starts the all-sources kernel over `sources` cut into the fixed contiguous source blocks of src/metrics/paths/path-family.ts
 * (fewer when there are fewer sources); `finish()` gives the block results in block order.
 * `exact`: every member is a source (per-source rows); else pivots (column sums as well).
 * `candidates` (undirected graphs): key-player candidates evaluated in the same pass.
 * `weighted`: shortest paths by tie length 1/weight (Dijkstra) instead of hop counts.
 */
export function startTraversal(
  index: GraphIndex,
  sources: Int32Array,
  exact: boolean,
  inComponent: Uint8Array,
  threads: number,
  candidates: Int32Array = new Int32Array(0),
  weighted = false,
  levels: LevelCodes | null = null,
): PendingBlocks<BlockResult> {
  const blocks = sourceBlocks(sources);
  const nb = blocks.length;
  const work = sources.length * Math.max(1, index.outTargets.length + (exact && index.directed ? index.inSources.length : 0));
  const t = effectiveThreads(threads, work, nb);
  const plain = plainGraph(index, weighted);
  const here = (b: number): BlockResult => runBlock(plain, { sources: blocks[b], exact, inComponent, candidates, levels });
  // Copies in shared memory for the workers (none with one thread).
  const graph = t > 1 ? sharedGraph(index, weighted) : plain;
  const component = t > 1 ? shared(inComponent) : inComponent;
  const copies = t > 1 ? blocks.map((b) => Int32Array.from(b)) : blocks;
  return startBlocks(
    nb,
    t,
    here,
    (next) => ({ kind: 'blocks', graph, exact, inComponent: component, candidates, blocks: copies, next, levels }),
    (reply) => (reply.kind === 'block' ? { id: reply.id, result: reply.result } : null),
  );
}

/** {@link startTraversal} finished at once. */
export function traverseSources(
  index: GraphIndex,
  sources: Int32Array,
  exact: boolean,
  inComponent: Uint8Array,
  threads: number,
  candidates: Int32Array = new Int32Array(0),
  weighted = false,
): Promise<BlockResult[]> {
  return startTraversal(index, sources, exact, inComponent, threads, candidates, weighted).finish();
}

/**
 * Global efficiency of the undirected view, whole and without each candidate (key players), exact
 * over all members as sources (`pivots` null) or estimated over the pivots: one BFS per source with
 * the DAG-dominance update of src/metrics/key-player-removal.ts (`runKeyPlayerBlock`). Sources are cut into
 * the same fixed blocks as {@link traverseSources} and reduced in block order.
 * E(G) = Σ_s Σ_t 1/d(s,t) / (|S| (n − 1)); E(G − v) = Σ_{s ≠ v} Σ_{t ≠ v} 1/d'(s,t) / (|S \ {v}| (n − 2)).
 * `weighted`: d by tie length 1/weight of the undirected view (reciprocal arcs: 1/(a_ij + a_ji)).
 */
export async function keyPlayerEfficiencies(
  index: GraphIndex,
  candidates: readonly number[],
  pivots: Int32Array | null,
  threads: number,
  weighted = false,
): Promise<{ whole: number; without: Float64Array }> {
  const sources = passSources(index.n, pivots);
  const cand = Int32Array.from(candidates);
  const blocks = sourceBlocks(sources);
  const nb = blocks.length;
  const work = sources.length * Math.max(1, index.undTargets.length) / 2;
  const t = effectiveThreads(threads, work, nb);
  const plain = plainGraph(index, weighted);
  const here = (b: number): KeyPlayerBlockResult => runKeyPlayerBlock(plain, blocks[b], cand);
  const graph = t > 1 ? sharedGraph(index, weighted) : plain;
  const copies = t > 1 ? blocks.map((b) => Int32Array.from(b)) : blocks;
  const results = await startBlocks(
    nb,
    t,
    here,
    (next) => ({ kind: 'keyplayers', graph, candidates: cand, blocks: copies, next }),
    (reply) => (reply.kind === 'keyplayers' ? { id: reply.id, result: reply.result } : null),
  ).finish();
  return reduceKeyPlayerBlocks(results, index.n, sources.length, cand.length);
}

/**
 * The E-I permutation values (src/metrics/ei-index.ts `permutationValues`) split into contiguous
 * ranges, one per thread; each worker replays the shuffles before its range, so the values are those
 * of one sequential run whatever the thread count.
 */
export async function permutationsInParallel(setup: PermutationSetup, permutations: number, threads: number): Promise<Float64Array> {
  // Each worker replays the shuffles before its range and loads its modules: worth it only for
  // large tests (10,000 permutations × 50k ties, not × 5k).
  const work = permutations * (setup.nbr.length + setup.draws);
  const t = work >= PERMUTATION_MIN_WORK ? effectiveThreads(threads, work, Math.max(1, Math.floor(permutations / 100))) : 1;
  if (t === 1) return permutationValues(setup, 0, permutations);
  const split = cuts(permutations, t);
  const parts: Float64Array[] = new Array(t);
  const jobs: WorkerJob[] = [];
  for (let w = 0; w < t; w++) jobs.push({ kind: 'permutations', setup, id: w, from: split[w], to: split[w + 1] });
  await runWorkers(jobs, (reply) => {
    if (reply.kind === 'permutations') parts[reply.id] = reply.values;
  });
  const out = new Float64Array(permutations);
  for (let w = 0; w < t; w++) out.set(parts[w], split[w]);
  return out;
}

/**
 * Louvain communities ({@link communitiesOnIndex}) started in a worker thread when `threads` > 1 and
 * the graph has at least `minTies` ({@link COMMUNITY_WORKER_MIN_TIES}) ties; else computed in this thread by
 * `finish()`. The same seeded computation either way: the same result.
 */
export function startCommunities(
  index: GraphIndex,
  options: CommunityOptions,
  threads: number,
  minTies = COMMUNITY_WORKER_MIN_TIES,
): Pending<CommunityResult> {
  if (threads <= 1 || index.m < minTies || !workersAvailable()) {
    return { finish: async () => communitiesOnIndex(index, options) };
  }
  // The measures never read ids or indexOf; leaving them out spares copying 10⁵ strings.
  const arrays: GraphIndex = { ...index, ids: [], indexOf: new Map() };
  let result: CommunityResult | null = null;
  const done = runWorkers([{ kind: 'communities', index: arrays, options }], (reply) => {
    if (reply.kind === 'communities') result = reply.result;
  });
  done.catch(() => {}); // rethrown by finish()
  return {
    finish: async () => {
      await done;
      return result!;
    },
  };
}

/**
 * {@link keyPlayerEfficiencies} of an exact hop-count pass on an undirected graph from the BFS level
 * codes it wrote (src/metrics/key-player-levels.ts): no traversal per source, the same numbers.
 * `rows[s]` = the pass's Σ_t 1/d(s,t); `work` estimates the kernel's cost (worker threads above
 * {@link WORKER_MIN_WORK}).
 */
export async function keyPlayerEfficienciesFromLevels(
  index: GraphIndex,
  candidates: readonly number[],
  levels: LevelCodes,
  rows: Float64Array,
  threads: number,
  work: number,
): Promise<{ whole: number; without: Float64Array }> {
  const n = index.n;
  const sources = passSources(n, null);
  const cand = Int32Array.from(candidates);
  const candidateDist = new Int32Array(new SharedArrayBuffer(Math.max(1, cand.length * n) * 4));
  const buffers = createBfsBuffers(n);
  if (index.directed) throw new RangeError('keyPlayerEfficienciesFromLevels: undirected graphs only');
  for (let c = 0; c < cand.length; c++) {
    bfs(index, cand[c], 'out', buffers);
    candidateDist.set(buffers.dist, c * n);
  }
  const blocks = sourceBlocks(sources);
  const nb = blocks.length;
  const t = effectiveThreads(threads, work, nb);
  const plain = plainGraph(index, false);
  const here = (b: number): KeyPlayerBlockResult => runKeyPlayerLevelBlock(plain, blocks[b], cand, levels, candidateDist, rows);
  const graph = t > 1 ? sharedGraph(index, false) : plain;
  const sharedRows = t > 1 ? shared(rows) : rows;
  const copies = t > 1 ? blocks.map((b) => Int32Array.from(b)) : blocks;
  const results = await startBlocks(
    nb,
    t,
    here,
    (next) => ({ kind: 'keylevels', graph, candidates: cand, blocks: copies, next, levels, candidateDist, rows: sharedRows }),
    (reply) => (reply.kind === 'keyplayers' ? { id: reply.id, result: reply.result } : null),
  ).finish();
  return reduceKeyPlayerBlocks(results, n, sources.length, cand.length);
}

/** Below this many ties × samples the null model runs in this thread (a worker costs ≈ 50 ms to start). */
export const NULL_WORKER_MIN_WORK = 1e5;

/**
 * The null model's samples (src/metrics/null-model/) started on `threads` threads: fixed blocks of
 * samples, each sample seeded by (seed, sample index), taken from a shared counter by threads − 1
 * workers and, in `finish()`, by this thread; results in block order, so every thread count gives
 * the same numbers.
 */
export function startNullModel(setup: NullSetup, samples: number, threads: number): PendingBlocks<NullBlockResult> {
  const blocks = nullBlocks(samples);
  const work = samples * setup.ties.a.length;
  const t = work >= NULL_WORKER_MIN_WORK && workersAvailable() ? Math.max(1, Math.min(Math.trunc(threads) || 1, blocks.length)) : 1;
  return startBlocks(
    blocks.length,
    t,
    (b) => runNullBlock(setup, blocks[b][0], blocks[b][1]),
    (next) => ({ kind: 'nullmodel', setup, blocks, next }),
    (reply) => (reply.kind === 'nullmodel' ? { id: reply.id, result: reply.result } : null),
  );
}
