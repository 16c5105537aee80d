import { alertsFromWrite } from '../alerts/changes';
import type { MergeResult } from '../db-writer/merge';
import type { HistoryEntry, StoredVacancy } from '../record/stored-vacancy';
import { isFollowed } from '../record/follow-rule';
import type { VacancyStore } from '../db-writer/vacancy-store';

/** What follows a write, whichever request made it (a page, the popup, the context menu). */
export interface WriteEffects {
  /**
   * A write changed a followed vacancy's closing moment or salary, or withdrew it: alert. Awaited,
   * so a worker stopped right after replying has nothing left half done; a retry after a lost
   * reply alerts again under the same id.
   */
  onChanges?: (record: StoredVacancy, changes: HistoryEntry[]) => Promise<void>;
}

/** The store's writes that merge into a record and answer what changed. */
const MERGING = ['saveCapture', 'trackRow', 'withdraw'] as const;

/**
 * The store as a write request's handler gets it (handle-request.ts): every merge it makes is
 * kept in `merges`, so the worker alerts each one after the handler, whichever slice wrote.
 */
export function recordingMerges(store: VacancyStore, merges: MergeResult[]): VacancyStore {
  const recording = Object.create(store) as VacancyStore;
  for (const name of MERGING) {
    const write = store[name].bind(store) as (...args: unknown[]) => Promise<MergeResult | null>;
    Object.defineProperty(recording, name, {
      value: async (...args: unknown[]) => {
        const result = await write(...args);
        if (result !== null) merges.push(result);
        return result;
      },
    });
  }
  return recording;
}

/** Tells the effects about the alerting changes of each merge a write made to a followed vacancy. */
export async function alertMerges(merges: readonly MergeResult[], effects: WriteEffects): Promise<void> {
  for (const result of merges) {
    // A notice only seen keeps its history (the change shows once followed) but asks for no
    // attention: alerting on it would be tracking what the candidate only glanced at.
    if (!isFollowed(result.record)) continue;
    const changes = alertsFromWrite(result);
    // The write stands whether or not the notification could be shown.
    if (changes.length > 0) await effects.onChanges?.(result.record, changes).catch(() => undefined);
  }
}
