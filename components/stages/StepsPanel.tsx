import { useState } from 'preact/hooks';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import { STEP_KINDS } from '../../utils/record/dated-step';
import { newStepId, stepMoment, type StepMomentKind } from '../../utils/stages/entry';
import { STEP_KIND_LABEL } from '../../utils/stages/step-labels';
import { slotEnd, slotStart } from '../../utils/stages/steps';
import type { DatedStep } from '../../utils/record/dated-step';
import { formatClosingMoment } from '../../utils/deadlines/format';
import { formatCalendarDate } from '../../utils/format/dates';
import { BRUSSELS, zonedDateKey } from '../../utils/time/zones';
import { errorReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { useI18n } from '../i18n-context';

export interface StepsPanelProps {
  record: StoredVacancy;
  store: PopupStore;
  now: Date;
  timeZone: string;
}

/**
 * The application's dated steps, each with its moment, and a form to add one by hand: the step,
 * what is dated (a deadline to act by, a fixed day and time, a whole day), the date, the time and
 * its zone (Brussels, or the candidate's own). A moment already past is saved as history.
 */
export function StepsPanel({ record, store, now, timeZone }: StepsPanelProps) {
  const { t, locale } = useI18n();
  const [kind, setKind] = useState<DatedStep['kind']>('video-interview');
  const [what, setWhat] = useState<StepMomentKind>('due');
  const [date, setDate] = useState(() => zonedDateKey(now, timeZone));
  const [time, setTime] = useState('');
  const [zone, setZone] = useState(BRUSSELS);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const steps = record.steps ?? [];
  const moment = (instant: string) => formatClosingMoment(instant, { locale, t, timeZone, now });

  const line = (step: DatedStep) => {
    const name = t(STEP_KIND_LABEL[step.kind]);
    const parts: string[] = [];
    if (step.due !== null) parts.push(t('stgStepDueLine', { kind: name, moment: moment(step.due) }));
    if (step.slot !== null) {
      parts.push(
        'start' in step.slot
          ? t('stgStepSlotLine', { kind: name, moment: moment(step.slot.start) })
          : t('stgStepDayLine', { kind: name, date: 'date' in step.slot ? formatCalendarDate(step.slot.date, locale) : `${formatCalendarDate(step.slot.from, locale)} – ${formatCalendarDate(step.slot.to, locale)}` }),
      );
    }
    const text = parts.join(' · ');
    const last = [step.due, step.slot === null ? null : slotEnd(step.slot)].filter((at): at is string => at !== null).sort().at(-1);
    return last !== undefined && Date.parse(last) <= now.getTime() ? t('stgStepPast', { step: text }) : text;
  };

  const add = (event: Event) => {
    event.preventDefault();
    const read = stepMoment(what, date, time, zone);
    if (read === null) {
      setMessage({ text: t('stgStepInvalid'), alert: true });
      return;
    }
    const step: DatedStep = { id: newStepId(now, steps.map((candidate) => candidate.id)), kind, ...read, zoneAsStated: null };
    const at = read.due ?? (read.slot === null ? null : slotStart(read.slot));
    const past = at !== null && Date.parse(at) <= now.getTime();
    setMessage({ text: t('dlSaving'), alert: false });
    store.stages({ type: 'save-step', reference: record.reference, step }).then(
      () => {
        setMessage({ text: past ? t('stgStepSavedPast') : t('dlSaved'), alert: false });
        setTime('');
      },
      (error: unknown) => setMessage({ text: wordReason(errorReason(error), t, locale), alert: true }),
    );
  };

  const remove = (step: DatedStep) => {
    store.stages({ type: 'delete-step', reference: record.reference, id: step.id }).catch((error: unknown) => setMessage({ text: wordReason(errorReason(error), t, locale), alert: true }));
  };

  return (
    <div class="stg-steps">
      <h4>{t('stgStepsHeading')}</h4>
      {steps.length === 0 ? (
        <p class="muted">{t('stgStepsEmpty')}</p>
      ) : (
        <ul class="stg-step-list">
          {steps.map((step) => {
            const text = line(step);
            return (
              <li key={step.id}>
                <span>{text}</span>{' '}
                <button type="button" class="stg-delete" aria-label={t('stgStepDeleteLabel', { step: text })} onClick={() => remove(step)}>
                  {t('stgStepDelete')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <form class="stg-move" onSubmit={add}>
        <label>
          <span>{t('stgStepKind')}</span>
          <select value={kind} onChange={(event) => setKind(event.currentTarget.value as DatedStep['kind'])}>
            {STEP_KINDS.map((value) => (
              <option key={value} value={value}>{t(STEP_KIND_LABEL[value])}</option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('stgStepType')}</span>
          <select value={what} onChange={(event) => setWhat(event.currentTarget.value as StepMomentKind)}>
            <option value="due">{t('stgStepTypeDue')}</option>
            <option value="slot">{t('stgStepTypeSlot')}</option>
            <option value="day">{t('stgStepTypeDay')}</option>
          </select>
        </label>
        <label>
          <span>{t('stgStepDate')}</span>
          <input type="date" value={date} required onInput={(event) => setDate(event.currentTarget.value)} />
        </label>
        {what !== 'day' && (
          <>
            <label>
              <span>{t('stgStepTime')}</span>
              <input type="time" value={time} required={what === 'slot'} onInput={(event) => setTime(event.currentTarget.value)} />
            </label>
            <label>
              <span>{t('stgStepZone')}</span>
              <select value={zone} onChange={(event) => setZone(event.currentTarget.value)}>
                <option value={BRUSSELS}>{t('stgStepZoneBrussels')}</option>
                {timeZone !== BRUSSELS && <option value={timeZone}>{t('stgStepZoneMine', { zone: timeZone })}</option>}
              </select>
            </label>
          </>
        )}
        <button type="submit">{t('stgStepAdd')}</button>
      </form>
      <p class={message?.alert ? 'stg-error' : 'muted'} role={message?.alert ? 'alert' : 'status'}>{message?.text ?? ''}</p>
    </div>
  );
}
