import { INTL_LOCALE, type Locale, type Translate } from '../../utils/i18n-core';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { Salary } from '../../utils/record/vacancy-record';
import { formatDateTime } from '../../utils/deadlines/format';

/** Text for the detail view's facts; pure so the view stays a plain list of rows. */

export function formatSalary(salary: Salary, locale: Locale, t: Translate): string {
  const amount = new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'currency', currency: salary.currency }).format(salary.amount);
  return t(salary.period === 'month' ? 'dlSalaryMonthly' : 'dlSalaryYearly', { amount });
}

/** A history value as a reader would write it: dates as dates, money as money, grades by label. */
export function formatHistoryValue(field: string, value: unknown, context: { locale: Locale; t: Translate; now: Date; timeZone: string }): string {
  if (value === null || value === undefined) return '—';
  if (field === 'closesAt' && typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
    return formatDateTime(new Date(value), context.timeZone, context);
  }
  if (field === 'salary' && typeof value === 'object' && 'amount' in value && 'currency' in value) {
    return formatSalary(value as Salary, context.locale, context.t);
  }
  if (field === 'portalState') return value === 'withdrawn' ? context.t('dlPortalWithdrawn') : context.t('dlPortalListed');
  if (field === 'grade' && typeof value === 'object' && 'label' in value) return String((value as { label: unknown }).label);
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : JSON.stringify(item))).join(', ') || '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
