import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import { fieldLabel } from '../../utils/field-labels';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import { errorReason } from '../../utils/failure';
import { refusalReason } from '../../utils/parse/refusal';
import { wordReason } from '../../utils/reasons/word-reason';
import { isReference, typedReference } from '../../utils/record/keyed-vacancy';
import type { PendingNotice } from '../../utils/capture/pending-notice';

export interface AddNoticeViewProps {
  store: PopupStore;
  onSaved: (reference: string) => void;
  /**
   * A notice selected on a page that printed no reference waits in the background; the view
   * shows its text and asks for what is missing. It stays waiting (a closed popup, a lost reply
   * lose nothing) until the view settles it: saved, or discarded by the user.
   */
  pending?: PendingHandover;
}

/** The background's waiting selection, as the view reads and settles it (pending-notice.ts). */
export interface PendingHandover {
  take(): Promise<PendingNotice | null>;
  settle(id: string): Promise<void>;
}

type Outcome = { kind: 'idle' } | { kind: 'refused'; message: string } | { kind: 'failed'; message: string };

/** A read notice that still needs its reference or title from the user. */
interface Asking {
  /** The text read and its page, sent again with what the user types. */
  text: string;
  url: string | null;
  missing: ('reference' | 'title')[];
  /** True when the reference field was filled in from the page address. */
  fromPage: boolean;
}

/**
 * Manual capture: a notice seen as a PDF, in an e-mail or on another site is pasted here and
 * read by the background with the same parser as the portal pages. A notice that prints no reference (a job board's
 * copy) or no title is not saved until the user gives them; the reference is prefilled from the
 * page address when the text came from a portal page.
 */
export function AddNoticeView({ store, onSaved, pending }: AddNoticeViewProps) {
  const { t, locale } = useI18n();
  const [text, setText] = useState('');
  const [sourceUrl, setSourceUrl] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [asking, setAsking] = useState<Asking | null>(null);
  const [reference, setReference] = useState('');
  const [title, setTitle] = useState('');
  /** The waiting selection shown here, until saved or discarded. */
  const [pendingId, setPendingId] = useState<string | null>(null);

  // `waitingId`: the selection this text came from; passed when read at once, before the state has it.
  // The background reads the text, like every capture; `given`: what the user typed for a notice that prints none.
  const read = async (noticeText: string, url: string | null, waitingId = pendingId, given?: { reference: string; title: string }) => {
    if (given === undefined) {
      setAsking(null);
      setOutcome({ kind: 'idle' });
    }
    let result: Awaited<ReturnType<PopupStore['addNotice']>>;
    try {
      result = await store.addNotice(noticeText, url, given);
    } catch (error) {
      setOutcome({ kind: 'failed', message: wordReason(errorReason(error), t, locale) });
      return;
    }
    if (result.ok) {
      // Saved: the selection no longer waits. Had this failed, it would be shown again, and a
      // second save of the same notice merges into the same record.
      if (waitingId !== null) await pending?.settle(waitingId).catch(() => undefined);
      onSaved(result.record.reference);
      return;
    }
    if (result.missing === undefined) {
      setOutcome({ kind: 'refused', message: wordReason(refusalReason(result.reason), t, locale) });
      return;
    }
    if (given !== undefined) return;
    setReference(result.found.reference ?? '');
    setTitle(result.found.title ?? '');
    setAsking({ text: noticeText, url, missing: result.missing, fromPage: result.fromPage });
  };

  useEffect(() => {
    if (pending === undefined) return;
    let live = true;
    void pending.take().then((waiting) => {
      if (!live || waiting === null) return;
      setText(waiting.text);
      setSourceUrl(waiting.sourceUrl);
      setPendingId(waiting.id);
      void read(waiting.text, waiting.sourceUrl, waiting.id);
    });
    return () => {
      live = false;
    };
  }, [pending]);

  const discard = () => {
    if (pendingId !== null) void pending?.settle(pendingId).catch(() => undefined);
    setPendingId(null);
    setText('');
    setSourceUrl(null);
    setAsking(null);
    setOutcome({ kind: 'idle' });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    void read(text, sourceUrl);
  };

  const referenceValid = isReference(typedReference(reference));
  const titleValid = title.trim() !== '';
  const canSave = asking !== null && (!asking.missing.includes('reference') || referenceValid) && (!asking.missing.includes('title') || titleValid);

  return (
    <div class="add-notice">
      <form onSubmit={submit}>
        <h2>{t('addTitle')}</h2>
        <p class="muted">{t('addHint')}</p>
        {pendingId !== null && (
          <p>
            {t('addPendingLoaded')}{' '}
            <button type="button" onClick={discard}>
              {t('addPendingDiscard')}
            </button>
          </p>
        )}
        <label for="notice-text">{t('addLabel')}</label>
        <textarea
          id="notice-text"
          rows={12}
          value={text}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setAsking(null);
          }}
          placeholder="Officer, Defence Policy - 251836&#10;Primary Location: Belgium-Brussels&#10;…"
        />
        <div class="actions">
          <button type="submit" class="primary" disabled={text.trim() === ''}>
            {t('addSave')}
          </button>
        </div>
      </form>
      {asking !== null && (
        <form
          class="add-notice-key"
          aria-label={t('addSaveWithKey')}
          onSubmit={(event) => {
            event.preventDefault();
            if (canSave) void read(asking.text, asking.url, pendingId, { reference: typedReference(reference), title: title.trim() });
          }}
        >
          {asking.missing.includes('reference') && (
            <>
              <p role="status">{t('addAskReference')}</p>
              <label for="notice-reference">{fieldLabel('reference', t)}</label>
              <input
                id="notice-reference"
                value={reference}
                autoFocus
                aria-invalid={reference.trim() !== '' && !referenceValid}
                aria-describedby="notice-reference-hint"
                onInput={(event) => setReference(event.currentTarget.value)}
              />
              <p id="notice-reference-hint" class="muted">
                {reference.trim() !== '' && !referenceValid ? t('addReferenceInvalid') : asking.fromPage ? t('addReferenceFromPage') : ''}
              </p>
            </>
          )}
          {asking.missing.includes('title') && (
            <>
              <p role="status">{t('addAskTitle')}</p>
              <label for="notice-title">{fieldLabel('title', t)}</label>
              <input id="notice-title" value={title} onInput={(event) => setTitle(event.currentTarget.value)} />
            </>
          )}
          <div class="actions">
            <button type="submit" class="primary" disabled={!canSave}>
              {t('addSaveWithKey')}
            </button>
          </div>
        </form>
      )}
      {outcome.kind === 'refused' && (
        <p role="alert" class="error">
          {t('addNotANotice', { reason: outcome.message })}
        </p>
      )}
      {outcome.kind === 'failed' && (
        <p role="alert" class="error">
          {t('addFailed', { reason: outcome.message })}
        </p>
      )}
    </div>
  );
}
