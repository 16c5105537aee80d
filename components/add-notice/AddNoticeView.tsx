import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import { fieldLabel } from '../../utils/field-labels';
import type { PopupStore } from '../../utils/db/popup-store';
import { describeFailure } from '../../utils/failure';
import { parseNotice } from '../../utils/parse/parse-notice';
import { localiseRefusal } from '../../utils/parse/refusal';
import type { ParsedVacancy } from '../../utils/record/vacancy-record';
import { isReference, missingKey, typedReference, withKey } from '../../utils/record/keyed-vacancy';
import { referenceFromAddress } from '../../utils/portal/detail-page';
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
  record: ParsedVacancy;
  missing: ('reference' | 'title')[];
  /** True when the reference field was filled in from the page address. */
  fromPage: boolean;
}

/**
 * Manual capture: a notice seen as a PDF, in an e-mail or on another site is pasted here and
 * read by the same parser as the portal pages. A notice that prints no reference (a job board's
 * copy) or no title is not saved until the user gives them; the reference is prefilled from the
 * page address when the text came from a portal page.
 */
export function AddNoticeView({ store, onSaved, pending }: AddNoticeViewProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [sourceUrl, setSourceUrl] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [asking, setAsking] = useState<Asking | null>(null);
  const [reference, setReference] = useState('');
  const [title, setTitle] = useState('');
  /** The waiting selection shown here, until saved or discarded. */
  const [pendingId, setPendingId] = useState<string | null>(null);

  // `waitingId`: the selection this text came from; passed when read at once, before the state has it.
  const save = async (record: ParsedVacancy, given: { reference?: string; title?: string }, waitingId = pendingId) => {
    const keyed = withKey(record, given);
    if (keyed === null) return;
    try {
      await store.addNotice(keyed);
      // Saved: the selection no longer waits. Had this failed, it would be shown again, and a
      // second save of the same notice merges into the same record.
      if (waitingId !== null) await pending?.settle(waitingId).catch(() => undefined);
      onSaved(keyed.reference);
    } catch (error) {
      setOutcome({ kind: 'failed', message: describeFailure(error, t) });
    }
  };

  const read = async (noticeText: string, url: string | null, waitingId = pendingId) => {
    setAsking(null);
    setOutcome({ kind: 'idle' });
    const result = parseNotice(noticeText, url !== null && /^https?:/.test(url) ? { sourceUrl: url } : {});
    if (!result.ok) {
      setOutcome({ kind: 'refused', message: localiseRefusal(result.reason, t) });
      return;
    }
    const fromPage = referenceFromAddress(url);
    const missing = missingKey(result.record, { reference: fromPage });
    if (missing.length === 0) {
      await save(result.record, { reference: fromPage ?? undefined }, waitingId);
      return;
    }
    setReference(result.record.reference ?? fromPage ?? '');
    setTitle(result.record.title ?? '');
    setAsking({ record: result.record, missing: missingKey(result.record), fromPage: result.record.reference === null && fromPage !== null });
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
            if (canSave) void save(asking.record, { reference: typedReference(reference), title: title.trim() });
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
