import { describe, expect, it } from 'vitest';
import { formatDateSpan } from './dates';
import type { Locale } from '../i18n-core';

describe('formatDateSpan', () => {
  it.each<[string, string, Locale, string]>([
    ['2025-07-01', '2025-09-30', 'en', '1 Jul – 30 Sept 2025'], // ICU's en-GB abbreviation of September,
    ['2025-07-01', '2025-09-30', 'fr', '1 juil. – 30 sept. 2025'],
    ['2026-05-20', '2026-05-20', 'en', '20 May 2026'],
  ])('%s – %s in %s', (from, to, locale, text) => {
    expect(formatDateSpan(from, to, locale).replace(/\s+/g, ' ')).toBe(text);
  });
});
