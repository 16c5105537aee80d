import { describe, expect, it } from 'vitest';
import { DAY, HOUR, MINUTE } from './durations';
import { splitDuration } from '../format/durations';

describe('splitDuration', () => {
  it.each([
    ['under a minute', 59_999, { days: 0, hours: 0, minutes: 0 }],
    ['3 days 7 hours 1 minute and a second', 3 * 86_400_000 + 7 * 3_600_000 + 61_000, { days: 3, hours: 7, minutes: 1 }],
    ['exactly a week', 7 * 86_400_000, { days: 7, hours: 0, minutes: 0 }],
    ['a negative gap (already closed)', -5, { days: 0, hours: 0, minutes: 0 }],
  ])('rounds down, never promising time the applicant does not have: %s', (_case, ms, expected) => {
    expect(splitDuration(ms)).toEqual(expected);
  });

  it('has the lengths of a minute, an hour and a day', () => {
    expect([MINUTE, HOUR, DAY]).toEqual([60_000, 3_600_000, 86_400_000]);
  });
});
