import { Dexie, liveQuery, type EntityTable, type Observable } from 'dexie';
import { sortByClosing } from '../deadlines/list';
import { planBackupMerge, type PlannedImport } from './backup-merge';
import { declareSchemaVersions } from './schema-versions';
import type { StoredVacancy } from './stored-vacancy';
import type { Tombstone } from '../follow/tombstones';
import { removedAfterBackup } from '../follow/import-removed';

/**
 * The extension's IndexedDB. Only the background writes it (VacancyStore in vacancy-store.ts);
 * extension pages open it read-only through VacancyReader. A content script's IndexedDB would
 * belong to the portal's origin, so content scripts send requests instead.
 */
export const DATABASE_NAME = 'vacancy-companion';

export class VacancyDatabase extends Dexie {
  vacancies!: EntityTable<StoredVacancy, 'reference'>;
  /** Removed vacancies' references and when (utils/follow/tombstones.ts). */
  removed!: EntityTable<Tombstone, 'reference'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    // Every schema change appends a version with its upgrade to SCHEMA_VERSIONS, and a test in
    // migrations.test.ts that seeds the previous shape (that test fails until there is one).
    declareSchemaVersions(this);
  }
}

export type VacancyTable = VacancyDatabase['vacancies'];

/**
 * Reads, and only reads: every query runs in a read-only transaction, so a write slipped into
 * one fails (Dexie's ReadOnlyError) instead of bypassing the background. The popup gets this;
 * its changes are requests (utils/db/popup-store.ts).
 */
export class VacancyReader {
  constructor(protected readonly db: VacancyDatabase = new VacancyDatabase()) {}

  /** Any query on the table, e.g. a page of rows by the closesAt index; read-only. */
  read<T>(query: (vacancies: VacancyTable) => Promise<T>): Promise<T> {
    return this.db.transaction('r', this.db.vacancies, () => query(this.db.vacancies));
  }

  /** The same query, re-run whenever the table changes in any context (the popup's live view). */
  live<T>(query: (vacancies: VacancyTable) => Promise<T>): Observable<T> {
    return liveQuery(() => this.read(query));
  }

  get(reference: string): Promise<StoredVacancy | undefined> {
    return this.read((vacancies) => vacancies.get(reference));
  }

  getMany(references: string[]): Promise<(StoredVacancy | undefined)[]> {
    return this.read((vacancies) => vacancies.bulkGet(references));
  }

  /** All tracked vacancies, soonest closing first (unknown deadlines last). */
  all(): Promise<StoredVacancy[]> {
    return this.read(async (vacancies) => sortByClosing(await vacancies.toArray()));
  }

  /** Live view of all(): re-emits whenever the table changes, in any context. */
  watchAll(): Observable<StoredVacancy[]> {
    return liveQuery(() => this.all());
  }

  /** What importing these (validated, reference-unique) records would do; writes nothing. */
  async previewImport(records: readonly StoredVacancy[]): Promise<PlannedImport[]> {
    const existing = await this.getMany(records.map((record) => record.reference));
    return planBackupMerge(existing, records);
  }

  /** Which of these backup records were removed here after `exportedAt` (utils/follow/import-removed.ts). */
  removedAfterBackup(records: readonly Pick<StoredVacancy, 'reference'>[], exportedAt: string | null): Promise<string[]> {
    return this.db.transaction('r', this.db.removed, () => removedAfterBackup(this.db.removed, records, exportedAt));
  }

  /** Lets go of the database connection (a page closing, a test ending). */
  close(): void {
    this.db.close();
  }

  /**
   * A newer version of the extension is upgrading the database: the page lets go of it (and
   * reloads) rather than block the upgrade.
   */
  onVersionChange(reload: () => void): void {
    this.db.on('versionchange', () => {
      this.db.close();
      reload();
    });
  }
}
