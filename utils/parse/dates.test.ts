import { describe, expect, it } from 'vitest';
import { brusselsDate, brusselsEndOfDay, isKnownTimeZone, zonedToInstant } from '../time/zones';
import { findDate } from './dates';

describe('findDate: dates as notices print them', () => {
  it.each([
    // English portal / notice forms
    ['4-Jan-2026', '2026-01-04'],
    ['02-Mar-2025', '2025-03-02'],
    ['18-Jun-2025', '2025-06-18'],
    ['06 April 2025', '2025-04-06'],
    ['15th of March 2025', '2025-03-15'],
    ['the 1st of October 2025', '2025-10-01'],
    ['April 6, 2025', '2025-04-06'],
    ['by latest 18/06/2025.', '2025-06-18'],
    ['2025-06-18', '2025-06-18'],
    // French, every month, with and without the abbreviation dot
    ['4-janv.-2026', '2026-01-04'],
    ['4-janv-2026', '2026-01-04'],
    ['4-jan.-2026', '2026-01-04'],
    ['12-févr.-2026', '2026-02-12'],
    ['12-févr-2026', '2026-02-12'],
    ['02-mars-2025', '2025-03-02'],
    ['06-avr.-2025', '2025-04-06'],
    ['6-avr-2026', '2026-04-06'],
    ['15-mai-2026', '2026-05-15'],
    ['18-juin-2025', '2025-06-18'],
    ['3-juil.-2026', '2026-07-03'],
    ['3-juil-2026', '2026-07-03'],
    ['20-août-2026', '2026-08-20'],
    ['20-aout-2026', '2026-08-20'],
    ['9-sept.-2026', '2026-09-09'],
    ['9-sept-2026', '2026-09-09'],
    ['11-oct.-2026', '2026-10-11'],
    ['11-oct-2026', '2026-10-11'],
    ['30-nov.-2026', '2026-11-30'],
    ['30-nov-2026', '2026-11-30'],
    ['31-déc.-2026', '2026-12-31'],
    ['31-déc-2026', '2026-12-31'],
    ['6 avril 2025', '2025-04-06'],
    ['1er août 2025', '2025-08-01'],
    ['jusqu’au 18 juin 2025 au plus tard', '2025-06-18'],
  ])('%s → %s', (printed, iso) => {
    expect(findDate(printed)?.date).toBe(iso);
  });

  it.each([
    ['11-Oct-2026, 9:59:00 PM', { hour: 21, minute: 59, second: 0 }],
    ['22-Jun-2023, 11:59:00 PM', { hour: 23, minute: 59, second: 0 }],
    ['12-Oct-2026, 6:59:00 AM', { hour: 6, minute: 59, second: 0 }],
    ['1-Jan-2026, 12:30:00 AM', { hour: 0, minute: 30, second: 0 }],
    ['11-oct.-2026, 23:59:00', { hour: 23, minute: 59, second: 0 }],
    ['4-Jan-2026', null],
  ])('reads the shown time of %s', (printed, time) => {
    expect(findDate(printed)?.time ?? null).toEqual(time);
  });

  it.each([
    ['15 July 2025 at 23:59 (CET)', 'Europe/Brussels'],
    ['15/07/2025 23:59 CEST', 'Europe/Brussels'],
    ['15 July 2025, 12:00 hrs (Brussels time)', 'Europe/Brussels'],
    ['15 juillet 2025 à 23h59 heure de Bruxelles', 'Europe/Brussels'],
    ['15 July 2025, 21:59 UTC', 'UTC'],
    ['July 15, 2025, 11:59 PM EDT', 'America/New_York'],
    ['15 juillet 2025 à 23h59 HAEC', 'Europe/Brussels'],
    ['15 janvier 2026 à 23h59 (HEC)', 'Europe/Brussels'],
    ['15 July 2025, 23:59 BST', 'Europe/London'],
    ['15 March 2025 at 12:00 noon Brussels time', 'Europe/Brussels'],
    ['15 March 2025, 23:59 hours (Central European Time)', 'Europe/Brussels'],
    // No time, no zone: the date alone is 23:59 Brussels; a word after a time is no zone.
    ['15 July 2025 CET', null],
    ['15 July 2025, 23:59 Central', null],
  ])('reads the zone named after the time of %s', (printed, zone) => {
    expect(findDate(printed)?.zone ?? null).toBe(zone);
  });

  it.each([
    ['15 July 2025, 12:00 hrs Rome time', 'Europe/Rome'],
    ['15 July 2025, 23:59 (Luxembourg local time)', 'Europe/Luxembourg'],
    ['15 juillet 2025 à 12h00 heure de Luxembourg', 'Europe/Luxembourg'],
    ['15 July 2025 at 17:00 Norfolk time', 'America/New_York'],
    ['15 July 2025, 23:59 The Hague time', 'Europe/Amsterdam'],
    // A city that is no duty station's clock, and a station named without "time": no zone.
    ['15 July 2025, 12:00 Vienna time', null],
    ['15 July 2025, 12:00 Rome', null],
    // A country is no duty station's clock.
    ['15 July 2025, 23:59 Germany time', null],
  ])('reads the duty station clock named after the time of %s', (printed, zone) => {
    expect(findDate(printed)?.zone ?? null).toBe(zone);
  });

  it.each([
    ['12:00 hrs (noon) Rome time on 20 March 2026', '2026-03-20', { hour: 12, minute: 0, second: 0 }, 'Europe/Rome'],
    ['23:59 CET on Friday 20 March 2026', '2026-03-20', { hour: 23, minute: 59, second: 0 }, 'Europe/Brussels'],
    ['before 10:00 a.m. Norfolk time on March 20, 2026', '2026-03-20', { hour: 10, minute: 0, second: 0 }, 'America/New_York'],
    ['avant 12h00 (heure de Luxembourg) le vendredi 20 mars 2026', '2026-03-20', { hour: 12, minute: 0, second: 0 }, 'Europe/Luxembourg'],
    ['by 17:00 on 20/03/2026', '2026-03-20', { hour: 17, minute: 0, second: 0 }, null],
    // Words between a time and a date that are no zone: the time is about something else.
    ['Interviews start at 10:00. Closing date 20 March 2026', '2026-03-20', null, null],
    ['at 09:30 the panel meets; 20 March 2026', '2026-03-20', null, null],
    // A time inside a sentence is another matter's, and a number before the date is no time.
    ['Interviews will be held at 10:00 on 20 March 2026', '2026-03-20', null, null],
    ['2019.10 20 March 2026', '2026-03-20', null, null],
  ])('reads a time printed before its date: %s', (printed, date, time, zone) => {
    const found = findDate(printed);
    expect(found?.date).toBe(date);
    expect(found?.time ?? null).toEqual(time);
    expect(found?.zone ?? null).toBe(zone);
  });

  it.each([
    ['15 July 2025, 11:59 PM EDT', 'EDT'],
    ['15 juillet 2025 à 23h59 (heure de Bruxelles)', 'heure de Bruxelles'],
    ['15 July 2025', null],
  ])('keeps the zone of %s as printed', (printed, zoneText) => {
    expect(findDate(printed)?.zoneText ?? null).toBe(zoneText);
  });

  it.each(['31-Jun-2025', '4-Foo-2026', 'no date here', '45/13/2025', '251836'])('finds no date in %s', (text) => {
    expect(findDate(text)).toBeNull();
  });
});

