/** `cluster-graph validate`: what was read, warnings, errors, exit codes 0/1/2, text and JSON. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Command } from 'commander';
import { join } from 'node:path';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { registerValidate, runValidate } from '../src/cli/validate-command.js';
import { validateInput, type ValidateResult } from '../src/io/validate.js';
import { addReaderOptions, readerOptionsFrom } from '../src/cli/reader-options.js';
import { FIXTURES } from './helpers/reference.js';

const SHAPES = join(FIXTURES, 'input', 'shapes');
const B = (f: string) => join(FIXTURES, 'input', 'broken', f);

function sink() {
  let text = '';
  return { stream: { write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream, text: () => text };
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const result = { code: -1 };
  const program = new Command().exitOverride();
  registerValidate(program, result);
  for (const c of program.commands) c.exitOverride();
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((stdout += String(s)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((stderr += String(s)), true));
  try {
    await program.parseAsync(['validate', ...args], { from: 'user' });
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
  return { code: result.code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('validate', () => {
  it('a clean input: exit 0, what was read by type and orientation', async () => {
    const r = await run([join(SHAPES, 'comma-lf', 'members.csv'), join(SHAPES, 'comma-lf', 'ties.csv')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('10 members from 10 rows, none skipped');
    expect(r.stdout).toContain('16 ties from 16 rows (0 merged into the tie of an earlier row), none skipped');
    // Types as written (each once here); their classes counted apart.
    expect(r.stdout).toContain('by type: IT company 1, college 1, education office 1, foundation 1,');
    expect(r.stdout).toContain('by type class: school 2, state 2,');
    expect(r.stdout).toMatch(/by orientation: (horizontal|vertical|unknown) \d+/);
    expect(r.stdout).toContain('OK: the input is clean.');
    expect(r.stderr).toBe('');
  });

  it('warnings: exit 1, listed with their code, file and line', async () => {
    const r = await run([B('members.csv'), B('warnings-ties.csv')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Warnings (3):');
    expect(r.stdout).toContain(`[self-loop] ${B('warnings-ties.csv')}, line 5, column "source": 1 tie row (line 5) joins a member to itself`);
    expect(r.stdout).toContain('skipped: 1 self-loop (line 5)');
  });

  it('--strict: the warnings are errors, exit 2', async () => {
    const r = await run([B('members.csv'), B('warnings-ties.csv'), '--strict']);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Errors (3):');
    expect(r.stdout).toContain('(an error because of --strict)');
  });

  it('errors: exit 2, every error listed (text) — and in JSON', async () => {
    const t = await run([B('members.csv'), B('many-bad-weights-ties.csv')]);
    expect(t.code).toBe(2);
    expect(t.stdout).toContain('Errors (6):');
    expect(t.stdout).toContain(`[invalid-weight] ${B('many-bad-weights-ties.csv')}, line 8, column "weight": "NaN" is not a number`);
    const j = await run([B('members.csv'), B('many-bad-weights-ties.csv'), '--format', 'json']);
    expect(j.code).toBe(2);
    const out = JSON.parse(j.stdout) as ValidateResult;
    expect(out.status).toBe('errors');
    expect(out.exitCode).toBe(2);
    expect(out.errorCount).toBe(6);
    expect(out.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(out.errors[0]).toEqual({
      code: 'invalid-weight',
      file: B('many-bad-weights-ties.csv'),
      line: 3,
      column: 'weight',
      message: expect.stringContaining('"abc" is not a number'),
    });
    expect(out.counts).toBeNull();
  });

  it('JSON of a clean roster: counts, the input account with the roster, no warnings', async () => {
    const r = await run([join(SHAPES, 'roster', 'members.csv'), '--format', 'json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as ValidateResult;
    expect(out).toMatchObject({ status: 'clean', exitCode: 0, warnings: [], errors: [], errorCount: 0 });
    expect(out.counts).toMatchObject({ directed: false, members: 10, ties: 16 });
    expect(out.input!.roster).toMatchObject({ mentions: 20, reciprocal: 4, oneSided: 12 });
    expect(out.files.ties).toBeNull();
  });

  it('reading options reach the reader: --encoding, --directed, --map', async () => {
    const enc = await run([join(SHAPES, 'cyrillic-windows-1251', 'members.csv'), '--encoding', 'windows-1251', '--directed', '--format', 'json']);
    expect(enc.code).toBe(0);
    expect(JSON.parse(enc.stdout).counts).toMatchObject({ directed: true, members: 4, ties: 4 });
    const noEnc = await run([join(SHAPES, 'cyrillic-windows-1251', 'members.csv')]);
    expect(noEnc.code).toBe(2);
    expect(noEnc.stdout).toContain('--encoding windows-1251');
    const program = addReaderOptions(new Command()).exitOverride();
    program.parse(['--map', 'id=Code', '--level-order', 'a,b', '--encoding', 'latin1', '--strict', '--project-ties', 'merge'], { from: 'user' });
    expect(readerOptionsFrom(program.opts())).toEqual({
      directed: false,
      strict: true,
      projectTies: 'merge',
      map: { id: 'Code' },
      levelOrder: ['a', 'b'],
      encoding: 'latin1',
    });
  });

  it('a file that is not CSV and a missing file: exit 2 with the message', async () => {
    const notCsv = join(mkdtempSync(join(tmpdir(), 'cg-validate-')), 'workbook.csv');
    copyFileSync(B('workbook.xlsx'), notCsv);
    const x = await run([notCsv]);
    expect(x.code).toBe(2);
    expect(x.stdout).toContain('[not-csv]');
    expect(x.stdout).toContain('File › Save As');
    const w = await run([B('workbook.xlsx')]); // read as a workbook: this one is broken
    expect(w.code).toBe(2);
    expect(w.stdout).toContain('[unreadable-workbook]');
    const m = await run([join(SHAPES, 'nope.csv')]);
    expect(m.code).toBe(2);
    expect(m.stdout).toContain('[file-not-found]');
  });

  it('runValidate / validateInput can be used without commander', async () => {
    const s = sink();
    const code = await runValidate(B('members.csv'), B('header-only-ties.csv'), undefined, {}, { stdout: s.stream, stderr: s.stream });
    expect(code).toBe(1);
    expect(s.text()).toContain('[no-ties]');
    const v = await validateInput({ members: B('members.csv'), ties: B('bad-weight-ties.csv') });
    expect(v.exitCode).toBe(2);
  });

  it('errors do not hide the warnings: a short row is listed beside an unknown id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-validate-'));
    writeFileSync(join(dir, 'members.csv'), 'id,name,type\nS01,Alpha,school\nS02,Beta,college\nK12,Gamma,company\n');
    writeFileSync(join(dir, 'ties.csv'), 'source,target,weight\nS01,S02,1\nS02,K12\nS01,X99,1\n');
    const t = await run([join(dir, 'members.csv'), join(dir, 'ties.csv')]);
    expect(t.code).toBe(2);
    expect(t.stdout).toContain('Warnings (1):');
    expect(t.stdout).toContain(`[missing-fields] ${join(dir, 'ties.csv')}, line 3: 1 row (line 3) has fewer fields than the header (3)`);
    expect(t.stdout).toContain('Errors (1):');
    expect(t.stdout).toContain('[unknown-member]');
    const j = JSON.parse((await run([join(dir, 'members.csv'), join(dir, 'ties.csv'), '--format', 'json'])).stdout) as ValidateResult;
    expect(j.status).toBe('errors');
    expect(j.warnings.map((w) => [w.code, w.line])).toEqual([['missing-fields', 3]]);
  });

  it('the header names the file the errors are in, not the members file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-validate-'));
    writeFileSync(join(dir, 'members.csv'), 'id,name\nA,Alpha\nB,Beta\n');
    writeFileSync(join(dir, 'ties.csv'), 'source,target,weight\nA,B,abc\n');
    const t = await run([join(dir, 'members.csv'), join(dir, 'ties.csv')]);
    expect(t.code).toBe(2);
    const first = t.stdout.split('\n')[0];
    expect(first).toBe(`errors in ${join(dir, 'ties.csv')} (below): the input was not read`);
    expect(first).not.toContain('members.csv');
  });
});
