/** `--paths hops|weighted` from the command line (spawns the built bin; `npm test` builds first). */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, loadReferenceJson } from '../helpers/reference.js';

const ROOT = join(FIXTURES, '..');
const BIN = join(ROOT, 'bin', 'cluster-graph.js');
const KARATE = join(FIXTURES, 'reference', 'karate', 'members.csv');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new Error('dist/ is missing: run `npm run build` (npm test does it)');
});

describe('cluster-graph analyze --paths', () => {
  it('hops by default, said in the text header and the JSON options', () => {
    const text = run(['analyze', KARATE, '--permutations', '0']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('(undirected, weighted; paths: hops)');
    const json = run(['analyze', KARATE, '--permutations', '0', '--format', 'json']);
    expect(JSON.parse(json.stdout).options.paths).toBe('hops');
  });

  it('--paths weighted: 1/weight in every header, networkx weighted betweenness in the JSON', () => {
    const text = run(['analyze', KARATE, '--permutations', '0', '--paths', 'weighted']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('(undirected, weighted; paths: 1/weight)');
    const md = run(['analyze', KARATE, '--permutations', '0', '--paths', 'weighted', '--format', 'markdown']);
    expect(md.stdout).toContain('paths: 1/weight');
    expect(md.stdout).toContain('| paths | weighted (length 1/weight) |');
    const html = run(['analyze', KARATE, '--permutations', '0', '--paths', 'weighted', '--format', 'html']);
    expect(html.stdout).toContain('paths: 1/weight');
    const json = JSON.parse(run(['analyze', KARATE, '--permutations', '0', '--paths', 'weighted', '--format', 'json']).stdout);
    expect(json.options.paths).toBe('weighted');
    const ref = loadReferenceJson('karate').node.betweenness_weighted_normalized.values;
    for (const m of json.members) expect(Math.abs(m.betweenness - ref[m.id]), m.id).toBeLessThanOrEqual(1e-9);
  });

  it('a mode that is not hops or weighted: exit 2, the choices named, no stack trace', () => {
    const r = run(['analyze', KARATE, '--paths', 'dijkstra']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'--paths <mode>' argument 'dijkstra' is invalid");
    expect(r.stderr).toContain('hops, weighted');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--paths weighted with --unweighted: exit 2 with what to do instead', () => {
    const r = run(['analyze', KARATE, '--paths', 'weighted', '--unweighted']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--paths weighted measures paths by tie weights');
    expect(r.stderr).toContain('--unweighted');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--help documents the option', () => {
    const r = run(['analyze', '--help']);
    expect(r.stdout).toContain('--paths <mode>');
    expect(r.stdout).toContain('tie length 1/weight');
  });
});
