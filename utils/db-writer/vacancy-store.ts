import type { KeyedVacancy } from '../record/vacancy-record';
import { mergeCapture, mergeRow, sinceFirstAttempt, writeTime, type CaptureOptions, type MergeResult } from './merge';
import { sameValue } from '../record/same-value';
import { countOutcomes, type ImportCounts } from '../db-reader/backup-merge';
import type { ResultRow, StoredVacancy, UserFields } from '../record/stored-vacancy';
import type { StoreChecks } from './store-checks';
import { VacancyDatabase, VacancyReader } from '../db-reader/vacancy-reader';
import { followedAtAfter } from '../record/follow-rule';
import { followingIn } from './follow-merge';
import { planRemovedInImport, type RemovedInImport } from '../db-reader/import-removed';
import { withStageReached } from '../record/stages';

export { DATABASE_NAME, VacancyDatabase } from '../db-reader/vacancy-reader';

export type UserFieldsPatch = Partial<Omit<UserFields, 'followedAt'>>;

export interface WriteOptions {
  /** When the request was first sent: a retry after a lost reply answers as the first attempt. */
  since?: string;
  /** The candidate saved it on purpose (Add notice, the context menu): it is followed too. */
  follow?: boolean;
}

/** An edit made from values another window has changed since: refused, so nothing is overwritten unseen. */
export class EditConflictError extends Error {
  constructor(reference: string, field: string) {
    super(`${field} of ${reference} was changed elsewhere since this edit began`);
    this.name = 'EditConflictError';
  }
}

/** A user-field edit of a vacancy that is not (or no longer) stored. */
export class NotTrackedError extends Error {
  constructor(reference: string) {
    super(`No tracked vacancy ${reference}`);
    this.name = 'NotTrackedError';
  }
}

/**
 * The database's one writer: only the background makes one (utils/background/start-background.ts),
 * and tests. Every write reads and writes in one transaction, so concurrent writes of the same
 * vacancy merge instead of overwriting each other.
 */
export class VacancyStore extends VacancyReader {
  /**
   * `checks` validate every record before it is written. The background passes them; tests
   * leave them to load on the first write.
   */
  constructor(
    override readonly db: VacancyDatabase = new VacancyDatabase(),
    private checks: StoreChecks | null = null,
  ) {
    super(db);
  }

  // Loaded before a transaction starts: awaiting anything else inside one would end it early.
  private async writeChecks(): Promise<StoreChecks> {
    this.checks ??= (await import('./store-checks')).STORE_CHECKS;
    return this.checks;
  }

  /**
   * Saves a parsed notice; one transaction, so two tabs capturing at once give one record, and
   * the same page sent twice (a retry) is one record too. `since`: see sinceFirstAttempt.
   */
  saveCapture(parsed: KeyedVacancy, now = new Date(), { since, follow = false, ...options }: CaptureOptions & WriteOptions = {}): Promise<MergeResult> {
    // The reference is the key: a notice that printed none is saved only once the user gave one
    // (utils/record/keyed-vacancy.ts). The type says so; this says so to untyped callers.
    if (typeof parsed.reference !== 'string' || parsed.reference === '') {
      return Promise.reject(new Error('A vacancy without a reference cannot be saved: give its reference first.'));
    }
    return this.mergeInto(parsed.reference, since, (existing) => {
      const merged = mergeCapture(existing, parsed, now, options);
      return follow ? followingIn(merged, now) : merged;
    });
  }

  /** "Follow" on a results-page row: follows it, saved as a partial record until the notice is read. */
  trackRow(row: ResultRow, now = new Date(), { since }: WriteOptions = {}): Promise<MergeResult> {
    return this.mergeInto(row.reference, since, (existing) => followingIn(mergeRow(existing, row, now), now));
  }

  /** The portal says the job is gone; the user's record stays. Returns false if untracked. */
  async markWithdrawn(reference: string, now = new Date()): Promise<boolean> {
    return (await this.withdraw(reference, now)) !== null;
  }

  /**
   * Marks a tracked vacancy withdrawn from the portal and keeps the moment in its history (a
   * change alert and the detail view's history say so). Null when the vacancy is not tracked;
   * `changed` is empty when it was already withdrawn.
   */
  async withdraw(reference: string, now = new Date()): Promise<MergeResult | null> {
    return this.db.transaction('rw', this.db.vacancies, async () => {
      const existing = await this.db.vacancies.get(reference);
      if (!existing) return null;
      if (existing.portalState === 'withdrawn') return { record: existing, created: false, changed: [], dirty: false };
      const at = writeTime(existing.updatedAt, now);
      const entry = { field: 'portalState', from: 'listed', to: 'withdrawn', changedAt: at };
      const record: StoredVacancy = { ...existing, portalState: 'withdrawn', history: [...existing.history, entry], updatedAt: at };
      await this.db.vacancies.put(record);
      return { record, created: false, changed: ['portalState'], dirty: true };
    });
  }

