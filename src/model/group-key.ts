/**
 * When two written values are one group (case, spaces and Unicode normal form do not matter) and
 * counts of values under the first spelling seen: the grouping rule of the reader, the analysis and
 * the reports.
 */

/** The key two values share when they are one group: NFC, trimmed, runs of spaces as one, lower case. */
export function groupKey(value: string): string {
  return value.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Counts values case- and space-insensitively ({@link groupKey}); each count is labelled with the
 * first spelling added. `null` (no value) is counted apart.
 */
export class GroupCounter {
  private readonly byKey = new Map<string | null, { value: string | null; count: number }>();

  add(value: string | null): void {
    const key = value === null ? null : groupKey(value);
    const entry = this.byKey.get(key);
    if (entry !== undefined) entry.count++;
    else this.byKey.set(key, { value: value === null ? null : value.trim(), count: 1 });
  }

  /** The counts: by count descending, then by label (null last). */
  table(): { value: string | null; count: number }[] {
    return [...this.byKey.values()]
      .map((e) => ({ value: e.value, count: e.count }))
      .sort((a, b) => b.count - a.count || compareNullable(a.value, b.value));
  }
}

/** Order of count-table labels: by value (UTF-16 order), null (no value) last. */
export function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
