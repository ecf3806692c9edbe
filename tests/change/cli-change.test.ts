/** `cluster-graph compare` and `evolve` end to end (the built bin): outputs and refusals (exit 2). */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = join('bin', 'cluster-graph.js');
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const H = 'fixtures/change/history/members.csv';
const S = 'fixtures/change/shapes';

describe('cluster-graph compare', () => {
  it('prints the comparison with the Jaccard band sentence', () => {
    const r = run(['compare', `${S}/before-members.csv`, `${S}/after-members.csv`, '--before-ties', `${S}/before-ties.csv`, '--after-ties', `${S}/after-ties.csv`, '--permutations', '100']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Jaccard index 0\.\d+: (good|moderate|low) stability/);
    expect(r.stdout).toContain('RSiena manual: ≥ 0.3 good, 0.2–0.3 moderate, < 0.2 low');
    expect(r.stdout).toContain('R sna qaptest reports k/R');
  });

  it('--from/--to on one file gives the JSON of the two exports (counts, rates, binary correlation)', () => {
    const files = JSON.parse(run(['compare', `${S}/before-members.csv`, `${S}/after-members.csv`, '--before-ties', `${S}/before-ties.csv`, '--after-ties', `${S}/after-ties.csv`, '--format', 'json', '--permutations', '100']).stdout);
    const years = JSON.parse(run(['compare', H, '--from', '2019', '--to', '2022', '--format', 'json', '--permutations', '100']).stdout);
    for (const k of ['pairs', 'kept', 'ended', 'formed', 'absent', 'jaccard', 'hamming', 'hammingNormalized', 'formationRate', 'dissolutionRate']) expect(years.ties[k]).toBe(files.ties[k]);
    expect(years.correlation.binary).toBe(files.correlation.binary);
    expect(years.before.label).toBe('2019');
  });

  it('writes the csv tables and the html drawing into --out-dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-compare-'));
    const r = run(['compare', H, '--from', '2019', '--to', '2022', '--out-dir', dir, '--permutations', '50', '-q']);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['comparison-findings.csv', 'comparison-indicators.csv', 'comparison-members.csv', 'comparison-ranks.csv', 'comparison-ties.csv', 'comparison.html', 'comparison.json', 'comparison.md', 'comparison.txt']);
    const html = readFileSync(join(dir, 'comparison.html'), 'utf8');
    expect(html).toContain('class="formed"');
    expect(html).toContain('class="ended"');
    expect(html).toContain('class="entrant"');
    expect(html).toContain('class="exit"');
    expect(html).not.toMatch(/<script/);
  });

  for (const [name, args, pattern] of [
    ['--from after --to', ['--from', '2022', '--to', '2019'], /--from 2022 is not before --to 2019/],
    ['a year outside the data', ['--from', '2010', '--to', '2019'], /--from 2010 is outside the years of the data, 2015–2022/],
    ['a year that is not a 4-digit year', ['--from', '20x9', '--to', '2019'], /--from must be a 4-digit year/],
    ['--from without --to', ['--from', '2019'], /--to is missing/],
  ] as const) {
    it(`refuses ${name} (exit 2, no stack trace)`, () => {
      const r = run(['compare', H, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(pattern);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('refuses one members file without --from/--to', () => {
    const r = run(['compare', H]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/compare needs two members files/);
  });
});

describe('cluster-graph evolve', () => {
  it('writes one CSV row per year and the JSON of the evolution', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-evolve-'));
    const r = run(['evolve', 'fixtures/example/members.csv', '--years', '2016,2019,2022,2025', '--out-dir', dir, '--format', 'csv,json', '--permutations', '50', '-q']);
    expect(r.code).toBe(0);
    const rows = readFileSync(join(dir, 'evolution-years.csv'), 'utf8').trim().split('\r\n');
    expect(rows).toHaveLength(5);
    expect(rows.slice(1).map((l) => l.split(',')[0])).toEqual(['2016', '2019', '2022', '2025']);
    const e = JSON.parse(readFileSync(join(dir, 'evolution.json'), 'utf8'));
    expect(e.kind).toBe('evolution');
    expect(e.transitions).toHaveLength(3);
  });

  for (const [name, args, pattern] of [
    ['years out of order', ['--years', '2020,2018'], /--years: 2018 is not after 2020/],
    ['a year outside the data', ['--years', '2001,2018'], /--years 2001 is outside the years of the data/],
    ['a year that is not a 4-digit year', ['--years', '2018,18'], /--years must list 4-digit years/],
    ['--years with --every', ['--years', '2018,2020', '--every', '2'], /--years and --every were both given/],
  ] as const) {
    it(`refuses ${name} (exit 2)`, () => {
      const r = run(['evolve', 'fixtures/example/members.csv', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(pattern);
    });
  }
});
