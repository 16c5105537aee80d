import type { Locale, Translate } from '../i18n-core';
import { BRUSSELS, wallClock, zonedDateKey } from '../time/zones';
import { formatDateTime, formatTime } from '../format/dates';
import { timeLeft, type TimeLeft } from './time-left';
import { formatDuration } from '../format/durations';

/**
 * Countdown and closing-moment text: sentence shapes from the catalogue, lengths and dates from
 * utils/format/, which zone shows what from utils/time/.
 */

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

export interface MomentOptions {
  locale: Locale;
  t: Translate;
  /** The user's own zone (IANA name). */
  timeZone: string;
  /** Decides whether the year is worth printing. */
  now: Date;
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
      ? formatTime(instant, timeZone, locale)
      : formatDateTime(instant, timeZone, { locale, t, now });
  return t('dlClosingMoment', { brussels, local });
}
