import { describe, it, expect } from 'vitest';
import { Progress } from '../src/cli/progress.js';

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { isTTY, chunks, write: (s: string) => (chunks.push(s), true) };
}

describe('progress on standard error', () => {
  it('is only wanted on a terminal, without --quiet, and not when JSON goes to stdout', () => {
    expect(Progress.wanted(sink(true), false, false)).toBe(true);
    expect(Progress.wanted(sink(false), false, false)).toBe(false);
    expect(Progress.wanted(sink(true), true, false)).toBe(false);
    expect(Progress.wanted(sink(true), false, true)).toBe(false);
  });

  it('stays silent during the first second and shows steps afterwards, then clears its line', () => {
    const s = sink(true);
    const quick = new Progress(s, true, 1000);
    quick.step('reading');
    quick.done();
    expect(s.chunks).toEqual([]);
    const slow = new Progress(s, true, 0);
    slow.step('measuring');
    expect(s.chunks.join('')).toMatch(/measuring/);
    slow.done();
    expect(s.chunks[s.chunks.length - 1]).toBe('\r\u001b[2K');
  });

  it('writes nothing when disabled', () => {
    const s = sink(true);
    const p = new Progress(s, false, 0);
    p.step('x');
    p.done();
    expect(s.chunks).toEqual([]);
  });
});
