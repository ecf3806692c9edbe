/**
 * Degree-preserving null model (Maslov & Sneppen 2002, "Specificity and stability in topology of
 * protein networks", Science 296:910–913): how the observed cohesion compares with what chance alone
 * gives a network with the very same degrees.
 *
 * R samples; sample s rewires the observed undirected simple view by `swapsPerTie · m` double edge
 * swaps (swap.ts, networkx 2.8 `double_edge_swap` semantics) with its own generator
 * `createRng(deriveSeed(deriveSeed(seed, NULL_STREAM), s))`, so a sample's graph depends on (seed, s)
 * only — never on which thread computed it or on the other samples. Each sample then gets the six
 * indicators of indicators.ts. For every indicator: observed (same computation on the observed view),
 * mean and standard deviation over the samples (sd with n − 1; samples where the indicator is
 * undefined are left out) and z = (observed − mean) / sd; z is null when sd = 0 (every sample equal,
 * e.g. a graph no swap can change) or when a value is undefined.
 *
 * Peer: networkx 2.8 `double_edge_swap(G, nswap = 10·m, max_tries = 100·m)` ensembles
 * (fixtures/null-model/make-null-model.py); the test compares means and sds within sampling error.
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import { createRng, deriveSeed } from '../../graph/random.js';
import { doubleEdgeSwaps, simpleTies, type TieList } from './swap.js';
import { graphIndicators, NULL_INDICATORS, tieIndex, type IndicatorPlan, type NullIndicator } from './indicators.js';

export { doubleEdgeSwaps, simpleTies, type TieList, type SwapCount } from './swap.js';
export { graphIndicators, NULL_INDICATORS, tieIndex, type IndicatorPlan, type NullIndicator } from './indicators.js';

/** Stream number of the null model's seeds (deriveSeed(seed, NULL_STREAM)); other streams differ. */
export const NULL_STREAM = 0x4e4d;
/** Samples per block of work: blocks are fixed, so the thread count never changes a value. */
export const NULL_BLOCK = 4;

export interface NullModelOptions {
  /** Rewired samples R (default 200). */
  samples?: number;
  /** Swaps per tie of each sample (default 10). */
  swapsPerTie?: number;
  /** Swap attempts allowed per tie before a sample stops (default 100, networkx's `max_tries` = 100·m). */
  attemptsPerTie?: number;
  /** Base seed (default 42). */
  seed?: number;
  /** Pivot sources of the path indicators (default null: exact, every member). */
  pivots?: Int32Array | null;
  /** Louvain resolution γ (default 1). */
  resolution?: number;
  /** Seeded Louvain restarts per graph, observed and samples alike (default 1). */
  restarts?: number;
}

/** One indicator against the null model. */
export interface NullComparison {
  observed: number | null;
  mean: number | null;
  sd: number | null;
  z: number | null;
}

export interface NullModelResult {
  method: 'double-edge-swap';
  samples: number;
  swapsPerTie: number;
  seed: number;
  /** Ties of the undirected simple view that is rewired. */
  ties: number;
  /** Swaps tried and done over all samples (done < tried: rejected self-loops and double ties). */
  attempts: number;
  swaps: number;
  /** Pivots of the path indicators (null: exact). */
  pivots: number | null;
  /** Louvain restarts per graph. */
  restarts: number;
  indicators: Record<NullIndicator, NullComparison>;
}

/** What every sample needs (plain data: it is posted to the worker threads as is). */
export interface NullSetup {
  ties: TieList;
  nswap: number;
  maxAttempts: number;
  streamSeed: number;
  plan: IndicatorPlan;
}

/** Values of a range of samples: 6 indicators per sample, then attempts and swaps per sample. */
export interface NullBlockResult {
  values: Float64Array;
  attempts: Float64Array;
  swaps: Float64Array;
}

/** The set-up of {@link nullModel} for an index (the observed simple view and the plan). */
export function nullSetup(index: GraphIndex, options: NullModelOptions = {}): NullSetup {
  const ties = simpleTies(index);
  const m = ties.a.length;
  const swapsPerTie = options.swapsPerTie ?? 10;
  return {
    ties,
    nswap: Math.round(swapsPerTie * m),
    maxAttempts: Math.round((options.attemptsPerTie ?? 100) * m),
    streamSeed: deriveSeed(options.seed ?? 42, NULL_STREAM),
    plan: { pivots: options.pivots ?? null, resolution: options.resolution ?? 1, restarts: Math.max(1, Math.trunc(options.restarts ?? 1)) },
  };
}

