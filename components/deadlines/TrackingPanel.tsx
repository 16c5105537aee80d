import { useEffect, useRef, useState } from 'preact/hooks';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { STATUSES, type Status } from '../../utils/record/user-defaults';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import type { UserFieldsPatch } from '../../utils/db-writer/vacancy-store';
import { errorReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { useI18n } from '../i18n-context';
import { STATUS_LABEL } from './labels';
import { useDebouncedSave, type SaveState } from '../use-debounced-save';
import { awaitsApplication } from '../../utils/deadlines/actionable';

export interface TrackingPanelProps {
  record: StoredVacancy;
  store: PopupStore;
}

/**
 * The user's own fields. Status and the reminder switch are written at once; notes after a
 * ~400 ms pause and on blur/unmount. Controls show the user's choice immediately (optimistic) and
 * follow the store when it changes elsewhere.
 */
export function TrackingPanel({ record, store }: TrackingPanelProps) {
  const { t, locale } = useI18n();
  const reference = record.reference;
  const [status, setStatus] = useState<Status>(record.status);
  const [reminders, setReminders] = useState(record.remindersEnabled);
  const [notes, setNotes] = useState(record.notes);
  const [immediate, setImmediate] = useState<{ state: SaveState; error: unknown }>({ state: 'idle', error: null });
  // The stored notes the box's text was written from, sent with each save: the background refuses
  // a save made from notes another window has changed since, so nothing is overwritten unseen.
  const base = useRef(record.notes);
  // What this panel sent last: its own save coming back through the live query is no conflict.
  const sent = useRef<string | null>(null);
  // Another window's notes, met while this box had typing of its own: the user chooses.
  const [theirs, setTheirs] = useState<string | null>(null);
  const notesSave = useDebouncedSave(async (value) => {
    sent.current = value;
    await store.updateUserFields(reference, { notes: value }, { notes: base.current });
    base.current = value;
  });
  const notesBox = useRef<HTMLTextAreaElement>(null);

  useEffect(() => setStatus(record.status), [record.status]);
  useEffect(() => setReminders(record.remindersEnabled), [record.remindersEnabled]);
  useEffect(() => {
    if (record.notes === base.current || record.notes === sent.current) {
      base.current = record.notes;
      return;
    }
    // Another window changed the notes: follow it, unless the user is typing here.
    const typing = notesSave.dirty() || document.activeElement === notesBox.current;
    if (!typing || record.notes === notesBox.current?.value) {
      base.current = record.notes;
      setNotes(record.notes);
      setTheirs(null);
    } else {
      setTheirs(record.notes);
    }
  }, [record.notes]);

  /** The user's answer to another window's notes; `text` is saved as made from them. */
  const settle = (text: string) => {
    base.current = theirs ?? base.current;
    setTheirs(null);
    setNotes(text);
    if (text === base.current) notesSave.cancel();
    else notesSave.schedule(text);
    void notesSave.flush();
  };

  const saveNow = (patch: UserFieldsPatch) => {
    setImmediate({ state: 'saving', error: null });
    store.updateUserFields(reference, patch).then(
      () => setImmediate({ state: 'saved', error: null }),
      (reason: unknown) => setImmediate({ state: 'error', error: reason }),
    );
  };

  const failed = notesSave.state === 'error' ? { error: notesSave.error } : immediate.state === 'error' ? { error: immediate.error } : null;
  const failure = failed && wordReason(errorReason(failed.error), t, locale);
  const busy = [notesSave.state, immediate.state].some((s) => s === 'saving' || s === 'pending');
  const saved = [notesSave.state, immediate.state].includes('saved');
  // The box says what will happen: once applied (or the portal withdrew the job) no reminder
  // goes out whatever the switch holds, so it shows unticked and cannot be changed.
  const remindable = awaitsApplication({ status, portalState: record.portalState });

  return (
    <section class="dl-tracking" aria-labelledby="dl-tracking-title">
      <h3 id="dl-tracking-title">{t('dlSectionTracking')}</h3>
      <div class="dl-tracking-controls">
        <label>
          <span>{t('dlStatus')}</span>
          <select
            value={status}
            onChange={(event) => {
              const next = event.currentTarget.value as Status;
              setStatus(next);
              saveNow({ status: next });
            }}
          >
            {STATUSES.map((value) => (
              <option key={value} value={value}>{t(STATUS_LABEL[value])}</option>
            ))}
          </select>
        </label>
        <label class="dl-check">
          <input
            type="checkbox"
            checked={reminders && remindable}
            disabled={!remindable}
            aria-describedby={remindable ? undefined : 'dl-reminders-stopped'}
            onChange={(event) => {
              const next = event.currentTarget.checked;
              setReminders(next);
              saveNow({ remindersEnabled: next });
            }}
          />
          <span>{t('dlRemindersToggle')}</span>
        </label>
        {!remindable && <p id="dl-reminders-stopped" class="muted dl-reminders-stopped">{t('dlRemindersStopped')}</p>}
      </div>
      <label class="dl-notes">
        <span>{t('dlNotesLabel')}</span>
        <textarea
          ref={notesBox}
          rows={4}
          value={notes}
          onInput={(event) => {
            setNotes(event.currentTarget.value);
            notesSave.schedule(event.currentTarget.value);
          }}
          onBlur={() => void notesSave.flush()}
        />
      </label>
      {theirs !== null && (
        <div class="dl-notes-conflict" role="alert">
          <p>{t('dlNotesConflict')}</p>
          <blockquote>{theirs}</blockquote>
          <div class="actions">
            <button type="button" onClick={() => settle(notes)}>{t('dlNotesKeepMine')}</button>
            <button type="button" onClick={() => settle(theirs)}>{t('dlNotesUseTheirs')}</button>
            <button type="button" onClick={() => settle(`${notes}\n\n${theirs}`)}>{t('dlNotesKeepBoth')}</button>
          </div>
        </div>
      )}
      <p class={failure ? 'dl-save error' : 'dl-save muted'} role="status">
        {failure ? t('dlSaveFailed', { reason: failure }) : busy ? t('dlSaving') : saved ? t('dlSaved') : ''}
      </p>
    </section>
  );
}
