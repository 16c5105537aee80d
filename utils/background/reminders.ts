import type { StoredVacancy } from '../record/stored-vacancy';
import { oneAtATime } from '../one-at-a-time';
import type { Settings } from '../settings/settings';
import { localeFromLanguageTag, translator, type Locale } from '../i18n-core';
import { awaitsApplication } from '../deadlines/actionable';
import { isFollowed } from '../record/follow-rule';
import { HOUR, MINUTE } from '../time/durations';
import { formatDateTime } from '../format/dates';
import { formatDuration, splitDuration } from '../format/durations';
import { BRUSSELS } from '../time/zones';
import { documentsReminderLine } from '../prepare/reminder-text';
import { alarmsToArm, type ReminderEvent } from './alarm-plan';
import { lastHelpEvent, lastHelpInstant, parseLastHelpAlarm } from '../prepare/last-help';
import { lastHelpNotice } from './last-help-notice';
import { titleText } from '../record/shown-title';
import { planStepReminders, stepReminderForAlarm } from '../stages/step-reminders';

/**
 * Deadline reminders: pure planning (which alarm at which instant) plus a thin step that makes
 * the browser's alarms match the plan. Planning is re-run on install, on startup and after every
 * change, so the alarms are right after a restart whatever the browser kept.
 */
export const REMINDER_PREFIX = 'reminder:';
/** Key in storage.local of the reminders already shown, as `reference:step:closesAt`. */
export const SENT_REMINDERS_KEY = 'sentReminders';

export interface PlannedReminder {
  /** Alarm name, `reminder:<reference>:<hoursBefore>`. */
  name: string;
  reference: string;
  hoursBefore: number;
  closesAt: string;
  /** Epoch milliseconds the alarm fires at. */
  when: number;
}

type ReminderRecord = Pick<StoredVacancy, 'reference' | 'title' | 'closesAt' | 'status' | 'portalState' | 'remindersEnabled' | 'followedAt'> &
  Partial<Pick<StoredVacancy, 'preparation' | 'documentsReady' | 'titleFr' | 'languages'>>;

export function alarmName(reference: string, hoursBefore: number): string {
  return `${REMINDER_PREFIX}${reference}:${hoursBefore}`;
}

/** References never contain ':' (see ParsedVacancySchema), so the last ':' splits the step off. */
export function parseAlarmName(name: string): { reference: string; hoursBefore: number } | null {
  const match = /^reminder:(.+):(\d+)$/.exec(name);
  return match ? { reference: match[1]!, hoursBefore: Number(match[2]) } : null;
}

export function sentKey(reference: string, hoursBefore: number, closesAt: string): string {
  return `${reference}:${hoursBefore}:${closesAt}`;
}

/** Only for vacancies the candidate follows: a notice only seen never notifies. */
function wantsReminders(record: ReminderRecord, settings: Settings): boolean {
  return settings.reminders.enabled && record.remindersEnabled && isFollowed(record) && awaitsApplication(record);
}

/** One reminder per vacancy per ladder step still ahead of `now`. */
export function planReminders(records: readonly ReminderRecord[], settings: Settings, now: Date): PlannedReminder[] {
  const planned: PlannedReminder[] = [];
  for (const record of records) {
    if (record.closesAt === null || !wantsReminders(record, settings)) continue;
    const closes = Date.parse(record.closesAt);
    if (Number.isNaN(closes) || closes <= now.getTime()) continue;
    for (const hoursBefore of settings.reminders.hoursBefore) {
      const when = closes - hoursBefore * HOUR;
      if (when <= now.getTime()) continue;
      planned.push({ name: alarmName(record.reference, hoursBefore), reference: record.reference, hoursBefore, closesAt: record.closesAt, when });
    }
  }
  return planned.sort((a, b) => a.when - b.when || a.name.localeCompare(b.name));
}

/** The ladder's events and the last-help rung's (utils/prepare/last-help.ts), for the alarm plan. */
export function planEvents(records: readonly ReminderRecord[], settings: Settings, now: Date): ReminderEvent[] {
  const rungs = records
    .filter((record) => wantsReminders(record, settings))
    .map((record) => lastHelpEvent(record, settings.reminders.lastHelp, now.getTime()))
    .filter((event) => event !== null);
  return [...planReminders(records, settings, now), ...planStepReminders(records, settings, now), ...rungs];
}

/** A fired alarm's notification: a ladder step's, or the last-help rung's. */
function noticeForAlarm(name: string, records: readonly ReminderRecord[], settings: Settings, now: Date, sent: ReadonlySet<string>, locale: Locale) {
  const reference = parseLastHelpAlarm(name);
  if (reference === null) return reminderForAlarm(name, records, settings, now, sent, locale) ?? stepReminderForAlarm(name, records, settings, now, sent, locale);
  const record = records.find((candidate) => candidate.reference === reference);
  return record && wantsReminders(record, settings) ? lastHelpNotice(record, settings.reminders.lastHelp, now, sent, locale) : null;
}

