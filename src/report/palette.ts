/**
 * Colours shared by the SVG figure and the HTML report (no measure is computed here).
 *
 * Groups get colours from the Okabe–Ito palette (Okabe & Ito 2008, "Color Universal Design"), which
 * stays distinguishable under the common colour-vision deficiencies. Colours are assigned in a fixed
 * order of the sorted group names (communities: by id), so the same group keeps the same colour from
 * run to run. Groups beyond the palette share the "other" grey; a missing value is light grey.
 */
import { groupKey } from '../model/group-key.js';
import type { MemberReport } from '../analysis/report-types.js';

/** Okabe–Ito, in its published order (black last). */
export const GROUP_PALETTE: readonly string[] = Object.freeze([
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#009E73', // bluish green
  '#F0E442', // yellow
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#000000', // black
]);

/** Members whose group has no colour of its own (more groups than colours). */
export const OTHER_COLOR = '#8C8C8C';
/** Members without a value (e.g. no sector given). */
export const MISSING_COLOR = '#D9D9D9';

/**
 * Tie colours by orientation (HTML). Chosen apart from every member colour (the Okabe–Ito groups,
 * {@link OTHER_COLOR}, {@link MISSING_COLOR}): each is at least 20 CIE76 ΔE units from all of them and
 * from one another (tests/report/palette.test.ts), so a tie never reads as a sector or community.
 */
export const TIE_COLORS: Readonly<Record<'vertical' | 'horizontal' | 'unknown', string>> = Object.freeze({
  vertical: '#4B3B8F', // indigo
  horizontal: '#6B8E23', // olive
  unknown: '#C0A888', // tan
});

/** The one tie colour of the SVG figure (orientation is told by line style there): a slate grey, apart from the member greys. */
export const SVG_TIE_COLOR = '#5A6478';

export type ColorBy = 'sector' | 'community' | 'type' | 'level';

export interface ColorGroup {
  /** Group key as shown (`(none)` for a missing value, `other` for the shared grey). */
  label: string;
  color: string;
  count: number;
}

export interface ColorScheme {
  by: ColorBy;
  /** Legend entries in display order. */
  groups: ColorGroup[];
  /** Colour of each member, in the order of the `members` argument. */
  colors: string[];
}

/** The group value of a member for a colouring attribute; null = missing. */
export function groupValue(m: Pick<MemberReport, 'sector' | 'type' | 'level' | 'community'>, by: ColorBy): string | null {
  if (by === 'community') return String(m.community);
  return m[by];
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Colours for members by an attribute. Groups are ordered by name (communities numerically by id);
 * the first `GROUP_PALETTE.length` groups get a colour each (when there are more groups, the
 * largest groups get the colours, then by name), the rest share {@link OTHER_COLOR}.
 */
export function colorScheme(members: readonly Pick<MemberReport, 'sector' | 'type' | 'level' | 'community'>[], by: ColorBy): ColorScheme {
  // Values that differ only in case or spaces are one group, under their first spelling (as --group-by).
  const labelOf = new Map<string, string>();
  const valueOf = (m: Pick<MemberReport, 'sector' | 'type' | 'level' | 'community'>): string | null => {
    const raw = groupValue(m, by);
    if (raw === null) return null;
    const key = groupKey(raw);
    let label = labelOf.get(key);
    if (label === undefined) labelOf.set(key, (label = raw));
    return label;
  };
  const counts = new Map<string, number>();
  let missing = 0;
  for (const m of members) {
    const v = valueOf(m);
    if (v === null) missing++;
    else counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const byName = [...counts.keys()].sort(by === 'community' ? (a, b) => Number(a) - Number(b) : compareNames);
  let coloured = byName;
  if (byName.length > GROUP_PALETTE.length) {
    const keep = new Set(
      [...byName].sort((a, b) => counts.get(b)! - counts.get(a)! || byName.indexOf(a) - byName.indexOf(b)).slice(0, GROUP_PALETTE.length),
    );
    coloured = byName.filter((g) => keep.has(g));
  }
  const colorOf = new Map<string, string>();
  coloured.forEach((g, i) => colorOf.set(g, GROUP_PALETTE[i]));
  const groups: ColorGroup[] = coloured.map((g) => ({ label: g, color: colorOf.get(g)!, count: counts.get(g)! }));
  const otherCount = byName.filter((g) => !colorOf.has(g)).reduce((s, g) => s + counts.get(g)!, 0);
  if (otherCount > 0) groups.push({ label: 'other', color: OTHER_COLOR, count: otherCount });
  if (missing > 0) groups.push({ label: '(none)', color: MISSING_COLOR, count: missing });
  const colors = members.map((m) => {
    const v = valueOf(m);
    return v === null ? MISSING_COLOR : (colorOf.get(v) ?? OTHER_COLOR);
  });
  return { by, groups, colors };
}
