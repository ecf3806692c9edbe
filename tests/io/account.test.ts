/** Nothing lost: the input account holds every row — used, merged or skipped with its reason. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput } from '../../src/io/read-input.js';

const tmp = mkdtempSync(join(tmpdir(), 'cg-account-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const sum = (s: { count: number }[]) => s.reduce((a, x) => a + x.count, 0);

function dir(name: string, files: Record<string, string>): string {
  const d = join(tmp, name);
  rmSync(d, { recursive: true, force: true });
  mkdirSync(d, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(d, f), text);
  return d;
}

describe('rows = used + skipped, for every file', () => {
  it('members, ties (merged and self-loops) and projects (repeated and empty cells)', async () => {
    const d = dir('all', {
      'members.csv': 'id,name\nA,a\n\nB,b\nC,c\nD,d\n',
      'ties.csv': 'source,target,weight,kind\nA,B,1,x\nB,A,2,y\nA,B,1,x\nC,C,1,\nB,C,1,\n\nD,D,2,\n',
      'projects.csv': 'project,member\nP1,A\nP1,B\nP1,A\nP2,\n,C\nP2,C\nP2,D\n',
    });
    const r = await readInput({ members: join(d, 'members.csv') }, { projectTies: 'ignore' });
    const i = r.input;
    expect(i.members).toEqual({ rows: 4, used: 4, skipped: [] });
    expect(i.ties.rows).toBe(6);
    expect(i.ties.rows).toBe(i.ties.used + sum(i.ties.skipped));
    expect(i.ties.skipped).toEqual([{ reason: 'self-loop', count: 2, lines: [5, 8] }]);
    expect(i.ties.merged).toBe(2);
    expect(r.toGraph().size).toBe(i.ties.used - i.ties.merged);
    expect(r.toGraph().size).toBe(2);
    const p = i.projects!;
    expect(p.rows).toBe(7);
    expect(p.rows).toBe(p.used + sum(p.skipped));
    expect(p.used).toBe(4);
    expect(p.skipped.map((s) => [s.reason, s.count])).toEqual([
      ['repeated participation', 1],
      ['empty member', 1],
      ['empty project', 1],
    ]);
  });

  it('roster mentions: used + skipped (self, repeated); reciprocal pairs merged', async () => {
    const d = dir('roster', { 'members.csv': 'id,name,Partner list\nA,a,B;C;A\nB,b,A|A\nC,c,\nD,d, ; |\n' });
    const r = await readInput({ members: join(d, 'members.csv') });
    const ro = r.input.roster!;
    expect(ro).toMatchObject({ column: 'Partner list', mentions: 5, used: 3, reciprocal: 1, oneSided: 1 });
    expect(ro.mentions).toBe(ro.used + sum(ro.skipped));
    expect(ro.skipped).toEqual([
      { reason: 'self-mention', count: 1, lines: [2] },
      { reason: 'repeated mention', count: 1, lines: [3] },
    ]);
    expect(r.input.ties).toEqual({ rows: 5, used: 3, merged: 1, skipped: ro.skipped });
    expect(r.toGraph().size).toBe(2);
    expect(r.toGraph().getNodeAttribute('A', 'extra')).toEqual({});
  });

  it('hostile ids behave like any other id through readInput, projects included', async () => {
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];
    const d = dir('hostile', {
      'members.csv': `id,name\n${ids.map((x) => `${x},${x} school`).join('\n')}\n`,
      'ties.csv': `source,target\n${ids.map((x, k) => `${x},${ids[(k + 1) % ids.length]}`).join('\n')}\n`,
      'projects.csv': `project,member\n${ids.map((x) => `P,${x}`).join('\n')}\n`,
    });
    for (const projectTies of ['ignore', 'merge', 'only'] as const) {
      const r = await readInput({ members: join(d, 'members.csv') }, { projectTies });
      expect(r.toGraph().nodes()).toEqual(ids);
      expect(r.toGraph().size).toBe(projectTies === 'ignore' ? 5 : 10);
      for (const x of ids) expect(r.toGraph().getNodeAttribute(x, 'name')).toBe(`${x} school`);
      expect(r.toGraph().hasEdge('toString', 'hasOwnProperty')).toBe(true);
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      expect(({} as Record<string, unknown>).hasOwnProperty).toBe(Object.prototype.hasOwnProperty);
    }
  });
});
