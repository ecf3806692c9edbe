import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../src/io/write-output.js';

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
});
