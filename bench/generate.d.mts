/** Types of the seeded cluster generator (bench/generate.mjs). */
export function generateCluster(options: { members: number; ties: number; seed?: number }): { members: string; ties: string };
