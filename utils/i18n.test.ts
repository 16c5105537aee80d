import { describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import fr from '../public/_locales/fr/messages.json';
import { localeFromLanguageTag, translator } from './i18n';

describe('locales', () => {
  it('English and French have the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(fr))('French %s has text', (key) => {
    expect((fr as Record<string, { message: string }>)[key]?.message.trim()).not.toBe('');
  });

  it('fills named placeholders and keeps unknown ones', () => {
    const t = translator('en');
    expect(t('extName')).toBe('Vacancy Companion');
    // "dlTimeLeft": "{left} left"; "panelChanged" names {fields}.
    expect(t('dlTimeLeft', { left: '3 h' })).toBe('3 h left');
    expect(t('dlTimeLeft', { other: 1 })).toBe('{left} left');
    expect(t('dlTimeLeft')).toBe('{left} left');
  });

  it('each French text has the same placeholders as its English one', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    const english = en as Record<string, { message: string }>;
    const french = fr as Record<string, { message: string }>;
    const differing = Object.keys(english).filter((key) => french[key] && names(english[key]!.message).join() !== names(french[key]!.message).join());
    expect(differing).toEqual([]);
    // There are placeholders to compare: the check above is not over empty texts.
    expect(Object.values(english).filter((entry) => names(entry.message).length > 0).length).toBeGreaterThan(50);
  });

  it.each([
    ['en', 'setDaysBefore', { n: 1 }, '1 day before'],
    ['en', 'setDaysBefore', { n: 3 }, '3 days before'],
    ['en', 'dlEssayMaxPages', { pages: 0 }, 'At most 0 pages'],
    ['fr', 'setDaysBefore', { n: 1 }, '1 jour avant'],
    ['fr', 'setDaysBefore', { n: 7 }, '7 jours avant'],
    // French counts 0 and 1,5 in the singular.
    ['fr', 'dlEssayMaxPages', { pages: 0 }, '0 page au maximum'],
    ['fr', 'dlExportDone', { count: 2 }, "Fichier d'agenda enregistré : 2 dates limites."],
    ['en', 'dlIcsEssay', { format: 'MS Word', pages: '?', title: '—' }, 'Essay required: MS Word, at most ? pages, title must include —'],
  ] as const)('%s %s %o → %s (real plural forms)', (locale, key, values, expected) => {
    expect(translator(locale)(key, values)).toBe(expected);
  });

  it('no catalogue text writes a plural as "(s)"', () => {
    const texts = [...Object.values(en), ...Object.values(fr)].map((entry) => entry.message);
    expect(texts.filter((text) => /\w\(s\)/.test(text))).toEqual([]);
  });

  it.each([
    ['fr-BE', 'fr'],
    ['FR', 'fr'],
    ['en-GB', 'en'],
    ['de', 'en'],
    [null, 'en'],
  ] as const)('%s → %s', (tag, locale) => {
    expect(localeFromLanguageTag(tag)).toBe(locale);
  });
});
