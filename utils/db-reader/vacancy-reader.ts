import { Dexie, liveQuery, type EntityTable, type Observable } from 'dexie';
import { sortByClosing } from '../record/closing-order';
import type { PlannedImport } from './backup-merge';
import { declareSchemaVersions } from './schema-versions';
import type { StoredVacancy } from '../record/stored-vacancy';
import type { Answer } from '../record/answer-schema';
import type { Tombstone } from '../record/tombstones';

/**
 * The extension's IndexedDB. Only the background writes it (VacancyStore in utils/db-writer/vacancy-store.ts);
 * extension pages open it read-only through VacancyReader. A content script's IndexedDB would
 * belong to the portal's origin, so content scripts send requests instead.
 */
export const DATABASE_NAME = 'vacancy-companion';

/** How long an upgrade may wait for another page to let go of the database before it is given up. */
export const BLOCKED_UPGRADE_TIMEOUT_MS = 5_000;

export class VacancyDatabase extends Dexie {
  vacancies!: EntityTable<StoredVacancy, 'reference'>;
  /** The answers workspace's questions and drafts, keyed by [reference+id] (utils/prepare/). */
  answers!: Dexie.Table<Answer, [string, string]>;
  /** Removed vacancies' references and when (utils/record/tombstones.ts). */
  removed!: EntityTable<Tombstone, 'reference'>;

  constructor(name: string = DATABASE_NAME, { blockedTimeoutMs = BLOCKED_UPGRADE_TIMEOUT_MS } = {}) {
    super(name);
    // Every schema change appends a version with its upgrade to SCHEMA_VERSIONS, and a test in
    // migrations.test.ts that seeds the previous shape (that test fails until there is one).
    declareSchemaVersions(this);
    // Every read and write is a transaction (VacancyReader, VacancyStore): each one waiting for
    // the opening is given a time limit.
    const givenUp = blockedOpening(this, blockedTimeoutMs);
    const transaction = this.transaction.bind(this) as (...args: unknown[]) => Promise<unknown>;
    (this as Dexie).transaction = ((...args: unknown[]) => {
      if (this.isOpen()) return transaction(...args);
      const scope = args.at(-1) as (...scopeArgs: unknown[]) => unknown;
      let abandoned = false;
      // A transaction given up never runs later, when the opening completes: nothing half-done.
      // An async function, so Dexie keeps its transaction alive across the scope's awaits
      // (it recognises async scopes; a plain one returning a native promise commits early).
      args[args.length - 1] = async (...scopeArgs: unknown[]) => {
        if (abandoned) throw new UpgradeBlockedError();
        return scope(...scopeArgs);
      };
      const limit = givenUp().then(() => {
        abandoned = true;
        throw new UpgradeBlockedError();
      });
      // Dexie's own promise, so a live query keeps tracking what the transaction reads.
      return Dexie.Promise.race([transaction(...args), limit]);
    }) as Dexie['transaction'];
  }
}

/** Named as Dexie names a blocked opening, so utils/failure.ts words it ('blocked'). */
export class UpgradeBlockedError extends Error {
  constructor() {
    super('The database upgrade is blocked by another open page of the extension.');
    this.name = 'BlockedError';
  }
}

/**
 * An upgrade waits until every other connection to the database closes. One that never does (a
 * page of the previous release that does not let go) would keep every capture "Reading…" and the
 * popup blank for ever. Each transaction waiting for the opening fails once the opening has been
 * blocked for `timeoutMs`; the opening itself goes on, so a retry after the other page is closed
 * succeeds. Returns a promise per caller that settles (resolves) only when the limit is reached.
 */
function blockedOpening(db: Dexie, timeoutMs: number): () => Promise<void> {
  let blockedAt: number | null = null;
  const waiting = new Set<() => void>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = () => {
    if (blockedAt === null || timer !== undefined || waiting.size === 0) return;
    timer = setTimeout(() => {
      timer = undefined;
      const due = [...waiting];
      waiting.clear();
      for (const giveUp of due) giveUp();
    }, Math.max(0, blockedAt + timeoutMs - Date.now()));
  };
  db.on('blocked', () => {
    blockedAt ??= Date.now();
    arm();
  });
  db.on('ready', () => {
    blockedAt = null;
    clearTimeout(timer);
    timer = undefined;
    waiting.clear();
  });
  return () =>
    new Dexie.Promise<void>((resolve) => {
      waiting.add(resolve);
      // A retry while still blocked (the browser says so only once): a full time limit of its own.
      if (blockedAt !== null && Date.now() - blockedAt >= timeoutMs) {
        blockedAt = Date.now();
      }
      arm();
    });
}

export type VacancyTable = VacancyDatabase['vacancies'];

/**
 * Reads, and only reads: every query runs in a read-only transaction, so a write slipped into
 * one fails (Dexie's ReadOnlyError) instead of bypassing the background. The popup gets this;
 * its changes are requests (utils/popup-client/popup-store.ts).
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

  /** A vacancy's questions and drafts in their order, re-read whenever they change (the answers workspace). */
  watchAnswers(reference: string): Observable<Answer[]> {
    return liveQuery(() =>
      this.db.transaction('r', this.db.answers, () => this.db.answers.where('reference').equals(reference).sortBy('position')),
    );
  }

  /** Every vacancy's answers, for the backup and the CSV report. */
  allAnswers(): Promise<Answer[]> {
    return this.db.transaction('r', this.db.answers, () => this.db.answers.toArray());
  }

  /** What importing these (validated, reference-unique) records would do; writes nothing. */
  async previewImport(records: readonly StoredVacancy[]): Promise<PlannedImport[]> {
    // The merge rules arrive with the first import: the popup's first render goes without them.
    const [existing, { planBackupMerge }] = await Promise.all([this.getMany(records.map((record) => record.reference)), import('./backup-merge')]);
    return planBackupMerge(existing, records);
  }

  /** Which of these backup records were removed here after `exportedAt` (utils/db-reader/import-removed.ts). */
  async removedAfterBackup(records: readonly Pick<StoredVacancy, 'reference'>[], exportedAt: string | null): Promise<string[]> {
    const { removedAfterBackup } = await import('./import-removed');
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
