import type { StoredVacancy } from '../record/stored-vacancy';
import { translator, type Locale } from '../i18n-core';
import { formatDateTime } from '../format/dates';
import { BRUSSELS } from '../time/zones';
import type { ReminderNotice } from './reminders';
import { lastHelpInstant, lastHelpSentKey, stillDrafting, type LastHelpSetting } from '../prepare/last-help';
import { documentsReminderLine } from '../prepare/reminder-text';

type HelpRecord = Pick<StoredVacancy, 'reference' | 'title' | 'closesAt' | 'status'> & Partial<Pick<StoredVacancy, 'preparation' | 'documentsReady'>>;

/**
 * The rung's notification when its alarm fires, checked again then (still drafting, switched on,
 * its time come, not yet closed, not already shown for this closing moment), or null. A rung
 * that fires late (the computer slept) still says so while the vacancy is open: asking for help
 * late is better than not at all. The caller has checked that the record wants reminders at all.
 */
export function lastHelpNotice(
  record: HelpRecord,
  setting: LastHelpSetting,
  now: Date,
  alreadySent: ReadonlySet<string>,
  locale: Locale,
): ReminderNotice | null {
  if (!setting.enabled || !stillDrafting(record) || record.closesAt === null) return null;
  const when = lastHelpInstant(record.closesAt, setting.workingDays);
  const closes = Date.parse(record.closesAt);
  const key = lastHelpSentKey(record.reference, record.closesAt);
  if (when === null || now.getTime() < when || now.getTime() >= closes || alreadySent.has(key)) return null;
  const t = translator(locale);
  const moment = formatDateTime(new Date(closes), BRUSSELS, { locale, t, now });
  const documents = documentsReminderLine(record, closes - now.getTime(), t);
  const message = t('prpLastHelpMessage', { n: setting.workingDays, moment });
  return { keys: [key], title: record.title, message: [message, documents].filter(Boolean).join(' ') };
}
