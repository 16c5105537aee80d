// zod/mini: backups are read in the popup, where classic zod would be dead weight.
import * as z from 'zod/mini';
import { IsoInstantSchema } from '../record/vacancy-record';
import { StoredVacancySchema, type StoredVacancy } from '../db/stored-vacancy';
import { SettingsSchema } from '../settings';
import { LEGACY_STATUSES, STAGE_OF_LEGACY_STATUS } from '../stages/stages';

/**
 * The backup file. Version 2 is a JSON envelope whose statuses are the application's stages;
 * version 1 the same envelope with the seven statuses before them; version 0 is what the first builds wrote: a
 * plain JSON array of records, before results-row tracking (completeness), the portal's
 * withdrawn flag (portalState) and per-vacancy reminders (remindersEnabled) existed.
 * A backup keeps its version forever: every older version stays readable through its entry
 * schema plus the upgrades in ENTRY_UPGRADES.
 */
export const BACKUP_FORMAT = 'vacancy-companion-backup';
export const BACKUP_VERSION = 2;

export const BackupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: IsoInstantSchema,
  settings: SettingsSchema,
  vacancies: z.array(StoredVacancySchema),
});
export type BackupEnvelope = z.infer<typeof BackupEnvelopeSchema>;

/** The envelope with its entries left unchecked, so each entry is judged (and named) alone. */
export const BackupEnvelopeHeadSchema = z.extend(BackupEnvelopeSchema, {
  // Every envelope version (1 and later) shares this head; its entries are judged by their own version.
  version: z.int().check(z.minimum(1), z.maximum(BACKUP_VERSION)),
  vacancies: z.array(z.unknown()),
});

/** A record as version 1 wrote it: its status one of the seven words before the stages. */
export const LegacyVacancyV1Schema = z.extend(z.omit(StoredVacancySchema, { stageHistory: true }), { status: z.enum(LEGACY_STATUSES) });
export type LegacyVacancyV1 = z.infer<typeof LegacyVacancyV1Schema>;

/** A record as version 0 wrote it. */
export const LegacyVacancyV0Schema = z.omit(LegacyVacancyV1Schema, {
  completeness: true,
  portalState: true,
  remindersEnabled: true,
});
export type LegacyVacancyV0 = z.infer<typeof LegacyVacancyV0Schema>;

/** Each backup version's entry schema: an entry is checked against the shape of its own time. */
export const ENTRY_SCHEMAS: Record<number, z.core.$ZodType> = {
  0: LegacyVacancyV0Schema,
  1: LegacyVacancyV1Schema,
  2: StoredVacancySchema,
};

/** ENTRY_UPGRADES[n] turns a valid version n-1 entry into a version n entry. */
export const ENTRY_UPGRADES: Record<number, (entry: never) => unknown> = {
  1: (entry: LegacyVacancyV0): LegacyVacancyV1 => ({
    ...entry,
    // Version 0 only ever stored full notices, listed on the portal, with reminders on.
    completeness: 'notice',
    portalState: 'listed',
    remindersEnabled: true,
  }),
  // Version 2: statuses become the application's stages (utils/stages).
  2: (entry: LegacyVacancyV1): StoredVacancy => ({ ...entry, status: STAGE_OF_LEGACY_STATUS[entry.status] }),
};

/** Runs the upgrades from `fromVersion` up to the current version. */
export function upgradeEntry(entry: unknown, fromVersion: number): unknown {
  let value = entry;
  for (let version = fromVersion + 1; version <= BACKUP_VERSION; version += 1) {
    const upgrade = ENTRY_UPGRADES[version];
    if (!upgrade) throw new Error(`No backup upgrade to version ${version}`);
    value = upgrade(value as never);
  }
  return value;
}
