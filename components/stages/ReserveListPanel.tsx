import { useState } from 'preact/hooks';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import { formatCalendarDate, formatDay } from '../../utils/format/dates';
import { zonedDateKey } from '../../utils/time/zones';
import { errorReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { useI18n } from '../i18n-context';

export interface ReserveListPanelProps {
  record: StoredVacancy;
  store: Pick<PopupStore, 'updateUserFields'>;
  now: Date;
  timeZone: string;
}

/**
 * Reserve-list membership: since the day the application reached the reserve-list stage, and
 * until the end date NATO stated, when it stated one (entered by the candidate, optional). Shown
 * once the application has been on a reserve list; an end date past says the list has ended.
 */
export function ReserveListPanel({ record, store, now, timeZone }: ReserveListPanelProps) {
  const { t, locale } = useI18n();
  const since = [...(record.stageHistory ?? [])].reverse().find((entry) => entry.stage === 'reserve-list');
  const [until, setUntil] = useState(record.reserveListUntil ?? '');
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  if (!since && record.status !== 'reserve-list') return null;

  // A stated end date is a whole day: shown as that day, wherever the candidate is.
  const showDate = (date: string) => formatCalendarDate(date, locale);
  const sinceDay = since ? formatDay(new Date(since.reachedAt), timeZone, locale) : null;
  const stated = record.reserveListUntil ?? null;
  const ended = stated !== null && stated < zonedDateKey(now, timeZone);
  const summary = ended
    ? t('stgReserveEnded', { until: showDate(stated) })
    : stated !== null && sinceDay !== null
      ? t('stgReserveSinceUntil', { since: sinceDay, until: showDate(stated) })
      : sinceDay !== null
        ? t('stgReserveSince', { since: sinceDay })
        : null;

  const save = (event: Event) => {
    event.preventDefault();
    // A date field gives a whole date or nothing: nothing clears the end date.
    setMessage({ text: t('dlSaving'), alert: false });
    store.updateUserFields(record.reference, { reserveListUntil: until === '' ? null : until }).then(
      () => setMessage({ text: t('dlSaved'), alert: false }),
      (error: unknown) => setMessage({ text: wordReason(errorReason(error), t, locale), alert: true }),
    );
  };

  return (
    <div class="stg-reserve">
      {summary && <p>{summary}</p>}
      <form class="stg-move" onSubmit={save}>
        <label>
          <span>{t('stgReserveUntilLabel')}</span>
          <input type="date" value={until} onInput={(event) => setUntil(event.currentTarget.value)} />
        </label>
        <button type="submit">{t('stgReserveUntilSave')}</button>
      </form>
      <p class={message?.alert ? 'stg-error' : 'muted'} role={message?.alert ? 'alert' : 'status'}>{message?.text ?? ''}</p>
    </div>
  );
}
