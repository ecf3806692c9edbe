/**
 * When each member and each tie of a cluster exists, as spells of years (for the dynamic GEXF and
 * other timelines). A member's spell is joined–left; a tie's spells are those of its rows (each
 * row's since–until), overlapping ones joined, so that a tie exists in year Y exactly when one of its
 * rows is active in Y. An open end (no `joined`, `left`, `since` or `until`) is null. Both ends are
 * included (a member with left = 2022 is still a member in 2022).
 */
import type { ClusterData } from './cluster.js';

/** Years start–end, both included; null = open (before the data / still going). */
export interface Spell {
  start: number | null;
  end: number | null;
}

export interface ClusterTimeline {
  /** Per member (member order): its spell, or null when it has no years (a member in every year). */
  members: (Spell | null)[];
  /**
   * Per tie (tie table order): its spells, disjoint and in time order, or null when one of its rows
   * has no years (the tie is there in every year its two members are).
   */
  ties: (Spell[] | null)[];
}

const lo = (s: Spell) => (s.start === null ? -Infinity : s.start);
const hi = (s: Spell) => (s.end === null ? Infinity : s.end);

/** Overlapping spells joined (touching years too: 2015–2017 and 2017–2019 give 2015–2019), in time order. */
export function joinSpells(spells: readonly Spell[]): Spell[] {
  const sorted = [...spells].sort((a, b) => lo(a) - lo(b) || hi(a) - hi(b));
  const out: Spell[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && lo(s) <= hi(last)) {
      if (hi(s) > hi(last)) last.end = s.end;
    } else out.push({ ...s });
  }
  return out;
}

/**
 * The timeline of a cluster, or null when it has no years at all (no joined/left, no since/until).
 * A tie table without its rows (built from a graph, or with project-derived ties) gives each tie the
 * spell of its own since/until.
 */
export function clusterTimeline(data: ClusterData): ClusterTimeline | null {
  let any = false;
  const members = data.members.attributes.map((a): Spell | null => {
    const start = a.joined ?? null;
    const end = a.left ?? null;
    if (start === null && end === null) return null;
    any = true;
    return { start, end };
  });
  const t = data.ties;
  const perTie: Spell[][] = Array.from({ length: t.count }, () => []);
  const open = new Uint8Array(t.count);
  const add = (e: number, since: number, until: number) => {
    if (since < 0 && until < 0) open[e] = 1;
    else {
      any = true;
      perTie[e].push({ start: since < 0 ? null : since, end: until < 0 ? null : until });
    }
  };
  const rows = t.rowTable;
  if (rows !== null) for (let r = 0; r < rows.count; r++) add(rows.tie[r], rows.since[r], rows.until[r]);
  else for (let e = 0; e < t.count; e++) add(e, t.since[e], t.until[e]);
  if (!any) return null;
  const ties = perTie.map((spells, e) => (open[e] === 1 || spells.length === 0 ? null : joinSpells(spells)));
  return { members, ties };
}
