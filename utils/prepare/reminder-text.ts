import type { StoredVacancy } from '../record/stored-vacancy';
import type { Translate } from '../i18n-core';
import { HOUR } from '../time/durations';
import type { DocumentKind } from '../record/preparation-schema';

/** The last days before the close, when a reminder also names the documents not ticked ready. */
export const DOCUMENTS_REMINDER_WINDOW = 72 * HOUR;

type ChecklistRecord = Pick<StoredVacancy, 'preparation' | 'documentsReady'>;

/** The documents the notice asks for that the candidate has not ticked ready, in checklist order. */
export function documentsNotReady(record: ChecklistRecord): DocumentKind[] {
  const ready = new Set(record.documentsReady ?? []);
  return (record.preparation?.documents ?? []).map((document) => document.kind).filter((kind) => !ready.has(kind));
}

/**
 * What a reminder adds in the last 3 days: "2 documents not ready." Empty when all are ticked,
 * when the notice asks for none, or when the close is further away.
 */
export function documentsReminderLine(record: ChecklistRecord, msLeft: number, t: Translate): string {
  if (msLeft > DOCUMENTS_REMINDER_WINDOW) return '';
  const missing = documentsNotReady(record).length;
  if (missing === 0) return '';
  return t('prpReminderDocuments', { count: missing });
}
