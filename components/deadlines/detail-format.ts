import type { Locale, Translate } from '../../utils/i18n-core';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { Salary } from '../../utils/record/vacancy-record';
import { formatSalary } from '../../utils/format/money';
import { formatDateTime } from '../../utils/format/dates';

/** Text for the detail view's facts; pure so the view stays a plain list of rows. */

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
