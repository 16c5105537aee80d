import { describe, expect, it } from 'vitest';
import { timeLeft, urgencyOf, type Urgency } from './time-left';
import { BRUSSELS, brusselsEndOfDay, wallClock, zonedDateKey } from '../time/zones';

// Deadlines on the two 2026 switch days: 29 March (02:00 CET → 03:00 CEST) and 25 October
// (03:00 CEST → 02:00 CET). 23:59 Brussels is 21:59Z in summer time and 22:59Z in winter time.
const MARCH = '2026-03-29T21:59:00.000Z';
const OCTOBER = '2026-10-25T22:59:00.000Z';
const JANUARY = '2026-01-04T22:59:00.000Z';

// The closing instants the tables below rely on, from the parser's helper and read back here.
describe('brusselsEndOfDay', () => {
  it.each([
    ['2026-01-04', JANUARY],
    ['2025-06-18', '2025-06-18T21:59:00.000Z'],
    ['2026-03-28', '2026-03-28T22:59:00.000Z'],
    ['2026-03-29', MARCH],
    ['2026-10-24', '2026-10-24T21:59:00.000Z'],
    ['2026-10-25', OCTOBER],
  ])('%s closes at %s', (date, instant) => {
    expect(brusselsEndOfDay(date)).toBe(instant);
    expect(wallClock(new Date(instant), BRUSSELS)).toMatchObject({ hour: 23, minute: 59 });
    expect(zonedDateKey(new Date(instant), BRUSSELS)).toBe(date);
  });
});

describe('urgencyOf', () => {
  it.each<[string, string | null, string, Urgency]>([
    ['unknown deadline', null, '2026-01-01T00:00:00Z', 'unknown'],
    ['exactly at closing', JANUARY, JANUARY, 'closed'],
    ['a minute after', JANUARY, '2026-01-04T23:00:00Z', 'closed'],
    ['a millisecond before', JANUARY, '2026-01-04T22:58:59.999Z', 'under24h'],
    ['23 h 59 before', JANUARY, '2026-01-03T23:00:00Z', 'under24h'],
    ['exactly 24 h before', JANUARY, '2026-01-03T22:59:00Z', 'under72h'],
    ['exactly 72 h before', JANUARY, '2026-01-01T22:59:00Z', 'under7d'],
    ['exactly 7 days before', JANUARY, '2025-12-28T22:59:00Z', 'later'],
    // March: Saturday 23:59 CET is only 23 elapsed hours before Sunday 23:59 CEST.
    ['March, Sat 23:59 CET', MARCH, '2026-03-28T22:59:00Z', 'under24h'],
    ['March, Thu 22:59 CET (72 h elapsed)', MARCH, '2026-03-26T21:59:00Z', 'under7d'],
    ['March, Thu 23:59 CET (71 h elapsed)', MARCH, '2026-03-26T22:59:00Z', 'under72h'],
    // October: Saturday 23:59 CEST is 25 elapsed hours before Sunday 23:59 CET.
    ['October, Sat 23:59 CEST', OCTOBER, '2026-10-24T21:59:00Z', 'under72h'],
    ['October, Sun 00:59 CEST (24 h elapsed)', OCTOBER, '2026-10-24T22:59:00Z', 'under72h'],
    ['October, Sun 01:00 CEST', OCTOBER, '2026-10-24T23:00:00Z', 'under24h'],
  ])('%s', (_case, closesAt, now, expected) => {
    expect(urgencyOf(closesAt, new Date(now))).toBe(expected);
  });
});

describe('timeLeft', () => {
  it.each([
    ['unknown', null, '2026-01-01T00:00:00Z', { kind: 'unknown' }],
    ['closed', JANUARY, '2026-01-05T08:00:00Z', { kind: 'closed' }],
    ['2 d 4 h', JANUARY, '2026-01-02T18:59:00Z', { kind: 'duration', left: { days: 2, hours: 4, minutes: 0 } }],
    // 23:00 Saturday Brussels → not the same Brussels day, so a plain duration.
    ['day before, 23:59:30 Brussels', JANUARY, '2026-01-03T22:59:30Z', { kind: 'duration', left: { days: 0, hours: 23, minutes: 59 } }],
    ['same Brussels day', JANUARY, '2026-01-04T17:47:00Z', { kind: 'today', time: '23:59', left: { days: 0, hours: 5, minutes: 12 } }],
    // 00:30 Sunday in Brussels is 23:30 Saturday in UTC: "today" follows Brussels, not UTC.
    ['just after Brussels midnight', JANUARY, '2026-01-03T23:30:00Z', { kind: 'today', time: '23:59', left: { days: 0, hours: 23, minutes: 29 } }],
    ['seconds before', JANUARY, '2026-01-04T22:58:30Z', { kind: 'today', time: '23:59', left: { days: 0, hours: 0, minutes: 0 } }],
    // March switch day: 01:30 CET and 03:30 CEST are one real hour apart.
    ['March, 01:30 CET', MARCH, '2026-03-29T00:30:00Z', { kind: 'today', time: '23:59', left: { days: 0, hours: 21, minutes: 29 } }],
    ['March, 03:30 CEST', MARCH, '2026-03-29T01:30:00Z', { kind: 'today', time: '23:59', left: { days: 0, hours: 20, minutes: 29 } }],
    ['March, Fri 23:59 CET', MARCH, '2026-03-27T22:59:00Z', { kind: 'duration', left: { days: 1, hours: 23, minutes: 0 } }],
    // October switch day: 02:30 happens twice, an hour apart.
    ['October, first 02:30 (CEST)', OCTOBER, '2026-10-25T00:30:00Z', { kind: 'today', time: '23:59', left: { days: 0, hours: 22, minutes: 29 } }],
    ['October, second 02:30 (CET)', OCTOBER, '2026-10-25T01:30:00Z', { kind: 'today', time: '23:59', left: { days: 0, hours: 21, minutes: 29 } }],
    ['October, Fri 23:59 CEST', OCTOBER, '2026-10-23T21:59:00Z', { kind: 'duration', left: { days: 2, hours: 1, minutes: 0 } }],
  ])('%s', (_case, closesAt, now, expected) => {
    expect(timeLeft(closesAt, new Date(now))).toEqual(expected);
  });
});
