import type { StoredVacancy } from '../record/stored-vacancy';
import type { Settings } from '../settings/settings';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupEnvelope } from './envelope';
import type { Answer } from '../record/answer-schema';
import { draftsForBackup } from '../prepare/backup-drafts';

/** The whole backup: every record (user fields and history included) and the settings. */
export function buildBackup(vacancies: readonly StoredVacancy[], settings: Settings, now: Date, answers: readonly Answer[] = []): BackupEnvelope {
  const sorted = [...vacancies].sort((a, b) => (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0));
  const drafts = answers.length > 0 ? { answers: draftsForBackup(answers) } : {};
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), settings, vacancies: sorted, ...drafts };
}

/** Indented: a person may open it to look, and it compresses well anyway. */
export function serializeBackup(backup: BackupEnvelope): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

export type ExportKind = 'backup' | 'report';

/**
 * `vacancy-companion-backup-2026-11-23.json` / `vacancy-companion-report-2026-11-23.csv`, dated
 * in the user's own time zone: the date they see on their calendar when they export.
 */
export function exportFileName(kind: ExportKind, now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `vacancy-companion-${kind}-${date}.${kind === 'backup' ? 'json' : 'csv'}`;
}
