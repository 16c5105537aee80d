import { INTL_LOCALE, type Locale, type Translate } from '../i18n-core';
import { timeLeft, type TimeLeft } from './time-left';
import type { Duration } from '../time/durations';
import { BRUSSELS, wallClock, zonedDateKey } from '../time/zones';

/**
 * Countdown and closing-moment text. Units and sentence shapes come from the message catalogue;
 * dates come from Intl in the UI locale ("Sun 4 Jan" / "dim. 4 janv.").
 */

export function formatDuration({ days, hours, minutes }: Duration, t: Translate): string {
  if (days > 0) {
    return hours > 0 ? `${t('dlUnitDays', { n: days })} ${t('dlUnitHours', { n: hours })}` : t('dlUnitDays', { n: days });
  }
  if (hours > 0) {
    return minutes > 0 ? `${t('dlUnitHours', { n: hours })} ${t('dlUnitMinutes', { n: minutes })}` : t('dlUnitHours', { n: hours });
  }
  return minutes > 0 ? t('dlUnitMinutes', { n: minutes }) : t('dlUnderAMinute');
}

export function describeTimeLeft(left: TimeLeft, t: Translate): string {
  switch (left.kind) {
    case 'unknown':
      return t('dlNoDeadline');
    case 'closed':
      return t('dlClosed');
    case 'today':
      return t('dlClosesToday', { time: left.time, left: formatDuration(left.left, t) });
    case 'duration':
      return t('dlTimeLeft', { left: formatDuration(left.left, t) });
  }
}

/** "2 d 4 h left", "closes today 23:59 (5 h 12 min left)", "closed", "deadline unknown". */
export function formatTimeLeft(closesAt: string | null, now: Date, t: Translate): string {
  return describeTimeLeft(timeLeft(closesAt, now), t);
}

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

export interface MomentOptions {
  locale: Locale;
  t: Translate;
  /** The user's own zone (IANA name). */
  timeZone: string;
  /** Decides whether the year is worth printing. */
  now: Date;
}

/** Within this much ahead, a date reads without its year ("Sun 4 Jan"); past dates and later ones always carry it. */
const YEARLESS_AHEAD_MS = 183 * 24 * 3_600_000;

function withYear(instant: Date, now: Date): boolean {
  const ahead = instant.getTime() - now.getTime();
  return ahead < 0 || ahead > YEARLESS_AHEAD_MS;
}

/** "Sun 4 Jan, 23:59" in one zone; the year unless it is within the next six months. */
export function formatDateTime(instant: Date, timeZone: string, { locale, t, now }: Omit<MomentOptions, 'timeZone'>): string {
  const date = formatter(locale, timeZone, withYear(instant, now) ? 'dateYear' : 'date').format(instant);
  return t('dlDateTime', { date, time: formatter(locale, timeZone, 'time').format(instant) });
}

/**
 * "Sun 4 Jan, 23:59 Brussels / 22:59 your time": the user's own time repeats the date only when
 * it falls on another day, and is left out when the user's clock reads the same as Brussels.
 */
export function formatClosingMoment(closesAt: string, options: MomentOptions): string {
  const { locale, t, timeZone, now } = options;
  const instant = new Date(closesAt);
  const brussels = formatDateTime(instant, BRUSSELS, { locale, t, now });
  const here = wallClock(instant, timeZone);
  const there = wallClock(instant, BRUSSELS);
  if (here.hour === there.hour && here.minute === there.minute && here.day === there.day) {
    return t('dlClosingMomentBrussels', { brussels });
  }
  const local =
    zonedDateKey(instant, timeZone) === zonedDateKey(instant, BRUSSELS)
      ? formatter(locale, timeZone, 'time').format(instant)
      : formatDateTime(instant, timeZone, { locale, t, now });
  return t('dlClosingMoment', { brussels, local });
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
