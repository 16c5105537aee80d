import { StoredVacancySchema, type StoredVacancy } from '../record/stored-vacancy';

/**
 * The record the last Remove took away, kept by the background in session storage (memory that
 * outlives a stopped worker, not the browser session) so that a retry of that Remove, its first
 * reply lost, answers the record as the first attempt did: the popup's Undo still has it. Only
 * the last one is kept, and an Undo forgets it: the candidate asked for the record to go.
 */

const KEY = 'lastRemoval';

export interface RemovalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

export function removalAnswers(area: RemovalArea) {
  return {
    async remember(record: StoredVacancy, removedAt: string): Promise<void> {
      await area.set({ [KEY]: { removedAt, record } });
    },
    /**
     * The record of `reference` removed since `sentAt` (the retried request's first attempt):
     * that attempt's answer. Null when the last removal is another's or older than the request.
     */
    async recall(reference: string, sentAt: string): Promise<StoredVacancy | null> {
      const kept = (await area.get(KEY))[KEY] as { removedAt?: unknown; record?: unknown } | undefined;
      if (typeof kept?.removedAt !== 'string' || Date.parse(kept.removedAt) < Date.parse(sentAt)) return null;
      const record = StoredVacancySchema.safeParse(kept.record);
      return record.success && record.data.reference === reference ? record.data : null;
    },
    async forget(reference: string): Promise<void> {
      const kept = (await area.get(KEY))[KEY] as { record?: { reference?: unknown } } | undefined;
      if (kept?.record?.reference === reference) await area.remove(KEY);
    },
  };
}
export type RemovalAnswers = ReturnType<typeof removalAnswers>;
