import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '../i18n-context';
import type { Translate } from '../../utils/i18n-core';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { countOutcomes, type ImportCounts } from '../../utils/db-reader/backup-merge';
import type { Settings } from '../../utils/settings/settings';
import { buildBackup, exportFileName, serializeBackup } from '../../utils/backup/export-backup';
import { csvWords, vacanciesToCsv } from '../../utils/backup/csv-report';
import { backupSizeProblem, readBackup, type EntryProblem } from '../../utils/backup/read-backup';
import { fileProblemReason } from '../../utils/backup/problem-reason';
import { formatStamp } from '../../utils/format/dates';
import { errorReason, failureReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { downloadText } from '../../utils/download';
import { readLastBackupAt } from '../../utils/backup/backup-reminder';
import { ImportSummary } from './ImportSummary';
import './backup.css';
import type { Answer } from '../../utils/record/answer-schema';

export interface BackupSectionProps {
  store: PopupStore;
  settings: Settings;
  onSettingsChange: (patch: Partial<Settings>) => Promise<Settings>;
  now?: () => Date;
}

/** A read file waiting for the user's go-ahead. Nothing is written before Apply. */
interface PendingImport {
  fileName: string;
  version: number;
  records: StoredVacancy[];
  /** The backup's drafts (the answers workspace), merged with the vacancies. */
  answers: Answer[];
  settings: Settings | null;
  counts: ImportCounts;
  rejected: EntryProblem[];
  exportedAt: string | null;
  /** Vacancies in the file removed here after it was made: left removed unless asked. */
  removedSince: number;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** Export (JSON backup, CSV report), import with a summary before applying, weekly reminder. */
export function BackupSection({ store, settings, onSettingsChange, now = () => new Date() }: BackupSectionProps) {
  const { t, locale } = useI18n();
  const [message, setMessage] = useState<Message>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [restoreSettings, setRestoreSettings] = useState(true);
  const [restoreRemoved, setRestoreRemoved] = useState(false);
  const [busy, setBusy] = useState(false);
  const [lastBackupAt, setLastBackupAt] = useState<string | null>(null);

  useEffect(() => {
    readLastBackupAt(browser.storage.local).then(setLastBackupAt, () => setLastBackupAt(null));
  }, []);

  /** Runs one user action; a failure is shown in words, never swallowed. */
  const run = async (action: () => Promise<Message>, failure: (reason: string) => string) => {
    setBusy(true);
    try {
      setMessage(await action());
    } catch (error) {
      setMessage({ kind: 'error', text: failure(wordReason(errorReason(error), t, locale)) });
    } finally {
      setBusy(false);
    }
  };

  const exportBackup = () =>
    run(async () => {
      const at = now();
      const records = await store.all();
      const file = exportFileName('backup', at);
      downloadText(document, file, serializeBackup(buildBackup(records, settings, at, await store.allAnswers())), 'application/json');
      // The background writes the date (the one writer of extension storage and the database).
      await store.ask({ type: 'mark-backup-done', at: at.toISOString() });
      setLastBackupAt(at.toISOString());
      return { kind: 'ok', text: t('bakExported', { file, count: records.length }) };
    }, (reason) => t('bakExportFailed', { reason }));

  const exportReport = () =>
    run(async () => {
      const records = await store.all();
      const file = exportFileName('report', now());
      downloadText(document, file, vacanciesToCsv(records, csvWords(t), await store.allAnswers()), 'text/csv;charset=utf-8');
      return { kind: 'ok', text: t('bakExported', { file, count: records.length }) };
    }, (reason) => t('bakExportFailed', { reason }));

  const readFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) reads it again.
    input.value = '';
    if (!file) return;
    setPending(null);
    setMessage({ kind: 'ok', text: t('bakReading', { file: file.name }) });
    void run(async () => {
      // Refused from its size before its text is read: a huge file would freeze this page.
      const tooLarge = backupSizeProblem(file.size);
      const reading = tooLarge ? { ok: false as const, problem: tooLarge } : readBackup(await file.text(), locale);
      if (!reading.ok) {
        return { kind: 'error', text: t('bakFileRejected', { file: file.name, reason: wordReason(fileProblemReason(reading.problem), t, locale) }) };
      }
      const records = reading.valid.map((item) => item.record);
      const counts = countOutcomes(await store.previewImport(records));
      const removedSince = (await store.removedAfterBackup(records, reading.exportedAt)).length;
      setRestoreSettings(true);
      setRestoreRemoved(false);
      setPending({ fileName: file.name, version: reading.version, records, answers: reading.answers, settings: reading.settings, counts, rejected: reading.rejected, exportedAt: reading.exportedAt, removedSince });
      return null;
    }, (reason) => t('bakNothingApplied', { reason }));
  };

  // One request: the background merges, restores the settings if asked, then re-plans the
  // reminders and the badge for what came in.
  const apply = (chosen: PendingImport) =>
    run(async () => {
      const reply = await store.importBackup(chosen.records, restoreSettings ? chosen.settings : null, { exportedAt: chosen.exportedAt, restoreRemoved }, chosen.answers);
      setPending(null);
      const stillRemoved = reply.stillRemoved ? ` ${t('bakStillRemoved', { count: reply.stillRemoved })}` : '';
      const done = t('bakApplied', reply.counts) + stillRemoved;
      if (reply.settingsFailure) {
        const reason = wordReason(failureReason({ code: reply.settingsFailure }), t, locale);
        return { kind: 'error', text: `${done} ${t('bakSettingsNotRestored', { reason })}` };
      }
      // The background restored them: an empty change brings them back to this page to show.
      if (restoreSettings && chosen.settings) await onSettingsChange({});
      return { kind: 'ok', text: done };
    }, (reason) => t('bakNothingApplied', { reason }));

  const lastBackupText = lastBackupAt
    ? t('bakLastBackup', { date: formatStamp(lastBackupAt, locale) })
    : t('bakNeverBackedUp');

  return (
    <fieldset class="settings-group backup">
      <legend>{t('bakTitle')}</legend>
      <p class="muted">{t('bakIntro')}</p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void exportBackup()}>
          {t('bakExportJson')}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportReport()}>
          {t('bakExportCsv')}
        </button>
      </div>
      <p class="muted last-backup">{lastBackupText}</p>
      <label class="inline">
        <input
          type="checkbox"
          checked={settings.backupReminder}
          onChange={(event) => {
            const backupReminder = event.currentTarget.checked;
            void run(async () => (await onSettingsChange({ backupReminder }), null), (reason) => reason);
          }}
        />
        {t('bakReminder')}
      </label>
      <label class="file-input">
        {t('bakImportLabel')}
        <input type="file" accept=".json,application/json" disabled={busy} onChange={(event) => readFile(event.currentTarget)} />
      </label>
      {pending && (
        <ImportSummary
          fileName={pending.fileName}
          version={pending.version}
          counts={pending.counts}
          rejected={pending.rejected}
          hasSettings={pending.settings !== null}
          restoreSettings={restoreSettings}
          onRestoreSettingsChange={setRestoreSettings}
          applying={busy}
          onApply={() => void apply(pending)}
          onCancel={() => {
            setPending(null);
            setMessage({ kind: 'ok', text: t('bakCancelled') });
          }}
        />
      )}
      {pending && pending.removedSince > 0 && (
        <label class="inline">
          <input type="checkbox" checked={restoreRemoved} onChange={(event) => setRestoreRemoved(event.currentTarget.checked)} />
          {t('bakRemovedSince', { count: pending.removedSince })} {t('bakRestoreRemoved')}
        </label>
      )}
      <p role="status" class="ok">{message?.kind === 'ok' ? message.text : ''}</p>
      <p role="alert" class="error">{message?.kind === 'error' ? message.text : ''}</p>
    </fieldset>
  );
}
