/**
 * CLI options that steer speed and sampling (`--threads`, `--sample`, `--exact`, `--timings`) and the
 * per-phase timer behind `--timings`. The analyze command adds them with {@link addPerformanceOptions}
 * and maps them with {@link performanceOptionsFrom}.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { defaultThreads } from '../analysis/workers.js';
import { DEFAULT_PIVOTS, EXACT_WORK_LIMIT } from '../analysis/options.js';

export interface PerformanceCliOptions {
  threads?: number;
  sample?: number;
  exact?: boolean;
  timings?: boolean;
}

function positiveInteger(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be an integer ≥ 1 (got "${value}").`);
    return n;
  };
}

/** Adds --threads, --sample, --exact and --timings to a command. */
export function addPerformanceOptions(command: Command): Command {
  return command
    .option('--threads <n>', `worker threads for the all-sources traversals (default: available cores, here ${defaultThreads()}); results are identical for every value`, positiveInteger('--threads'))
    .option('--sample <k>', `pivots of the sampled betweenness/closeness estimators used above ${EXACT_WORK_LIMIT.toExponential(0)} members × arcs (default: ${DEFAULT_PIVOTS})`, positiveInteger('--sample'))
    .option('--exact', 'compute every measure exactly whatever the size')
    .option('--timings', 'print per-phase timings (ms) and peak memory as one JSON line on standard error');
}

/** What `analyze` takes from the parsed options (undefined = the default). */
export function performanceOptionsFrom(opts: PerformanceCliOptions): { threads?: number; sample?: number; exact?: boolean } {
  return {
    ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
    ...(opts.sample !== undefined ? { sample: opts.sample } : {}),
    ...(opts.exact ? { exact: true } : {}),
  };
}

/**
 * Per-phase wall-clock timer for `--timings`. `onPhase` goes to `analyze`; `time(name, fn)` wraps the
 * CLI's own phases (read, render, write); `line()` is the JSON line: phases in order (ms, 0.1 ms
 * precision), total since the timer was made, and peak resident memory (`process.resourceUsage().maxRSS`, KiB).
 */
export function createPhaseTimer(enabled: boolean) {
  const start = performance.now();
  const phases: [string, number][] = [];
  const add = (name: string, ms: number) => {
    if (enabled) phases.push([name, Math.round(ms * 10) / 10]);
  };
  return {
    onPhase: enabled ? add : undefined,
    async time<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
      const t = performance.now();
      const out = await fn();
      add(name, performance.now() - t);
      return out;
    },
    line(): string | null {
      if (!enabled) return null;
      return JSON.stringify({
        timings: Object.fromEntries(phases),
        totalMs: Math.round((performance.now() - start) * 10) / 10,
        sinceProcessStartMs: Math.round(performance.now() * 10) / 10,
        maxRssKiB: process.resourceUsage().maxRSS,
      }) + '\n';
    },
  };
}
