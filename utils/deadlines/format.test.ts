import { describe, expect, it } from 'vitest';
import { translator, type Locale } from '../i18n';
import { formatClosingMoment, formatTimeLeft } from './format';

const en = translator('en');
const fr = translator('fr');
const JANUARY = '2026-01-04T22:59:00.000Z';

describe('formatTimeLeft', () => {
  it.each([
    ['2026-01-02T18:59:00Z', '2 d 4 h left', 'reste 2 j 4 h'],
    ['2026-01-01T22:59:00Z', '3 d left', 'reste 3 j'],
    ['2026-01-03T22:59:30Z', '23 h 59 min left', 'reste 23 h 59 min'],
    ['2026-01-04T17:47:00Z', 'closes today 23:59 (5 h 12 min left)', 'clôture aujourd\'hui à 23:59 (reste 5 h 12 min)'],
    ['2026-01-04T17:59:00Z', 'closes today 23:59 (5 h left)', 'clôture aujourd\'hui à 23:59 (reste 5 h)'],
    ['2026-01-04T22:17:00Z', 'closes today 23:59 (42 min left)', 'clôture aujourd\'hui à 23:59 (reste 42 min)'],
    ['2026-01-04T22:58:30Z', 'closes today 23:59 (less than 1 min left)', 'clôture aujourd\'hui à 23:59 (reste moins d\'1 min)'],
    ['2026-01-04T22:59:00Z', 'closed', 'clôturé'],
  ])('now %s', (now, english, french) => {
    expect(formatTimeLeft(JANUARY, new Date(now), en)).toBe(english);
    expect(formatTimeLeft(JANUARY, new Date(now), fr)).toBe(french);
  });

  it('says when the deadline is unknown', () => {
    expect(formatTimeLeft(null, new Date(), en)).toBe('deadline unknown');
    expect(formatTimeLeft(null, new Date(), fr)).toBe('date limite inconnue');
  });
});

describe('formatClosingMoment', () => {
  const NEW_YEAR = new Date('2026-01-01T12:00:00Z');
  it.each<[string, string, Locale, string, Date]>([
    ['London, an hour behind', 'Europe/London', 'en', 'Sun 4 Jan, 23:59 Brussels / 22:59 your time', NEW_YEAR],
    ['New York, same day', 'America/New_York', 'en', 'Sun 4 Jan, 23:59 Brussels / 17:59 your time', NEW_YEAR],
    ['Tokyo, the next day', 'Asia/Tokyo', 'en', 'Sun 4 Jan, 23:59 Brussels / Mon 5 Jan, 07:59 your time', NEW_YEAR],
    ['Paris reads the same clock', 'Europe/Paris', 'en', 'Sun 4 Jan, 23:59 Brussels', NEW_YEAR],
    ['Tokyo in French', 'Asia/Tokyo', 'fr', 'dim. 4 janv. à 23:59 (Bruxelles) / lun. 5 janv. à 07:59 (chez vous)', NEW_YEAR],
    ['New York in French', 'America/New_York', 'fr', 'dim. 4 janv. à 23:59 (Bruxelles) / 17:59 (chez vous)', NEW_YEAR],
    ['no year within the next six months, even across New Year', 'Europe/Brussels', 'en', 'Sun 4 Jan, 23:59 Brussels', new Date('2025-12-20T12:00:00Z')],
    ['the year shows once it has passed', 'Europe/Brussels', 'en', 'Sun, 4 Jan 2026, 23:59 Brussels', new Date('2026-01-05T12:00:00Z')],
    ['the year shows more than six months ahead', 'Europe/Brussels', 'en', 'Sun, 4 Jan 2026, 23:59 Brussels', new Date('2025-06-20T12:00:00Z')],
    ['the year shows in French too', 'Europe/Brussels', 'fr', 'dim. 4 janv. 2026 à 23:59 (Bruxelles)', new Date('2026-02-01T12:00:00Z')],
  ])('%s', (_case, timeZone, locale, expected, now) => {
    expect(formatClosingMoment(JANUARY, { locale, t: translator(locale), timeZone, now })).toBe(expected);
  });

  // Europe moves its clocks on the last Sunday of March/October, the US two to three weeks
  // earlier/later, so the gap to New York is 5 h around the switches and 6 h otherwise.
  const SPRING = new Date('2026-03-01T12:00:00Z');
  it.each([
    ['2026-03-28T22:59:00.000Z', 'America/New_York', 'Sat 28 Mar, 23:59 Brussels / 18:59 your time'],
    ['2026-03-29T21:59:00.000Z', 'America/New_York', 'Sun 29 Mar, 23:59 Brussels / 17:59 your time'],
    ['2026-03-29T21:59:00.000Z', 'Asia/Tokyo', 'Sun 29 Mar, 23:59 Brussels / Mon 30 Mar, 06:59 your time'],
    // More than six months after 1 March: with the year.
    ['2026-10-24T21:59:00.000Z', 'America/New_York', 'Sat, 24 Oct 2026, 23:59 Brussels / 17:59 your time'],
    ['2026-10-25T22:59:00.000Z', 'America/New_York', 'Sun, 25 Oct 2026, 23:59 Brussels / 18:59 your time'],
    ['2026-10-25T22:59:00.000Z', 'Asia/Tokyo', 'Sun, 25 Oct 2026, 23:59 Brussels / Mon, 26 Oct 2026, 07:59 your time'],
  ])('DST: %s in %s', (closesAt, timeZone, expected) => {
    expect(formatClosingMoment(closesAt, { locale: 'en', t: en, timeZone, now: SPRING })).toBe(expected);
  });
});
