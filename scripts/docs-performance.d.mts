/** Types of the performance-page generator (scripts/docs-performance.mjs). */
export interface BenchRecord {
  date: string;
  size: string;
  family?: string;
  cli?: string;
  line: number;
  [key: string]: unknown;
}
export const GENERATED_BEGIN: string;
export const GENERATED_END: string;
export const DEFAULT_FAMILY: string;
export const RESULTS_PATH: string;
export const DOC_PATH: string;
export function parseResults(text: string): BenchRecord[];
export function familyOf(record: BenchRecord): string;
export function optionsOf(record: BenchRecord): string;
export function latestMeasurements(records: BenchRecord[]): BenchRecord[];
export function latestPerSize(records: BenchRecord[]): BenchRecord[];
export function renderBenchTables(records: BenchRecord[]): string;
export function updatePerformanceDoc(doc: string, records: BenchRecord[]): string;
export function expectedPerformanceDoc(docPath?: string, resultsPath?: string): string;
