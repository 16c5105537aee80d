import { useEffect, useState } from 'preact/hooks';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { errorReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import type { DocumentKind, NoticeDocument } from '../../utils/record/preparation-schema';
import { DOCUMENT_LABEL } from '../../utils/prepare/document-labels';
import { useI18n } from '../i18n-context';
import { RuleNotes } from './RuleNotes';
import './prepare.css';

/**
 * The documents the notice asks for, read from its text (utils/parse/notice-preparation.ts),
 * each ticked by the candidate when ready; the ticks are a user field, saved at once.
 */
export function ChecklistPanel({ record, store }: { record: StoredVacancy; store: PopupStore }) {
  const { t, locale } = useI18n();
  const [ready, setReady] = useState<DocumentKind[]>(record.documentsReady ?? []);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => setReady(record.documentsReady ?? []), [record.documentsReady]);
  const documents = record.preparation?.documents;

  const tick = (kind: DocumentKind, on: boolean) => {
    const next = on ? [...new Set([...ready, kind])] : ready.filter((item) => item !== kind);
    setReady(next);
    store.updateUserFields(record.reference, { documentsReady: next }).then(
      () => setFailure(null),
      (error: unknown) => setFailure(wordReason(errorReason(error), t, locale)),
    );
  };

  const detail = (document: NoticeDocument) => {
    const parts: string[] = [];
    if (document.kind === 'essay' && record.essay) {
      if (record.essay.maxPages !== null) parts.push(t('prpEssayPages', { pages: record.essay.maxPages }));
      if (record.essay.titleMustInclude.length > 0) parts.push(t('prpEssayTitle', { words: record.essay.titleMustInclude.join(' + ') }));
    }
    if (document.languages?.length) parts.push(t(document.languages.length === 2 ? 'prpInEnglishOrFrench' : document.languages[0] === 'fr' ? 'prpInFrench' : 'prpInEnglish'));
    return parts.join(' · ');
  };

  return (
    <section class="prp-checklist" aria-labelledby="prp-checklist-title">
      <h3 id="prp-checklist-title">{t('prpChecklistHeading')}</h3>
      {documents === undefined ? (
        <p class="muted">{t('prpChecklistNotRead')}</p>
      ) : documents.length === 0 ? (
        <p class="muted">{t('prpChecklistNone')}</p>
      ) : (
        <ul class="prp-documents">
          {documents.map((document) => (
            <li key={document.kind} data-document={document.kind}>
              <label class="dl-check">
                <input type="checkbox" checked={ready.includes(document.kind)} onChange={(event) => tick(document.kind, event.currentTarget.checked)} />
                <span>{t(DOCUMENT_LABEL[document.kind])}</span>
              </label>
              {detail(document) && <span class="muted"> — {detail(document)}</span>}
              <details>
                <summary>{t('prpNoticeWords')}</summary>
                <blockquote>{document.quote}</blockquote>
              </details>
            </li>
          ))}
        </ul>
      )}
      {failure && <p role="alert">{failure}</p>}
      <RuleNotes record={record} where="capture" />
    </section>
  );
}
