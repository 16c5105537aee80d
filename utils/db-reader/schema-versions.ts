import type { Dexie, Transaction } from 'dexie';
import { upgradeWarnings } from '../parse/warning-text';
import { wasFollowedBefore } from '../record/follow-rule';
import { stageOfStatus } from '../record/stages';

/**
 * Every IndexedDB schema the extension has ever shipped, oldest first. A browser keeps the
 * database of the previous release, so a schema change never edits an entry here: it appends
 * a new version with the stores that change and the upgrade that rewrites old rows. Dexie runs
 * the upgrades in order when an older database is opened; an open popup on the old version gets
 * `versionchange` and reloads (entrypoints/popup/main.tsx).
 *
 * utils/db-reader/migrations.test.ts refuses a version without a seeding test of the shape before it,
 * and without its reason in schema-reasons.ts (kept apart: the popup's first render needs none).
 */
export interface SchemaVersion {
  version: number;
  /** Dexie store specs that change in this version (null deletes a table). */
  stores: Record<string, string | null>;
  /** Rewrites rows written by the previous version; absent when only indexes change. */
  upgrade?: (transaction: Transaction) => Promise<unknown> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: { vacancies: 'reference, closesAt, status, updatedAt' },
  },
  {
    version: 2,
    stores: { vacancies: 'reference, closesAt, status, updatedAt' },
    upgrade: (transaction) =>
      transaction
        .table('vacancies')
        .toCollection()
        .modify((row: { warnings?: unknown }) => {
          row.warnings = upgradeWarnings(row.warnings);
        }),
  },
  {
    version: 3,
    stores: { vacancies: 'reference, closesAt, status, updatedAt, followedAt', removed: 'reference' },
    upgrade: (transaction) =>
      transaction
        .table('vacancies')
        .toCollection()
        .modify((row: Parameters<typeof wasFollowedBefore>[0] & { followedAt?: string | null; capturedAt: string }) => {
          row.followedAt = wasFollowedBefore(row) ? row.capturedAt : null;
        }),
  },
  {
    version: 4,
    stores: { answers: '[reference+id], reference' },
  },
  {
    version: 5,
    stores: {},
    upgrade: (transaction) =>
      transaction
        .table('vacancies')
        .toCollection()
        .modify((row: { status?: unknown }) => {
          row.status = stageOfStatus(row.status);
        }),
  },
];

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS.at(-1)?.version ?? 1;

/** Declares every version on a Dexie instance, in order, each with its upgrade. */
export function declareSchemaVersions(db: Dexie, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}
