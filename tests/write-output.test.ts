import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fsReason, writeFileAtomic, writeFilesAtomic } from '../src/io/write-output.js';
import { InputError } from '../src/model/errors.js';

describe('writeFileAtomic', () => {
  it('writes large strings whole, with surrogate pairs across the 4 MiB slice boundaries intact', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-write-'));
    const path = join(dir, 'big.txt');
    // 😀 is a surrogate pair; an odd prefix puts pairs across every slice boundary.
    const content = 'x' + '😀é'.repeat(3 * 1024 * 1024);
    writeFileAtomic(path, content);
    expect(readFileSync(path, 'utf8')).toBe(content);
    expect(readdirSync(dir)).toEqual(['big.txt']);
  });

  it('several files: when one cannot be written, none is put in place and no temporary file is left', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-write-'));
    writeFileSync(join(dir, 'a.txt'), 'old');
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const bad = join(dir, 'not-a-folder', 'b.txt');
    let caught: unknown;
    try {
      writeFilesAtomic([{ path: join(dir, 'a.txt'), content: 'new' }, { path: bad, content: 'b' }]);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(InputError);
    expect((caught as InputError).code).toBe('cannot-write');
    expect((caught as InputError).message).toContain(`cannot write ${bad}: a part of the path is a file, not a folder`);
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'not-a-folder']);
  });

  it('file-system errors are told in plain words (never with the temporary name Node puts in its message)', () => {
    const err = (code: string) => Object.assign(new Error(`${code}: open '/x/.r.json.123.tmp'`), { code });
    expect(fsReason(err('EACCES'))).toBe('permission denied');
    expect(fsReason(err('EROFS'))).toBe('the file system is read-only');
    expect(fsReason(err('ENOSPC'))).toBe('no space left on the device');
    expect(fsReason(err('EIO'))).toBe('the system refused (EIO)');
  });
});
