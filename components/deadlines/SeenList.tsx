import { useState } from 'preact/hooks';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { SeenList as Seen } from '../../utils/popup-client/vacancy-queries';
import { formatTimeLeft } from '../../utils/deadlines/format';
import { useI18n } from '../i18n-context';
import { useObservable, type Subscribable } from '../use-observable';
import { FollowBar } from './FollowBar';
import { RecordTitle } from '../record-title';

export interface SeenListProps {
  /** The notices only seen: counted while folded, read when unfolded (utils/popup-client/vacancy-queries.ts). */
  watchSeen: (withRows: boolean) => Subscribable<Seen>;
  store: Pick<PopupStore, 'follow' | 'remove'>;
  now: Date;
  onOpen: (reference: string) => void;
  /** Unfolded from the start: Back from one of its notices returns to it (return-focus.ts). */
  initiallyOpen?: boolean;
}

/**
 * Notices opened on the portal but not followed: apart from the deadline list, folded, with no
 * reminder and no badge. Each can be followed, opened or removed.
 */
export function SeenList({ watchSeen, store, now, onOpen, initiallyOpen = false }: SeenListProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(initiallyOpen);
  const { value } = useObservable(() => watchSeen(open), [open]);
  if (!value || value.count === 0) return null;
  const row = (record: StoredVacancy) => (
    <li key={record.reference} class="dl-seen-row" data-reference={record.reference}>
      <button type="button" class="dl-seen-open" onClick={() => onOpen(record.reference)}>
        <RecordTitle class="dl-title" record={record} />{' '}
        <span class="muted">
          {t('dlReference', { reference: record.reference })} · {formatTimeLeft(record.closesAt, now, t)}
        </span>
      </button>
      <FollowBar record={record} store={store} compact />
    </li>
  );
  return (
    <details class="dl-seen" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('dlSeenHeading', { count: value.count })}</summary>
      {open && (
        <>
          <p class="muted">{t('dlSeenHint')}</p>
          <ul class="dl-list">{value.rows.map(row)}</ul>
        </>
      )}
    </details>
  );
}
