import { INTL_LOCALE, translator, type Locale, type Translate } from '../i18n-core';
import { splitDuration } from '../time/durations';
import { BRUSSELS } from '../time/zones';
import type { FindingValue, Worded } from './finding';

/**
 * The one place a finding's text (utils/essay/finding.ts) is worded: its catalogue text in the
 * reader's language, with dates, durations and sizes formatted for that language.
 */
export function wordFinding(text: Worded, locale: Locale): string {
  const t = translator(locale);
  if (!text.values) return t(text.key);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values)) values[name] = formatValue(value, locale, t);
  return t(text.key, values);
}

function formatValue(value: FindingValue, locale: Locale, t: Translate): string | number {
  if (typeof value !== 'object') return value;
  switch (value.kind) {
    case 'brusselsDateTime':
      return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: BRUSSELS, dateStyle: 'long', timeStyle: 'short' }).format(
        new Date(value.instant),
      );
    case 'date':
      // Noon UTC keeps the calendar date whatever zone formats it.
      return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', dateStyle: 'long' }).format(new Date(`${value.iso}T12:00:00Z`));
    case 'duration':
      return formatRemaining(value.ms, locale);
    case 'fileSize':
      return formatFileSize(value.bytes, locale, t);
  }
}

function formatRemaining(milliseconds: number, locale: Locale): string {
  const unit = (amount: number, unitName: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'unit', unit: unitName, unitDisplay: 'long' }).format(amount);
  const { days, hours, minutes } = splitDuration(milliseconds);
  return days > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
}

function formatFileSize(bytes: number, locale: Locale, t: Translate): string {
  const number = (amount: number, digits: number) =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).format(amount);
  // Units differ by language (KB / Ko), so they come from the catalogue.
  if (bytes < 1024) return t('essaySizeBytes', { value: number(bytes, 0) });
  if (bytes < 1024 * 1024) return t('essaySizeKilobytes', { value: number(bytes / 1024, 0) });
  return t('essaySizeMegabytes', { value: number(bytes / (1024 * 1024), 2) });
}
