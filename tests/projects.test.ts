/** Joint projects: Triple-Helix synergy through the whole pipeline, and ties derived from projects. */
import { describe, it, expect } from 'vitest';
import { join } from 'node:path';
import { mkdtempSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { readInput } from '../src/io/read-input.js';
import { analyze } from '../src/analysis/analyze.js';
import { REFERENCE_DIR, FIXTURES, loadReferenceJson, readRows } from './helpers/reference.js';

const SC = join(REFERENCE_DIR, 'school-cluster');

describe('projects', () => {
  it('school-cluster: the report\'s Triple-Helix values equal the reference to 1e-9', async () => {
    const data = await readInput({ members: join(SC, 'members.csv'), ties: join(SC, 'ties.csv') }, { directed: true });
    const report = await analyze(data, { permutations: 0 });
    const th = report.synergy.tripleHelix!;
    const ref = loadReferenceJson('school-cluster').triple_helix;
    expect(th.projects).toBe(40);
    expect(th.T_AIG!).toBeCloseTo(ref.T_AIG, 9);
    expect(th.T4!).toBeCloseTo(ref.T4_AIGC, 9);
    for (const t of ['AIG', 'AIC', 'AGC', 'IGC'] as const) expect(th.triads[t]!).toBeCloseTo(ref.T_triads[t], 9);
    // auto: a ties file exists, so project ties are not merged
    expect(data.projectTies?.mode).toBe('ignore');
    expect(report.summary.ties).toBe(219);
    expect(report.input.projects?.used).toBe(202);
  });

  it('derives ties from shared projects when there is no ties file (weights = shared projects)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-proj-'));
    copyFileSync(join(SC, 'members.csv'), join(dir, 'members.csv'));
    copyFileSync(join(SC, 'projects.csv'), join(dir, 'projects.csv'));
    const data = await readInput({ members: join(dir, 'members.csv') });
    expect(data.projectTies?.mode).toBe('only');
    const expected = readRows(join(SC, 'project-ties.csv'));
    expect(data.toGraph().size).toBe(expected.length);
    for (const row of expected) expect(data.toGraph().getEdgeAttribute(row.source, row.target, 'weight')).toBe(Number(row.weight));
    expect(data.input.files.ties).toBeNull();
  });

  it('merge adds the shared-project count to existing ties and creates the missing ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-proj-'));
    writeFileSync(join(dir, 'members.csv'), 'id,type\nA,university\nB,business\nC,state\n');
    writeFileSync(join(dir, 'ties.csv'), 'source,target,weight,kind\nA,B,2,research\n');
    writeFileSync(join(dir, 'projects.csv'), 'project,member\nP1,A\nP1,B\nP2,A\nP2,B\nP2,C\n');
    const merged = await readInput({ members: join(dir, 'members.csv') }, { projectTies: 'merge' });
    expect(merged.toGraph().getEdgeAttribute('A', 'B', 'weight')).toBe(4);
    expect(merged.toGraph().getEdgeAttribute('A', 'B', 'kinds')).toEqual(['joint-project', 'research']);
    expect(merged.toGraph().getEdgeAttribute('B', 'C', 'weight')).toBe(1);
    expect(merged.projectTies).toMatchObject({ pairs: 3, added: 2, strengthened: 1 });
    const ignored = await readInput({ members: join(dir, 'members.csv') }, { projectTies: 'ignore' });
    expect(ignored.toGraph().size).toBe(1);
    const report = await analyze(merged, { permutations: 0 });
    expect(report.synergy.tripleHelix?.projects).toBe(2);
  });

  it('a project naming an unknown member is an input error with its line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-proj-'));
    writeFileSync(join(dir, 'members.csv'), 'id\nA\nB\n');
    writeFileSync(join(dir, 'ties.csv'), 'source,target\nA,B\n');
    writeFileSync(join(dir, 'projects.csv'), 'project,member\nP1,A\nP1,Q\n');
    await expect(readInput({ members: join(dir, 'members.csv') })).rejects.toThrow(/line 3.*"Q"|"Q".*line 3/);
  });

  it('the bundled example has projects and reports its Triple-Helix synergy', async () => {
    const data = await readInput({ members: join(FIXTURES, 'example', 'members.csv') });
    const report = await analyze(data, { permutations: 100 });
    expect(report.synergy.tripleHelix?.projects).toBeGreaterThanOrEqual(20);
    expect(report.summary.ties).toBe(151);
  });
});