  /** The user opened the vacancy: its changes so far are seen, and its "changed" mark goes. */
  async markChangesSeen(reference: string, now = new Date()): Promise<StoredVacancy | null> {
    const checks = await this.writeChecks();
    return this.db.transaction('rw', this.db.vacancies, async () => {
      const existing = await this.db.vacancies.get(reference);
      if (!existing) return null;
      const next = checks.storedVacancy({ ...existing, changesSeenAt: now.toISOString() });
      await this.db.vacancies.put(next);
      return next;
    });
  }

  /**
   * Status, notes, essay file, reminders: validated, written at once. `basedOn`: the stored values
   * the edit was made from (the popup's note box); when another window has changed one since,
   * the edit is refused (EditConflictError) and the popup asks which to keep.
   */
  async updateUserFields(reference: string, patch: UserFieldsPatch, now = new Date(), basedOn: UserFieldsPatch = {}): Promise<StoredVacancy> {
    const checks = await this.writeChecks();
    const valid = checks.userFieldsPatch(patch);
    return this.db.transaction('rw', this.db.vacancies, async () => {
      const existing = await this.db.vacancies.get(reference);
      if (!existing) throw new NotTrackedError(reference);
      for (const field of Object.keys(basedOn) as (keyof UserFieldsPatch)[]) {
        // Already what this edit writes (its own retry after a lost reply): no conflict.
        const moved = !sameValue(existing[field], basedOn[field]) && !sameValue(existing[field], valid[field]);
        if (basedOn[field] !== undefined && moved) throw new EditConflictError(reference, field);
      }
      // The same values again (a retry after a lost reply, a control set to what it shows):
      // nothing changed, so the record, its updatedAt included, stays as it is.
      if (sameValue({ ...existing, ...valid }, existing)) return existing;
      const at = writeTime(existing.updatedAt, now);
      // Work on a vacancy (a status, a note, an essay) follows it.
      const followedAt = followedAtAfter({ ...existing, ...valid }, at);
      // A new stage goes on the timeline with its moment.
      const stageHistory = withStageReached(existing, valid.status, now);
      const next = checks.storedVacancy({
        ...existing,
        ...valid,
        ...(stageHistory === undefined ? {} : { stageHistory }),
        followedAt,
        userFieldsSetAt: stampSetFields(existing, valid, at),
        updatedAt: at,
      });
      await this.db.vacancies.put(next);
      return next;
    });
  }

  /**
   * Merges backup records by reference in ONE transaction (all or nothing) and never deletes.
   * The plan is made again inside the transaction, so a capture that landed after the preview
   * is merged with, not overwritten. Rules: mergeBackupRecord in utils/db-reader/backup-merge.ts. Vacancies
   * removed since the backup was made stay removed unless `removed.restore` (utils/db-reader/import-removed.ts).
   */
  applyImport(records: readonly StoredVacancy[], removed?: RemovedInImport): Promise<ImportCounts & { removed?: number }> {
    return this.db.transaction('rw', this.db.vacancies, this.db.removed, async () => {
      const { kept, skipped, restored } = await planRemovedInImport(this.db.removed, records, removed ?? { exportedAt: null, restore: false });
      const plan = await this.previewImport(kept);
      await this.db.vacancies.bulkPut(plan.filter((item) => item.outcome !== 'unchanged').map((item) => item.record));
      await this.db.removed.bulkDelete(restored);
      return removed ? { ...countOutcomes(plan), removed: skipped.length } : countOutcomes(plan);
    });
  }

  private async mergeInto(
    reference: string,
    since: string | undefined,
    merge: (existing: StoredVacancy | undefined) => MergeResult,
  ): Promise<MergeResult> {
    const checks = await this.writeChecks();
    return this.db.transaction('rw', this.db.vacancies, async () => {
      const existing = await this.db.vacancies.get(reference);
      const result = merge(existing);
      const record = checks.storedVacancy(result.record);
      // Whether to write is the merge's verdict on the content. (Comparing updatedAt here lost
      // a re-capture landing in the same millisecond as the user's edit: equal stamps, new data.)
      if (result.dirty) await this.db.vacancies.put(record);
      return sinceFirstAttempt({ ...result, record }, existing, since);
    });
  }
}

/** The edit's time for each user field it changed; the others keep theirs. */
function stampSetFields(existing: StoredVacancy, patch: UserFieldsPatch, at: string): StoredVacancy['userFieldsSetAt'] {
  const stamps = { ...existing.userFieldsSetAt };
  for (const field of Object.keys(patch) as (keyof UserFieldsPatch)[]) {
    if (patch[field] !== undefined && !sameValue(patch[field], existing[field])) stamps[field] = at;
  }
  return stamps;
}
