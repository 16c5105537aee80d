import type { MergeResult } from '../db-writer/merge';
import type { HistoryEntry, StoredVacancy } from '../record/stored-vacancy';

/**
 * Change alerts: a tracked vacancy's closing moment or salary changed, or the portal withdrew
 * it. The history is the record of it; a vacancy keeps a "changed" mark until the user opens
 * it (changesSeenAt). Pure and zod-free: the deadline list's first render reads it.
 */

/** History fields worth an alert. `deadline` moves with `closesAt`; alone (no time shown) it counts too. */
export const ALERT_FIELDS: ReadonlySet<string> = new Set(['closesAt', 'deadline', 'salary', 'portalState']);

/** One alert per change: a moved deadline is told once, by its closing moment when there is one. */
function oneAlertPerChange(entries: readonly HistoryEntry[]): HistoryEntry[] {
  const alerting = entries.filter((entry) => ALERT_FIELDS.has(entry.field));
  const closes = new Set(alerting.filter((entry) => entry.field === 'closesAt').map((entry) => entry.changedAt));
  return alerting.filter((entry) => entry.field !== 'deadline' || !closes.has(entry.changedAt));
}

/** The alerting changes a write just made (merge results append their history last). */
export function alertsFromWrite(result: Pick<MergeResult, 'record' | 'changed' | 'created'>): HistoryEntry[] {
  if (result.created || result.changed.length === 0) return [];
  return oneAlertPerChange(result.record.history.slice(-result.changed.length));
}

/** Alerting changes the user has not seen: made after they last opened the vacancy. */
export function unseenChanges(record: Pick<StoredVacancy, 'history' | 'changesSeenAt'>): HistoryEntry[] {
  const seen = record.changesSeenAt === undefined ? Number.NEGATIVE_INFINITY : Date.parse(record.changesSeenAt);
  return oneAlertPerChange(record.history.filter((entry) => Date.parse(entry.changedAt) > seen));
}

export function hasUnseenChange(record: Pick<StoredVacancy, 'history' | 'changesSeenAt'>): boolean {
  return unseenChanges(record).length > 0;
}
