import type { Locale } from '../i18n-core';
import { bilingual, finding, type EssayVacancy, type Finding } from './finding';

/**
 * Whether the essay can still be attached. Applications close at closesAt (23:59 Brussels on the
 * deadline day, computed by the parser). Times are shown in Brussels time, the zone notices use.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BRUSSELS = 'Europe/Brussels';

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

/** The calendar date in Brussels, as YYYY-MM-DD (en-CA formats dates that way). */
export function brusselsDate(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BRUSSELS, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

function intlLocale(locale: Locale): string {
  return locale === 'fr' ? 'fr-BE' : 'en-GB';
}

export function formatBrusselsDateTime(instant: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: BRUSSELS, dateStyle: 'long', timeStyle: 'short' }).format(instant);
}

function formatIsoDate(isoDate: string, locale: Locale): string {
  // Noon UTC keeps the calendar date whatever zone formats it.
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${isoDate}T12:00:00Z`));
}

function formatRemaining(milliseconds: number, locale: Locale): string {
  const unit = (value: number, unitName: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(intlLocale(locale), { style: 'unit', unit: unitName, unitDisplay: 'long' }).format(value);
  const days = Math.floor(milliseconds / DAY);
  const hours = Math.floor((milliseconds % DAY) / HOUR);
  const minutes = Math.floor((milliseconds % HOUR) / 60_000);
  return days > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
}
