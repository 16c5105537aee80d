import type { HistoryEntry } from '../record/stored-vacancy';
import { formatClosingMoment } from '../deadlines/format';
import { formatMoney } from '../format/money';
import type { Locale, Translate } from '../i18n-core';

/** The words of a change alert, shared by the notification and the detail view. */

function salaryText(value: unknown, locale: Locale): string {
  if (typeof value !== 'object' || value === null || !('amount' in value) || !('currency' in value)) return '—';
  const { amount, currency } = value as { amount: number; currency: string };
  return formatMoney(Math.round(amount * 100), currency, locale);
}

/** One line per change, in the user's language. */
export function changeLines(entries: readonly HistoryEntry[], context: { locale: Locale; t: Translate; now: Date; timeZone: string }): string[] {
  const { locale, t } = context;
  const moment = (value: unknown) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? formatClosingMoment(value, context) : '—');
  return entries.map((entry) => {
    switch (entry.field) {
      case 'closesAt':
        return t('alertClosesAt', { from: moment(entry.from), to: moment(entry.to) });
      case 'deadline':
        return t('alertDeadline', { from: String(entry.from ?? '—'), to: String(entry.to ?? '—') });
      case 'salary':
        return t('alertSalary', { from: salaryText(entry.from, locale), to: salaryText(entry.to, locale) });
      default:
        return t('alertWithdrawn');
    }
  });
}
