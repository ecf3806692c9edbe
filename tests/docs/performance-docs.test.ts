/**
 * docs/performance.md shows the benchmark as bench/results.jsonl records it: its generated block is
 * what scripts/docs-performance.mjs (`npm run docs`) writes from the results file, and the generator
 * picks the latest line of each (family, size, options).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DOC_PATH,
  GENERATED_BEGIN,
  GENERATED_END,
  expectedPerformanceDoc,
  latestMeasurements,
  latestPerSize,
  parseResults,
  renderBenchTables,
  updatePerformanceDoc,
} from '../../scripts/docs-performance.mjs';

const line = (o: Record<string, unknown>) => JSON.stringify(o);

const SAMPLE = [
  line({ date: '2026-01-01T10:00:00.000Z', size: 'M', members: 10000, ties: 50000, cli: 'analyze --format json', wallS: 9.5, peakRssMiB: 170.2, phasesMs: { read: 300, paths: 5000 } }),
  line({ date: '2026-01-02T10:00:00.000Z', size: 'M', members: 10000, ties: 50000, cli: 'analyze --format json', wallS: 7.25, peakRssMiB: 160.4, phasesMs: { read: 250.4, paths: 4500 }, igraph: { wallS: 16, timingsS: { betweenness: 11 } }, ratioToIgraph: 0.453 }),
  line({ date: '2026-01-03T10:00:00.000Z', size: 'M', members: 10000, ties: 50000, cli: 'analyze --format json --threads 1', wallS: 12.5, peakRssMiB: 150 }),
  line({ date: '2026-01-01T11:00:00.000Z', size: 'S', members: 1000, ties: 5000, cli: 'analyze --format json', wallS: 0.97, peakRssMiB: 80, sampling: { exact: true }, phasesMs: { read: 63.1, communities: 103 } }),
  '',
  line({ date: '2026-01-04T10:00:00.000Z', size: 'S', family: 'school', members: 1000, ties: 3000, cli: 'analyze --format json', wallS: 0.5, peakRssMiB: 70 }),
].join('\n');

describe('docs/performance.md', () => {
  it('is in sync with bench/results.jsonl (run `npm run docs` after a benchmark)', () => {
    expect(readFileSync(DOC_PATH, 'utf8')).toBe(expectedPerformanceDoc());
  });

  it('holds the generated block once, between its markers', () => {
    const doc = readFileSync(DOC_PATH, 'utf8');
    expect(doc.split(GENERATED_BEGIN).length).toBe(2);
    expect(doc.indexOf(GENERATED_END)).toBeGreaterThan(doc.indexOf(GENERATED_BEGIN));
    expect(doc).not.toMatch(/before this round|issue \d/i);
  });
});

describe('scripts/docs-performance.mjs', () => {
  const records = parseResults(SAMPLE);

  it('keeps the latest line of each (family, size, options), ordered by family, size, options', () => {
    const latest = latestMeasurements(records);
    expect(latest.map((r) => [r.family ?? 'cluster', r.size, r.cli, r.date.slice(0, 10)])).toEqual([
      ['cluster', 'S', 'analyze --format json', '2026-01-01'],
      ['cluster', 'M', 'analyze --format json', '2026-01-02'],
      ['cluster', 'M', 'analyze --format json --threads 1', '2026-01-03'],
      ['school', 'S', 'analyze --format json', '2026-01-04'],
    ]);
  });

  it('takes the per-phase columns from the latest default-options line of each size', () => {
    expect(latestPerSize(records).map((r) => [r.size, r.wallS])).toEqual([
      ['S', 0.97],
      ['M', 7.25],
      ['S', 0.5],
    ]);
    const tables = renderBenchTables(records);
    expect(tables).toContain('| cluster | M | 10,000 | 50,000 | defaults | 2026-01-02 10:00 | — | — | 7.25 s | 160 MiB | — | 16.00 s | 0.45 | — | — |');
    expect(tables).toContain('| cluster | M | 10,000 | 50,000 | `--threads 1` | 2026-01-03 10:00 |');
    expect(tables).toContain('| school | S | 1,000 | 3,000 | defaults |');
    // Columns: the lines with per-phase timings (school S has none); rows: the union of their phases.
    expect(tables).toContain(
      [
        '| phase | what | S | M |',
        '| --- | --- | ---: | ---: |',
        '| `read` | read the CSV files into the members graph and the tie table | 63.1 | 250 |',
        '| `communities` | Louvain (or the wait for its worker) | 103 | — |',
        "| `paths` | all-sources pass: the wait for the blocks left, or this thread's share of them | — | 4,500 |",
        '| wall | start of process → JSON written | 970 | 7,250 |',
      ].join('\n'),
    );
    expect(tables).toContain('| exact |');
    expect(tables).toContain('| python-igraph step (s) | M |\n| --- | ---: |\n| `betweenness` | 11.000 |');
    expect(tables).not.toContain('9.50 s');
  });

  it('replaces only the text between the markers, and gives the same bytes twice', () => {
    const doc = `# Title\n\nprose before\n\n${GENERATED_BEGIN}\nstale table\n${GENERATED_END}\n\nprose after\n`;
    const once = updatePerformanceDoc(doc, records);
    expect(once.startsWith('# Title\n\nprose before\n\n')).toBe(true);
    expect(once.endsWith(`${GENERATED_END}\n\nprose after\n`)).toBe(true);
    expect(once).not.toContain('stale table');
    expect(updatePerformanceDoc(once, records)).toBe(once);
  });

  it('refuses a page without markers and names the bad line of the results file', () => {
    expect(() => updatePerformanceDoc('# no markers\n', records)).toThrow(/markers/);
    expect(() => parseResults(`${SAMPLE}\n{not json`)).toThrow(/line 7/);
    expect(() => parseResults('{"size":"S"}')).toThrow(/line 1.*"date"/);
  });
});
