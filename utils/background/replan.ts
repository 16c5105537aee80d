import type { StoredVacancy } from '../record/stored-vacancy';

export interface ReplanDeps {
  store: { all(): Promise<StoredVacancy[]> };
  reminders: { resync(records: StoredVacancy[]): Promise<unknown> };
  badge: { refresh(records: StoredVacancy[]): Promise<void> };
  onError: (error: unknown) => void;
}

/**
 * Re-plans reminders and the badge from one read of the table. Calls that arrive while a run is
 * under way share ONE next run, which reads the table after it: three tabs saving at once give at
 * most two runs, and the last one always sees every write. (Runs that each read, then applied,
 * could apply an older read last.) The promise resolves when a run that started after the call
 * has finished, and never rejects: failures go to onError.
 */
export function replanner(deps: ReplanDeps): () => Promise<void> {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;

  const run = async () => {
    try {
      const records = await deps.store.all();
      await Promise.all([deps.reminders.resync(records), deps.badge.refresh(records)]);
    } catch (error) {
      deps.onError(error);
    }
  };

  const start = (): Promise<void> => {
    running = run().finally(() => {
      running = null;
    });
    return running;
  };

  return () => {
    if (!running) return start();
    next ??= running.then(() => {
      next = null;
      return start();
    });
    return next;
  };
}
