/**
 * What is left of a removed vacancy: its reference and when it was removed, in the `removed`
 * table. Nothing of the record itself stays (the candidate asked for it to go); the tombstone
 * is there so that importing an older backup does not bring it back unasked.
 */
export interface Tombstone {
  reference: string;
  removedAt: string;
}

/**
 * Whether a backup made at `exportedAt` predates the removal. A backup that does not say when
 * it was made (version 0, a plain array) may predate any removal: it counts as older.
 */
export function removedSince(tombstone: Tombstone, exportedAt: string | null): boolean {
  return exportedAt === null || Date.parse(tombstone.removedAt) > Date.parse(exportedAt);
}
