import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercentTenths, formatSignedMoney } from './money';

/** Intl uses no-break spaces in French; tests compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatting', () => {
  it.each([
    ['fr', 925321, '9 253,21 €'],
    ['en', 925321, '€9,253.21'],
    ['fr', 11103852, '111 038,52 €'],
  ] as const)('%s %i → %s', (locale, cents, text) => {
    expect(plain(formatMoney(cents, 'EUR', locale))).toBe(text);
  });

  it.each([
    ['fr', 148948, '+1 489,48 €'],
    ['en', -148948, '-€1,489.48'],
    ['en', 0, '€0.00'],
  ] as const)('signed %s %i → %s', (locale, cents, text) => {
    expect(plain(formatSignedMoney(cents, 'EUR', locale))).toBe(text);
  });

  it.each([
    ['en', 161, '+16.1%'],
    ['fr', -139, '-13,9 %'],
    ['en', 0, '0.0%'],
  ] as const)('percent %s %i → %s', (locale, tenths, text) => {
    expect(plain(formatPercentTenths(tenths, locale))).toBe(text);
  });
});
