import type { ImportCounts } from '../db-reader/backup-merge';

/**
 * What the last import did, kept by the background (session storage) under the request's
 * first-attempt stamp. An import merges what is already there as unchanged, so a retry after a
 * lost reply (the first attempt wrote, the worker stopped before answering) would report every
 * entry as "unchanged"; with this, the retry answers what the import did.
 */

const KEY = 'lastImportAnswer';

/** The slice of `browser.storage.session` (or `.local`) this needs. */
export interface ImportAnswerArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function isCounts(value: unknown): value is ImportCounts {
  if (typeof value !== 'object' || value === null) return false;
  const counts = value as Record<string, unknown>;
  return ['new', 'updated', 'unchanged'].every((key) => Number.isInteger(counts[key]) && (counts[key] as number) >= 0);
}

export function importAnswers(area: ImportAnswerArea) {
  return {
    /** The counts of the import stamped `id`, if it ran before. */
    async recall(id: string): Promise<ImportCounts | null> {
      const value = (await area.get(KEY))[KEY] as { id?: unknown; counts?: unknown } | undefined;
      return value?.id === id && isCounts(value.counts) ? value.counts : null;
    },
    async remember(id: string, counts: ImportCounts): Promise<void> {
      await area.set({ [KEY]: { id, counts } });
    },
  };
}
export type ImportAnswers = ReturnType<typeof importAnswers>;
