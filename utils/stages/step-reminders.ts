import type { StoredVacancy } from '../record/stored-vacancy';
import { translator, type Locale } from '../i18n-core';
import { isFollowed } from '../record/follow-rule';
import { HOUR } from '../time/durations';
import { formatDateTime } from '../format/dates';
import { formatDuration, splitDuration } from '../format/durations';
import { BRUSSELS } from '../time/zones';
import { applicationStepEvents, type StepRecord } from './steps';
import { STEP_KIND_LABEL } from './step-labels';

/**
 * The reminders ladder for dated steps (a video interview's due, a test's start): the same
 * settings ladder as the closing moment, one alarm per step moment and ladder step still ahead.
 * Names stay under `reminder:` so the deadline reminders' sync arms and clears them too; the
 * deadline handler reads no record under them (no reference holds ':'), this one does.
 */
const STEP_ALARM = /^reminder:step:(.+):([A-Za-z0-9_-]+):(due|start):(\d+)$/;

type StepReminderRecord = StepRecord & Pick<StoredVacancy, 'title' | 'remindersEnabled' | 'followedAt'>;

export interface PlannedStepReminder {
  name: string;
  reference: string;
  hoursBefore: number;
  /** The step's moment (named like the deadline reminders' field, so both plans arm together). */
  closesAt: string;
  when: number;
}

export function stepAlarmName(reference: string, stepId: string, what: 'due' | 'start', hoursBefore: number): string {
  return `reminder:step:${reference}:${stepId}:${what}:${hoursBefore}`;
}

/** What step reminders read of the settings (utils/settings/settings.ts), written out so stages/ needs no settings import. */
interface Settings {
  reminders: { enabled: boolean; hoursBefore: readonly number[] };
}

const wantsStepReminders = (record: StepReminderRecord, settings: Settings) =>
  settings.reminders.enabled && record.remindersEnabled && isFollowed(record);

/** Every ladder step of every step moment still ahead; a moment in the past is history and gets none. */
export function planStepReminders(records: readonly StepReminderRecord[], settings: Settings, now: Date): PlannedStepReminder[] {
  const planned: PlannedStepReminder[] = [];
  for (const record of records) {
    if (!wantsStepReminders(record, settings)) continue;
    for (const event of applicationStepEvents(record)) {
      const at = Date.parse(event.at);
      if (at <= now.getTime()) continue;
      const [, , stepId] = event.key.split(':');
      for (const hoursBefore of settings.reminders.hoursBefore) {
        const when = at - hoursBefore * HOUR;
        if (when <= now.getTime()) continue;
        planned.push({ name: stepAlarmName(record.reference, stepId!, event.what, hoursBefore), reference: record.reference, hoursBefore, closesAt: event.at, when });
      }
    }
  }
  return planned.sort((a, b) => a.when - b.when || a.name.localeCompare(b.name));
}

/**
 * A fired step alarm, checked again (the step still there at that moment, the switches on) and
 * worded; null for a name that is not a step alarm or a reminder no longer due. The sent key has
 * the deadline keys' shape (`…:<hours>:<instant>`), so old keys are pruned alike.
 */
export function stepReminderForAlarm(
  name: string,
  records: readonly StepReminderRecord[],
  settings: Settings,
  now: Date,
  alreadySent: ReadonlySet<string>,
  locale: Locale,
): { keys: string[]; title: string; message: string } | null {
  const match = STEP_ALARM.exec(name);
  if (!match) return null;
  const [, reference, stepId, what, hours] = match as unknown as [string, string, string, 'due' | 'start', string];
  const record = records.find((candidate) => candidate.reference === reference);
  if (!record || !wantsStepReminders(record, settings) || !settings.reminders.hoursBefore.includes(Number(hours))) return null;
  const event = applicationStepEvents(record).find((candidate) => candidate.key === `step:${reference}:${stepId}:${what}`);
  if (!event) return null;
  const at = Date.parse(event.at);
  if (at <= now.getTime() || now.getTime() < at - Number(hours) * HOUR) return null;
  const key = `${reference}#${stepId}#${what}:${hours}:${event.at}`;
  if (alreadySent.has(key)) return null;
  const t = translator(locale);
  const moment = formatDateTime(new Date(at), BRUSSELS, { locale, t, now });
  const message = t(what === 'due' ? 'stgReminderDue' : 'stgReminderStarts', {
    kind: t(STEP_KIND_LABEL[event.kind]),
    when: formatDuration(splitDuration(at - now.getTime()), t),
    moment,
  });
  return { keys: [key], title: record.title, message };
}
