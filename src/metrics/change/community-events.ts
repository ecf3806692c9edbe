/**
 * Community events between two waves (Greene, Doyle & Cunningham 2010, "Tracking the evolution of
 * communities in dynamic social networks", ASONAM): each community of the before wave is matched to
 * every community of the after wave whose Jaccard similarity |C ∩ D| / |C ∪ D| (members matched by
 * id, entrants and exits included) is at least θ = 0.3, the threshold of the paper. Then:
 * - continue: C matches exactly one D, and D is matched by C only;
 * - merge: D is matched by two or more before communities (one event per such D);
 * - split: C matches two or more after communities (one event per such C);
 * - death: C matches none; birth: D is matched by none.
 * A community may take part in a split and a merge at once. Events in the order: per before community
 * (continue, split, death), then per after community (merge, birth). O(Σ|C| + pairs sharing members).
 */

export const EVENT_THRESHOLD = 0.3;

export type CommunityEventType = 'continue' | 'merge' | 'split' | 'birth' | 'death';

export interface CommunityEvent {
  type: CommunityEventType;
  /** Community ids of the before wave and of the after wave taking part. */
  before: number[];
  after: number[];
  /** Jaccard similarity of each matched (before, after) pair, in the order before × after. */
  jaccard: { before: number; after: number; value: number }[];
}

export function communityEvents(
  before: readonly { id: number; members: readonly string[] }[],
  after: readonly { id: number; members: readonly string[] }[],
  threshold = EVENT_THRESHOLD,
): CommunityEvent[] {
  const afterOf = new Map<string, number>();
  after.forEach((d, k) => d.members.forEach((id) => afterOf.set(id, k)));
  // matches[c] = [(after index, jaccard)] with jaccard ≥ θ.
  const matches: { d: number; value: number }[][] = before.map((c) => {
    const shared = new Map<number, number>();
    for (const id of c.members) {
      const d = afterOf.get(id);
      if (d !== undefined) shared.set(d, (shared.get(d) ?? 0) + 1);
    }
    const out: { d: number; value: number }[] = [];
    for (const [d, k] of [...shared].sort((x, y) => x[0] - y[0])) {
      const value = k / (c.members.length + after[d].members.length - k);
      if (value >= threshold) out.push({ d, value });
    }
    return out;
  });
  const matchedBy: number[][] = after.map(() => []);
  matches.forEach((list, c) => list.forEach(({ d }) => matchedBy[d].push(c)));
  const events: CommunityEvent[] = [];
  const pair = (c: number, d: number, value: number) => ({ before: before[c].id, after: after[d].id, value });
  matches.forEach((list, c) => {
    if (list.length === 0) events.push({ type: 'death', before: [before[c].id], after: [], jaccard: [] });
    else if (list.length >= 2) events.push({ type: 'split', before: [before[c].id], after: list.map((x) => after[x.d].id), jaccard: list.map((x) => pair(c, x.d, x.value)) });
    else if (matchedBy[list[0].d].length === 1) events.push({ type: 'continue', before: [before[c].id], after: [after[list[0].d].id], jaccard: [pair(c, list[0].d, list[0].value)] });
  });
  matchedBy.forEach((cs, d) => {
    if (cs.length === 0) events.push({ type: 'birth', before: [], after: [after[d].id], jaccard: [] });
    else if (cs.length >= 2) {
      events.push({
        type: 'merge',
        before: cs.map((c) => before[c].id),
        after: [after[d].id],
        jaccard: cs.map((c) => pair(c, d, matches[c].find((x) => x.d === d)!.value)),
      });
    }
  });
  return events;
}
