import { afterEach, describe, expect, it, vi } from 'vitest';
import { storedVacancy } from '../../test/unit/record-factory';
import { seededStore } from '../../test/unit/seeded-store';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { SENT_REMINDERS_KEY, startReminders, type ReminderService } from './reminders';
import { FakeAlarms, FakeNotifications, FakeStorageArea } from '../../test/unit/fakes/reminders.test-fakes';

const CLOSES = '2026-01-04T22:59:00.000Z';
const HOUR = 3_600_000;


describe('startReminders', () => {
  let service: ReminderService | undefined;
  afterEach(() => service?.stop());

  async function setUp(settings: Settings = DEFAULT_SETTINGS, language = 'en-GB') {
    const clock = { now: new Date('2025-12-20T12:00:00Z') };
    const store = await seededStore([storedVacancy()], clock.now);
    const alarms = new FakeAlarms();
    const notifications = new FakeNotifications();
    const storageLocal = new FakeStorageArea();
    service = startReminders({
      store,
      loadSettings: () => Promise.resolve(settings),
      alarms,
      notifications,
      storageLocal,
      now: () => clock.now,
      browserLanguage: () => language,
      onError: (error) => {
        throw error;
      },
    });
    return { clock, store, alarms, notifications, storageLocal, service };
  }

  it('schedules the ladder on resync and notifies once when an alarm fires', async () => {
    const { clock, alarms, notifications, storageLocal, service } = await setUp();
    await service.resync();
    expect(Object.keys(alarms.snapshot()).sort()).toEqual([
      'reminder:251836:168',
      'reminder:251836:24',
      'reminder:251836:6',
      'reminder:251836:72',
    ]);

    clock.now = new Date(Date.parse(CLOSES) - 24 * HOUR);
    alarms.fire('reminder:251836:24');
    await vi.waitFor(() => expect(notifications.shown).toHaveLength(1));
    expect(notifications.shown[0]).toEqual({
      id: 'reminder:251836:24',
      title: 'Officer, Defence Policy',
      message: 'Closes in 24 h: Sun 4 Jan, 23:59 Brussels',
    });
    expect(storageLocal.data[SENT_REMINDERS_KEY]).toContain(`251836:24:${CLOSES}`);

    // The same alarm again (a browser re-firing after a restart) shows nothing new.
    expect(await service.handleAlarm('reminder:251836:24')).toBe(false);
    expect(notifications.shown).toHaveLength(1);
  });

  it('follows the browser language when settings say auto', async () => {
    const { clock, notifications, service } = await setUp(DEFAULT_SETTINGS, 'fr-BE');
    clock.now = new Date(Date.parse(CLOSES) - 6 * HOUR);
    expect(await service.handleAlarm('reminder:251836:6')).toBe(true);
    expect(notifications.shown[0]?.message).toBe('Clôture dans 6 h : dim. 4 janv. à 23:59 (heure de Bruxelles)');
  });

  it('two alarms firing together after a wake-up give one notification', async () => {
    const { clock, alarms, notifications, service } = await setUp();
    await service.resync();
    clock.now = new Date(Date.parse(CLOSES) - 5 * HOUR);
    alarms.fire('reminder:251836:24');
    alarms.fire('reminder:251836:6');
    await vi.waitFor(async () => expect(await service.handleAlarm('reminder:251836:72')).toBe(false));
    expect(notifications.shown).toHaveLength(1);
    expect(notifications.shown[0]?.message).toBe('Closes in 5 h: Sun 4 Jan, 23:59 Brussels');
  });

  it('stop() detaches the alarm listener', async () => {
    const { alarms, service } = await setUp();
    expect(alarms.listenerCount()).toBe(1);
    service.stop();
    expect(alarms.listenerCount()).toBe(0);
  });
});