/** The part of browser.alarms used here, so tests pass a fake. */
export interface AlarmsApi {
  getAll(): Promise<{ name: string; scheduledTime: number }[]>;
  create(name: string, info: { when: number }): void | Promise<void>;
  clear(name: string): Promise<boolean>;
  onAlarm: { addListener(listener: (alarm: { name: string }) => void): void; removeListener(listener: (alarm: { name: string }) => void): void };
}

/**
 * Makes the browser's `reminder:*` alarms equal the plan: clears the ones no longer planned (or
 * planned at another instant, e.g. after a deadline extension), creates the missing ones, leaves
 * the rest alone. Running it twice changes nothing. Other alarms are not touched. An alarm whose
 * time has come (`now` given) but that has not fired yet (browsers fire late by up to a minute)
 * is left to fire unless the plan wants its name at another time: its handler decides then.
 */
export async function syncReminderAlarms(
  alarms: AlarmsApi,
  planned: readonly { name: string; when: number }[],
  now?: number,
): Promise<{ created: string[]; cleared: string[] }> {
  const wanted = new Map(planned.map((reminder) => [reminder.name, reminder.when]));
  const existing = (await alarms.getAll()).filter((alarm) => alarm.name.startsWith(REMINDER_PREFIX));
  const cleared: string[] = [];
  const kept = new Set<string>();
  for (const alarm of existing) {
    const due = now !== undefined && alarm.scheduledTime <= now && !wanted.has(alarm.name);
    if (due || wanted.get(alarm.name) === alarm.scheduledTime) {
      kept.add(alarm.name);
    } else {
      await alarms.clear(alarm.name);
      cleared.push(alarm.name);
    }
  }
  const created: string[] = [];
  for (const [name, when] of wanted) {
    if (kept.has(name)) continue;
    await alarms.create(name, { when });
    created.push(name);
  }
  return { created, cleared };
}

export interface ReminderNotice {
  /** Every `sentReminders` key this notice answers for (later steps already passed included). */
  keys: string[];
  title: string;
  message: string;
}

/** "24 h", "3 days": how the ladder step reads when the alarm fires on time. */
function stepLabel(hoursBefore: number, locale: Locale): string {
  const t = translator(locale);
  return hoursBefore >= 48 && hoursBefore % 24 === 0
    ? t('dlReminderStepDays', { n: hoursBefore / 24 })
    : t('dlReminderStepHours', { n: hoursBefore });
}

/** An alarm that fires this much after its time (the computer slept) says the real time left. */
const ON_TIME_TOLERANCE = 15 * MINUTE;

/**
 * Decides whether a fired alarm still deserves a notification and words it. Everything is checked
 * again at fire time (status, switches, ladder, deadline), so a stale alarm never notifies. When the
 * computer slept through several steps, one notice covers all passed steps, so waking up does not
 * bring a burst of them.
 */
export function reminderForAlarm(
  name: string,
  records: readonly ReminderRecord[],
  settings: Settings,
  now: Date,
  alreadySent: ReadonlySet<string>,
  locale: Locale,
): ReminderNotice | null {
  const parsed = parseAlarmName(name);
  if (!parsed || !settings.reminders.hoursBefore.includes(parsed.hoursBefore)) return null;
  const record = records.find((candidate) => candidate.reference === parsed.reference);
  if (!record || record.closesAt === null || !wantsReminders(record, settings)) return null;
  const closes = Date.parse(record.closesAt);
  const left = closes - now.getTime();
  const due = closes - parsed.hoursBefore * HOUR;
  if (Number.isNaN(closes) || left <= 0 || now.getTime() < due) return null;
  const closesAt = record.closesAt;
  if (alreadySent.has(sentKey(record.reference, parsed.hoursBefore, closesAt))) return null;
  const keys = settings.reminders.hoursBefore
    .filter((step) => closes - step * HOUR <= now.getTime())
    .map((step) => sentKey(record.reference, step, closesAt));
  const t = translator(locale);
  const onTime = now.getTime() - due <= ON_TIME_TOLERANCE;
  const when = onTime ? stepLabel(parsed.hoursBefore, locale) : formatDuration(splitDuration(left), t);
  const moment = formatDateTime(new Date(closes), BRUSSELS, { locale, t, now });
  // In the last 3 days the notice's documents not ticked ready are named too (utils/prepare/).
  const documents = documentsReminderLine(record, left, t);
  return { keys, title: titleText(record, locale), message: [t('dlReminderMessage', { when, moment }), documents].filter(Boolean).join(' ') };
}

/** Drops keys of deadlines long past, so the stored set stays small. */
export function pruneSentKeys(keys: Iterable<string>, now: Date, keepDays = 30): string[] {
  const horizon = now.getTime() - keepDays * 24 * HOUR;
  return [...keys].filter((key) => {
    const closesAt = /^[^:]+:[^:]+:(.+)$/.exec(key)?.[1];
    const at = closesAt ? Date.parse(closesAt) : Number.NaN;
    return Number.isNaN(at) || at >= horizon;
  });
}

