import { describe, expect, it } from 'vitest';
import { IsoDateSchema, IsoInstantSchema } from './vacancy-record';

describe('IsoDateSchema', () => {
  it.each(['2026-01-04', '2024-02-29', '2025-12-31'])('accepts the calendar date %s', (date) => {
    expect(IsoDateSchema.safeParse(date).success).toBe(true);
  });

  it.each([
    ['a month 13 and day 45', '2025-13-45'],
    ['February 30', '2025-02-30'],
    ['February 29 of a common year', '2025-02-29'],
    ['month 00', '2025-00-10'],
    ['April 31', '2026-04-31'],
    ['a two-digit year', '26-01-01'],
    ['the portal’s own wording', '4-Jan-2026'],
    ['a date with a time', '2026-01-04T23:59:00Z'],
  ])('refuses %s (%s)', (_name, date) => {
    expect(IsoDateSchema.safeParse(date).success).toBe(false);
  });
});

describe('IsoInstantSchema', () => {
  it('accepts a UTC instant and refuses a bare date', () => {
    expect(IsoInstantSchema.safeParse('2026-01-04T22:59:00.000Z').success).toBe(true);
    expect(IsoInstantSchema.safeParse('2026-01-04').success).toBe(false);
  });
});
