/** The CLI's output formats end to end: destinations, standard names, determinism, the draw command. */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

  it('--out creates missing parent folders, like --out-dir', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-out-'));
    const out = join(dir, 'new', 'deeper', 'r.json');
    const r = run(['analyze', MEMBERS, '--format', 'json', '--out', out, '--quiet', '--permutations', '10']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(1);
    expect(readdirSync(join(dir, 'new', 'deeper'))).toEqual(['r.json']);
  });

  it('an output that cannot be written is a usage error before the analysis, naming the path given (no temporary name)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-out-'));
    writeFileSync(join(dir, 'plain-file'), 'x');
    // Broken input and an unwritable output: the output is checked first, so its error is the one shown.
    writeFileSync(join(dir, 'members.csv'), 'id,name\nA,Alpha\n');
    writeFileSync(join(dir, 'ties.csv'), 'source,target\nA,NOPE\n');
    const out = join(dir, 'plain-file', 'sub', 'r.json');
    const r = run(['analyze', join(dir, 'members.csv'), '--format', 'json', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`cluster-graph: cannot write ${out}: a part of the path is a file, not a folder. Choose another path with --out, or make the folder writable.\n`);
    const d = run(['analyze', MEMBERS, '--out-dir', join(dir, 'plain-file')]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain(`cannot write ${join(dir, 'plain-file')}: `);
    const isDir = run(['analyze', MEMBERS, '--format', 'json', '--out', dir]);
    expect(isDir.code).toBe(2);
    expect(isDir.stderr).toContain(`cannot write ${dir}: it is a folder`);
    for (const x of [r, d, isDir]) {
      expect(x.stderr).not.toMatch(/\.tmp|unexpected error|\n\s+at /);
    }
    expect(readdirSync(dir).sort()).toEqual(['members.csv', 'plain-file', 'ties.csv']);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only folder is refused before the analysis (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-ro-'));
    chmodSync(dir, 0o555);
    try {
      const r = run(['analyze', MEMBERS, '--format', 'json', '--out', join(dir, 'r.json')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`cannot write ${join(dir, 'r.json')}: permission denied`);
      expect(existsSync(join(dir, 'r.json'))).toBe(false);
    } finally {
      chmodSync(dir, 0o755);
    }
  });
});
