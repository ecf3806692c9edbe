/**
 * `recommend(data, options)`: explained partnership recommendations — candidate pairs (members not
 * tied in either direction) ranked by a link-prediction score on the undirected unweighted view,
 * filtered by the cluster's question (`cross`, `between`, `for`), each with its shared partners, what it
 * crosses, what it would change (effects.ts) and a sentence; optionally backtested on the cluster's
 * own years (backtest.ts). Link prediction proposes; it does not decide.
 */
import type { ClusterData } from '../../model/cluster.js';
import { InputError } from '../../model/errors.js';
import { GENERATOR } from '../../model/version.js';
import { defaultKatzBeta } from '../../metrics/link-prediction/katz.js';
import { candidateCount } from './filter.js';
import { buildRecommendations } from './build.js';
import { filterFor, forMember, prepare } from './prepare.js';
import { DEFAULT_TOP, PAGERANK_ALPHA, parseCross, parseScore, scoreFlag, type RecommendOptions } from './options.js';
import { backtestOn, dataYears, snapshotAt, defaultTrainYear } from './years.js';
import { RECOMMENDATIONS_SCHEMA_VERSION, type BacktestReport, type RecommendationsResult, type ScoreKey } from './types.js';

/** Recommends partnerships. Same input and options → the same result, byte for byte once serialised. */
export function recommend(data: ClusterData, options: RecommendOptions = {}): RecommendationsResult {
  const top = options.top ?? DEFAULT_TOP;
  if (!Number.isInteger(top) || top < 1) throw new InputError({ code: 'invalid-option', problem: `--top ${top}`, expected: 'an integer ≥ 1' });
  const cross = parseCross(options.cross ?? 'sector');
  const between = options.between ?? null;
  const requested = options.score === undefined ? null : parseScore(options.score);
  const year = options.year ?? null;
  const current = year === null ? data : snapshotAt(data, year, '--year');
  const s = prepare(current, { weighted: options.weighted, seed: options.seed });
  const f = filterFor(s, cross, between, forMember(s, options.for, year === null ? '' : ` in ${year}`));
  const settings = { katzBeta: options.katzBeta ?? defaultKatzBeta(s.view), alpha: PAGERANK_ALPHA };
  const notes: string[] = [];

  // The backtest: asked for, or run to choose the default score when the ties have years.
  let backtest: BacktestReport | null = null;
  let scoreReason: string;
  const asked = options.backtest !== undefined && options.backtest !== null;
  const auto = !asked && requested === null ? defaultTrainYear(data) : null;
  if (asked || auto !== null) {
    const trainYear = asked ? options.backtest! : auto!;
    backtest = backtestOn(data, { trainYear, until: options.until ?? null, cross, between, for: options.for ?? null, weighted: options.weighted, seed: options.seed, katzBeta: options.katzBeta, auto: !asked });
  }
  let score: ScoreKey;
  if (requested !== null) {
    score = requested;
    scoreReason = 'asked for with --score';
  } else if (backtest !== null && backtest.best !== null && backtest.scores[backtest.best]!.auc! > 0.5) {
    score = backtest.best;
    scoreReason = `it ranked the ties formed in ${backtest.trainYear + 1}–${backtest.testYear} best (AUC ${backtest.scores[score]!.auc!.toFixed(3)}) in the backtest trained on ${backtest.trainYear}`;
  } else {
    score = 'resourceAllocation';
    scoreReason =
      backtest !== null && backtest.best !== null
        ? `the default: no score did better than chance (AUC ≤ 0.5) in the backtest trained on ${backtest.trainYear}, so the backtest cannot choose one`
        : dataYears(data).length < 2 || auto === null
          ? 'the default (the ties have no years to backtest the scores on)'
          : 'the default (no candidate pair formed a tie in the years after the backtest\'s training year)';
  }
  const recommendations = buildRecommendations(s, f, score, top, settings);
  if (recommendations.length < top) {
    notes.push(`${recommendations.length} of the ${top} recommendations asked for: the other candidates score 0 by ${scoreFlag(score)} (no shared partner).`);
  }
  if (backtest !== null) for (const k of backtest.skipped) notes.push(`Backtest: ${k.reason}; skipped.`);
  return {
    kind: 'recommendations',
    schemaVersion: RECOMMENDATIONS_SCHEMA_VERSION,
    generator: { name: GENERATOR.name, version: GENERATOR.version },
    options: {
      score,
      cross,
      between,
      for: options.for ?? null,
      top,
      year,
      katzBeta: settings.katzBeta,
      pagerankAlpha: settings.alpha,
      backtest: backtest === null ? null : { trainYear: backtest.trainYear, testYear: backtest.testYear },
    },
    score,
    scoreReason,
    members: s.index.n,
    ties: current.ties.count,
    candidates: candidateCount(f),
    recommendations,
    backtest,
    notes,
  };
}
