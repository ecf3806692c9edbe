/**
 * Property: the command line never crashes on hostile input. Exit code 0 or 2 for `analyze`
 * (0, 1 or 2 for `validate`), no stack trace on standard error.
 *
 * Split (spawning node is slow): most cases run in-process — `main()` from src/cli/main.ts for
 * `analyze`, and a program with `registerValidate` for `validate` — with standard output and error
 * captured; a few dozen cases spawn the built launcher bin/cluster-graph.js (needs `npm run build`
 * first, which `npm test` does).
 */
import { afterAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { main } from '../../src/cli/main.js';
import { registerValidate } from '../../src/cli/validate-command.js';
import { SEED, clusterArb, mutate, mutationArb, shapeArb, writeCluster } from './arbitraries.js';

export const RUNS = { analyzeInProcess: 300, validateInProcess: 300, spawned: 30 };

const ROOT = resolve(__dirname, '..', '..');
/** The launcher; CG_BIN may point at another build (e.g. one built to a scratch folder). */
const BIN = process.env.CG_BIN ?? join(ROOT, 'bin', 'cluster-graph.js');
const tmp = mkdtempSync(join(tmpdir(), 'cg-prop-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

/** Input files: a valid cluster, a broken one, or random bytes. */
const inputArb = fc.oneof(
  fc.record({ kind: fc.constant('valid' as const), c: clusterArb, shape: shapeArb }),
  fc.record({ kind: fc.constant('broken' as const), c: clusterArb, shape: shapeArb, em: mutationArb, et: mutationArb }),
  fc.record({ kind: fc.constant('bytes' as const), m: fc.uint8Array({ maxLength: 200 }), t: fc.uint8Array({ maxLength: 200 }) }),
);
type Input = typeof inputArb extends fc.Arbitrary<infer T> ? T : never;

function materialise(input: Input): { members: string; ties: string; directed: boolean } {
  const members = join(tmp, `${n}-members.csv`);
  const ties = join(tmp, `${n++}-ties.csv`);
  if (input.kind === 'bytes') {
    writeFileSync(members, input.m);
    writeFileSync(ties, input.t);
    return { members, ties, directed: false };
  }
  const files = writeCluster(input.c, input.shape);
  if (input.kind === 'valid') {
    writeFileSync(members, files.members);
    writeFileSync(ties, files.ties);
  } else {
    writeFileSync(members, mutate(files.membersText, input.em));
    writeFileSync(ties, mutate(files.tiesText, input.et));
  }
  return { members, ties, directed: input.shape.directed };
}

const FAST = ['--permutations', '0', '--restarts', '1', '--key-players', '1'];
const STACK = /\n\s+at [^\n]+:\d+:\d+/;

async function captured(run: () => Promise<number>): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    return { code: await run(), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

describe('the CLI on hostile input', () => {
  it(`analyze, in-process main() (${RUNS.analyzeInProcess} cases): exit 0 or 2, no stack trace`, async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, fc.constantFrom('json', 'text'), async (input, format) => {
        const f = materialise(input);
        const args = ['analyze', f.members, f.ties, '--format', format, ...FAST, ...(f.directed ? ['--directed'] : [])];
        const r = await captured(() => main(args));
        expect([0, 2], r.stderr).toContain(r.code);
        expect(r.stderr).not.toMatch(STACK);
        if (input.kind === 'valid') expect(r.code, r.stderr).toBe(0);
        if (r.code === 0 && format === 'json') expect(() => JSON.parse(r.stdout)).not.toThrow();
        if (r.code === 2) expect(r.stderr).toMatch(/^cluster-graph: /);
      }),
      { numRuns: RUNS.analyzeInProcess, seed: SEED + 20 },
    );
  });

  it(`validate, in-process (${RUNS.validateInProcess} cases): exit 0, 1 or 2; JSON always parses`, async () => {
    await fc.assert(
      fc.asyncProperty(inputArb, fc.boolean(), async (input, strict) => {
        const f = materialise(input);
        const result = { code: -1 };
        const program = new Command().exitOverride();
        registerValidate(program, result);
        for (const c of program.commands) c.exitOverride();
        const args = ['validate', f.members, f.ties, '--format', 'json', ...(strict ? ['--strict'] : []), ...(f.directed ? ['--directed'] : [])];
        const r = await captured(async () => (await program.parseAsync(args, { from: 'user' }), result.code));
        expect([0, 1, 2]).toContain(r.code);
        const out = JSON.parse(r.stdout);
        expect(out.exitCode).toBe(r.code);
        if (strict) expect(r.code).not.toBe(1);
        if (input.kind === 'valid' && !strict) expect(r.code, r.stdout).not.toBe(2);
        expect(r.stderr).toBe('');
      }),
      { numRuns: RUNS.validateInProcess, seed: SEED + 21 },
    );
  });

  it(`analyze, spawned bin/cluster-graph.js (${RUNS.spawned} cases, 4 at a time)`, async () => {
    expect(existsSync(join(BIN, '..', '..', 'dist', 'cli', 'main.js')), 'run `npm run build` first (npm test does)').toBe(true);
    const inputs = fc.sample(inputArb, { numRuns: RUNS.spawned, seed: SEED + 22 });
    const runOne = (input: Input) =>
      new Promise<{ code: number | null; stderr: string; input: Input }>((done) => {
        const f = materialise(input);
        const child = spawn(process.execPath, [BIN, 'analyze', f.members, f.ties, '--format', 'json', '--out', join(tmp, `${n++}-report.json`), ...FAST], {
          cwd: ROOT,
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (d) => (stderr += String(d)));
        child.on('close', (code) => done({ code, stderr, input }));
      });
    const results: { code: number | null; stderr: string; input: Input }[] = [];
    for (let i = 0; i < inputs.length; i += 4) results.push(...(await Promise.all(inputs.slice(i, i + 4).map(runOne))));
    for (const r of results) {
      expect([0, 2], r.stderr).toContain(r.code);
      expect(r.stderr).not.toMatch(STACK);
      expect(r.stderr).not.toMatch(/unexpected error/);
    }
    expect(results.some((r) => r.code === 0)).toBe(true);
    expect(results.some((r) => r.code === 2)).toBe(true);
  });
});
