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
    const template = (en as Record<string, { message: string }>);
    const withPlaceholder = Object.entries(template).find(([, v]) => v.message.includes('{'));
    if (withPlaceholder) {
      const name = /\{(\w+)\}/.exec(withPlaceholder[1].message)![1]!;
      expect(t(withPlaceholder[0] as never, { [name]: 42 })).toContain('42');
    }
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
