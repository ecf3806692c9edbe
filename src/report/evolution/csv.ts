/** The evolution as CSV: evolution-years.csv (one row per year) and evolution-transitions.csv. */
import type { EvolutionReport } from '../../analysis/report-types.js';
import { csvDocument, type CsvValue } from '../csv-cell.js';
import type { CsvFile } from '../csv-tables.js';
import { EVOLUTION_INDICATORS } from './indicators.js';

export function renderEvolutionCsv(e: EvolutionReport): CsvFile[] {
  const years: CsvValue[][] = e.years.map((y) => [y.year, ...EVOLUTION_INDICATORS.map((i) => i.value(y)), y.synergy.eiIndex.pValue]);
  const transitions: CsvValue[][] = e.transitions.map((t) => [
    t.from, t.to, t.members.stayers, t.members.entrants.length, t.members.exits.length, t.ties.pairs, t.ties.kept, t.ties.ended, t.ties.formed, t.ties.absent,
    t.ties.jaccard, t.ties.hamming, t.ties.hammingNormalized, t.ties.formationRate, t.ties.dissolutionRate,
    t.correlation.binary, t.correlation.valued, t.correlation.qap.pGreater, t.correlation.qap.pLess,
  ]);
  return [
    { name: 'evolution-years.csv', content: csvDocument(['year', ...EVOLUTION_INDICATORS.map((i) => i.name), 'eiPValue'], years) },
    {
      name: 'evolution-transitions.csv',
      content: csvDocument(
        ['from', 'to', 'stayers', 'entrants', 'exits', 'pairs', 'kept', 'ended', 'formed', 'absent', 'jaccard', 'hamming', 'hammingNormalized', 'formationRate', 'dissolutionRate', 'correlationBinary', 'correlationValued', 'qapPGreater', 'qapPLess'],
        transitions,
      ),
    },
  ];
}
