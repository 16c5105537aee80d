import { localeFromLanguageTag, translator } from '../i18n-core';
import type { Settings } from '../settings/settings';
import { DAY } from '../time/durations';

/**
 * The optional weekly "export a backup" nudge. One daily alarm checks; a notification is shown
 * when the last backup (or, never having backed up, nothing) is a week old and no nudge was shown
 * this week either, so a user who ignores it hears once a week, not every day.
 */
export const BACKUP_REMINDER_ALARM = 'backup-reminder';
/** storage.local key: ISO instant of the last JSON backup export (the worker sets it when BackupSection asks: requests.ts). */
export const LAST_BACKUP_KEY = 'lastBackupAt';
/** storage.local key: ISO instant of the last nudge shown. */
export const LAST_BACKUP_NUDGE_KEY = 'lastBackupReminderAt';

const WEEK = 7 * DAY;

/**
 * Due when there has never been a backup, the last one is a week old or more, or its date cannot
 * be trusted (unreadable, or more than a day in the future: the clock was wrong when it was taken).
 */
export function backupReminderDue(lastBackupAt: string | null, now: Date): boolean {
  if (lastBackupAt === null) return true;
  const last = Date.parse(lastBackupAt);
  if (Number.isNaN(last)) return true;
  const elapsed = now.getTime() - last;
  return elapsed >= WEEK || elapsed < -DAY;
}

/** The parts of browser.alarms / notifications / storage.local used here, so tests pass fakes. */
export interface BackupAlarmsApi {
  get(name: string): Promise<{ name: string } | undefined | null>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): void | Promise<void>;
  onAlarm: {
    addListener(listener: (alarm: { name: string }) => void): void;
    removeListener(listener: (alarm: { name: string }) => void): void;
  };
}

export interface BackupNotificationsApi {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): unknown;
}

export interface BackupStorageApi {
  get(key: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export interface BackupReminderDeps {
  alarms: BackupAlarmsApi;
  notifications: BackupNotificationsApi;
  storageLocal: BackupStorageApi;
  loadSettings(): Promise<Settings>;
  now(): Date;
  /** The browser's UI language, for settings.locale 'auto'. */
  browserLanguage?: () => string;
  iconUrl?: string;
  onError?: (error: unknown) => void;
}

export interface BackupReminder {
  /** What the alarm runs; exposed for tests. Resolves true when a notification was shown. */
  check(): Promise<boolean>;
  /** Settles once the alarm is known to exist. */
  ready: Promise<void>;
  stop(): void;
}

/** Remembers an export, so the weekly nudge counts from it. */
export async function markBackupDone(storageLocal: Pick<BackupStorageApi, 'set'>, now: Date): Promise<void> {
  await storageLocal.set({ [LAST_BACKUP_KEY]: now.toISOString() });
}

export async function readLastBackupAt(storageLocal: Pick<BackupStorageApi, 'get'>): Promise<string | null> {
  const value = (await storageLocal.get(LAST_BACKUP_KEY))[LAST_BACKUP_KEY];
  return typeof value === 'string' ? value : null;
}

/**
 * Wires the daily check. The alarm is created only when missing: an MV3 worker starts many
 * times a day, and re-creating a periodic alarm restarts its period, so it might never fire.
 * The alarm stays even with the setting off (the check reads the setting when it fires), so
 * switching the setting needs no message to the background.
 */
export function startBackupReminder(deps: BackupReminderDeps): BackupReminder {
  const onError = deps.onError ?? ((error: unknown) => console.error('[backup-reminder]', error));

  const check = async (): Promise<boolean> => {
    const settings = await deps.loadSettings();
    if (!settings.backupReminder) return false;
    const stored = await deps.storageLocal.get([LAST_BACKUP_KEY, LAST_BACKUP_NUDGE_KEY]);
    const asInstant = (value: unknown) => (typeof value === 'string' ? value : null);
    const now = deps.now();
    if (!backupReminderDue(asInstant(stored[LAST_BACKUP_KEY]), now)) return false;
    if (!backupReminderDue(asInstant(stored[LAST_BACKUP_NUDGE_KEY]), now)) return false;
    const locale =
      settings.locale === 'auto'
        ? localeFromLanguageTag(deps.browserLanguage?.() ?? globalThis.navigator?.language)
        : settings.locale;
    const t = translator(locale);
    // Recorded before showing: a crash may lose one nudge but never shows two.
    await deps.storageLocal.set({ [LAST_BACKUP_NUDGE_KEY]: now.toISOString() });
    await deps.notifications.create(BACKUP_REMINDER_ALARM, {
      type: 'basic',
      iconUrl: deps.iconUrl ?? '/icon/128.png',
      title: t('bakReminderTitle'),
      message: t('bakReminderMessage'),
    });
    return true;
  };

  const listener = (alarm: { name: string }) => {
    if (alarm.name === BACKUP_REMINDER_ALARM) check().catch(onError);
  };
  deps.alarms.onAlarm.addListener(listener);
  const ready = (async () => {
    if (!(await deps.alarms.get(BACKUP_REMINDER_ALARM))) {
      await deps.alarms.create(BACKUP_REMINDER_ALARM, { periodInMinutes: 1440, delayInMinutes: 1 });
    }
  })().catch(onError);

  return {
    check,
    ready,
    stop: () => deps.alarms.onAlarm.removeListener(listener),
  };
}
