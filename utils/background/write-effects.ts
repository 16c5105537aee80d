import { alertsFromWrite } from '../alerts/changes';
import type { MergeResult } from '../db/merge';
import type { HistoryEntry, StoredVacancy } from '../db/stored-vacancy';
import { isFollowed } from '../follow/rule';

/** What follows a write, whichever path made it (a request, the context menu). */
export interface WriteEffects {
  /**
   * A write changed a followed vacancy's closing moment or salary, or withdrew it: alert. Awaited,
   * so a worker stopped right after replying has nothing left half done; a retry after a lost
   * reply alerts again under the same id.
   */
  onChanges?: (record: StoredVacancy, changes: HistoryEntry[]) => Promise<void>;
}

/**
 * Tells the effects about alerting changes a write made to a followed vacancy, and hands the result on. Every capture
 * path's save goes through it (handle-request.ts, capture-selection.ts), so none skips the alerts.
 */
export async function alerting<T extends MergeResult | null>(result: T, effects: WriteEffects): Promise<T> {
  // A notice only seen keeps its history (the change shows once followed) but asks for no
  // attention: alerting on it would be tracking what the candidate only glanced at.
  if (result === null || !isFollowed(result.record)) return result;
  const changes = alertsFromWrite(result);
  // The write stands whether or not the notification could be shown.
  if (changes.length > 0) await effects.onChanges?.(result.record, changes).catch(() => undefined);
  return result;
}
