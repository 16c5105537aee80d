import type { StoredVacancy } from '../record/stored-vacancy';
import type { VacancyDatabase } from './vacancy-reader';
import { removedSince, type Tombstone } from '../record/tombstones';

/** What an import is told about removals: when its backup was made, and whether to bring them back. */
export interface RemovedInImport {
  /** The backup's `exportedAt`; null when the file does not say (version 0). */
  exportedAt: string | null;
  /** The candidate ticked "restore them too". */
  restore: boolean;
}

/** The backup's records that were removed here after the backup was made. */
export async function removedAfterBackup(
  removed: VacancyDatabase['removed'],
  records: readonly Pick<StoredVacancy, 'reference'>[],
  exportedAt: string | null,
): Promise<string[]> {
  const tombstones = await removed.bulkGet(records.map((record) => record.reference));
  return tombstones.filter((tombstone): tombstone is Tombstone => tombstone !== undefined && removedSince(tombstone, exportedAt)).map((tombstone) => tombstone.reference);
}

/**
 * Splits an import: `kept` are merged; `skipped` were removed after the backup and stay removed;
 * `restored` are those same ones when the candidate asked for them back (their tombstones go).
 */
export async function planRemovedInImport(
  removed: VacancyDatabase['removed'],
  records: readonly StoredVacancy[],
  { exportedAt, restore }: RemovedInImport,
): Promise<{ kept: StoredVacancy[]; skipped: string[]; restored: string[] }> {
  const since = new Set(await removedAfterBackup(removed, records, exportedAt));
  if (restore) return { kept: [...records], skipped: [], restored: [...since] };
  return { kept: records.filter((record) => !since.has(record.reference)), skipped: [...since], restored: [] };
}
