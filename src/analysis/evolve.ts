/**
 * `evolve(data)`: the cluster year by year. One snapshot per year (the model's `snapshot`: members
 * present and ties active in that year), each measured by `analyze`; one transition per consecutive
 * pair of years (members, tie change over the stayers, graph correlation with its QAP test: see
 * wave-change.ts). Same input and options → the same evolution, byte for byte once serialised.
 */
import type { AnalysisInput } from '../model/cluster.js';
import type { InputWarning } from '../model/errors.js';
import { GENERATOR } from '../model/version.js';
import { analyze } from './analyze.js';
import { checkSameDirection, comparisonOptions, waveAnalysisOptions, type CompareOptions } from './compare.js';
import { CHANGE_SCHEMA_VERSION, type EvolutionTransition } from './change-types.js';
import type { EvolutionReport, EvolutionYear } from './report-types.js';
import { waveChange } from './wave-change.js';
import { evolutionYears, yearSnapshots } from './years.js';

export interface EvolveOptions extends Omit<CompareOptions, 'labels'> {
  /** The years (strictly ascending, within the data's years). */
  years?: number[];
  /** Every `every` years from the data's first year (instead of `years`). */
  every?: number;
}

/** One year of the evolution from its analysis. */
function yearOf(year: number, report: Awaited<ReturnType<typeof analyze>>): EvolutionYear {
  const th = report.synergy.tripleHelix;
  return {
    year,
    summary: report.summary,
    communities: { modularity: report.communities.modularity, count: report.communities.count },
    synergy: { eiIndex: { overall: report.synergy.eiIndex.overall, pValue: report.synergy.eiIndex.pValue }, tripleHelix: th === null ? null : { T_AIG: th.T_AIG, T4: th.T4 } },
    centralization: report.summary.centralization,
  };
}

/** The years an evolution of `data` measures with these options (see `evolutionYears`). */
export function evolveYears(data: AnalysisInput, options: Pick<EvolveOptions, 'years' | 'every'> = {}): number[] {
  return evolutionYears(data, options);
}

/**
 * The evolution of a cluster over its years (default: the distinct years of the data, at most 30).
 * See {@link EvolutionReport} and docs/change-over-time.md for the definitions.
 */
export async function evolve(data: AnalysisInput, options: EvolveOptions = {}): Promise<EvolutionReport> {
  const years = evolutionYears(data, options);
  const snapshots = yearSnapshots(data, years, years.map(() => 'years'));
  const opts = comparisonOptions(data.directed, options);
  const out: EvolutionYear[] = [];
  const warnings = new Map<string, InputWarning>();
  for (let k = 0; k < years.length; k++) {
    const report = await analyze(snapshots[k], waveAnalysisOptions(snapshots[k], opts, options, null));
    out.push(yearOf(years[k], report));
    for (const w of report.warnings) warnings.set(`${w.code}\u0000${w.file}\u0000${w.message}`, w);
  }
  const transitions: EvolutionTransition[] = [];
  for (let k = 1; k < years.length; k++) {
    checkSameDirection(snapshots[k - 1], snapshots[k]);
    const change = waveChange(snapshots[k - 1], snapshots[k], { permutations: opts.permutations, seed: opts.seed });
    transitions.push({ from: years[k - 1], to: years[k], members: change.members, ties: change.ties, correlation: change.correlation });
  }
  return {
    kind: 'evolution',
    schemaVersion: CHANGE_SCHEMA_VERSION,
    generator: { name: GENERATOR.name, version: GENERATOR.version },
    options: { ...opts, years },
    years: out,
    transitions,
    warnings: [...warnings.values()],
  };
}
