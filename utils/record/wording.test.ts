import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { contractText, languagesText, levelText, yearsText } from './wording';

const en = translator('en');
const fr = translator('fr');

describe('yearsText: the plural rules of each language', () => {
  it.each([
    ['en', 1, '1 year'],
    ['en', 0, '0 years'],
    ['en', 1.5, '1.5 years'],
    ['en', 6, '6 years'],
    // French counts 0, 1 and 1,5 as singular.
    ['fr', 1, '1 an'],
    ['fr', 0, '0 an'],
    ['fr', 1.5, '1,5 an'],
    ['fr', 2, '2 ans'],
    ['fr', 15, '15 ans'],
  ] as const)('%s: %d → %s', (locale, years, text) => {
    expect(yearsText(years, locale === 'en' ? en : fr, locale)).toBe(text);
  });
});

describe('contractText', () => {
  it.each([
    [{ initialYears: 3, renewableYears: 3, maxYears: 6 }, '3 years initially, renewable for 3 years, 6 years at most'],
    [{ initialYears: 1, renewableYears: 1, maxYears: null }, '1 year initially, renewable for 1 year'],
    [{ initialYears: 3, renewableYears: null, maxYears: null }, '3 years initially'],
    [{ initialYears: null, renewableYears: null, maxYears: 9 }, '9 years at most'],
    [{ initialYears: null, renewableYears: null, maxYears: null }, null],
    [null, null],
  ])('English: %j → %j', (contract, text) => {
    expect(contractText(contract, en, 'en')).toBe(text);
  });

  it.each([
    [{ initialYears: 3, renewableYears: 3, maxYears: 6 }, '3 ans au départ, renouvelable 3 ans, 6 ans au maximum'],
    [{ initialYears: 1, renewableYears: 1, maxYears: null }, '1 an au départ, renouvelable 1 an'],
  ])('French: %j → %j', (contract, text) => {
    expect(contractText(contract, fr, 'fr')).toBe(text);
  });
});

describe('languagesText', () => {
  it.each([
    [{ languageRequirement: { primary: 'V', secondary: 'I' }, languageProfile: null } as const, 'V / I', 'Level V (Advanced) in one official language, I (Beginner) in the other'],
    [{ languageRequirement: { primary: 'IV', secondary: null }, languageProfile: null } as const, 'IV', 'Level IV (Upper intermediate) in one official language'],
    [{ languageRequirement: null, languageProfile: '3322' }, 'STANAG 3322', 'STANAG 6001 profile: listening 3, speaking 3, reading 2, writing 2'],
  ])('%j', (record, short, long) => {
    expect(languagesText(record, en)).toEqual({ short, long });
  });

  it('says nothing when the notice states neither', () => {
    expect(languagesText({ languageRequirement: null, languageProfile: null }, en)).toBeNull();
  });

  it('names the levels in French', () => {
    expect(levelText('VI', fr)).toBe('VI (Maîtrise)');
    expect(languagesText({ languageRequirement: { primary: 'V', secondary: 'III' }, languageProfile: null }, fr)?.long).toBe(
      'Niveau V (Avancé) dans une langue officielle, III (Intermédiaire) dans l’autre',
    );
  });
});
