import { englishWarning } from '../../test/unit/template-english';
import { describe, expect, it } from 'vitest';
import { findDate } from './dates';
import { closeFromShown, closeWarning } from './shown-close';

/**
 * Expected instants are worked out by hand from the rule: 23:59 Brussels is 21:59 UTC in summer
 * time (until 25 Oct 2026, from 29 Mar 2026) and 22:59 UTC in winter time.
 */
const read = (shown: string, zone: string | null) => {
  const found = findDate(shown);
  if (!found) throw new Error(`no date in ${shown}`);
  const close = closeFromShown(found.date, found.time, zone);
  const warning = closeWarning(found, zone, close);
  return { ...close, warning: warning && englishWarning(warning) };
};

/** A date-time whose zone the notice's own text names ("23:59 EDT"), as the notice parser reads it. */
const readStated = (shown: string) => {
  const found = findDate(shown);
  if (!found?.zone) throw new Error(`no date with a zone in ${shown}`);
  const close = closeFromShown(found.date, found.time, found.zone, 'notice');
  const warning = closeWarning(found, found.zone, close);
  return { ...close, warning: warning && englishWarning(warning) };
};

describe('a time with the zone the notice itself names: read as stated, never snapped', () => {
  it.each([
    // 23:59 in New York (UTC−4 in September) is 03:59 UTC the next day: later than a Brussels close, as the notice says.
    ['15 September 2025, 23:59 EDT', '2025-09-15', '2025-09-16T03:59:00.000Z', 'closesAt: the notice states its closing time as 23:59:00 EDT; it was read in that zone, not as the usual 23:59 Brussels close'],
    // Noon in Brussels in winter (UTC+1).
    ['15 January 2026, 12:00 hrs (CET)', '2026-01-15', '2026-01-15T11:00:00.000Z', 'closesAt: the notice states its closing time as 12:00:00 CET; it was read in that zone, not as the usual 23:59 Brussels close'],
    // 23:59 in London (UTC+1 in summer).
    ['30 June 2025 at 23:59 BST', '2025-06-30', '2025-06-30T22:59:00.000Z', 'closesAt: the notice states its closing time as 23:59:00 BST; it was read in that zone, not as the usual 23:59 Brussels close'],
  ])('%s', (shown, deadline, closesAt, warning) => {
    expect(readStated(shown)).toEqual({ deadline, closesAt, reading: 'stated', warning });
  });

  it.each([
    ['14 février 2025 à 23h59 (heure de Bruxelles)', '2025-02-14T22:59:00.000Z'],
    ['3 mars 2025, 23:59 HEC', '2025-03-03T22:59:00.000Z'],
    ['15 September 2025, 17:59 EDT', '2025-09-15T21:59:00.000Z'],
  ])('%s is the 23:59 Brussels close, with no warning', (shown, closesAt) => {
    expect(readStated(shown)).toMatchObject({ closesAt, reading: 'exact', warning: null });
  });
});

describe('a shown time read in a page zone that fits a 23:59 Brussels close', () => {
  it.each([
    ['11-Oct-2026, 9:59:00 PM', 'GMT+00:00', '2026-10-11T21:59:00.000Z'],
    ['12-Oct-2026, 12:59:00 AM', 'GMT+03:00', '2026-10-11T21:59:00.000Z'],
    ['12-Oct-2026, 12:59:00 AM', 'Europe/Athens', '2026-10-11T21:59:00.000Z'],
    ['11-Oct-2026, 11:59:00 PM', 'CET', '2026-10-11T21:59:00.000Z'],
    ['11-Oct-2026, 11:59:00 PM', 'Europe/Brussels', '2026-10-11T21:59:00.000Z'],
    ['4-Jan-2026, 11:59:00 PM', 'GMT+01:00', '2026-01-04T22:59:00.000Z'],
    ['5-Mar-2026, 7:59:00 AM', 'GMT+09:00', '2026-03-04T22:59:00.000Z'],
    ['11-Oct-2026, 5:59:00 PM', 'America/New_York', '2026-10-11T21:59:00.000Z'],
  ])('%s in %s', (shown, zone, closesAt) => {
    expect(read(shown, zone)).toMatchObject({ closesAt, reading: 'exact', warning: null });
  });
});

describe('a shown time whose zone is unknown or does not fit: the close it can show, never a later one', () => {
  it.each([
    // utils/portal/README.md's case: only 4 March 23:59 Brussels shows as 7:59 AM on 5 March (from UTC+9).
    ['05-Mar-2026, 7:59:00 AM', null, '2026-03-04', '2026-03-04T22:59:00.000Z'],
    // A page saying CET while showing UTC+3 times (Athens, Bucharest, Helsinki, Vilnius, Ankara).
    ['12-Oct-2026, 12:59:00 AM', 'CET', '2026-10-11', '2026-10-11T21:59:00.000Z'],
    ['05-Mar-2026, 12:59:00 AM', 'Europe/Brussels', '2026-03-04', '2026-03-04T22:59:00.000Z'],
    // Both 3 and 4 March 23:59 Brussels show as 10:59 AM on 4 March (UTC+12 and UTC−12): the earlier.
    ['04-Mar-2026, 10:59:00 AM', null, '2026-03-03', '2026-03-03T22:59:00.000Z'],
    // A zone Intl does not know counts as unknown.
    ['11-Oct-2026, 9:59:00 PM', 'Mars/Olympus', '2026-10-11', '2026-10-11T21:59:00.000Z'],
    // Nepal's UTC+5:45 is a real zone too.
    ['12-Oct-2026, 3:44:00 AM', null, '2026-10-11', '2026-10-11T21:59:00.000Z'],
  ])('%s (page zone %s)', (shown, zone, deadline, closesAt) => {
    const reading = read(shown, zone);
    expect(reading).toMatchObject({ deadline, closesAt, reading: 'snapped' });
    expect(reading.warning).toMatch(/^closesAt: .*23:59 Brussels close of /);
  });

  it('a time no zone can show as 23:59 Brussels is read in the page zone when it has one', () => {
    expect(read('11-Oct-2026, 3:17:00 PM', 'GMT+00:00')).toMatchObject({ closesAt: '2026-10-11T15:17:00.000Z', reading: 'zoneTrusted', warning: null });
  });

  it('and without a zone, as the earliest moment it can be (UTC+14), with a warning', () => {
    const reading = read('11-Oct-2026, 3:17:00 PM', null);
    expect(reading).toMatchObject({ deadline: '2026-10-11', closesAt: '2026-10-11T01:17:00.000Z', reading: 'earliest' });
    expect(reading.warning).toMatch(/earliest moment/);
  });

  it('a date without a time is 23:59 Brussels that day', () => {
    expect(read('4-Jan-2026', 'GMT+09:00')).toMatchObject({ deadline: '2026-01-04', closesAt: '2026-01-04T22:59:00.000Z', reading: 'dateOnly', warning: null });
  });
});
