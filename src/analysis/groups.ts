/**
 * Groups of members by an attribute (`--group-by`): sector, type, typeClass, helix, level, region,
 * name, or any other column of the members file (matched by header, ignoring case and surrounding
 * spaces).
 *
 * Values are the user's, as written: two values are the same group when they differ only in case
 * (Latin or Cyrillic) or in spaces ({@link groupKey}: "Maktab", "maktab" and " MAKTAB " are one
 * group), and the group is labelled with the first spelling met in member (file) order.
 */
import type { MemberAttributes } from '../model/types.js';
import type { MemberSource } from '../model/cluster.js';
import { InputError } from '../model/errors.js';
import { canonicalType } from '../model/vocabulary.js';
import { groupKey } from '../model/group-key.js';

export { groupKey, GroupCounter } from '../model/group-key.js';

export interface Grouping {
  /** The attribute as requested. */
  attribute: string;
  /** Group code per member (graph node order); −1 = no value. */
  groups: Int32Array;
  /** Group names (labels: the first spelling of each group) by code, sorted (UTF-16 order; deterministic). */
  groupNames: string[];
  /** Each member's group label (graph node order), null when missing. */
  labels: (string | null)[];
}

/** Built-in attributes by lower-cased name. `typeClass` absent on a hand-built graph: looked up. */
const BUILT_IN: Readonly<Record<string, (attrs: MemberAttributes) => string | null>> = {
  sector: (a) => a.sector,
  type: (a) => a.type,
  typeclass: (a) => (a.typeClass !== undefined ? a.typeClass : a.type === null ? null : canonicalType(a.type)),
  level: (a) => a.level,
  region: (a) => a.region,
  name: (a) => a.name,
  // The membership years (cohorts: members who joined in the same year).
  joined: (a) => (a.joined === null || a.joined === undefined ? null : String(a.joined)),
  left: (a) => (a.left === null || a.left === undefined ? null : String(a.left)),
};
const BUILT_IN_NAMES = ['sector', 'type', 'typeClass', 'helix', 'level', 'region', 'name', 'joined', 'left'];

/** The value of `attribute` for a member, or undefined when the attribute does not exist at all. */
function accessor(graph: MemberSource, attribute: string): ((attrs: MemberAttributes) => string | null) | undefined {
  const key = attribute.trim().toLowerCase();
  const builtIn = BUILT_IN[key];
  if (builtIn !== undefined) return builtIn;
  let header: string | undefined;
  graph.forEachNode((_id, attrs) => {
    if (header !== undefined) return;
    for (const h of Object.keys(attrs.extra)) if (h.trim().toLowerCase() === key) header = h;
  });
  if (header === undefined) return undefined;
  const h = header;
  return (attrs) => {
    const v = Object.prototype.hasOwnProperty.call(attrs.extra, h) ? attrs.extra[h] : '';
    return v === undefined || v.trim() === '' ? null : v.trim();
  };
}

/**
 * The groups of the members by `attribute`. `helices` (each member's helix, graph node order) serves
 * `--group-by helix`; a `helix` column of the members file is used when it is not given.
 */
export function groupMembers(graph: MemberSource, attribute: string, helices?: readonly (string | null)[]): Grouping {
  const wantsHelix = attribute.trim().toLowerCase() === 'helix' && helices !== undefined;
  const get = wantsHelix ? undefined : accessor(graph, attribute);
  if (!get && !wantsHelix) {
    const extra = new Set<string>();
    graph.forEachNode((_id, attrs) => Object.keys(attrs.extra).forEach((h) => extra.add(h)));
    throw new InputError({
      code: 'unknown-group-by',
      problem: `--group-by "${attribute}": the members have no such attribute`,
      expected: `one of ${[...BUILT_IN_NAMES, ...extra].join(', ')}`,
      fix: 'Name a column of the members file.',
    });
  }
  const values: (string | null)[] = [];
  if (wantsHelix) values.push(...helices!);
  else graph.forEachNode((_id, attrs) => values.push(get!(attrs)));
  // First spelling of each group, in member order.
  const labelOf = new Map<string, string>();
  const labels = values.map((v) => {
    if (v === null || v.trim() === '') return null;
    const key = groupKey(v);
    let label = labelOf.get(key);
    if (label === undefined) {
      label = v.trim();
      labelOf.set(key, label);
    }
    return label;
  });
  const groupNames = [...labelOf.values()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const code = new Map<string, number>();
  groupNames.forEach((g, i) => code.set(g, i));
  const groups = new Int32Array(labels.length);
  labels.forEach((l, i) => (groups[i] = l === null ? -1 : code.get(l)!));
  return { attribute, groups, groupNames, labels };
}
