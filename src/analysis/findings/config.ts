/**
 * Thresholds of the findings, with their defaults, and the validation of `--findings-config FILE.json`
 * (an unknown key or a wrong type is an InputError naming the file and the key).
 */
import { InputError } from '../../model/errors.js';

export interface FindingsConfig {
  /** |z| from which a value differs from chance (null model, brokerage). Default 1.96 (two-sided 5 %). */
  z: number;
  /** Significance level of the E-I permutation test. Default 0.05. */
  alpha: number;
  /** Freeman degree centralization from which the cluster is centralized. Default 0.5. */
  degreeCentralization: number;
  /** Share of all ties held by one member from which the cluster depends on it. Default 0.25. */
  topTieShare: number;
  /** Share of all brokerage roles held by one member from which brokerage rests on it. Default 0.5. */
  brokerageShare: number;
  /** Share of the oriented ties in one direction (horizontal or vertical) from which they are unbalanced. Default 0.8. */
  orientationShare: number;
  /** Share of the members with a level at one level from which levels are unbalanced. Default 0.8. */
  levelShare: number;
  /** Fragmentation added by a key player's departure from which it is a threat. Default 0.05. */
  keyPlayerGain: number;
  /** Burt constraint up to which a member spans structural holes. Default 0.25. */
  constraint: number;
  /** Recommendations listed as opportunities. Default 5. */
  recommendations: number;
  /** Members named in a statement before "and N more". Default 10. */
  listed: number;
  /** Jaccard of tie change below which the change is low-stability (RSiena manual). Default 0.2. */
  jaccardLow: number;
  /** Jaccard of tie change from which the change is stable (RSiena manual). Default 0.3. */
  jaccardGood: number;
  /** Relative change of the number of ties from which the cluster grew or shrank. Default 0.1. */
  growth: number;
}

export const DEFAULT_FINDINGS_CONFIG: Readonly<FindingsConfig> = Object.freeze({
  z: 1.96,
  alpha: 0.05,
  degreeCentralization: 0.5,
  topTieShare: 0.25,
  brokerageShare: 0.5,
  orientationShare: 0.8,
  levelShare: 0.8,
  keyPlayerGain: 0.05,
  constraint: 0.25,
  recommendations: 5,
  listed: 10,
  jaccardLow: 0.2,
  jaccardGood: 0.3,
  growth: 0.1,
});

/** Keys whose value must be a whole number ≥ 1; every other key takes a finite number ≥ 0. */
const COUNTS = new Set<keyof FindingsConfig>(['recommendations', 'listed']);
/** Keys that are shares or probabilities (0..1). */
const SHARES = new Set<keyof FindingsConfig>(['alpha', 'degreeCentralization', 'topTieShare', 'brokerageShare', 'orientationShare', 'levelShare', 'keyPlayerGain', 'constraint', 'jaccardLow', 'jaccardGood']);

/**
 * The config of a parsed JSON value: the defaults overridden by its keys. `file` names the source in
 * errors. Throws InputError (code `invalid-findings-config`) for anything but an object of known keys
 * with numbers in range.
 */
export function findingsConfig(value: unknown, file: string | null = null): FindingsConfig {
  const fail = (problem: string, expected: string, column: string | null = null): never => {
    throw new InputError({ code: 'invalid-findings-config', file, column, problem, expected });
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    fail('the findings config is not a JSON object', 'an object such as {"z": 2.58, "topTieShare": 0.3}');
  }
  const out: FindingsConfig = { ...DEFAULT_FINDINGS_CONFIG };
  const known = Object.keys(DEFAULT_FINDINGS_CONFIG);
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (!known.includes(key)) fail(`unknown key "${key}"`, `one of ${known.join(', ')}`, key);
    const k = key as keyof FindingsConfig;
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(`"${key}" is ${JSON.stringify(v)}, not a number`, 'a finite number', key);
    const x = v as number;
    if (COUNTS.has(k) && !(Number.isInteger(x) && x >= 1)) fail(`"${key}" is ${x}`, 'a whole number ≥ 1', key);
    if (SHARES.has(k) && !(x >= 0 && x <= 1)) fail(`"${key}" is ${x}`, 'a number from 0 to 1', key);
    if (x < 0) fail(`"${key}" is ${x}`, 'a number ≥ 0', key);
    out[k] = x;
  }
  if (out.jaccardLow > out.jaccardGood) fail(`"jaccardLow" (${out.jaccardLow}) is above "jaccardGood" (${out.jaccardGood})`, 'jaccardLow ≤ jaccardGood', 'jaccardLow');
  return out;
}

/** Reads and validates `--findings-config FILE.json` text. */
export function parseFindingsConfig(text: string, file: string): FindingsConfig {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new InputError({ code: 'invalid-findings-config', file, problem: `not valid JSON (${err instanceof Error ? err.message : String(err)})`, expected: 'a JSON object of thresholds' });
  }
  return findingsConfig(value, file);
}