describe('brusselsEndOfDay: 23:59 Brussels, daylight saving included', () => {
  it.each([
    ['2026-01-04', '2026-01-04T22:59:00.000Z'],
    ['2025-06-18', '2025-06-18T21:59:00.000Z'],
    ['2025-04-06', '2025-04-06T21:59:00.000Z'],
    // Late March: summer time starts on the last Sunday (29 March 2026, 30 March 2025).
    ['2026-03-28', '2026-03-28T22:59:00.000Z'],
    ['2026-03-29', '2026-03-29T21:59:00.000Z'],
    ['2025-03-29', '2025-03-29T22:59:00.000Z'],
    ['2025-03-30', '2025-03-30T21:59:00.000Z'],
    // Late October: summer time ends on the last Sunday (25 October 2026, 26 October 2025).
    ['2026-10-24', '2026-10-24T21:59:00.000Z'],
    ['2026-10-25', '2026-10-25T22:59:00.000Z'],
    ['2025-10-26', '2025-10-26T22:59:00.000Z'],
  ])('%s → %s', (date, instant) => {
    expect(brusselsEndOfDay(date)).toBe(instant);
  });

  it.each(['2026-1-4', '04/01/2026', ''])('gives null for a malformed date %j', (date) => {
    expect(brusselsEndOfDay(date)).toBeNull();
  });
});

describe('zonedToInstant: a shown date-time in the page zone', () => {
  it.each([
    ['2026-10-11T21:59:00', 'GMT+00:00', '2026-10-11T21:59:00.000Z'],
    ['2026-10-11T23:59:00', 'GMT+02:00', '2026-10-11T21:59:00.000Z'],
    ['2026-10-11T23:59:00', 'Europe/Brussels', '2026-10-11T21:59:00.000Z'],
    ['2026-10-25T23:59:00', 'Europe/Brussels', '2026-10-25T22:59:00.000Z'],
    ['2026-03-29T23:59:00', 'Europe/Brussels', '2026-03-29T21:59:00.000Z'],
    ['2026-03-29T01:30:00', 'Europe/Brussels', '2026-03-29T00:30:00.000Z'],
    ['2026-10-12T06:59:00', 'Asia/Tokyo', '2026-10-11T21:59:00.000Z'],
    ['2026-10-11T17:59:00', 'America/New_York', '2026-10-11T21:59:00.000Z'],
    ['2026-10-11T18:29:00', 'GMT-03:30', '2026-10-11T21:59:00.000Z'],
    ['2026-10-11T21:59', 'UTC', '2026-10-11T21:59:00.000Z'],
  ])('%s in %s → %s', (local, zone, instant) => {
    expect(zonedToInstant(local, zone)).toBe(instant);
  });

  it.each([['2026-10-11T21:59:00', 'Mars/Olympus'], ['2026-10-11T21:59:00', 'GMT+25:00'], ['11-Oct-2026', 'UTC']])(
    'gives null for %s in %s',
    (local, zone) => {
      expect(zonedToInstant(local, zone)).toBeNull();
    },
  );

  it.each([
    ['Europe/Brussels', true],
    ['GMT+02:00', true],
    ['UTC', true],
    ['Mars/Olympus', false],
    ['', false],
  ])('isKnownTimeZone(%j) is %s', (zone, known) => {
    expect(isKnownTimeZone(zone)).toBe(known);
  });
});

describe('brusselsDate: the Brussels calendar day of an instant', () => {
  it.each([
    ['2026-01-04T22:59:00.000Z', '2026-01-04'],
    ['2026-01-04T23:30:00.000Z', '2026-01-05'],
    ['2026-10-11T21:59:00.000Z', '2026-10-11'],
    ['2026-10-11T22:00:00.000Z', '2026-10-12'],
  ])('%s → %s', (instant, date) => {
    expect(brusselsDate(instant)).toBe(date);
    expect(brusselsDate(new Date(instant))).toBe(date);
  });
});
