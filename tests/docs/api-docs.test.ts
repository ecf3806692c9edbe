/**
 * docs/api.md is the API reference TypeDoc generates from src/index.ts and the doc comments
 * (typedoc.json; `npm run docs:api`). This test regenerates it into a temporary folder and compares:
 * it fails when an export or a doc comment changed and the page was not regenerated.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = mkdtempSync(join(tmpdir(), 'cluster-graph-api-'));
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

describe('docs/api.md', () => {
  it('is what TypeDoc generates from src/index.ts (run `npm run docs:api` after changing an export or a doc comment)', () => {
    const typedoc = join(ROOT, 'node_modules', 'typedoc', 'bin', 'typedoc');
    const run = spawnSync(process.execPath, [typedoc, '--out', OUT, '--logLevel', 'Error'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr + run.stdout).toBe(0);
    const generated = readFileSync(join(OUT, 'api.md'), 'utf8');
    expect(generated).toContain('### analyze()');
    expect(readFileSync(join(ROOT, 'docs', 'api.md'), 'utf8')).toBe(generated);
  }, 120_000);
});
