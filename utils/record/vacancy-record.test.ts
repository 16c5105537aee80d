import { describe, expect, it } from 'vitest';
import { isReference, typedReference } from './reference';
import { IsoDateSchema, IsoInstantSchema, ReferenceSchema } from './vacancy-record';

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

describe('ReferenceSchema and isReference: one rule', () => {
  it.each(['251836', 'NCIA/CS/0212_24', '2025_ACT_0031', 'JFCBS 01/25', 'JFC NP 02/2024', 'ACT SEE 123/24', 'GK 25/017', 'NSPA-2025-0417'])(
    'accepts %j',
    (reference) => {
      expect(ReferenceSchema.safeParse(reference).success).toBe(true);
      expect(isReference(reference)).toBe(true);
    },
  );

  it.each([
    ['too short', '12'],
    ['too long', 'A'.repeat(33)],
    ['a leading space', ' 251836'],
    ['a trailing space', '251836 '],
    ['two spaces in a row', 'JFCBS  01/25'],
    ['a tab', 'JFCBS\t01/25'],
    ['a line break', 'JFCBS\n01/25'],
    ['a character outside the set', 'NAEW&CF 25/017'],
    ['a start that is not a letter or digit', '/251836'],
    ['words in parts without a digit', 'not a reference'],
  ])('refuses %s (%j)', (_name, reference) => {
    expect(ReferenceSchema.safeParse(reference).success).toBe(false);
    expect(isReference(reference)).toBe(false);
  });

  it('takes a typed reference with its spaces tidied', () => {
    expect(typedReference('  JFC   NP 02/2024 ')).toBe('JFC NP 02/2024');
  });
});
