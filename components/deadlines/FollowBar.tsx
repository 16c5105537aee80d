import { useState } from 'preact/hooks';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { errorReason } from '../../utils/failure';
import { isFollowed } from '../../utils/record/follow-rule';
import { wordReason } from '../../utils/reasons/word-reason';
import { useI18n } from '../i18n-context';
import { removal } from './removal';

export interface FollowBarProps {
  record: StoredVacancy;
  store: Pick<PopupStore, 'follow' | 'remove'>;
  /** After a removal: the view leaves the record (the list shows the Undo). */
  onRemoved?: () => void;
  /** 'row': in a list, the buttons name the vacancy for screen readers. */
  compact?: boolean;
}

/** Follow / Unfollow and Remove, in the detail view and on a seen notice's row. */
export function FollowBar({ record, store, onRemoved, compact = false }: FollowBarProps) {
  const { t, locale } = useI18n();
  const [failure, setFailure] = useState('');
  const followed = isFollowed(record);
  const run = async (action: () => Promise<unknown>) => {
    setFailure('');
    try {
      await action();
    } catch (error) {
      setFailure(t('dlSaveFailed', { reason: wordReason(errorReason(error), t, locale) }));
    }
  };
  const remove = () =>
    run(async () => {
      const removed = await store.remove(record.reference);
      removal.set(removed);
      onRemoved?.();
    });
  return (
    <div class={compact ? 'dl-follow compact' : 'dl-follow'}>
      {!compact && <span class="muted">{followed ? t('panelFollowing') : t('panelSeenOnly')}</span>}
      <button
        type="button"
        class={followed ? 'dl-unfollow' : 'dl-follow-button'}
        aria-pressed={followed}
        title={t('followHint')}
        onClick={() => void run(() => store.follow(record.reference, !followed))}
      >
        {followed ? t('unfollowAction') : t('followAction')}
      </button>
      <button type="button" class="dl-remove" aria-label={compact ? t('dlRemoveLabel', { reference: record.reference }) : undefined} onClick={() => void remove()}>
        {t('dlRemove')}
      </button>
      {failure && <span class="error" role="alert">{failure}</span>}
    </div>
  );
}
