import type { StoredVacancy } from '../../utils/record/stored-vacancy';

/**
 * The last removal, for the "Removed — Undo" notice: kept while the popup is open, whichever
 * view removed it (the detail view goes back to the list). One at a time, as a toast shows one.
 */
type Listener = (removed: StoredVacancy | null) => void;
let last: StoredVacancy | null = null;
const listeners = new Set<Listener>();

export const removal = {
  current: () => last,
  set(record: StoredVacancy | null) {
    last = record;
    for (const listener of listeners) listener(record);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
