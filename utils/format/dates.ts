import { INTL_LOCALE, type Locale, type Translate } from '../i18n-core';
import { BRUSSELS } from '../time/zones';

/**
 * The one home of dates as a reader writes them (utils/format/): Intl in the UI locale
 * ("Sun 4 Jan" / "dim. 4 janv."), sentence shapes from the message catalogue. Which zone an
 * instant is read in is utils/time/'s arithmetic; only its wording is here, so this folder
 * imports nothing but the catalogue's core and the zones (which import nothing), and every
 * feature may import it.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, timeZone: string, part: 'date' | 'dateYear' | 'time' | 'calendar'): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${part}`;
  let cached = formatters.get(key);
  if (!cached) {
    const options: Intl.DateTimeFormatOptions =
      part === 'time'
        ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
        : part === 'calendar'
          ? { day: 'numeric', month: 'short', year: 'numeric' }
          : { weekday: 'short', day: 'numeric', month: 'short', ...(part === 'dateYear' ? { year: 'numeric' } : {}) };
    cached = new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...options, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

/** Within this much ahead, a date reads without its year ("Sun 4 Jan"); past dates and later ones always carry it. */
const YEARLESS_AHEAD_MS = 183 * 24 * 3_600_000;

function withYear(instant: Date, now: Date): boolean {
  const ahead = instant.getTime() - now.getTime();
  return ahead < 0 || ahead > YEARLESS_AHEAD_MS;
}

/** "Sun 4 Jan, 23:59" in one zone; the year unless it is within the next six months. */
export function formatDateTime(instant: Date, timeZone: string, { locale, t, now }: { locale: Locale; t: Translate; now: Date }): string {
  const date = formatter(locale, timeZone, withYear(instant, now) ? 'dateYear' : 'date').format(instant);
  return t('dlDateTime', { date, time: formatter(locale, timeZone, 'time').format(instant) });
}

/** "23:59": an instant's time of day in a zone. */
export function formatTime(instant: Date, timeZone: string, locale: Locale): string {
  return formatter(locale, timeZone, 'time').format(instant);
}

/**
 * A date-only "YYYY-MM-DD" as a notice prints it: "4 Jan 2026" (day-month order, en-GB) or
 * "4 janv. 2026", always with its year (a calendar date has no moment to count down to).
 * Read at noon UTC, so no zone moves it to another day.
 */
export function formatCalendarDate(isoDate: string, locale: Locale): string {
  return formatter(locale, 'UTC', 'calendar').format(new Date(`${isoDate}T12:00:00Z`));
}

/** "Sun 4 Jan 2026": the day an instant falls on in a zone (a stage's day on the timeline). */
export function formatDay(instant: Date, timeZone: string, locale: Locale): string {
  return formatter(locale, timeZone, 'dateYear').format(instant);
}

/** "1 Jul – 30 Sep 2025" / "1 juil. – 30 sept. 2025": a span of local dates in the reader's language. */
export function formatDateSpan(from: string, to: string, locale: Locale): string {
  // Read at noon UTC, as formatCalendarDate reads one date: the same formatter, the same day.
  const format = formatter(locale, 'UTC', 'calendar');
  const [start, end] = [new Date(`${from}T12:00:00Z`), new Date(`${to}T12:00:00Z`)];
  return from === to ? format.format(start) : format.formatRange(start, end);
}

/** "18 June 2025 at 23:59": an instant's long date and time in Brussels, the zone notices use. */
export function formatLongBrusselsDateTime(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: BRUSSELS, dateStyle: 'long', timeStyle: 'short' }).format(new Date(instant));
}

/** "18 June 2025": a calendar date (YYYY-MM-DD) in full; noon UTC keeps the date whatever zone formats it. */
export function formatLongDate(isoDate: string, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${isoDate}T12:00:00Z`));
}

/** "4 Jan 2026, 10:15": when the user did something (a backup), in the browser's zone. */
export function formatStamp(instant: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(instant));
}

/** "04/01/2026, 10:15:00": when a version was sent, in full, in the browser's zone. */
export function formatFullStamp(instant: string, locale: Locale): string {
  return new Date(instant).toLocaleString(INTL_LOCALE[locale]);
}
