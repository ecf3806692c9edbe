/** End to end: spawn the built bin (`npm test` builds first) as a user would. */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync, readdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './helpers/reference.js';
import { buildProgram } from '../src/cli/main.js';

const ROOT = join(FIXTURES, '..');
const BIN = join(ROOT, 'bin', 'cluster-graph.js');
const EXAMPLE = join(FIXTURES, 'example');

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
});

describe('cluster-graph analyze', () => {
  it('prints a readable summary of the bundled example', () => {
    const r = run(['analyze', join(EXAMPLE, 'members.csv')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const section of ['Cluster', 'Who holds the cluster together', 'Communities', 'Synergy across groups', 'Brokers', 'Resilience']) {
      expect(r.stdout).toContain(section);
    }
    expect(r.stdout).toContain('TTI');
    expect(r.stdout).not.toMatch(/\u001b\[/); // NO_COLOR and not a TTY: no ANSI codes
  });

  it('--format json prints the report object, byte-identical on a second run', () => {
    const a = run(['analyze', join(EXAMPLE, 'members.csv'), join(EXAMPLE, 'ties.csv'), '--format', 'json']);
    const b = run(['analyze', join(EXAMPLE, 'members.csv'), join(EXAMPLE, 'ties.csv'), '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    const report = JSON.parse(a.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.summary.members).toBe(50);
    expect(report.members).toHaveLength(50);
    expect(report.communities.groups.length).toBe(report.communities.count);
  });

  it('--out writes the file atomically and refuses to overwrite an input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-'));
    const out = join(dir, 'report.json');
    const r = run(['analyze', join(EXAMPLE, 'members.csv'), '--format', 'json', '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(dir)).toEqual(['report.json']); // no temporary file left behind
    copyFileSync(join(EXAMPLE, 'members.csv'), join(dir, 'members.csv'));
    copyFileSync(join(EXAMPLE, 'ties.csv'), join(dir, 'ties.csv'));
    const before = readFileSync(join(dir, 'ties.csv'), 'utf8');
    const refused = run(['analyze', join(dir, 'members.csv'), '--out', join(dir, 'ties.csv')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/input files/);
    expect(readFileSync(join(dir, 'ties.csv'), 'utf8')).toBe(before);
  });

  it('options change the analysis and are echoed in the report', () => {
    const r = run(['analyze', join(EXAMPLE, 'members.csv'), '--format', 'json', '--seed', '7', '--restarts', '3', '--unweighted', '--group-by', 'type', '--permutations', '50']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.options).toMatchObject({ seed: 7, restarts: 3, weighted: false, groupBy: 'type', permutations: 50 });
    expect(report.summary.weighted).toBe(false);
    expect(report.synergy.groupBy).toBe('type');
  });

  it('--directed reads each row as an arc', () => {
    const dir = join(FIXTURES, 'reference', 'school-cluster');
    const r = run(['analyze', join(dir, 'members.csv'), join(dir, 'ties.csv'), '--directed', '--format', 'json', '--permutations', '10']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary.directed).toBe(true);
    expect(report.summary.ties).toBe(219);
    expect(report.members[0]).toHaveProperty('inDegree');
  });
});

describe('errors', () => {
  it('a missing ties file says how to give one (exit 2, no stack trace)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-'));
    copyFileSync(join(EXAMPLE, 'members.csv'), join(dir, 'members.csv'));
    const r = run(['analyze', join(dir, 'members.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no ties file given/);
    expect(r.stderr).toMatch(/cluster-graph analyze members\.csv ties\.csv/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a bad weight names the file, line and column', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-'));
    writeFileSync(join(dir, 'members.csv'), 'id,name\nA,Alpha\nB,Beta\nC,Gamma\n');
    writeFileSync(join(dir, 'ties.csv'), 'source,target,weight\nA,B,2\nB,C,abc\n');
    const r = run(['analyze', join(dir, 'members.csv'), join(dir, 'ties.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ties.csv');
    expect(r.stderr).toMatch(/line 3/);
    expect(r.stderr).toMatch(/column "weight"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a tie to an unknown member is an input error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-'));
    writeFileSync(join(dir, 'members.csv'), 'id\nA\nB\n');
    writeFileSync(join(dir, 'ties.csv'), 'from,to\nA,B\nA,Z\n');
    const r = run(['analyze', join(dir, 'members.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"Z"/);
  });

  it('usage errors exit 2; --help exits 0 and lists every option with an example', () => {
    expect(run(['analyze']).code).toBe(2);
    expect(run(['analyze', 'm.csv', '--seed', 'x']).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
    const help = run(['analyze', '--help']);
    expect(help.code).toBe(0);
    for (const opt of ['--directed', '--unweighted', '--map', '--seed', '--resolution', '--restarts', '--group-by', '--permutations', '--key-players', '--top', '--format', '--out', '--quiet', 'Examples:']) {
      expect(help.stdout).toContain(opt);
    }
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('a missing members file is reported plainly', () => {
    const r = run(['analyze', 'no/such/members.csv', 'no/such/ties.csv']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/does not exist/);
  });
});

describe('group measures without groups', () => {
  it('says how to choose another --group-by when no member has the attribute', () => {
    const dir = join(FIXTURES, 'reference', 'karate');
    const r = run(['analyze', join(dir, 'members.csv'), join(dir, 'ties.csv'), '--permutations', '10']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/no member has a value of "sector".*--group-by/);
  });
});

describe('--help texts', () => {
  /** The option and argument entries of a help text, wrapped lines joined. */
  function entries(help: string): string[] {
    const out: string[] = [];
    for (const line of help.split('\n')) {
      if (/^ {2}\S/.test(line)) out.push(line.trim());
      else if (/^ {6,}\S/.test(line) && out.length > 0) out[out.length - 1] += ` ${line.trim()}`;
    }
    return out.map((e) => e.replace(/\s+/g, ' '));
  }

  it('no option or argument states its default twice (commander adds "(default: …)" when one is set)', () => {
    const program = buildProgram();
    for (const command of [program, ...program.commands]) {
      const list = entries(command.helpInformation());
      expect(list.length, command.name()).toBeGreaterThan(0);
      for (const e of list) expect(e.match(/default/gi)?.length ?? 0, `${command.name()}: ${e}`).toBeLessThanOrEqual(1);
    }
    const analyze = entries(program.commands.find((c) => c.name() === 'analyze')!.helpInformation());
    expect(analyze.find((e) => e.startsWith('--directed'))).toBe('--directed treat each tie row as an arc source → target (default: undirected)');
    expect(analyze.find((e) => e.startsWith('--unweighted'))).toBe('--unweighted ignore tie weights everywhere (not with --paths weighted)');
    expect(analyze.some((e) => e.startsWith('--match-by <key>'))).toBe(true);
  });
});

