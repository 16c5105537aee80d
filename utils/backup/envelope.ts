// zod/mini: backups are read in the popup, where classic zod would be dead weight.
import * as z from 'zod/mini';
import { IsoInstantSchema } from '../record/vacancy-record';
import { StoredVacancySchema, type StoredVacancy } from '../record/stored-vacancy';
import { SettingsSchema } from '../settings/settings';
import { BackupDraftSchema } from '../prepare/backup-drafts';
import { wasFollowedBefore } from '../record/follow-rule';
import { LEGACY_STATUSES, STAGE_OF_LEGACY_STATUS } from '../record/stages';

/**
 * The backup file. Version 1 is a JSON envelope; version 0 is what the first builds wrote: a
 * plain JSON array of records, before results-row tracking (completeness), the portal's
 * withdrawn flag (portalState) and per-vacancy reminders (remindersEnabled) existed. Version 2
 * adds following (followedAt): versions 0 and 1 saved every notice opened as tracked. Version 3's
 * statuses are the application's stages (utils/stages), with their timeline (stageHistory);
 * versions 0 to 2 held one of the seven statuses before them.
 * A backup keeps its version forever: every older version stays readable through its entry
 * schema plus the upgrades in ENTRY_UPGRADES.
 */
export const BACKUP_FORMAT = 'vacancy-companion-backup';
export const BACKUP_VERSION = 3;

export const BackupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: IsoInstantSchema,
  settings: SettingsSchema,
  vacancies: z.array(StoredVacancySchema),
  /** The answers workspace's drafts (utils/prepare/backup-drafts.ts); absent in older backups. */
  answers: z.optional(z.array(BackupDraftSchema)),
});
export type BackupEnvelope = z.infer<typeof BackupEnvelopeSchema>;

/** The envelope with its entries left unchecked, so each entry is judged (and named) alone. */
export const BackupEnvelopeHeadSchema = z.extend(BackupEnvelopeSchema, { version: z.number(), vacancies: z.array(z.unknown()), answers: z.optional(z.array(z.unknown())) });

/** A record as version 2 wrote it: one of the seven statuses before the stages, no stage timeline. */
export const LegacyVacancyV2Schema = z.extend(z.omit(StoredVacancySchema, { stageHistory: true }), { status: z.enum(LEGACY_STATUSES) });
export type LegacyVacancyV2 = z.infer<typeof LegacyVacancyV2Schema>;

/** A record as version 1 wrote it: before following. */
export const LegacyVacancyV1Schema = z.omit(LegacyVacancyV2Schema, { followedAt: true });
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
  2: LegacyVacancyV2Schema,
  3: StoredVacancySchema,
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
  // The rule the database's version 3 applies (utils/record/follow-rule.ts): what the candidate touched
  // stays followed, since it was captured; a notice only opened is seen.
  2: (entry: LegacyVacancyV1): LegacyVacancyV2 => ({ ...entry, followedAt: wasFollowedBefore(entry) ? entry.capturedAt : null }),
  // The rule the database's version 5 applies: each old status becomes the stage it meant.
  3: (entry: LegacyVacancyV2): StoredVacancy => ({ ...entry, status: STAGE_OF_LEGACY_STATUS[entry.status] }),
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
