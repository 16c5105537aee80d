import { describe, expect, it } from 'vitest';
import type { Locale } from '../i18n';
import { formatCalendarDate } from './dates';

describe('formatCalendarDate: day-month order outside the US, always the year', () => {
  it.each<[Locale, string, string]>([
    ['en', '2026-01-04', '4 Jan 2026'],
    ['fr', '2026-01-04', '4 janv. 2026'],
    ['en', '2025-12-31', '31 Dec 2025'],
  ])('%s %s → %s', (locale, iso, expected) => {
    expect(formatCalendarDate(iso, locale)).toBe(expected);
  });
});
