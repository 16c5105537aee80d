import { useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import type { PopupStore } from '../../utils/db/popup-store';
import { parseNotice } from '../../utils/parse/parse-notice';
import { describeFailure } from '../../utils/failure';

export interface AddNoticeViewProps {
  store: PopupStore;
  onSaved: (reference: string) => void;
}

type Outcome = { kind: 'idle' } | { kind: 'refused'; message: string } | { kind: 'failed'; message: string };

/**
 * Manual capture: a notice seen as a PDF, in an e-mail or on another site is pasted here and
 * read by the same parser as the portal pages.
 */
export function AddNoticeView({ store, onSaved }: AddNoticeViewProps) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [saving, setSaving] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    const result = parseNotice(text);
    if (!result.ok) {
      setOutcome({ kind: 'refused', message: result.message });
      return;
    }
    setSaving(true);
    try {
      await store.addNotice(result.record);
      onSaved(result.record.reference);
    } catch (error) {
      setOutcome({ kind: 'failed', message: describeFailure(error, t) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="add-notice" onSubmit={save}>
      <h2>{t('addTitle')}</h2>
      <p class="muted">{t('addHint')}</p>
      <label for="notice-text">{t('addLabel')}</label>
      <textarea
        id="notice-text"
        rows={12}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        placeholder="Officer, Defence Policy - 251836&#10;Primary Location: Belgium-Brussels&#10;…"
      />
      <div class="actions">
        <button type="submit" class="primary" disabled={saving || text.trim() === ''}>
          {t('addSave')}
        </button>
      </div>
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
    </form>
  );
}
