import { z } from 'zod/mini';
import { FAILURE_CODES, type Failure } from '../failure';
import { IsoInstantSchema } from '../record/vacancy-record';
import { StoredVacancySchema } from '../record/stored-vacancy';
import type { VacancyStore } from '../db-writer/vacancy-store';
import { AnswerSchema } from '../record/answer-schema';
import { AnswerWriter } from '../prepare/answer-writer';
import { loadSettings, SettingsSchema } from '../settings/settings';
import { saveSettingsOrSay } from '../settings/requests';
import { requestSlice } from '../request-slice';
import type { ImportAnswers } from './import-answers';
import { markBackupDone, type BackupStorageApi } from './backup-reminder';

interface BackupContext {
  store: VacancyStore;
  /** What the last import did, for its retry's answer; absent, a retry reports what it found. */
  importAnswers?: ImportAnswers;
  /** Where the last export's date is kept (extension storage); absent, marking an export fails. */
  backupDates?: Pick<BackupStorageApi, 'set'>;
}

const importBackupRequest = () =>
  /**
   * A backup the popup has read and checked entry by entry (utils/backup/read-backup.ts): merged
   * in one transaction, then the settings restored if given, then reminders and badge re-planned.
   */
  z.object({
    type: z.literal('import-backup'),
    vacancies: z.array(StoredVacancySchema).check(z.maxLength(20_000)),
    settings: z.nullable(SettingsSchema),
    /** The backup's drafts (utils/prepare/), merged in the same transaction; absent in older backups. */
    answers: z.optional(z.array(AnswerSchema).check(z.maxLength(20_000))),
    /** When the client first sent it: a retry answers what the first attempt did. */
    sentAt: z.optional(IsoInstantSchema),
    /** When the backup was made, and whether vacancies removed since then come back (utils/db-reader/import-removed.ts). */
    exportedAt: z.optional(z.nullable(IsoInstantSchema)),
    restoreRemoved: z.optional(z.boolean()),
  });

const importBackupResponse = () =>
  z.object({
    ok: z.literal(true),
    counts: z.object({ new: z.number(), updated: z.number(), unchanged: z.number() }),
    /** The settings now in force: the backup's when restored, else as they were. */
    settings: SettingsSchema,
    /** Why the backup's settings were not restored (the vacancies were merged all the same). */
    settingsFailure: z.optional(z.enum(FAILURE_CODES)),
    /** How many of the backup's drafts were new or changed. */
    answers: z.optional(z.number()),
    /** Vacancies in the backup removed here since it was made, left removed (not asked back). */
    stillRemoved: z.optional(z.number()),
  });

export const backupRequests = requestSlice({
  contentScript: () => [] as const,
  extensionPage: () => [
    importBackupRequest(),
    /** A JSON backup was exported at `at`: the weekly nudge counts from it (backup-reminder.ts). */
    z.object({ type: z.literal('mark-backup-done'), at: IsoInstantSchema }),
  ] as const,
  responses: () => ({ 'import-backup': importBackupResponse(), 'mark-backup-done': z.object({ ok: z.literal(true) }) }),
  // Not in `writes`: the date touches no vacancy, so there is nothing to alert or re-plan.
  writes: ['import-backup'],
  handlers: {
    'import-backup': async (request, { store, importAnswers }: BackupContext) => importBackup(request, store, importAnswers),
    'mark-backup-done': async (request, { backupDates }: BackupContext) => {
      if (!backupDates) throw new Error('Backup dates are not kept here.');
      await markBackupDone(backupDates, new Date(request.at));
      return { ok: true };
    },
  },
});

/**
 * The vacancies first, in one transaction; then the settings, when the backup has them. A
 * settings failure after the merge is reported beside the counts, not as the import failing:
 * the vacancies are in. A retry of an import that wrote (same first-attempt stamp) finds
 * nothing left to write and answers what the first attempt did.
 */
async function importBackup(
  request: z.infer<ReturnType<typeof importBackupRequest>>,
  store: VacancyStore,
  answers: ImportAnswers | undefined,
): Promise<z.infer<ReturnType<typeof importBackupResponse>> | Failure> {
  const references = request.vacancies.map((record) => record.reference);
  const repeated = references.find((reference, index) => references.indexOf(reference) !== index);
  if (repeated !== undefined) return { ok: false, code: 'rejected', detail: `reference ${repeated} appears twice` };
  // The stamp and the entry count: two imports sent in the same millisecond are still told apart.
  const id = request.sentAt === undefined ? undefined : `${request.sentAt}/${references.length}`;
  const earlier = id === undefined || answers === undefined ? null : await answers.recall(id);
  // The vacancies and their drafts in one transaction: all or nothing.
  const db = store.db;
  const { found: { removed: stillRemoved = 0, ...found }, answersChanged } = await db.transaction('rw', db.vacancies, db.answers, db.removed, async () => ({
    found: await store.applyImport(request.vacancies, {
      exportedAt: request.exportedAt ?? null,
      restore: request.restoreRemoved ?? false,
    }),
    answersChanged: request.answers ? await new AnswerWriter(db).importAnswers(request.answers) : undefined,
  }));
  const extra = { stillRemoved, ...(answersChanged === undefined ? {} : { answers: answersChanged }) };
  const counts = earlier !== null && found.new + found.updated === 0 ? earlier : found;
  if (id !== undefined) await answers?.remember(id, counts);
  if (request.settings === null) return { ok: true, counts, settings: await loadSettings(), ...extra };
  const saved = await saveSettingsOrSay(request.settings);
  return saved.ok
    ? { ok: true, counts, settings: saved.settings, ...extra }
    : { ok: true, counts, settings: await loadSettings(), settingsFailure: saved.code, ...extra };
}
