import { useEffect, useRef, useState } from 'preact/hooks';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import { errorReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { formatFullStamp } from '../../utils/format/dates';
import { characterCount, checkAnswer } from '../../utils/prepare/answer-checks';
import { readLimit } from '../../utils/prepare/answer-limits';
import { MAX_DRAFT_LENGTH, MAX_LIMIT } from '../../utils/record/answer-sizes';
import type { Answer, AnswerDraft } from '../../utils/record/answer-schema';
import type { draftJournal } from '../../utils/prepare/draft-journal';
import { useI18n } from '../i18n-context';
import { useDebouncedSave } from '../use-debounced-save';

export interface AnswerEditorProps {
  answer: Answer;
  store: PopupStore;
  journal: ReturnType<typeof draftJournal>;
  /** Index among the questions, from 1, for labels. */
  number: number;
}

const SEVERITY_ICON = { error: '✗', warning: '!', info: 'i', ok: '✓' } as const;

/**
 * One question and its draft. The draft is the user's as typed: noted in the page's journal at
 * each keystroke, sent to the background after a pause, and at once on blur, on pagehide and on
 * unmount, so closing the popup mid-sentence loses nothing. The checks run on every keystroke.
 */
export function AnswerEditor({ answer, store, journal, number }: AnswerEditorProps) {
  const { t, locale } = useI18n();
  const [draft, setDraft] = useState(answer.draft);
  const [limitText, setLimitText] = useState(answer.limit === null ? '' : String(answer.limit));
  const [refused, setRefused] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const current = useRef<AnswerDraft>(answer);
  const saving = useDebouncedSave(async (value: string) => {
    const sent: AnswerDraft = { ...current.current, draft: value };
    await store.saveAnswer(sent);
    journal.settle(sent);
  }, 300);

  // Another window changed this answer: follow it, unless the user is typing here.
  useEffect(() => {
    if (!saving.dirty() && document.activeElement !== box.current) setDraft(answer.draft);
  }, [answer.draft]);

  // A popup closes without unmounting anything: pagehide is the last moment to send.
  useEffect(() => {
    const leave = () => void saving.flush();
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, []);

  const statedLimit = readLimit(answer.question);
  const limit = answer.limit ?? statedLimit;
  const findings = checkAnswer(draft, limit);
  const count = characterCount(draft);
  const failure = saving.state === 'error' ? wordReason(errorReason(saving.error), t, locale) : null;

  const change = (next: Partial<AnswerDraft>, value = draft) => {
    current.current = { ...current.current, ...next, draft: value };
    journal.put(current.current, new Date());
    saving.schedule(value);
  };

  const onInput = (event: Event) => {
    const target = event.currentTarget as HTMLTextAreaElement;
    if (target.value.length > MAX_DRAFT_LENGTH) {
      // Refused whole, with the reason; what was there stays.
      setRefused(t('prpDraftTooLong', { count: target.value.length, max: MAX_DRAFT_LENGTH }));
      target.value = draft;
      return;
    }
    setRefused(null);
    setDraft(target.value);
    change({}, target.value);
  };

  const onLimit = (event: Event) => {
    const text = (event.currentTarget as HTMLInputElement).value;
    setLimitText(text);
    const value = text.trim() === '' ? null : Number(text);
    if (value !== null && (!Number.isInteger(value) || value < 1 || value > MAX_LIMIT)) return;
    change({ limit: value });
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(draft);
      setSaid(t('prpCopied'));
    } catch {
      setSaid(t('prpCopyFailed'));
    }
  };

  const markSent = async () => {
    await saving.flush();
    try {
      await store.markAnswerSent(answer.reference, answer.id);
      setSaid(t('prpMarkedSent'));
    } catch (error) {
      setSaid(wordReason(errorReason(error), t, locale));
    }
  };

  const [confirming, setConfirming] = useState(false);
  const remove = async () => {
    // Two presses, no dialog: a popup may not show one (Firefox), and a slip costs nothing.
    if (!confirming) {
      setConfirming(true);
      return;
    }
    journal.forget(answer.reference, answer.id);
    await store.deleteAnswer(answer.reference, answer.id).catch((error: unknown) => setSaid(wordReason(errorReason(error), t, locale)));
  };

  const id = `prp-${answer.id}`;
  const over = limit !== null && count > limit;
  return (
    <li class="prp-answer" data-answer={answer.id}>
      <p class="prp-question" id={`${id}-q`}>
        <strong>{t('prpQuestionNumber', { number })}</strong> {answer.question}
      </p>
      <div class="prp-answer-bar">
        <label class="prp-limit">
          <span>{t('prpLimitLabel')}</span>
          <input type="number" min={1} max={MAX_LIMIT} inputMode="numeric" value={limitText} placeholder={statedLimit === null ? '' : String(statedLimit)} onInput={onLimit} />
        </label>
        <span class={`prp-count${over ? ' prp-over' : ''}`} data-count={count} aria-live="polite">
          {limit === null ? t('prpCountNoLimit', { count }) : t('prpCount', { count, limit })}
        </span>
      </div>
      <label class="visually-hidden" for={`${id}-draft`}>{t('prpDraftLabel', { number })}</label>
      <textarea
        ref={box}
        id={`${id}-draft`}
        class="prp-draft"
        rows={6}
        value={draft}
        aria-describedby={`${id}-q ${id}-checks`}
        onInput={onInput}
        onBlur={() => void saving.flush()}
      />
      {refused && <p class="prp-refused" role="alert">{refused}</p>}
      <ul class="prp-checks" id={`${id}-checks`} aria-live="polite">
        {findings.map((finding) => (
          <li key={finding.id} class={`prp-check prp-${finding.severity}`} data-check={finding.id}>
            <span aria-hidden="true">{SEVERITY_ICON[finding.severity]} </span>
            {finding.at && (finding.id === 'overLimit' || finding.id === 'refersElsewhere') ? `${t('prpAtLine', { line: finding.at.line })} ` : ''}
            {wordReason(finding.message, t, locale)}
          </li>
        ))}
      </ul>
      <div class="prp-actions">
        <button type="button" onClick={() => void copy()}>{t('prpCopy')}</button>
        <button type="button" onClick={() => void markSent()} disabled={draft.trim() === ''}>{t('prpMarkSent')}</button>
        <button type="button" onClick={() => void remove()} onBlur={() => setConfirming(false)}>{confirming ? t('prpDeleteConfirm') : t('prpDelete')}</button>
        <span class="muted prp-state" role="status">
          {failure ?? (saving.state === 'pending' || saving.state === 'saving' ? t('prpSaving') : saving.state === 'saved' ? t('prpSaved') : '')} {said}
        </span>
      </div>
      {answer.sent.length > 0 && (
        <details class="prp-sent">
          <summary>{t('prpSentVersions', { count: answer.sent.length })}</summary>
          <ol>
            {[...answer.sent].reverse().map((version) => (
              <li key={version.sentAt}>
                <time dateTime={version.sentAt}>{formatFullStamp(version.sentAt, locale)}</time>
                <pre class="prp-sent-text">{version.text}</pre>
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
