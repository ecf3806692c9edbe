/**
 * The recommendations' use of the cluster's years (src/model/snapshot.ts): `--year` (recommend on the
 * snapshot of a year) and the backtest (train on the snapshot at T; positives = candidate pairs with a
 * tie row beginning after T, T < since ≤ Y, in either direction — per input row when the tie table
 * keeps its rows, else by each tie's earliest since).
 */
import type { ClusterData } from '../../model/cluster.js';
import { InputError } from '../../model/errors.js';
import { checkYear, clusterYears, snapshot } from '../../model/snapshot.js';
import { defaultKatzBeta } from '../../metrics/link-prediction/katz.js';
import { isCandidate } from './filter.js';
import { runBacktest } from './backtest.js';
import { PAGERANK_ALPHA } from './options.js';
import { filterFor, forMember, prepare } from './prepare.js';
import type { BacktestReport, CrossAttribute } from './types.js';

/** The distinct years of the data (members' joined/left, tie rows' since/until), ascending. */
export function dataYears(data: ClusterData): number[] {
  return clusterYears(data);
}

/** The snapshot at `year`, the option named in errors. */
export function snapshotAt(data: ClusterData, year: number, option: string): ClusterData {
  try {
    checkYear(data, year);
  } catch (err) {
    if (err instanceof InputError && option !== '--year') {
      throw new InputError({ code: err.code, problem: err.message.replace(/--year/g, option), expected: null });
    }
    throw err;
  }
  return snapshot(data, year);
}

/** The `since` year of every tie row (or of every tie, without rows), with the tie. */
function rowStarts(data: ClusterData): { tie: Int32Array; since: Int32Array; count: number } {
  const rows = data.ties.rowTable;
  if (rows !== null && rows !== undefined) return { tie: rows.tie, since: rows.since, count: rows.count };
  const count = data.ties.count;
  return { tie: Int32Array.from({ length: count }, (_, e) => e), since: data.ties.since, count };
}

/**
 * The training year of the automatic backtest that picks the default score: the latest year T before
 * the last year of the data such that at least a fifth of the dated tie rows begin after T; null when
 * fewer than two distinct `since` years exist.
 */
export function defaultTrainYear(data: ClusterData): number | null {
  const { since, count } = rowStarts(data);
  const dated: number[] = [];
  for (let r = 0; r < count; r++) if (since[r] >= 0) dated.push(since[r]);
  const distinct = [...new Set(dated)].sort((a, b) => a - b);
  if (distinct.length < 2) return null;
  const years = clusterYears(data);
  const last = years[years.length - 1];
  for (let i = distinct.length - 1; i >= 0; i--) {
    const t = distinct[i];
    if (t >= last) continue;
    const after = dated.filter((y) => y > t).length;
    if (after >= Math.max(1, dated.length / 5)) return t;
  }
  return null;
}

export interface BacktestRequest {
  trainYear: number;
  until: number | null;
  cross: CrossAttribute;
  between: [string, string] | null;
  for: string | null;
  weighted?: boolean;
  seed?: number;
  katzBeta?: number;
  /** The automatic backtest of the default score: no positives gives null instead of an error. */
  auto: boolean;
}

export function backtestOn(data: ClusterData, req: BacktestRequest): BacktestReport | null {
  const years = clusterYears(data);
  const fail = (problem: string, expected: string) => {
    throw new InputError({ code: 'invalid-option', problem, expected });
  };
  if (years.length === 0) fail(`--backtest ${req.trainYear}: the input has no years (no member has joined/left, no tie row has since/until)`, 'ties with a since column (the year each partnership began)');
  const first = years[0];
  const last = years[years.length - 1];
  const T = req.trainYear;
  if (!Number.isInteger(T) || T < first || T >= last) fail(`--backtest ${T} is outside the years of the data that leave a later year to test on, ${first}–${last - 1}`, `a year from ${first} to ${last - 1}`);
  const Y = req.until ?? last;
  if (!Number.isInteger(Y) || Y <= T || Y > last) fail(`--until ${Y} must lie after --backtest ${T} and within the data (last year ${last})`, `a year from ${T + 1} to ${last}`);
  const train = snapshot(data, T);
  const s = prepare(train, { weighted: req.weighted, seed: req.seed, needCommunities: req.cross === 'community' });
  const f = filterFor(s, req.cross, req.between, forMember(s, req.for, ` present in ${T}`));
  const n = s.index.n;
  const positives = new Set<number>();
  const { tie, since, count } = rowStarts(data);
  const ids = data.members.ids;
  for (let r = 0; r < count; r++) {
    const y = since[r];
    if (!(y > T && y <= Y)) continue;
    const e = tie[r];
    const u = s.index.indexOf.get(ids[data.ties.src[e]]);
    const v = s.index.indexOf.get(ids[data.ties.dst[e]]);
    if (u === undefined || v === undefined || u === v) continue;
    if (isCandidate(f, u, v)) positives.add(u < v ? u * n + v : v * n + u);
  }
  if (positives.size === 0) {
    if (req.auto) return null;
    throw new InputError({
      code: 'no-positives',
      problem: `--backtest ${T}: no candidate pair of ${T} formed a tie between ${T + 1} and ${Y} (the filters apply: --cross ${req.cross}${req.between ? ` --between ${req.between.join(',')}` : ''}${req.for ? ` --for ${req.for}` : ''}), so no score can be evaluated`,
      expected: 'a training year after which some new ties began between members already present',
      fix: 'Choose an earlier --backtest year, a later --until, or looser filters (--cross none).',
    });
  }
  return runBacktest({
    filter: f,
    positives,
    settings: { katzBeta: req.katzBeta ?? defaultKatzBeta(s.view), alpha: PAGERANK_ALPHA },
    trainYear: T,
    testYear: Y,
    trainTies: train.ties.count,
  });
}
