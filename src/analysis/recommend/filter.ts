/**
 * The candidate pairs of a recommendation run and the filters that express cluster questions:
 * `--cross ATTR` (only pairs whose members differ in ATTR; members without a value take no part),
 * `--between A,B` (one member in group A, the other in group B of ATTR), `--for ID` (pairs with one
 * member). A candidate is a pair of distinct members not tied in either direction that passes them.
 */
import { InputError } from '../../model/errors.js';
import { groupKey } from '../../model/group-key.js';
import { adjacent, type LinkView } from '../../metrics/link-prediction/view.js';
import type { CrossAttribute } from './types.js';

export interface PairFilter {
  readonly view: LinkView;
  readonly attribute: CrossAttribute;
  /** Group code per member (−1 = no value); null with `--cross none`. */
  readonly groups: Int32Array | null;
  readonly groupNames: readonly string[];
  readonly mode: 'none' | 'differ' | 'between';
  /** Group codes of `--between`. */
  readonly a: number;
  readonly b: number;
  /** The `--for` member, or −1. */
  readonly source: number;
}

export interface FilterSpec {
  attribute: CrossAttribute;
  groups: Int32Array | null;
  groupNames: readonly string[];
  between: [string, string] | null;
  source: number;
}

export function makeFilter(view: LinkView, spec: FilterSpec): PairFilter {
  let a = -1;
  let b = -1;
  let mode: PairFilter['mode'] = spec.attribute === 'none' ? 'none' : 'differ';
  if (spec.between !== null) {
    if (spec.attribute === 'none' || spec.groups === null) {
      throw new InputError({ code: 'invalid-option', problem: '--between needs an attribute to take its groups from, but --cross is none', expected: '--cross sector|level|type|community with --between A,B' });
    }
    const find = (name: string): number => {
      const key = groupKey(name);
      const i = spec.groupNames.findIndex((g) => groupKey(g) === key);
      if (i < 0) {
        throw new InputError({
          code: 'unknown-group',
          problem: `--between: no member has ${spec.attribute} "${name}"`,
          expected: `groups of ${spec.attribute}: ${spec.groupNames.join(', ') || '(none)'}`,
          fix: 'Name two groups from that list (case and spaces are ignored).',
        });
      }
      return i;
    };
    a = find(spec.between[0]);
    b = find(spec.between[1]);
    if (a === b) {
      throw new InputError({ code: 'invalid-option', problem: `--between names the same ${spec.attribute} twice ("${spec.between[0]}", "${spec.between[1]}")`, expected: 'two different groups' });
    }
    mode = 'between';
  }
  return { view, attribute: spec.attribute, groups: spec.groups, groupNames: spec.groupNames, mode, a, b, source: spec.source };
}

/** Whether the pair passes the group filters and `--for` (ties not looked at). */
export function groupOk(f: PairFilter, u: number, v: number): boolean {
  if (u === v) return false;
  if (f.source >= 0 && u !== f.source && v !== f.source) return false;
  if (f.mode === 'none') return true;
  const gu = f.groups![u];
  const gv = f.groups![v];
  if (gu < 0 || gv < 0) return false;
  if (f.mode === 'differ') return gu !== gv;
  return (gu === f.a && gv === f.b) || (gu === f.b && gv === f.a);
}

/** Whether the pair is a candidate: passes the filters and is not tied. */
export function isCandidate(f: PairFilter, u: number, v: number): boolean {
  return groupOk(f, u, v) && !adjacent(f.view, u, v);
}

/** Number of member pairs passing the group filters and `--for` (tied or not), counted, not enumerated. */
export function filteredPairs(f: PairFilter): number {
  const n = f.view.n;
  if (f.source >= 0) {
    let c = 0;
    for (let v = 0; v < n; v++) if (groupOk(f, f.source, v)) c++;
    return c;
  }
  if (f.mode === 'none') return (n * (n - 1)) / 2;
  const sizes = new Float64Array(f.groupNames.length);
  let known = 0;
  for (let v = 0; v < n; v++) {
    const g = f.groups![v];
    if (g >= 0) {
      sizes[g]++;
      known++;
    }
  }
  if (f.mode === 'between') return sizes[f.a] * sizes[f.b];
  let same = 0;
  for (const s of sizes) same += s * s;
  return (known * known - same) / 2;
}

/** Tied pairs (undirected, once) passing the group filters and `--for`. */
export function filteredTies(f: PairFilter): number {
  const { n, offsets, targets } = f.view;
  let c = 0;
  for (let u = 0; u < n; u++) {
    for (let p = offsets[u]; p < offsets[u + 1]; p++) {
      const v = targets[p];
      if (v > u && groupOk(f, u, v)) c++;
    }
  }
  return c;
}

/** Number of candidate pairs. */
export function candidateCount(f: PairFilter): number {
  return filteredPairs(f) - filteredTies(f);
}
