import { Dexie, liveQuery, type EntityTable, type Observable } from 'dexie';
import { compareByClosing } from '../deadlines/list';
import type { KeyedVacancy } from '../record/vacancy-record';
import { mergeCapture, mergeRow, type CaptureOptions, type MergeResult } from './merge';
import { countOutcomes, planBackupMerge, type ImportCounts, type PlannedImport } from './backup-merge';
import { declareSchemaVersions } from './schema-versions';
import type { ResultRow, StoredVacancy, UserFields } from './stored-vacancy';
import type { StoreChecks } from './store-checks';

/**
 * The one owner of the extension's IndexedDB. Only the background and extension pages open it:
 * a content script's IndexedDB would belong to the portal's origin, so content scripts send
 * records by message instead. Nothing else in the code base touches the tables.
 */
export const DATABASE_NAME = 'vacancy-companion';

export class VacancyDatabase extends Dexie {
  vacancies!: EntityTable<StoredVacancy, 'reference'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Every schema change appends a version with its upgrade to SCHEMA_VERSIONS, and a test in
    // migrations.test.ts that seeds the previous shape (that test fails until there is one).
    declareSchemaVersions(this);
  }
}

export type UserFieldsPatch = Partial<UserFields>;

export class VacancyStore {
  /**
   * `checks` validate every record before it is written. The background passes them; elsewhere
   * (the popup, tests) they load on the first write, so a page that only reads — the popup's
   * first render — carries no schema code.
   */
  constructor(
    readonly db: VacancyDatabase = new VacancyDatabase(),
    private checks: StoreChecks | null = null,
  ) {}

  // Loaded before a transaction starts: awaiting anything else inside one would end it early.
  private async writeChecks(): Promise<StoreChecks> {
    this.checks ??= (await import('./store-checks')).STORE_CHECKS;
    return this.checks;
  }

  /** Saves a parsed notice; one transaction, so two tabs capturing at once give one record. */
  saveCapture(parsed: KeyedVacancy, now = new Date(), options: CaptureOptions = {}): Promise<MergeResult> {
    // The reference is the key: a notice that printed none is saved only once the user gave one
    // (utils/record/keyed-vacancy.ts). The type says so; this says so to untyped callers.
    if (typeof parsed.reference !== 'string' || parsed.reference === '') {
      return Promise.reject(new Error('A vacancy without a reference cannot be saved: give its reference first.'));
    }
    return this.mergeInto(parsed.reference, (existing) => mergeCapture(existing, parsed, now, options));
  }

  /** "Track" on a results-page row: a partial record completed when the notice is read. */
  trackRow(row: ResultRow, now = new Date()): Promise<MergeResult> {
    return this.mergeInto(row.reference, (existing) => mergeRow(existing, row, now));
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
      if (existing.portalState === 'withdrawn') return { record: existing, created: false, changed: [] };
      const at = now.toISOString();
      const entry = { field: 'portalState', from: 'listed', to: 'withdrawn', changedAt: at };
      const record: StoredVacancy = { ...existing, portalState: 'withdrawn', history: [...existing.history, entry], updatedAt: at };
      await this.db.vacancies.put(record);
      return { record, created: false, changed: ['portalState'] };
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

  /** Status, notes, essay file, reminders: validated, written at once. */
  async updateUserFields(reference: string, patch: UserFieldsPatch, now = new Date()): Promise<StoredVacancy> {
    const checks = await this.writeChecks();
    const valid = checks.userFieldsPatch(patch);
    return this.db.transaction('rw', this.db.vacancies, async () => {
      const existing = await this.db.vacancies.get(reference);
      if (!existing) throw new Error(`No tracked vacancy ${reference}`);
      const next = checks.storedVacancy({ ...existing, ...valid, updatedAt: now.toISOString() });
      await this.db.vacancies.put(next);
      return next;
    });
  }

  get(reference: string): Promise<StoredVacancy | undefined> {
    return this.db.vacancies.get(reference);
  }

  /** All tracked vacancies, soonest closing first (unknown deadlines last). */
  async all(): Promise<StoredVacancy[]> {
    const rows = await this.db.vacancies.toArray();
    return rows.sort(compareByClosing);
  }

  getMany(references: string[]): Promise<(StoredVacancy | undefined)[]> {
    return this.db.vacancies.bulkGet(references);
  }

  /** Live view for the popup: re-emits whenever the table changes, in any context. */
  watchAll(): Observable<StoredVacancy[]> {
    return liveQuery(() => this.all());
  }

  /** What importing these (validated, reference-unique) records would do; writes nothing. */
  async previewImport(records: readonly StoredVacancy[]): Promise<PlannedImport[]> {
    const existing = await this.db.vacancies.bulkGet(records.map((record) => record.reference));
    return planBackupMerge(existing, records);
  }

  /**
   * Merges backup records by reference in ONE transaction (all or nothing) and never deletes.
   * The plan is made again inside the transaction, so a capture that landed after the preview
   * is merged with, not overwritten. Rules: mergeBackupRecord in backup-merge.ts.
   */
  applyImport(records: readonly StoredVacancy[]): Promise<ImportCounts> {
    return this.db.transaction('rw', this.db.vacancies, async () => {
      const plan = await this.previewImport(records);
      await this.db.vacancies.bulkPut(plan.filter((item) => item.outcome !== 'unchanged').map((item) => item.record));
      return countOutcomes(plan);
    });
  }

  remove(reference: string): Promise<void> {
    return this.db.vacancies.delete(reference);
  }

  private async mergeInto(
    reference: string,
    merge: (existing: StoredVacancy | undefined) => MergeResult,
  ): Promise<MergeResult> {
    const checks = await this.writeChecks();
    return this.db.transaction('rw', this.db.vacancies, async () => {
      const existing = await this.db.vacancies.get(reference);
      const result = merge(existing);
      const record = checks.storedVacancy(result.record);
      if (result.created || record.updatedAt !== existing?.updatedAt) {
        await this.db.vacancies.put(record);
      }
      return { ...result, record };
    });
  }
}
