import { INTL_LOCALE, type Locale } from '../i18n-core';

/** "1.5" / "1,5": a number as the reader writes it. */
export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}
