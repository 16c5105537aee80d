import type { Locale } from '../i18n-core';

/**
 * Locale formatting for the comparison. Cents are divided by 100 only here, for display:
 * Intl rounds to the currency's two decimals, so the float never shows.
 */
export function formatMoney(cents: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
}

/** "+1 489,48 €" / "−€1,489.48"; zero shows without a sign. */
export function formatSignedMoney(cents: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, signDisplay: 'exceptZero' }).format(cents / 100);
}

/** 161 tenths → "+16.1%" (en) / "+16,1 %" (fr). */
export function formatPercentTenths(tenths: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(tenths / 1000);
}

/** A date-only "YYYY-MM-DD": the one date formatter's (day-month order outside the US, with its year). */
export { formatCalendarDate as formatNoticeDate } from '../deadlines/format';
