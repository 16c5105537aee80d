import { INTL_LOCALE, type Locale, type Translate } from '../i18n-core';

/** A file's weight in bytes, KB or MB as the reader writes numbers; units differ by language (KB / Ko), so they come from the catalogue. */
export function formatFileSize(bytes: number, locale: Locale, t: Translate): string {
  const number = (amount: number, digits: number) => new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits }).format(amount);
  if (bytes < 1024) return t('essaySizeBytes', { value: number(bytes, 0) });
  if (bytes < 1024 * 1024) return t('essaySizeKilobytes', { value: number(bytes / 1024, 0) });
  return t('essaySizeMegabytes', { value: number(bytes / (1024 * 1024), 2) });
}

/** Megabytes as the reader writes numbers (12.5 / 12,5), rounded up so a file over a limit never reads as equal to it. */
export function formatMegabytesUp(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.ceil(bytes / 104_857.6) / 10);
}
