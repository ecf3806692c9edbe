/**
 * Tie change between two waves over the pairs of stayers (members in both waves): the dyad counts of
 * a two-wave panel and the indices built on them.
 *
 * With P pairs of stayers (s(s−1)/2 undirected, s(s−1) directed), each pair is kept (tied in both
 * waves), ended (before only), formed (after only) or absent (neither):
 * - Jaccard J = kept / (kept + ended + formed) (Snijders, van de Bunt & Steglich 2010, §4; the RSiena
 *   manual's data report: J ≥ 0.3 good, 0.2–0.3 moderate, < 0.2 low stability, harmless when the network
 *   mainly grows);
 * - Hamming distance H = ended + formed, normalised H / P (R sna `hdist(..., normalize = TRUE)` on the
 *   stayers' binary graphs; Butts & Carley 2005);
 * - formation rate = formed / (absent + formed), dissolution rate = ended / (ended + kept) (tsna
 *   `tEdgeFormation` / `tEdgeDissolution` over the pairs at risk; Bender-deMoll & Morris);
 * - over kept ties, the weight increased, decreased or stayed the same (exact comparison).
 * Null where a denominator is 0. Weights are used only for the increased/decreased counts. O(m₁ + m₂).
 */
import { walkPairs, type StayerTies } from './stayers.js';

export interface TieChangeCounts {
  pairs: number;
  kept: number;
  ended: number;
  formed: number;
  absent: number;
  jaccard: number | null;
  hamming: number;
  hammingNormalized: number | null;
  formationRate: number | null;
  dissolutionRate: number | null;
  weight: { increased: number; decreased: number; same: number };
}

/** The indices of {@link TieChangeCounts} from the four counts and the weight changes. */
export function tieChangeFrom(pairs: number, kept: number, ended: number, formed: number, weight: TieChangeCounts['weight']): TieChangeCounts {
  const absent = pairs - kept - ended - formed;
  const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
  return {
    pairs,
    kept,
    ended,
    formed,
    absent,
    jaccard: ratio(kept, kept + ended + formed),
    hamming: ended + formed,
    hammingNormalized: ratio(ended + formed, pairs),
    formationRate: ratio(formed, absent + formed),
    dissolutionRate: ratio(ended, ended + kept),
    weight,
  };
}

/** Tie change over the pairs of stayers (see the module comment). */
export function tieChange(before: StayerTies, after: StayerTies, pairs: number): TieChangeCounts {
  let kept = 0;
  let ended = 0;
  let formed = 0;
  const weight = { increased: 0, decreased: 0, same: 0 };
  walkPairs(before, after, (i, j) => {
    if (j < 0) ended++;
    else if (i < 0) formed++;
    else {
      kept++;
      const d = after.weight[j] - before.weight[i];
      if (d > 0) weight.increased++;
      else if (d < 0) weight.decreased++;
      else weight.same++;
    }
  });
  return tieChangeFrom(pairs, kept, ended, formed, weight);
}

/**
 * The same counts by a category of tie: `categoryOf(i, j)` (positions in `before`/`after`, −1 when not
 * tied in that wave) names the category of each tied pair; `pairsOf(name)` gives the pairs of stayers
 * of the category (null when pairs are not defined for it, e.g. an orientation: then `pairs`,
 * `absent`, `hammingNormalized` and `formationRate` are null). Categories in first-seen order.
 */
export function tieChangeBy(
  before: StayerTies,
  after: StayerTies,
  categoryOf: (i: number, j: number) => string,
  pairsOf: (name: string) => number | null,
): { category: string; counts: TieChangeByCounts }[] {
  const cells = new Map<string, { kept: number; ended: number; formed: number; weight: TieChangeCounts['weight'] }>();
  walkPairs(before, after, (i, j) => {
    const name = categoryOf(i, j);
    let c = cells.get(name);
    if (c === undefined) cells.set(name, (c = { kept: 0, ended: 0, formed: 0, weight: { increased: 0, decreased: 0, same: 0 } }));
    if (j < 0) c.ended++;
    else if (i < 0) c.formed++;
    else {
      c.kept++;
      const d = after.weight[j] - before.weight[i];
      if (d > 0) c.weight.increased++;
      else if (d < 0) c.weight.decreased++;
      else c.weight.same++;
    }
  });
  return [...cells].map(([category, c]) => {
    const pairs = pairsOf(category);
    const full = tieChangeFrom(pairs ?? 0, c.kept, c.ended, c.formed, c.weight);
    return {
      category,
      counts: pairs === null ? { ...full, pairs: null, absent: null, hammingNormalized: null, formationRate: null } : full,
    };
  });
}

/** {@link TieChangeCounts} where the pair counts may be undefined (null). */
export type TieChangeByCounts = Omit<TieChangeCounts, 'pairs' | 'absent' | 'hammingNormalized' | 'formationRate'> & {
  pairs: number | null;
  absent: number | null;
  hammingNormalized: number | null;
  formationRate: number | null;
};
