import { describe, expect, it } from 'vitest';
import { translator } from '../../utils/i18n';
import { normaliseGrade } from '../../utils/grades/normalise-grade';
import { BARE_NOTICE, storedVacancy } from '../../test/unit/record-factory';
import { contractText, languagesText, shortGradeText, yearsText } from './labels';

const en = translator('en');
const fr = translator('fr');

describe('comparison labels', () => {
  it.each([
    ['en', 1, '1 year'],
    ['en', 6, '6 years'],
    ['fr', 1, '1 an'],
    ['fr', 1.5, '1,5 an'],
    ['fr', 15, '15 ans'],
  ] as const)('%s: %d → %s', (locale, years, text) => {
    expect(yearsText(years, locale === 'en' ? en : fr, locale)).toBe(text);
  });

  it.each([
    [{ initialYears: 3, renewableYears: 3, maxYears: 6 }, '3 years initially, renewable for 3 years, 6 years at most'],
    [{ initialYears: 3, renewableYears: null, maxYears: null }, '3 years initially'],
    [{ initialYears: null, renewableYears: null, maxYears: 9 }, '9 years at most'],
    [{ initialYears: null, renewableYears: null, maxYears: null }, null],
    [null, null],
  ])('contract %j → %j', (contract, text) => {
    expect(contractText(contract, en, 'en')).toBe(text);
  });

  it('contract in French', () => {
    expect(contractText({ initialYears: 3, renewableYears: 3, maxYears: 6 }, fr, 'fr')).toBe(
      '3 ans au départ, renouvelable 3 ans, 6 ans au maximum',
    );
  });

  it.each([
    [{ languageRequirement: { primary: 'V', secondary: 'I' } } as const, 'V / I', 'Level V in one official language, I in the other'],
    [{ languageRequirement: { primary: 'IV', secondary: null } } as const, 'IV', 'Level IV in one official language'],
    [{ languageProfile: '3322' }, 'STANAG 3322', 'STANAG 6001 profile: listening 3, speaking 3, reading 2, writing 2'],
  ])('languages %j', (fields, short, long) => {
    expect(languagesText(storedVacancy({ ...BARE_NOTICE, reference: '999010', ...fields }), en)).toEqual({ short, long });
  });

  it('no language requirement stated', () => {
    expect(languagesText(storedVacancy({ ...BARE_NOTICE, reference: '999011' }), en)).toBeNull();
  });

  it.each([
    ['NATO Grade G17-G20', 'G17–G20', 'G17–G20'],
    ['Unclassified', 'Unclassified', 'Non classé'],
    ['TEMP', 'Temporary', 'Temporaire'],
    ['', 'Grade not stated', 'Grade non indiqué'],
  ])('short grade %j', (label, english, french) => {
    expect(shortGradeText(normaliseGrade(label), en)).toBe(english);
    expect(shortGradeText(normaliseGrade(label), fr)).toBe(french);
  });
});
