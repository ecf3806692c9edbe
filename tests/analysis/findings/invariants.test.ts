/**
 * Findings on the reference datasets and the example: every value equals the report's number at its
 * indicator path, every articulation point is in the evidence of a threat, every rule of the table
 * names its source, the docs draft shows the rule table, the config is validated.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCluster } from '../../../src/io/read-cluster.js';
import { readInput } from '../../../src/io/read-input.js';
import { analyze } from '../../../src/analysis/analyze.js';
import { comparisonFindings, DEFAULT_FINDINGS_CONFIG, findings, findingsConfig, numberAt, parseFindingsConfig, RULES, ruleTableMarkdown } from '../../../src/analysis/findings/index.js';
import { InputError } from '../../../src/model/errors.js';
import type { Report } from '../../../src/analysis/report-types.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const DATASETS = ['karate', 'florentine', 'davis', 'kite', 'school-cluster'];

async function reports(): Promise<[string, Report][]> {
  const out: [string, Report][] = [];
  for (const name of DATASETS) {
    const dir = join(ROOT, 'fixtures', 'reference', name);
    const projects = existsSync(join(dir, 'projects.csv')) ? join(dir, 'projects.csv') : undefined;
    const data = await readInput({ members: join(dir, 'members.csv'), ties: join(dir, 'ties.csv'), projects }, {});
    out.push([name, await analyze(data, { permutations: 1000, nullSamples: 100 })]);
  }
  const ex = join(ROOT, 'fixtures', 'example');
  out.push(['example', await analyze(await readCluster({ members: join(ex, 'members.csv'), ties: join(ex, 'ties.csv') }), { permutations: 1000, nullSamples: 100 })]);
  return out;
}

describe('findings on the reference datasets and the example', async () => {
  const all = await reports();
  for (const [name, report] of all) {
    it(`${name}: value = the number at the indicator path; complete findings; articulation points in threats`, () => {
      const list = report.findings!;
      expect(list.length).toBeGreaterThan(0);
      expect(findings(report)).toEqual(list);
      for (const f of list) {
        expect(numberAt(report, f.indicator), `${f.id} ${f.indicator}`).toBe(f.value);
        expect(['strength', 'weakness', 'opportunity', 'threat']).toContain(f.category);
        expect(f.threshold.source.length).toBeGreaterThan(10);
        expect(Number.isFinite(f.threshold.value)).toBe(true);
        expect(f.statement).toMatch(/chang|lapse|remove|holds for/);
        for (const id of f.evidence.members) expect(report.members.some((m) => m.id === id), id).toBe(true);
      }
      const threatened = new Set(list.filter((f) => f.category === 'threat').flatMap((f) => f.evidence.members));
      for (const ap of report.resilience.articulationPoints) expect(threatened.has(ap), `${name}: ${ap}`).toBe(true);
      const bridged = list.filter((f) => f.category === 'threat').flatMap((f) => f.evidence.ties.map((t) => t.join('|')));
      for (const b of report.resilience.bridges) expect(bridged).toContain(b.join('|'));
    });
  }
  it('the datasets cover strengths, weaknesses, opportunities and threats', () => {
    const cats = new Set(all.flatMap(([, r]) => r.findings!.map((f) => f.category)));
    expect([...cats].sort()).toEqual(['opportunity', 'strength', 'threat', 'weakness']);
  });
});

describe('the rule table', () => {
  it('every rule names its source and a threshold; ids are unique', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) {
      expect(r.source.length, r.id).toBeGreaterThan(20);
      expect(r.key !== null || typeof r.fixed === 'number', r.id).toBe(true);
      expect(r.rule).toContain('{t}');
    }
  });
  it('docs/findings.md shows the rule table as generated from it', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'findings.md'), 'utf8');
    expect(doc).toContain(ruleTableMarkdown(DEFAULT_FINDINGS_CONFIG));
  });
});

describe('--findings-config', () => {
  it('overrides thresholds; unknown keys, wrong types and out-of-range values are InputErrors naming file and key', () => {
    expect(parseFindingsConfig('{"z": 2.58}', 'f.json').z).toBe(2.58);
    const err = (text: string): InputError => {
      try {
        parseFindingsConfig(text, 'thresholds.json');
      } catch (e) {
        return e as InputError;
      }
      throw new Error('no error');
    };
    expect(err('{"zz": 1}').message).toMatch(/thresholds\.json.*unknown key "zz"/s);
    expect(err('{"z": "2"}').message).toMatch(/"z" is "2", not a number/);
    expect(err('{"alpha": 5}').column).toBe('alpha');
    expect(err('{"listed": 2.5}').message).toMatch(/whole number/);
    expect(err('[1]').message).toMatch(/not a JSON object/);
    expect(err('{').message).toMatch(/not valid JSON/);
    expect(err('{"jaccardLow": 0.5}').message).toMatch(/jaccardLow/);
    expect(findingsConfig({})).toEqual(DEFAULT_FINDINGS_CONFIG);
  });
  it('CLI: a bad config exits 2 naming the file and key, before any analysis; a good one changes the findings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-findings-'));
    writeFileSync(join(dir, 'bad.json'), '{"topTieShare": "a lot"}');
    writeFileSync(join(dir, 'good.json'), '{"constraint": 0}');
    const bin = join(ROOT, 'bin', 'cluster-graph.js');
    const ex = join(ROOT, 'fixtures', 'example', 'members.csv');
    const bad = spawnSync(process.execPath, [bin, 'analyze', ex, '--findings-config', join(dir, 'bad.json'), '--null-samples', '0'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json.*topTieShare/s);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const run = (extra: string[]) => JSON.parse(spawnSync(process.execPath, [bin, 'analyze', ex, '--format', 'json', '--null-samples', '20', '--permutations', '100', ...extra], { encoding: 'utf8' }).stdout) as Report;
    expect(run([]).findings!.some((f) => f.id === 'structural-holes')).toBe(true);
    expect(run(['--findings-config', join(dir, 'good.json')]).findings!.some((f) => f.id === 'structural-holes')).toBe(false);
  }, 120_000);
});

describe('comparison findings (two waves)', () => {
  const cmp = (jaccard: number | null, before: number, after: number) => ({
    kind: 'comparison' as const,
    before: { label: '2021', members: 20, ties: before },
    after: { label: '2023', members: 22, ties: after },
    ties: { jaccard, kept: 10, formed: 5, ended: 6 },
    ranks: [{ measure: 'degree', risers: [{ id: 'a', name: 'Alpha', change: 4 }], fallers: [{ id: 'b', name: 'Beta', change: -3 }] }],
  });
  it('Jaccard bands of the RSiena manual, growth, shrinkage, risers and fallers — each firing and silent', () => {
    const ids = (c: ReturnType<typeof cmp>, config = {}) => comparisonFindings(c, config).map((f) => f.id).sort();
    expect(ids(cmp(0.1, 40, 40))).toEqual(['risers-fallers', 'tie-change-low']);
    expect(ids(cmp(0.25, 40, 40))).toEqual(['risers-fallers']);
    expect(ids(cmp(0.5, 40, 50))).toEqual(['growth', 'risers-fallers', 'tie-change-stable']);
    expect(ids(cmp(0.5, 40, 30))).toEqual(['risers-fallers', 'shrinkage', 'tie-change-stable']);
    expect(ids(cmp(0.25, 40, 30), { growth: 0.5 })).toEqual(['risers-fallers']);
    expect(ids({ ...cmp(null, 40, 41), ranks: [] })).toEqual([]);
    for (const f of comparisonFindings(cmp(0.1, 40, 50))) expect(numberAt(cmp(0.1, 40, 50), f.indicator)).toBe(f.value);
    const rf = comparisonFindings(cmp(0.25, 40, 40))[0];
    expect(rf.evidence.members).toEqual(['a', 'b']);
    expect(rf.statement).toContain('Alpha');
  });
});
