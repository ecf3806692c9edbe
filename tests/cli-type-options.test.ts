/** `--type-sectors` and `--type-helix` (inline pairs or @file), end to end and as parsers. */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './helpers/reference.js';
import { typeHelixFrom, typeSectorsFrom } from '../src/cli/type-mapping-options.js';
import { InputError } from '../src/model/errors.js';

const ROOT = join(FIXTURES, '..');
const BIN = join(ROOT, 'bin', 'cluster-graph.js');
const UZ = join(FIXTURES, 'types', 'uzbek-latin');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('type mapping parsers', () => {
  it('inline pairs: commas inside a type stay with it', () => {
    expect({ ...typeSectorsFrom(["Oliy ta'lim, fan va innovatsiyalar vazirligi=government,Maktab=schools", 'Mahalla='])! }).toEqual({
      "Oliy ta'lim, fan va innovatsiyalar vazirligi": 'government',
      Maktab: 'schools',
      Mahalla: '',
    });
    expect({ ...typeHelixFrom(['Mahalla=Civil, college=industry']) }).toEqual({ Mahalla: 'civil', college: 'industry' });
    expect(typeSectorsFrom(undefined)).toBeUndefined();
  });

  it('@file: one pair per line, comments and blank lines skipped', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-types-'));
    const file = join(dir, 'sectors.txt');
    writeFileSync(file, "\uFEFF# sectors of our types\nMahalla=community\n\nOliy ta'lim, fan va innovatsiyalar vazirligi = government\r\n");
    expect({ ...typeSectorsFrom([`@${file}`])! }).toEqual({ Mahalla: 'community', "Oliy ta'lim, fan va innovatsiyalar vazirligi": 'government' });
  });

  it('errors name the option, the file and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-types-'));
    const file = join(dir, 'helix.txt');
    writeFileSync(file, 'Mahalla=civil\nMaktab academia\n');
    const err = (f: () => unknown): InputError => {
      try {
        f();
      } catch (e) {
        return e as InputError;
      }
      throw new Error('no error');
    };
    const a = err(() => typeHelixFrom([`@${file}`]));
    expect(a).toBeInstanceOf(InputError);
    expect(a.message).toContain('line 2');
    expect(a.message).toContain('--type-helix');
    expect(err(() => typeHelixFrom(['Maktab=schools'])).message).toMatch(/"schools" is not a helix.*academia, industry, government or civil/);
    expect(err(() => typeSectorsFrom(['Maktab'])).message).toMatch(/--type-sectors.*no "="/);
    expect(err(() => typeSectorsFrom([`@${join(dir, 'missing.txt')}`])).message).toMatch(/cannot be read/);
  });
});

describe('cluster-graph analyze --type-sectors / --type-helix', () => {
  it('an unknown type warns with the CLI fix; the options give it a sector and a helix', () => {
    const plain = run(['analyze', join(UZ, 'members.csv'), '--format', 'json', '--permutations', '0']);
    expect(plain.code).toBe(0);
    const before = JSON.parse(plain.stdout);
    const w = before.warnings.find((x: { code: string }) => x.code === 'unknown-type');
    expect(w.message).toContain(`--type-sectors 'Mahalla=<sector>'`);
    expect(w.message).toContain(`--type-helix 'Mahalla=<academia|industry|government|civil>'`);
    expect(before.members.find((m: { id: string }) => m.id === 'MAH')).toMatchObject({ type: 'Mahalla', typeClass: null, sector: null, helix: null });

    const r = run(['analyze', join(UZ, 'members.csv'), '--format', 'json', '--permutations', '0', '--type-sectors', 'mahalla=community', '--type-helix', 'Mahalla=civil,college=industry']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.warnings.filter((x: { code: string }) => x.code === 'unknown-type')).toEqual([]);
    const m = (id: string) => report.members.find((x: { id: string }) => x.id === id);
    expect(m('MAH')).toMatchObject({ type: 'Mahalla', typeClass: null, sector: 'community', helix: 'civil' });
    expect(m('KOL')).toMatchObject({ type: 'Kasb-hunar kolleji', typeClass: 'college', sector: 'education', helix: 'industry' });
    expect(m('M1').helix).toBe('academia');
    expect(report.synergy.tripleHelix.helixMapping).toContainEqual({ type: 'Mahalla', typeClass: null, helix: 'civil', members: 1 });
  });

  it('a bad value exits 2 with the option named and no stack trace', () => {
    const r = run(['analyze', join(UZ, 'members.csv'), '--type-helix', 'Maktab=schools']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--type-helix');
    expect(r.stderr).toContain('is not a helix');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const v = run(['validate', join(UZ, 'members.csv'), '--type-sectors', '@/nonexistent/sectors.txt']);
    expect(v.code).toBe(2);
    expect(v.stdout + v.stderr).toContain('cannot be read');
  });

  it('--help documents both options', () => {
    const r = run(['analyze', '--help']);
    expect(r.stdout).toContain('--type-sectors');
    expect(r.stdout).toContain('--type-helix');
    expect(r.stdout).toMatch(/typeClass/);
  });
});
