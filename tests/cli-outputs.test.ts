/** The CLI's output formats end to end: destinations, standard names, determinism, the draw command. */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './helpers/reference.js';

const ROOT = join(FIXTURES, '..');
const BIN = join(ROOT, 'bin', 'cluster-graph.js');
const MEMBERS = join(FIXTURES, 'example', 'members.csv');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('output formats', () => {
  it('--out-dir without --format writes every format under standard names, byte-identical on a second run', () => {
    const a = mkdtempSync(join(tmpdir(), 'cg-out-'));
    const b = mkdtempSync(join(tmpdir(), 'cg-out-'));
    expect(run(['analyze', MEMBERS, '--out-dir', a, '--quiet', '--permutations', '200']).code).toBe(0);
    expect(run(['analyze', MEMBERS, '--out-dir', b, '--quiet', '--permutations', '200']).code).toBe(0);
    const files = readdirSync(a).sort();
    for (const name of ['summary.txt', 'report.json', 'report.html', 'figure.svg', 'report.md', 'members.csv', 'communities.csv', 'summary.csv', 'mixing.csv', 'brokerage.csv', 'graph.gexf', 'graph.graphml', 'graph.json']) {
      expect(files).toContain(name);
    }
    expect(readdirSync(b).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });

  it('one format goes to standard output; several need --out-dir; csv needs --out-dir', () => {
    const md = run(['analyze', MEMBERS, '--format', 'markdown', '--permutations', '10']);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^#/);
    expect(md.stdout).toContain('|');
    const two = run(['analyze', MEMBERS, '--format', 'json', '--format', 'svg']);
    expect(two.code).toBe(2);
    expect(two.stderr).toMatch(/--out-dir/);
    const csv = run(['analyze', MEMBERS, '--format', 'csv']);
    expect(csv.code).toBe(2);
    expect(run(['analyze', MEMBERS, '--format', 'pdf']).code).toBe(2);
  });

  it('--format html writes one self-contained page to --out', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-out-'));
    const out = join(dir, 'cluster.html');
    expect(run(['analyze', MEMBERS, '--format', 'html', '--out', out, '--quiet', '--permutations', '10']).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>') || html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<script[^>]+src=/i);
  });

  it('draw writes an SVG with one mark per member', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-draw-'));
    const out = join(dir, 'figure.svg');
    const r = run(['draw', MEMBERS, '--out', out, '--color-by', 'community', '--size-by', 'pagerank', '--labels', '8']);
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<\?xml|^<svg/);
    expect((svg.match(/<circle[^>]*data-id=/g) ?? []).length).toBe(50);
    expect(run(['draw', MEMBERS]).code).toBe(2); // --out is required
  });
});

describe('pipes', () => {
  it('a reader that closes the pipe early does not produce a stack trace', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" analyze "${MEMBERS}" --format gexf --permutations 10 | head -c 100 >/dev/null; echo "status \${PIPESTATUS[0]}" >&2`], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.stderr).toMatch(/status 0/);
  });
});
