import { INTL_LOCALE, type Locale, type Translate } from '../i18n-core';

/**
 * Money and shares as a reader writes them (the comparison, change alerts, the detail view). Cents are divided by 100 only here, for display:
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

/** A notice's salary as printed: its amount in its currency, per month or per year. */
export function formatSalary(salary: { amount: number; currency: string; period: 'month' | 'year' }, locale: Locale, t: Translate): string {
  const amount = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: salary.currency }).format(salary.amount);
  return t(salary.period === 'month' ? 'dlSalaryMonthly' : 'dlSalaryYearly', { amount });
}
