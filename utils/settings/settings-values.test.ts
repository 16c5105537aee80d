import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, storedLocale } from './settings-values';
import { readSettings } from './settings';

describe('storedLocale: the language setting read without the schema', () => {
  it.each([
    [{ locale: 'fr' }, 'fr'],
    [{ locale: 'en', reminders: 'damaged' }, 'en'],
    [{ locale: 'auto' }, 'auto'],
    [{ locale: 'de' }, 'auto'],
    [{ locale: 'FR' }, 'auto'],
    [{ locale: ['fr'] }, 'auto'],
    [{}, 'auto'],
    [null, 'auto'],
    [undefined, 'auto'],
    ['fr', 'auto'],
  ])('%j → %s', (raw, expected) => {
    expect(storedLocale(raw)).toBe(expected);
  });

  it.each([[{ locale: 'fr' }], [{ locale: 'de' }], [null], [{ locale: 'en', changeAlerts: false }]])(
    'agrees with the full settings check on %j',
    (raw) => {
      expect(storedLocale(raw)).toBe(readSettings(raw).locale);
    },
  );

  it('defaults are valid settings', () => {
    expect(readSettings(DEFAULT_SETTINGS)).toEqual(DEFAULT_SETTINGS);
  });
});
