import { useState } from 'preact/hooks';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import { STAGES, type Stage } from '../../utils/record/stages';
import { reachedAtFor } from '../../utils/stages/entry';
import { STATUS_LABEL_KEY } from '../../utils/field-labels';
import { formatDay } from '../../utils/format/dates';
import { zonedDateKey } from '../../utils/time/zones';
import { errorReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { useI18n } from '../i18n-context';
import { StepsPanel } from './StepsPanel';
import { ReserveListPanel } from './ReserveListPanel';
import './stages.css';

export interface StagePanelProps {
  record: StoredVacancy;
  store: PopupStore;
  now: Date;
  timeZone: string;
}

/** The stage after `stage` in NATO's order, for the form's first choice; an ended application stays. */
function nextStage(stage: Stage): Stage {
  const index = STAGES.indexOf(stage);
  const next = STAGES[index + 1];
  return next === undefined || next === 'withdrawn' ? stage : next;
}

/**
 * The application's stage: where it is and since when, the timeline of every stage reached, and
 * the next stage set in a few keystrokes (the stage preselected, the day today unless changed).
 * Withdrawn by me or from the portal are in the same list, at any point.
 */
export function StagePanel({ record, store, now, timeZone }: StagePanelProps) {
  const { t, locale } = useI18n();
  const [stage, setStage] = useState<Stage>(() => nextStage(record.status));
  const [date, setDate] = useState(() => zonedDateKey(now, timeZone));
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const history = record.stageHistory ?? [];
  const current = [...history].reverse().find((entry) => entry.stage === record.status);
  const day = (instant: string) => formatDay(new Date(instant), timeZone, locale);

  const save = (event: Event) => {
    event.preventDefault();
    const reachedAt = reachedAtFor(date, now, timeZone);
    if (reachedAt === null) {
      setMessage({ text: t('stgDateInvalid'), alert: true });
      return;
    }
    setMessage({ text: t('dlSaving'), alert: false });
    store.stages({ type: 'set-stage', reference: record.reference, stage, reachedAt }).then(
      (saved) => {
        setMessage({ text: t('dlSaved'), alert: false });
        setStage(nextStage(saved.status));
      },
      (error: unknown) => setMessage({ text: wordReason(errorReason(error), t, locale), alert: true }),
    );
  };

  return (
    <section class="stg-panel" aria-labelledby="stg-title">
      <h3 id="stg-title">{t('stgHeading')}</h3>
      <p class="stg-current">
        <strong>{current ? t('stgCurrent', { stage: t(STATUS_LABEL_KEY[record.status]), date: day(current.reachedAt) }) : t(STATUS_LABEL_KEY[record.status])}</strong>
      </p>
      <form class="stg-move" onSubmit={save}>
        <label>
          <span>{t('stgMoveLabel')}</span>
          <select value={stage} onChange={(event) => setStage(event.currentTarget.value as Stage)}>
            {STAGES.map((value) => (
              <option key={value} value={value}>{t(STATUS_LABEL_KEY[value])}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('stgReachedOn')}</span>
          <input type="date" value={date} max={zonedDateKey(now, timeZone)} required onInput={(event) => setDate(event.currentTarget.value)} />
        </label>
        <button type="submit">{t('stgMoveSave')}</button>
      </form>
      <p class={message?.alert ? 'stg-error' : 'muted'} role={message?.alert ? 'alert' : 'status'}>{message?.text ?? ''}</p>
      <h4>{t('stgTimelineHeading')}</h4>
      {history.length === 0 ? (
        <p class="muted">{t('stgTimelineEmpty')}</p>
      ) : (
        <ol class="stg-timeline">
          {history.map((entry) => (
            <li key={`${entry.stage}-${entry.reachedAt}`}>
              <time dateTime={entry.reachedAt}>{day(entry.reachedAt)}</time> {t(STATUS_LABEL_KEY[entry.stage])}
            </li>
          ))}
        </ol>
      )}
      <ReserveListPanel record={record} store={store} now={now} timeZone={timeZone} />
      <StepsPanel record={record} store={store} now={now} timeZone={timeZone} />
    </section>
  );
}
