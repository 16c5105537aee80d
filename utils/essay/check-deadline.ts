import { INTL_LOCALE, type Locale } from '../i18n-core';
import { DAY, splitDuration } from '../time/durations';
import { BRUSSELS, brusselsDate } from '../time/zones';
import { bilingual, finding, type EssayVacancy, type Finding } from './finding';

/**
 * Whether the essay can still be attached. Applications close at closesAt (23:59 Brussels on the
 * deadline day, computed by the parser). Times are shown in Brussels time, the zone notices use.
 */

export function deadlineFinding(vacancy: EssayVacancy, now: Date): Finding {
  const closesAt = vacancy.closesAt ? new Date(vacancy.closesAt) : null;
  const dueDate = vacancy.essay?.dueDate ?? null;
  // An essay due before applications close (or a notice with no closing time): the essay's own
  // date governs. It is a date without a time, i.e. the whole day in Brussels.
  if (dueDate && (!closesAt || dueDate < brusselsDate(closesAt))) return dueDateFinding(dueDate, now);
  if (!closesAt) return finding('deadline', 'info', bilingual('essayDeadlineUnknown'));

  const left = closesAt.getTime() - now.getTime();
  const date = (locale: Locale) => formatBrusselsDateTime(closesAt, locale);
  if (left <= 0) return finding('deadline', 'error', bilingual('essayDeadlinePassed', (locale) => ({ date: date(locale) })));
  const values = (locale: Locale) => ({ date: date(locale), remaining: formatRemaining(left, locale) });
  return left < DAY
    ? finding('deadline', 'warning', bilingual('essayDeadlineSoon', values))
    : finding('deadline', 'ok', bilingual('essayDeadlineOpen', values));
}

function dueDateFinding(dueDate: string, now: Date): Finding {
  const today = brusselsDate(now);
  const values = (locale: Locale) => ({ date: formatIsoDate(dueDate, locale) });
  if (today > dueDate) return finding('deadline', 'error', bilingual('essayDueDatePassed', values));
  if (today === dueDate) return finding('deadline', 'warning', bilingual('essayDueDateToday', values));
  return finding('deadline', 'ok', bilingual('essayDueDateOpen', values));
}

export function formatBrusselsDateTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: BRUSSELS, dateStyle: 'long', timeStyle: 'short' }).format(instant);
}

function formatIsoDate(isoDate: string, locale: Locale): string {
  // Noon UTC keeps the calendar date whatever zone formats it.
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${isoDate}T12:00:00Z`));
}

function formatRemaining(milliseconds: number, locale: Locale): string {
  const unit = (value: number, unitName: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'unit', unit: unitName, unitDisplay: 'long' }).format(value);
  const { days, hours, minutes } = splitDuration(milliseconds);
  return days > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
}
