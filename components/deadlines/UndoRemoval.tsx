import { useEffect, useState } from 'preact/hooks';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { errorReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { useI18n } from '../i18n-context';
import { removal } from './removal';
import { titleText } from '../../utils/record/shown-title';

/**
 * "Removed “…”. Undo": shown after a removal until the next one or until the popup closes.
 * Undo asks the background to put the exact record back (utils/follow/follow-writes.ts).
 */
export function UndoRemoval({ store }: { store: Pick<PopupStore, 'restore'> }) {
  const { t, locale } = useI18n();
  const [removed, setRemoved] = useState<StoredVacancy | null>(removal.current);
  const [said, setSaid] = useState('');
  useEffect(() => removal.subscribe((record) => {
    setRemoved(record);
    setSaid('');
  }), []);
  const undo = async (record: StoredVacancy) => {
    try {
      await store.restore(record);
      removal.set(null);
      setSaid(t('dlRestored', { title: titleText(record, locale) }));
    } catch (error) {
      setSaid(t('dlSaveFailed', { reason: wordReason(errorReason(error), t, locale) }));
    }
  };
  return (
    <p class="dl-undo" role="status">
      {removed && (
        <>
          {t('dlRemoved', { title: titleText(removed, locale) })}{' '}
          <button type="button" onClick={() => void undo(removed)}>{t('dlUndo')}</button>
        </>
      )}
      {said && <span>{said}</span>}
    </p>
  );
}
