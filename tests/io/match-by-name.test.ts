/** Ties written with member names: a hint when read by id, and `matchBy: 'name'` (`--match-by name`). */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { buildCluster } from '../../src/io/build-cluster.js';
import { readInput } from '../../src/io/read-input.js';
import { InputError } from '../../src/model/errors.js';
import { addReaderOptions, readerOptionsFrom } from '../../src/cli/reader-options.js';

const MEMBERS = 'id,name,type\nS01,Alpha School,school\nS02,Beta College,college\nK12, Gamma Ltd ,company\nN07,,ngo\n';
const BY_NAME = 'source,target,weight\nAlpha School,Beta College,2\nBeta College,Gamma Ltd,1\nGamma Ltd,N07,3\n';

function error(fn: () => unknown): InputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('no error');
}

function edges(d: ReturnType<typeof buildCluster>): string[] {
  return d.toGraph().mapEdges((_e, a, s, t) => `${s}-${t}:${a.weight}`).sort();
}

describe('ties that name members by name', () => {
  it('read by id: the unknown-member error says they look like names and how to match by name', () => {
    const e = error(() => buildCluster({ members: MEMBERS, ties: BY_NAME }));
    expect(e.code).toBe('unknown-member');
    expect(e.message).toContain('3 member ids in 5 tie endpoints are not in the members file members');
    expect(e.message).toContain('These look like member names ("Alpha School" is the name of member "S01"): write the ids instead, or use --match-by name (option matchBy: "name") to match the ties by name.');
  });

  it('read by id, only some look like names: the hint says how many', () => {
    const e = error(() => buildCluster({ members: MEMBERS, ties: 'source,target\nS01,Beta College\nS01,Q99\n' }));
    expect(e.message).toContain('1 of these look like member names ("Beta College" is the name of member "S02")');
    const none = error(() => buildCluster({ members: MEMBERS, ties: 'source,target\nS01,Q99\n' }));
    expect(none.message).not.toContain('look like');
    expect(none.message).toContain('correct the ids in ties');
  });

  it('matchBy name: endpoints resolve to the member ids (names trimmed, a member without a name by its id)', () => {
    const d = buildCluster({ members: MEMBERS, ties: BY_NAME }, { matchBy: 'name' });
    expect(edges(d)).toEqual(['K12-N07:3', 'S01-S02:2', 'S02-K12:1']);
    expect(d.toGraph().nodes()).toEqual(['S01', 'S02', 'K12', 'N07']);
    expect(d.toGraph().getNodeAttribute('K12', 'name')).toBe('Gamma Ltd');
  });

  it('matchBy name compares case as written: a name in another case is unknown, and the error says names', () => {
    const e = error(() => buildCluster({ members: MEMBERS, ties: 'source,target\nalpha school,Beta College\n' }, { matchBy: 'name' }));
    expect(e.code).toBe('unknown-member');
    expect(e.message).toContain('1 member name in 1 tie endpoint is not in the members file members: "alpha school" (line 2)');
    expect(e.message).toContain('names are compared exactly');
  });

  it('matchBy name with names used twice: an error listing them with their ids and lines', () => {
    const members = 'id,name\nA,Same\nB,Other\nC,Same\nD,Twin\nE,Twin\n';
    const e = error(() => buildCluster({ members, ties: 'source,target\nSame,Other\n' }, { matchBy: 'name' }));
    expect(e).toMatchObject({ code: 'duplicate-name', file: 'members', line: 4, column: 'name' });
    expect(e.message).toContain('2 names are used by more than one member: "Same" (ids "A", "C"; lines 2, 4), "Twin" (ids "D", "E"; lines 5, 6)');
  });

  it('matchBy name without a name column: an error', () => {
    const e = error(() => buildCluster({ members: 'id\nA\nB\n', ties: 'source,target\nA,B\n' }, { matchBy: 'name' }));
    expect(e.code).toBe('missing-column');
    expect(e.message).toContain('--match-by name (option matchBy: "name") needs a name column');
  });

  it('matchBy name applies to a partners column (roster) and to the projects file', async () => {
    const roster = buildCluster({ members: 'id,name,partners\nA,Alpha,Beta;Gamma\nB,Beta,Alpha\nC,Gamma,\n' }, { matchBy: 'name' });
    expect(edges(roster)).toEqual(['A-B:1', 'A-C:1']);
    const dir = mkdtempSync(join(tmpdir(), 'cg-names-'));
    writeFileSync(join(dir, 'members.csv'), MEMBERS);
    writeFileSync(join(dir, 'ties.csv'), BY_NAME);
    writeFileSync(join(dir, 'projects.csv'), 'project,member\nP1,Alpha School\nP1,Gamma Ltd\nP2,N07\n');
    const data = await readInput({ members: join(dir, 'members.csv') }, { matchBy: 'name' });
    expect(data.projects!.rows.map((r) => `${r.project}:${r.member}`)).toEqual(['P1:S01', 'P1:K12', 'P2:N07']);
    await expect(readInput({ members: join(dir, 'members.csv') })).rejects.toThrow(/look like member names/);
  });

  it('--match-by reaches the reader; an unknown choice is refused', () => {
    const program = addReaderOptions(new Command()).exitOverride().configureOutput({ writeErr: () => {} });
    program.parse(['--match-by', 'name'], { from: 'user' });
    expect(readerOptionsFrom(program.opts()).matchBy).toBe('name');
    const other = addReaderOptions(new Command()).exitOverride().configureOutput({ writeErr: () => {} });
    expect(() => other.parse(['--match-by', 'title'], { from: 'user' })).toThrow();
  });
});
