/** Wording shared by the reader's messages and the reports. */

/** "1 member" / "3 members" (`many` for irregular plurals: plural(2, 'community', 'communities')). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
