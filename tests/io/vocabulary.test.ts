import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TYPE_SECTORS,
  TYPE_SYNONYMS,
  canonicalType,
  inferOrientation,
  orientationInferrer,
  levelKey,
  levelRank,
  matchHeaders,
  matchKey,
  parseOrientation,
  typeResolver,
  MEMBER_FIELDS,
  TIE_FIELDS,
} from '../../src/model/vocabulary.js';

describe('matchKey', () => {
  it('ignores case, BOM, spaces, hyphens, underscores and dots', () => {
    expect(matchKey('\uFEFF  Teacher-Training_Institute ')).toBe('teachertraininginstitute');
    expect(matchKey('IT company')).toBe(matchKey('it-COMPANY'));
  });
});

describe('type vocabulary', () => {
  it.each([
    ['Pedagogical institute', 'teacher-training'],
    ['In-service training institute', 'teacher-training'],
    ['teacher_training', 'teacher-training'],
    ['Base school', 'school'],
    ['LYCEUM', 'school'],
    ['Gymnasium', 'school'],
    ['Vocational college', 'college'],
    ['Research institute', 'research'],
    ['Company', 'business'],
    ['Enterprise', 'business'],
    ['IT company', 'business'],
    ['Firm', 'business'],
    ['Ministry', 'state'],
    ['Agency', 'state'],
    ['Authority', 'state'],
    ['Municipality', 'state'],
    ['Education office', 'state'],
    ['Inspection', 'inspectorate'],
    ['Non-profit', 'ngo'],
    ['Foundation', 'ngo'],
    ['Association', 'ngo'],
    ['NGO', 'ngo'],
    ['International organisation', 'international'],
    ['Donor', 'international'],
    ['university', 'university'],
    ['Other', 'other'],
  ])('%s → %s', (raw, type) => {
    expect(canonicalType(raw)).toBe(type);
  });

  it('leaves unknown types unknown', () => {
    expect(canonicalType('Mr. Hi')).toBeNull();
    expect(canonicalType('')).toBeNull();
  });

  it('every canonical type has a default sector entry', () => {
    for (const t of Object.keys(TYPE_SYNONYMS)) expect(t in DEFAULT_TYPE_SECTORS).toBe(true);
  });

  it('maps types to the default sectors', () => {
    const r = typeResolver();
    const sectors = Object.fromEntries(
      ['university', 'research', 'teacher-training', 'school', 'college', 'business', 'state', 'inspectorate', 'ngo', 'international', 'other'].map((t) => [
        t,
        r(t).sector,
      ]),
    );
    expect(sectors).toEqual({
      university: 'academia',
      research: 'academia',
      'teacher-training': 'education',
      school: 'education',
      college: 'education',
      business: 'industry',
      state: 'government',
      inspectorate: 'government',
      ngo: 'civil',
      international: 'civil',
      other: null,
    });
    // The type stays as written (trimmed); the vocabulary gives its class and default sector.
    expect(r('  Lyceum ')).toEqual({ type: 'Lyceum', typeClass: 'school', sector: 'education', known: true });
    expect(r('  Mr. Hi ')).toEqual({ type: 'Mr. Hi', typeClass: null, sector: null, known: false });
    expect(r('')).toEqual({ type: null, typeClass: null, sector: null, known: true });
  });

  it('applies typeSectors overrides to canonical and raw types', () => {
    const r = typeResolver({ 'Teacher training': 'academia', person: 'civil', other: 'misc', ngo: '' });
    expect(r('Pedagogical institute')).toEqual({ type: 'Pedagogical institute', typeClass: 'teacher-training', sector: 'academia', known: true });
    expect(r('Person')).toEqual({ type: 'Person', typeClass: null, sector: 'civil', known: true });
    expect(r('other').sector).toBe('misc');
    expect(r('Foundation').sector).toBeNull();
    expect(r('school').sector).toBe('education');
  });
});