/** The part of browser.notifications used here. */
export interface NotificationsApi {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): unknown;
}

/** The part of browser.storage.local used here. */
export interface StorageAreaApi {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface ReminderDeps {
  /** Read when an alarm fires; writes re-sync through resync() (utils/background/replan.ts). */
  store: { all(): Promise<StoredVacancy[]> };
  loadSettings(): Promise<Settings>;
  alarms: AlarmsApi;
  notifications: NotificationsApi;
  storageLocal: StorageAreaApi;
  now(): Date;
  /** The browser's UI language, for settings.locale 'auto'. */
  browserLanguage?: () => string;
  /** Notification icon; Chrome requires one. */
  iconUrl?: string;
  onError?: (error: unknown) => void;
}

export interface ReminderService {
  /** Re-plans and syncs the alarms; call on install, on startup and after writes. */
  resync(records?: StoredVacancy[]): Promise<ReminderEvent[]>;
  /** What onAlarm runs; exposed for tests. Resolves true when a notification was shown. */
  handleAlarm(name: string): Promise<boolean>;
  stop(): void;
}

export function startReminders(deps: ReminderDeps): ReminderService {
  const onError = deps.onError ?? ((error: unknown) => console.error('[reminders]', error));
  // One task at a time: two alarms firing together after a wake-up must not both read the sent
  // set before either writes it.
  const serial = oneAtATime();

  /** Arms the nearest events only (alarm-plan.ts): the alarms do not grow with the archive. */
  const arm = async (records: readonly StoredVacancy[], settings: Settings, now: Date) => {
    const armed = alarmsToArm(planEvents(records, settings, now), now.getTime());
    await syncReminderAlarms(deps.alarms, armed, now.getTime());
    return armed;
  };

  const resyncWith = (records?: StoredVacancy[]) =>
    serial(async () => {
      const [all, settings] = await Promise.all([records ?? deps.store.all(), deps.loadSettings()]);
      return arm(all, settings, deps.now());
    });

  const handleAlarm = (name: string) =>
    serial(async () => {
      if (!name.startsWith(REMINDER_PREFIX)) return false;
      const [records, settings, stored] = await Promise.all([
        deps.store.all(),
        deps.loadSettings(),
        deps.storageLocal.get(SENT_REMINDERS_KEY),
      ]);
      const raw = stored[SENT_REMINDERS_KEY];
      const sent = new Set(Array.isArray(raw) ? raw.filter((key): key is string => typeof key === 'string') : []);
      const locale = settings.locale === 'auto' ? localeFromLanguageTag(deps.browserLanguage?.() ?? globalThis.navigator?.language) : settings.locale;
      const now = deps.now();
      const notices: { name: string; notice: ReminderNotice }[] = [];
      for (const due of [name, ...missedWhileAsleep(name, records, settings, now)]) {
        const notice = noticeForAlarm(due, records, settings, now, sent, locale);
        if (!notice) continue;
        for (const key of notice.keys) sent.add(key);
        notices.push({ name: due, notice });
      }
      // Recorded before showing: after a crash a reminder may be missed, but never shown twice.
      if (notices.length > 0) await deps.storageLocal.set({ [SENT_REMINDERS_KEY]: pruneSentKeys(sent, now) });
      for (const { name: id, notice } of notices) {
        await deps.notifications.create(id, {
          type: 'basic',
          iconUrl: deps.iconUrl ?? '/icon/128.png',
          title: notice.title,
          message: notice.message,
        });
      }
      // The fired alarm is gone: the next event gets its alarm now.
      await arm(records, settings, now);
      return notices[0]?.name === name;
    });

  const listener = (alarm: { name: string }) => {
    handleAlarm(alarm.name).catch(onError);
  };
  deps.alarms.onAlarm.addListener(listener);

  return {
    resync: (records?: StoredVacancy[]) => resyncWith(records),
    handleAlarm,
    stop() {
      deps.alarms.onAlarm.removeListener(listener);
    },
  };
}

/**
 * An alarm that fires late (the computer slept) was the nearest one armed; the events due
 * between its time and now had no alarm yet (alarm-plan.ts arms only the nearest), so they are
 * answered with it. An alarm on time leaves the rest to their own alarms.
 */
function missedWhileAsleep(name: string, records: readonly ReminderRecord[], settings: Settings, now: Date): string[] {
  const parsed = parseAlarmName(name);
  const reference = parsed?.reference ?? parseLastHelpAlarm(name);
  const record = reference !== null && records.find((candidate) => candidate.reference === reference);
  if (!record || record.closesAt === null) return [];
  const due = parsed ? Date.parse(record.closesAt) - parsed.hoursBefore * HOUR : lastHelpInstant(record.closesAt, settings.reminders.lastHelp.workingDays);
  if (due === null || Number.isNaN(due) || now.getTime() - due <= ON_TIME_TOLERANCE) return [];
  return planEvents(records, settings, new Date(due))
    .filter((event) => event.when <= now.getTime() && event.name !== name)
    .map((event) => event.name);
}
