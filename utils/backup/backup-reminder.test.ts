import { describe, expect, it } from 'vitest';
import {
  BACKUP_REMINDER_ALARM,
  backupReminderDue,
  LAST_BACKUP_KEY,
  LAST_BACKUP_NUDGE_KEY,
  markBackupDone,
  readLastBackupAt,
  startBackupReminder,
  type BackupReminderDeps,
} from './backup-reminder';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';

const NOW = new Date('2026-11-23T10:00:00.000Z');

describe('backupReminderDue', () => {
  it.each([
    ['never backed up', null, true],
    ['an hour ago', '2026-11-23T09:00:00.000Z', false],
    ['6 days 23 h ago', '2026-11-16T11:00:00.000Z', false],
    ['exactly 7 days ago', '2026-11-16T10:00:00.000Z', true],
    ['a month ago', '2026-10-23T10:00:00.000Z', true],
    ['minutes in the future (clock skew)', '2026-11-23T10:05:00.000Z', false],
    ['two days in the future (clock was wrong)', '2026-11-25T10:00:00.000Z', true],
    ['unreadable', 'last Tuesday', true],
  ])('%s → %s', (_name, lastBackupAt, due) => {
    expect(backupReminderDue(lastBackupAt, NOW)).toBe(due);
  });
});

function fakes(settings: Partial<Settings>, stored: Record<string, unknown> = {}, existingAlarm = false) {
  const listeners = new Set<(alarm: { name: string }) => void>();
  const created: { name: string; info: object }[] = [];
  const shown: { id: string; title: string; message: string }[] = [];
  const storage = { ...stored };
  let clock = NOW;
  const deps: BackupReminderDeps = {
    alarms: {
      get: async (name) => (existingAlarm || created.some((alarm) => alarm.name === name) ? { name } : undefined),
      create: (name, info) => void created.push({ name, info }),
      onAlarm: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
    },
    notifications: { create: (id, options) => shown.push({ id, title: options.title, message: options.message }) },
    storageLocal: {
      get: async (keys) => Object.fromEntries([keys].flat().filter((key) => key in storage).map((key) => [key, storage[key]])),
      set: async (items) => void Object.assign(storage, items),
    },
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    now: () => clock,
    browserLanguage: () => 'fr-BE',
  };
  return { deps, listeners, created, shown, storage, setClock: (date: Date) => (clock = date) };
}

describe('startBackupReminder', () => {
  it('creates the daily alarm once, and leaves an existing one alone', async () => {
    const fresh = fakes({ backupReminder: true });
    await startBackupReminder(fresh.deps).ready;
    expect(fresh.created).toEqual([{ name: BACKUP_REMINDER_ALARM, info: { periodInMinutes: 1440, delayInMinutes: 1 } }]);
    const existing = fakes({ backupReminder: true }, {}, true);
    await startBackupReminder(existing.deps).ready;
    expect(existing.created).toEqual([]);
  });

  it.each([
    ['setting off', false, { [LAST_BACKUP_KEY]: '2026-01-01T00:00:00.000Z' }, false],
    ['never backed up', true, {}, true],
    ['backed up 3 days ago', true, { [LAST_BACKUP_KEY]: '2026-11-20T10:00:00.000Z' }, false],
    ['backed up 8 days ago', true, { [LAST_BACKUP_KEY]: '2026-11-15T10:00:00.000Z' }, true],
    ['due but nudged 2 days ago', true, { [LAST_BACKUP_KEY]: '2026-10-01T00:00:00.000Z', [LAST_BACKUP_NUDGE_KEY]: '2026-11-21T10:00:00.000Z' }, false],
    ['due and last nudged 7 days ago', true, { [LAST_BACKUP_KEY]: '2026-10-01T00:00:00.000Z', [LAST_BACKUP_NUDGE_KEY]: '2026-11-16T10:00:00.000Z' }, true],
  ])('%s → notify %s', async (_name, enabled, stored, notifies) => {
    const { deps, shown } = fakes({ backupReminder: enabled }, stored);
    expect(await startBackupReminder(deps).check()).toBe(notifies);
    expect(shown).toHaveLength(notifies ? 1 : 0);
  });

  it('a fired alarm notifies once a week at most, in the user\'s language', async () => {
    const { deps, listeners, shown, storage, setClock } = fakes({ backupReminder: true, locale: 'auto' });
    startBackupReminder(deps);
    const fire = async (name: string) => {
      for (const listener of listeners) listener({ name });
      await new Promise((resolve) => setTimeout(resolve, 0));
    };
    await fire('reminder:251836:24');
    expect(shown).toEqual([]);
    await fire(BACKUP_REMINDER_ALARM);
    await fire(BACKUP_REMINDER_ALARM);
    expect(shown).toEqual([{ id: BACKUP_REMINDER_ALARM, title: 'Pensez à sauvegarder vos postes', message: expect.stringContaining('sauvegarde') }]);
    expect(storage[LAST_BACKUP_NUDGE_KEY]).toBe(NOW.toISOString());
    setClock(new Date('2026-11-30T10:00:00.000Z'));
    await fire(BACKUP_REMINDER_ALARM);
    expect(shown).toHaveLength(2);
  });

  it('an export resets the count: no nudge until a week after it', async () => {
    const { deps, shown } = fakes({ backupReminder: true, locale: 'en' });
    await markBackupDone(deps.storageLocal, new Date('2026-11-22T10:00:00.000Z'));
    expect(await readLastBackupAt(deps.storageLocal)).toBe('2026-11-22T10:00:00.000Z');
    expect(await startBackupReminder(deps).check()).toBe(false);
    expect(shown).toEqual([]);
  });

  it('stop removes the alarm listener', () => {
    const { deps, listeners } = fakes({ backupReminder: true });
    startBackupReminder(deps).stop();
    expect(listeners.size).toBe(0);
  });
});
