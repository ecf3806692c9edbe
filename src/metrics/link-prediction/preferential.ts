/**
 * Preferential attachment PA(u,v) = |Γ(u)|·|Γ(v)| (Barabási et al. 2002, Physica A 311, 590–614;
 * as a link predictor Liben-Nowell & Kleinberg 2007) on the undirected unweighted simple view —
 * networkx 2.8 `preferential_attachment`. Defined for every pair, so the top K are found from the
 * degree order without enumerating all pairs: members sorted by degree (descending, then index), a
 * best-first search over the pairs (i, j), i < j in that order, whose product falls along each row;
 * one frontier entry per row in a binary heap. Pairs refused by `accept` (already tied, filtered out)
 * are skipped. Weights: not used.
 */
import type { LinkView } from './view.js';

/** PA of one pair. */
export function preferentialAttachment(view: LinkView, u: number, v: number): number {
  return view.degree[u] * view.degree[v];
}

/** The canonical order of ranked pairs: score descending, then lower index, then higher index ascending. */
export function pairBefore(sa: number, a1: number, a2: number, sb: number, b1: number, b2: number): boolean {
  if (sa !== sb) return sa > sb;
  const la = Math.min(a1, a2);
  const lb = Math.min(b1, b2);
  if (la !== lb) return la < lb;
  return Math.max(a1, a2) < Math.max(b1, b2);
}

/**
 * The first `k` accepted pairs by PA in the canonical order ({@link pairBefore}), each unordered pair
 * once, as [u, v] with u < v. `maxVisited` bounds the pairs looked at (a very selective filter):
 * the search then stops with what it has (`exhausted` false).
 */
export function topPreferential(
  view: LinkView,
  k: number,
  accept: (u: number, v: number) => boolean,
  members: readonly number[] | null = null,
): { pairs: [number, number][]; visited: number } {
  const { degree } = view;
  const order = (members === null ? Array.from({ length: view.n }, (_, i) => i) : [...members]).sort((a, b) => degree[b] - degree[a] || a - b);
  const len = order.length;
  // Heap of rows i with their next column j (frontier), ordered by pairBefore.
  const rowI: number[] = [];
  const rowJ: number[] = [];
  const heap: number[] = []; // entries index rowI/rowJ
  const score = (e: number) => degree[order[rowI[e]]] * degree[order[rowJ[e]]];
  const before = (x: number, y: number) =>
    pairBefore(score(x), order[rowI[x]], order[rowJ[x]], score(y), order[rowI[y]], order[rowJ[y]]);
  const push = (e: number) => {
    heap.push(e);
    let c = heap.length - 1;
    while (c > 0) {
      const p = (c - 1) >> 1;
      if (!before(heap[c], heap[p])) break;
      [heap[c], heap[p]] = [heap[p], heap[c]];
      c = p;
    }
  };
  const pop = (): number => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let c = 0;
      for (;;) {
        const l = 2 * c + 1;
        const r = l + 1;
        let b = c;
        if (l < heap.length && before(heap[l], heap[b])) b = l;
        if (r < heap.length && before(heap[r], heap[b])) b = r;
        if (b === c) break;
        [heap[c], heap[b]] = [heap[b], heap[c]];
        c = b;
      }
    }
    return top;
  };
  for (let i = 0; i + 1 < len; i++) {
    rowI.push(i);
    rowJ.push(i + 1);
    push(rowI.length - 1);
  }
  const pairs: [number, number][] = [];
  let visited = 0;
  while (pairs.length < k && heap.length > 0) {
    const e = pop();
    const a = order[rowI[e]];
    const b = order[rowJ[e]];
    visited++;
    if (accept(a, b)) pairs.push(a < b ? [a, b] : [b, a]);
    if (rowJ[e] + 1 < len) {
      rowJ[e]++;
      push(e);
    }
  }
  return { pairs, visited };
}
