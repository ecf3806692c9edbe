/** Types of the seeded generators (bench/generate.mjs). */
export function generateCluster(options: { members: number; ties: number; seed?: number }): { members: string; ties: string };

export type Family = 'cluster' | 'er' | 'ba' | 'sbm' | 'ws' | 'tree' | 'biconnected' | 'complete' | 'dense';
export type Size = 'S' | 'M' | 'L' | 'XL';
export interface FamilyOptions {
  size?: Size;
  members?: number;
  ties?: number;
  seed?: number;
}
export interface FamilyMeta {
  family: Family;
  seed: number;
  requested: { members: number; ties: number };
  members: number;
  ties: number;
  info: Record<string, number>;
  generateS: number;
}

/** Members and ties of one family at one size (complete and dense keep their own member count). */
export function familyOptions(family: Family, options?: FamilyOptions): { members: number; ties: number; seed: number };
/** One family in memory: the members.csv and ties.csv texts. */
export function generateFamily(family: Family, options?: FamilyOptions): { members: string; ties: string };
/** One family streamed to <out>/members.csv, ties.csv and meta.json. */
export function writeFamily(family: Family, options: FamilyOptions | undefined, out: string): FamilyMeta;
