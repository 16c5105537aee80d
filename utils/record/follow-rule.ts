import type { StoredVacancy } from './stored-vacancy';
import { DEFAULT_USER_FIELDS, type Status } from './user-defaults';
import type { LegacyStatus } from './stages';

/**
 * Capture is not tracking. Every notice opened is kept (its record, its history), but only the
 * vacancies the candidate chose to follow get reminders, count in the toolbar badge and appear
 * in the deadline list; the others are "seen". No zod here: the popup's first render and the
 * content scripts use these.
 */

/** Followed: the candidate chose to follow it (a Follow or Track button, or their own work on it). */
export function isFollowed(record: Pick<StoredVacancy, 'followedAt'>): boolean {
  return record.followedAt !== null;
}

/**
 * A status past the first one of the pipeline. Asked of the pipeline's default, not of a list of
 * names, so a new pipeline (a stage list) needs no change here.
 */
export function isBeyondFirstStatus(status: Status | LegacyStatus): boolean {
  return status !== DEFAULT_USER_FIELDS.status;
}

// A status of any release: the database's version 3 and backups 0 and 1 are read with the seven statuses before the stages.
type WorkFields = Pick<StoredVacancy, 'notes' | 'essayFileName'> & { status: Status | LegacyStatus };

/** The candidate's own work on the vacancy: a status beyond the first, notes, or a checked essay. */
export function hasUserWork(record: WorkFields): boolean {
  return isBeyondFirstStatus(record.status) || record.notes.trim() !== '' || record.essayFileName !== null;
}

/**
 * Whether a record written before following existed (schema 2, backups 0 and 1) counts as
 * followed. In those releases opening a notice saved it as "Interested" with reminders on, so a
 * record the candidate never touched is a notice they glanced at: it becomes "seen". A record
 * they worked on (hasUserWork), whose reminders they switched off (a choice about it), or that
 * they saved from a results row with "Track" (the only explicit save there was) stays followed.
 */
export function wasFollowedBefore(record: WorkFields & Pick<StoredVacancy, 'remindersEnabled' | 'completeness'>): boolean {
  return hasUserWork(record) || record.remindersEnabled !== DEFAULT_USER_FIELDS.remindersEnabled || record.completeness === 'row';
}

/**
 * The moment to keep as `followedAt` after a write: the one already kept; else `now` when the
 * write asks to follow or gives the vacancy the candidate's own work (a status, a note, an
 * essay: nobody works on a vacancy they do not follow); else null.
 */
export function followedAtAfter(record: Pick<StoredVacancy, 'followedAt'> & WorkFields, now: string, follow = false): string | null {
  if (record.followedAt !== null) return record.followedAt;
  return follow || hasUserWork(record) ? now : null;
}
