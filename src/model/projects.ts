/** Joint projects: the rows of a projects file and the member ties they imply. */

/** One row of a projects file: a member taking part in a project. */
export interface ProjectRow {
  project: string;
  member: string;
  line: number;
}

/**
 * One-mode projection of project participation onto members: one tie per pair of members sharing at
 * least one project, weight = number of shared projects (a member listed twice in a project counts
 * once). `source < target` in string (UTF-16 code unit) order; ties sorted by source, then target.
 * O(Σ_p s_p²) for project sizes s_p.
 */
export function projectTies(rows: readonly { project: string; member: string }[]): { source: string; target: string; weight: number }[] {
  const members = new Map<string, Set<string>>();
  for (const row of rows) {
    let set = members.get(row.project);
    if (set === undefined) {
      set = new Set<string>();
      members.set(row.project, set);
    }
    set.add(row.member);
  }
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  const weights = new Map<string, Map<string, number>>();
  for (const set of members.values()) {
    const list = [...set].sort(cmp);
    for (let i = 0; i < list.length; i++) {
      let row = weights.get(list[i]);
      if (row === undefined) {
        row = new Map<string, number>();
        weights.set(list[i], row);
      }
      for (let j = i + 1; j < list.length; j++) row.set(list[j], (row.get(list[j]) ?? 0) + 1);
    }
  }
  const ties: { source: string; target: string; weight: number }[] = [];
  for (const source of [...weights.keys()].sort(cmp)) {
    const row = weights.get(source)!;
    for (const target of [...row.keys()].sort(cmp)) ties.push({ source, target, weight: row.get(target)! });
  }
  return ties;
}