/** Samples [from, to) of the null model: each from its own seed (deterministic per sample). */
export function runNullBlock(setup: NullSetup, from: number, to: number): NullBlockResult {
  const k = NULL_INDICATORS.length;
  const values = new Float64Array((to - from) * k);
  const attempts = new Float64Array(to - from);
  const swaps = new Float64Array(to - from);
  for (let s = from; s < to; s++) {
    const sampleSeed = deriveSeed(setup.streamSeed, s);
    const { ties, count } = doubleEdgeSwaps(setup.ties, setup.nswap, setup.maxAttempts, createRng(sampleSeed));
    values.set(graphIndicators(tieIndex(ties), setup.plan, deriveSeed(sampleSeed, 0)), (s - from) * k);
    attempts[s - from] = count.attempts;
    swaps[s - from] = count.swaps;
  }
  return { values, attempts, swaps };
}

/** The fixed sample blocks [from, to) of R samples. */
export function nullBlocks(samples: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < samples; from += NULL_BLOCK) out.push([from, Math.min(samples, from + NULL_BLOCK)]);
  return out;
}

const finiteOrNull = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** Observed values, block results (in block order) → the comparison of every indicator. */
export function summarizeNull(setup: NullSetup, samples: number, swapsPerTie: number, seed: number, blocks: NullBlockResult[]): NullModelResult {
  const k = NULL_INDICATORS.length;
  const observed = graphIndicators(tieIndex(setup.ties), setup.plan, deriveSeed(setup.streamSeed, -1));
  let attempts = 0;
  let swaps = 0;
  const columns: number[][] = NULL_INDICATORS.map(() => []);
  for (const block of blocks) {
    for (let i = 0; i < block.attempts.length; i++) {
      attempts += block.attempts[i];
      swaps += block.swaps[i];
      for (let j = 0; j < k; j++) {
        const x = block.values[i * k + j];
        if (Number.isFinite(x)) columns[j].push(x);
      }
    }
  }
  const indicators = {} as Record<NullIndicator, NullComparison>;
  NULL_INDICATORS.forEach((name, j) => {
    const xs = columns[j];
    let mean: number | null = null;
    let sd: number | null = null;
    if (xs.length > 0) {
      let sum = 0;
      for (const x of xs) sum += x;
      mean = sum / xs.length;
      if (xs.length > 1) {
        let ss = 0;
        for (const x of xs) ss += (x - mean) * (x - mean);
        sd = Math.sqrt(ss / (xs.length - 1));
      }
    }
    const obs = finiteOrNull(observed[j]);
    // sd below rounding noise of the mean counts as 0 (every sample the same graph value).
    const spread = sd !== null && mean !== null && sd > 1e-12 * Math.max(1, Math.abs(mean));
    const z = obs !== null && mean !== null && spread ? (obs - mean) / sd! : null;
    indicators[name] = { observed: obs, mean, sd, z };
  });
  return {
    method: 'double-edge-swap',
    samples,
    swapsPerTie,
    seed,
    ties: setup.ties.a.length,
    attempts,
    swaps,
    pivots: setup.plan.pivots === null ? null : setup.plan.pivots.length,
    restarts: setup.plan.restarts,
    indicators,
  };
}

/**
 * The degree-preserving null model of `index` (its undirected simple view), in this thread. The
 * analysis runs the same blocks in worker threads (src/analysis/workers.ts): same numbers.
 */
export function nullModel(index: GraphIndex, options: NullModelOptions = {}): NullModelResult {
  const samples = Math.max(0, Math.trunc(options.samples ?? 200));
  const setup = nullSetup(index, options);
  const blocks = nullBlocks(samples).map(([from, to]) => runNullBlock(setup, from, to));
  return summarizeNull(setup, samples, options.swapsPerTie ?? 10, options.seed ?? 42, blocks);
}
