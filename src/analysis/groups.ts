/**
 * Groups of members by an attribute (`--group-by`): sector, type, level, region, name, or any other
 * column of the members file (matched by header, ignoring case and surrounding spaces).
 */
import type { ClusterGraph, MemberAttributes } from '../model/types.js';
import { InputError } from '../io/errors.js';

export interface Grouping {
  /** The attribute as requested. */
  attribute: string;
  /** Group code per member (graph node order); −1 = no value. */
  groups: Int32Array;
  /** Group names by code, sorted alphabetically (deterministic). */
  groupNames: string[];
  /** Value per member (graph node order), null when missing. */
  labels: (string | null)[];
}

const BUILT_IN = ['sector', 'type', 'level', 'region', 'name'] as const;

/** The value of `attribute` for a member, or undefined when the attribute does not exist at all. */
function accessor(graph: ClusterGraph, attribute: string): ((attrs: MemberAttributes) => string | null) | undefined {
  const key = attribute.trim().toLowerCase();
  if ((BUILT_IN as readonly string[]).includes(key)) {
    return (attrs) => (attrs[key as (typeof BUILT_IN)[number]] as string | null) ?? null;
  }
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

export function groupMembers(graph: ClusterGraph, attribute: string): Grouping {
  const get = accessor(graph, attribute);
  if (!get) {
    const extra = new Set<string>();
    graph.forEachNode((_id, attrs) => Object.keys(attrs.extra).forEach((h) => extra.add(h)));
    throw new InputError({
      code: 'unknown-group-by',
      problem: `--group-by "${attribute}": the members have no such attribute`,
      expected: `one of ${[...BUILT_IN, ...extra].join(', ')}`,
      fix: 'Name a column of the members file.',
    });
  }
  const labels: (string | null)[] = [];
  graph.forEachNode((_id, attrs) => labels.push(get(attrs)));
  const groupNames = [...new Set(labels.filter((l): l is string => l !== null))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const code = new Map<string, number>();
  groupNames.forEach((g, i) => code.set(g, i));
  const groups = new Int32Array(labels.length);
  labels.forEach((l, i) => (groups[i] = l === null ? -1 : code.get(l)!));
  return { attribute, groups, groupNames, labels };
}
