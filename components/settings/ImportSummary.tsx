import { useEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import type { ImportCounts } from '../../utils/db-reader/backup-merge';
import type { EntryProblem } from '../../utils/backup/read-backup';
import { entryProblemReason } from '../../utils/backup/problem-reason';
import { wordReason } from '../../utils/reasons/word-reason';
import { BACKUP_VERSION } from '../../utils/backup/envelope';

/** Past this many, the rejected list says "and N more": the first ones show what is wrong. */
const SHOWN_REJECTIONS = 20;

export interface ImportSummaryProps {
  fileName: string;
  version: number;
  counts: ImportCounts;
  rejected: readonly EntryProblem[];
  /** Whether the file holds settings that could be restored. */
  hasSettings: boolean;
  restoreSettings: boolean;
  onRestoreSettingsChange: (restore: boolean) => void;
  applying: boolean;
  onApply: () => void;
  onCancel: () => void;
}

/** What an import would do, shown before anything is written; Apply only for a clean file. */
export function ImportSummary(props: ImportSummaryProps) {
  const { t, locale } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the summary, so keyboard and screen-reader users land on what just appeared.
  useEffect(() => heading.current?.focus(), []);
  const { counts, rejected } = props;
  const rows = [
    [t('bakNew'), counts.new],
    [t('bakUpdated'), counts.updated],
    [t('bakUnchanged'), counts.unchanged],
    [t('bakRejected'), rejected.length],
  ] as const;
  return (
    <div class="import-summary">
      <h4 ref={heading} tabIndex={-1}>
        {t('bakSummaryCaption', { file: props.fileName })}
      </h4>
      {props.version < BACKUP_VERSION && <p class="muted">{t('bakOlderFormat', { version: props.version })}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('bakOutcome')}</th>
            <th scope="col">{t('bakCount')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, count]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rejected.length > 0 ? (
        <div role="alert" class="rejections">
          <p>{t('bakRejectedIntro')}</p>
          <ul>
            {rejected.slice(0, SHOWN_REJECTIONS).map((problem) => (
              <li key={`${problem.entry}-${problem.kind}`}>{wordReason(entryProblemReason(problem), t, locale)}</li>
            ))}
          </ul>
          {rejected.length > SHOWN_REJECTIONS && <p>{t('bakMoreRejected', { count: rejected.length - SHOWN_REJECTIONS })}</p>}
        </div>
      ) : (
        <>
          <p class="muted">{t('bakMergeRule')}</p>
          {props.hasSettings && (
            <label class="inline">
              <input
                type="checkbox"
                checked={props.restoreSettings}
                onChange={(event) => props.onRestoreSettingsChange(event.currentTarget.checked)}
              />
              {t('bakRestoreSettings')}
            </label>
          )}
        </>
      )}
      <div class="row">
        {rejected.length === 0 && (
          <button type="button" class="primary" disabled={props.applying} onClick={props.onApply}>
            {props.applying ? t('bakApplying') : t('bakApply')}
          </button>
        )}
        <button type="button" disabled={props.applying} onClick={props.onCancel}>
          {t('bakCancel')}
        </button>
      </div>
    </div>
  );
}
