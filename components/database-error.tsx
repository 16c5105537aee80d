import { errorReason } from '../utils/failure';
import { wordReason } from '../utils/reasons/word-reason';
import { useI18n } from './i18n-context';

/**
 * The database could not be read (an upgrade blocked by another open page, a full disk): the
 * reason in the reader's words, and a way to try again without closing the popup.
 */
export function DatabaseError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t, locale } = useI18n();
  return (
    <div role="alert" class="error">
      <p>{t('errorDatabase', { reason: wordReason(errorReason(error), t, locale) })}</p>
      <button type="button" onClick={onRetry}>
        {t('dbRetry')}
      </button>
    </div>
  );
}
