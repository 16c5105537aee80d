import { describe, expect, it } from 'vitest';
import { storedVacancy } from '../../test/unit/record-factory';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { alarmsToArm, REMINDER_ALARM_BUDGET } from './alarm-plan';
import { startReminders } from './reminders';
import { FakeAlarms, FakeNotifications, FakeStorageArea } from '../../test/unit/fakes/reminders.test-fakes';

const HOUR = 3_600_000;

describe('alarmsToArm', () => {
  const events = [
    { name: 'reminder:b:24', when: 30 },
    { name: 'reminder:a:24', when: 30 },
    { name: 'reminder:c:6', when: 10 },
    { name: 'reminder:d:6', when: 5 },
    { name: 'step:e', when: 40 },
  ];
  it.each([
    ['everything ahead, soonest first, ties by name', 0, 10, ['reminder:d:6', 'reminder:c:6', 'reminder:a:24', 'reminder:b:24', 'step:e']],
    ['the nearest ones only', 0, 2, ['reminder:d:6', 'reminder:c:6']],
    ['nothing at or before now', 10, 10, ['reminder:a:24', 'reminder:b:24', 'step:e']],
    ['no budget, no alarm', 0, 0, []],
  ])('%s', (_case, now, budget, names) => {
    expect(alarmsToArm(events, now, budget).map((event) => event.name)).toEqual(names);
  });
});

describe('500 tracked vacancies (Chrome allows 500 alarms)', () => {
  it('keeps the alarms under the budget, and every reminder of every vacancy still fires, with no error', async () => {
    const start = Date.parse('2026-01-01T00:00:00Z');
    // Closing one hour apart, all more than 7 days ahead: 4 ladder steps each, 2,000 reminders.
    const records = Array.from({ length: 500 }, (_, index) =>
      storedVacancy({ reference: String(300_000 + index), closesAt: new Date(start + (200 + index) * HOUR).toISOString() }),
    );
    const clock = { now: new Date(start) };
    const alarms = new FakeAlarms(500);
    const notifications = new FakeNotifications();
    const errors: unknown[] = [];
    const service = startReminders({
      store: { all: () => Promise.resolve(records) },
      loadSettings: () => Promise.resolve(DEFAULT_SETTINGS),
      alarms,
      notifications,
      storageLocal: new FakeStorageArea(),
      now: () => clock.now,
      browserLanguage: () => 'en',
      onError: (error) => void errors.push(error),
    });
    await service.resync();
    expect(errors).toEqual([]);
    expect(Object.keys(alarms.snapshot())).toHaveLength(REMINDER_ALARM_BUDGET);

    // The browser fires each alarm at its time; the handler arms the next ones.
    for (let next = alarms.next(); next; next = alarms.next()) {
      clock.now = new Date(next.when);
      alarms.fire(next.name);
      await service.resync(); // queued behind the alarm's handling (one task at a time)
      // Ahead of now, the budget; at now, an alarm due at the same instant and not fired yet.
      const ahead = Object.values(alarms.snapshot()).filter((when) => when > clock.now.getTime());
      expect(ahead.length).toBeLessThanOrEqual(REMINDER_ALARM_BUDGET);
    }
    service.stop();

    const expected = records.flatMap((record) => [168, 72, 24, 6].map((step) => `reminder:${record.reference}:${step}`));
    expect(notifications.shown.map((shown) => shown.id).sort()).toEqual(expected.sort());
    expect(errors).toEqual([]);
    // 2,000 alarms fired one by one, each re-planning 500 vacancies: seconds of work, more on a loaded machine.
  }, 60_000);
});