describe('orientation', () => {
  it('parses explicit values in any case', () => {
    expect(parseOrientation(' H ')).toBe('horizontal');
    expect(parseOrientation('v')).toBe('vertical');
    expect(parseOrientation('Vertical')).toBe('vertical');
    expect(parseOrientation('HORIZONTAL')).toBe('horizontal');
    expect(parseOrientation('')).toBeNull();
    expect(parseOrientation('diagonal')).toBe('invalid');
  });

  it('infers from levels', () => {
    expect(inferOrientation('national', 'National ')).toBe('horizontal');
    expect(inferOrientation('national', 'regional')).toBe('vertical');
    expect(inferOrientation('institution', null)).toBe('unknown');
    expect(inferOrientation(null, null)).toBe('unknown');
    expect(inferOrientation('local', 'Local')).toBe('horizontal');
    expect(inferOrientation('local', 'school level')).toBe('vertical');
    expect(inferOrientation('local', 'district')).toBe('vertical');
    expect(inferOrientation('State level', 'state-level')).toBe('horizontal');
  });

  it('the bulk inferrer agrees with inferOrientation', () => {
    const levels = ['national', 'Regional', 'district', 'institution', 'local', 'LOCAL', 'school', null];
    for (const order of [undefined, ['federal', 'land'], ['national', 'regional', 'regional', 'local']]) {
      const infer = orientationInferrer(order);
      for (const a of levels) for (const b of levels) expect(infer(levelKey(a), levelKey(b)), `${a}/${b}`).toBe(inferOrientation(a, b, order));
    }
  });

  it('ranks levels by the order list', () => {
    expect(levelRank('National')).toBe(0);
    expect(levelRank('institution')).toBe(3);
    expect(levelRank('local')).toBe(-1);
    expect(levelRank('local', ['federal', 'local'])).toBe(1);
    expect(levelRank(null)).toBe(-1);
  });
});

describe('header matching', () => {
  it('matches synonyms, case and spaces; the field name wins over a synonym', () => {
    const m = matchHeaders(['\uFEFF Institution ID ', 'Organisation', 'NAME', 'Institution type', 'Tier', 'Territory', 'Phone'], MEMBER_FIELDS, undefined);
    expect(m.fields).toEqual({ id: 0, name: 2, type: 3, level: 4, region: 5 });
    expect(m.extra).toEqual([
      { column: 1, key: 'Organisation' },
      { column: 6, key: 'Phone' },
    ]);
    expect(m.headers[0]).toBe('Institution ID');
  });

  it('matches tie headers', () => {
    const m = matchHeaders(['Partner 1', 'Partner 2', 'Intensity', 'Tie type', 'Orientation', 'From year', 'To year'], TIE_FIELDS, undefined);
    expect(m.fields).toEqual({ source: 0, target: 1, weight: 2, kind: 3, orientation: 4, since: 5, until: 6 });
    const m2 = matchHeaders(['from', 'to', 'activity', 'start', 'end'], TIE_FIELDS, undefined);
    expect(m2.fields).toEqual({ source: 0, target: 1, kind: 2, since: 3, until: 4 });
  });

  it('applies map overrides first and reports missing mapped headers', () => {
    const m = matchHeaders(['ID', 'Code', 'Label'], MEMBER_FIELDS, { id: 'code' });
    expect(m.fields.id).toBe(1);
    expect(m.fields.name).toBe(2);
    expect(m.extra.map((x) => x.key)).toEqual(['ID']);
    const missing = matchHeaders(['ID'], MEMBER_FIELDS, { id: 'Nope' });
    expect(missing.missingMapped).toEqual([{ field: 'id', header: 'Nope' }]);
  });

  it('makes duplicate extra headers unique', () => {
    const m = matchHeaders(['id', 'note', 'note', ''], MEMBER_FIELDS, undefined);
    expect(m.extra.map((x) => x.key)).toEqual(['note', 'note (2)', 'column 4']);
  });
});
