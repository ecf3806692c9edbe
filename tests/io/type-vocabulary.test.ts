import { describe, expect, it } from 'vitest';
import { TYPE_TERMS, canonicalType, typeKey, typeOverrides, typeResolver, type MemberType } from '../../src/model/vocabulary.js';

describe('multilingual type vocabulary', () => {
  it('every term of every language maps to its own class (no term is claimed by two classes)', () => {
    for (const [cls, terms] of Object.entries(TYPE_TERMS) as [MemberType, Record<string, readonly string[]>][]) {
      for (const [lang, list] of Object.entries(terms)) for (const t of list) expect(canonicalType(t), `${lang}: ${t}`).toBe(cls);
    }
  });

  it.each([
    // Uzbek (Latin)
    ['Vazirlik', 'state'],
    ["Xalq ta'limi boshqarmasi", 'state'],
    ['Tuman hokimligi', 'state'],
    ['Inspeksiya', 'inspectorate'],
    ["Oliy ta'lim muassasasi", 'university'],
    ['Universitet', 'university'],
    ['Pedagogika instituti', 'teacher-training'],
    ['Malaka oshirish instituti', 'teacher-training'],
    ['Kollej', 'college'],
    ['Texnikum', 'college'],
    ['Akademik litsey', 'school'],
    ['Maktab', 'school'],
    ['Ixtisoslashtirilgan maktab', 'school'],
    ["Bog'cha", 'school'],
    ["Maktabgacha ta'lim tashkiloti", 'school'],
    ['Ilmiy-tadqiqot instituti', 'research'],
    ['Korxona', 'business'],
    ['Bank', 'business'],
    ['IT kompaniya', 'business'],
    ['NNT', 'ngo'],
    ["Jamg'arma", 'ngo'],
    ['Xalqaro tashkilot', 'international'],
    // Uzbek (Cyrillic)
    ['Вазирлик', 'state'],
    ['Халқ таълими бошқармаси', 'state'],
    ['Мактаб', 'school'],
    ['Олий таълим муассасаси', 'university'],
    ['Коллеж', 'college'],
    ['Корхона', 'business'],
    ['Жамғарма', 'ngo'],
    ['Халқаро ташкилот', 'international'],
    // Russian
    ['Министерство', 'state'],
    ['Управление народного образования', 'state'],
    ['Инспекция', 'inspectorate'],
    ['Университет', 'university'],
    ['ВУЗ', 'university'],
    ['Педагогический институт', 'teacher-training'],
    ['Институт повышения квалификации', 'teacher-training'],
    ['Колледж', 'college'],
    ['Техникум', 'college'],
    ['Академический лицей', 'school'],
    ['Школа', 'school'],
    ['Специализированная школа', 'school'],
    ['Детский сад', 'school'],
    ['НИИ', 'research'],
    ['Предприятие', 'business'],
    ['Банк', 'business'],
    ['IT-компания', 'business'],
    ['ННО', 'ngo'],
    ['НКО', 'ngo'],
    ['Фонд', 'ngo'],
    ['Международная организация', 'international'],
    ['Другое', 'other'],
  ])('%s → %s', (raw, cls) => expect(canonicalType(raw)).toBe(cls));

  it('ignores case in Latin and Cyrillic, and spaces and hyphens', () => {
    for (const t of ['MAKTAB', 'maktab', ' Maktab ', 'ШКОЛА', 'школа', 'вазирлик', 'ВАЗИРЛИК', 'ilmiy tadqiqot instituti', 'ILMIY-TADQIQOT INSTITUTI']) {
      expect(canonicalType(t), t).not.toBeNull();
    }
  });

  it('accepts every apostrophe of Uzbek Latin (o‘ o\' oʻ o’ o` g‘ g\' ta\'lim taʼlim)', () => {
    const spellings = ["Xalq ta'limi bo'limi", 'Xalq ta‘limi bo‘limi', 'Xalq taʻlimi boʻlimi', 'Xalq ta’limi bo’limi', 'Xalq ta`limi bo`limi', 'Xalq taʼlimi boʼlimi'];
    for (const s of spellings) expect(canonicalType(s), s).toBe('state');
    for (const s of ["Bog'cha", 'Bog‘cha', 'Bogʻcha', 'Bog’cha', 'Bog`cha']) expect(canonicalType(s), s).toBe('school');
    expect(typeKey("Jamg'arma")).toBe(typeKey('Jamgʻarma'));
  });

  it('accepts Uzbek Cyrillic typed without ҳ қ ғ ў, and ё as е', () => {
    expect(canonicalType('Халк таълими бошкармаси')).toBe('state');
    expect(canonicalType('Жамгарма')).toBe('ngo');
    expect(canonicalType('Олий укув юрти')).toBe('university');
    expect(canonicalType('Партнёр по развитию')).toBe(canonicalType('Партнер по развитию'));
  });

  it.each([
    ['Maktablar', 'school'],
    ['Vazirliklar', 'state'],
    ['Kollejlar', 'college'],
    ['Banklar', 'business'],
    ["Xalq ta'limi boshqarmalari", 'state'],
    ['Kasb-hunar kollejlari', 'college'],
    ["Oliy ta'lim muassasalari", 'university'],
    ['Ilmiy-tadqiqot institutlari', 'research'],
    ['IT kompaniyalari', 'business'],
    ['Мактаблар', 'school'],
    ['Корхоналар', 'business'],
    ['Школы', 'school'],
    ['Колледжи', 'college'],
    ['Университеты', 'university'],
    ['Лицеи', 'school'],
    ['Банки', 'business'],
    ['Фонды', 'ngo'],
    ['Вузы', 'university'],
    ['Детские сады', 'school'],
    ['Общественные организации', 'ngo'],
  ])('plural %s → %s', (raw, cls) => expect(canonicalType(raw)).toBe(cls));

  it('leaves unknown words unknown (plural endings never make a match up)', () => {
    for (const t of ['Mahalla', 'Кружок', 'Dollar', 'Lar', 'Ы', 'Think tank', 'Makerspace', 'Институтки']) expect(canonicalType(t), t).toBeNull();
  });
});

describe('type overrides', () => {
  it('the type as written wins over its class; a class name applies to the whole class', () => {
    const get = typeOverrides({ college: 'industry', 'Kasb-hunar kolleji': 'academia' });
    expect(get('Kasb-hunar kolleji', 'college')).toBe('academia');
    expect(get('KASB-HUNAR KOLLEJI', 'college')).toBe('academia');
    expect(get('Texnikum', 'college')).toBe('industry');
    expect(get('Maktab', 'school')).toBeUndefined();
  });

  it('typeSectors gives unknown types a sector (known), and Uzbek types their own sector', () => {
    const r = typeResolver({ Mahalla: 'community', Maktab: 'schools' });
    expect(r('mahalla')).toEqual({ type: 'mahalla', typeClass: null, sector: 'community', known: true });
    expect(r('Maktab')).toEqual({ type: 'Maktab', typeClass: 'school', sector: 'schools', known: true });
    expect(r('Akademik litsey')).toEqual({ type: 'Akademik litsey', typeClass: 'school', sector: 'education', known: true });
  });
});
