import { writeTime } from '../db-writer/merge';
import { sameValue } from '../record/same-value';
import { StoredVacancySchema, type StoredVacancy } from '../record/stored-vacancy';
import { NotTrackedError, type VacancyStore } from '../db-writer/vacancy-store';
import type { Tombstone } from '../record/tombstones';

/**
 * The background's writes of following and removing, in the store's transactions (the background
 * is the database's one writer). Follow and Unfollow keep the record and its history; Remove
 * deletes the record and leaves a tombstone; undoing a removal puts the exact record back.
 */

/** Follow (`follow` true) or Unfollow a stored vacancy; the same choice again writes nothing. */
export function setFollowed(store: VacancyStore, reference: string, follow: boolean, now = new Date()): Promise<StoredVacancy> {
  const { db } = store;
  return db.transaction('rw', db.vacancies, async () => {
    const existing = await db.vacancies.get(reference);
    if (!existing) throw new NotTrackedError(reference);
    if ((existing.followedAt !== null) === follow) return existing;
    const at = writeTime(existing.updatedAt, now);
    const next = StoredVacancySchema.parse({ ...existing, followedAt: follow ? at : null, updatedAt: at });
    await db.vacancies.put(next);
    return next;
  });
}

/**
 * Removes a vacancy: the record goes, a tombstone stays. Answers the record as it was (for
 * Undo), or null when there was none (removed already: a retry after a lost reply).
 */
export function removeVacancy(store: VacancyStore, reference: string, now = new Date()): Promise<StoredVacancy | null> {
  const { db } = store;
  return db.transaction('rw', db.vacancies, db.removed, async () => {
    const existing = await db.vacancies.get(reference);
    if (!existing) return null;
    await db.vacancies.delete(reference);
    await db.removed.put({ reference, removedAt: now.toISOString() } satisfies Tombstone);
    return existing;
  });
}

/**
 * Undo of a removal: the record the removal answered, put back as it was, and its tombstone
 * gone. Refused (NotTrackedError) when the vacancy was not removed: Undo restores, it never
 * writes a record over another.
 */
export function restoreRemoved(store: VacancyStore, record: StoredVacancy): Promise<StoredVacancy> {
  const { db } = store;
  return db.transaction('rw', db.vacancies, db.removed, async () => {
    const [tombstone, current] = await Promise.all([db.removed.get(record.reference), db.vacancies.get(record.reference)]);
    // Restored already (a retry after a lost reply): the same record is there, nothing to do.
    if (!tombstone && current && sameValue(current, record)) return current;
    if (!tombstone || current) throw new NotTrackedError(record.reference);
    const valid = StoredVacancySchema.parse(record);
    await db.vacancies.put(valid);
    await db.removed.delete(record.reference);
    return valid;
  });
}
