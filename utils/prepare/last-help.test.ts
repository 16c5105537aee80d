import { describe, expect, it } from 'vitest';
import { storedVacancy } from '../../test/unit/record-factory';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { STATUSES } from '../record/stored-vacancy';
import { planEvents, pruneSentKeys, startReminders } from '../background/reminders';
import { FakeAlarms, FakeNotifications, FakeStorageArea } from '../../test/unit/fakes/reminders.test-fakes';
import { REMINDER_ALARM_BUDGET } from '../background/alarm-plan';
import { lastHelpEvent, lastHelpInstant, stillDrafting, workingDaysBefore } from './last-help';

// Calendar read by hand: 4 Jan 2026 is a Sunday (the fixture's "Sun 4 Jan"), so 1 Mar 2026 is a
// Sunday too; Brussels moves to summer time on Sunday 29 March and back on Sunday 25 October.
const ON = { enabled: true, workingDays: 3 };

describe('workingDaysBefore: Monday to Friday, the closing day not counted', () => {
  it.each([
    ['a Friday close, 3 days: Tuesday of the same week', '2026-03-06', 3, '2026-03-03'],
    ['a Monday close, 3 days: across the weekend to Wednesday', '2026-03-09', 3, '2026-03-04'],
    ['a Monday close, 1 day: the Friday before', '2026-03-09', 1, '2026-03-06'],
    ['a Tuesday close, 1 day: the Monday', '2026-03-10', 1, '2026-03-09'],
    ['a Sunday close, 3 days: Wednesday (Saturday is no working day)', '2026-03-08', 3, '2026-03-04'],
    ['10 days: two whole weeks back', '2026-03-02', 10, '2026-02-16'],
    ['across the new year (1 January counts: holidays are not known)', '2026-01-05', 3, '2025-12-31'],
  ])('%s', (_case, closingDay, days, expected) => {
    expect(workingDaysBefore(closingDay, days)).toBe(expected);
  });
});

describe('lastHelpInstant: 09:00 Brussels on that day', () => {
  it.each([
    ['Friday 23:59 CET → Tuesday 09:00 CET', '2026-03-06T22:59:00.000Z', '2026-03-03T08:00:00.000Z'],
    // 23:30 UTC on Monday 9 March is already Tuesday in Brussels: counted from Tuesday, not Monday.
    ['the closing day is the Brussels one, not the UTC one', '2026-03-09T23:30:00.000Z', '2026-03-05T08:00:00.000Z'],
    ['close in summer time, rung in winter time', '2026-03-31T21:59:00.000Z', '2026-03-26T08:00:00.000Z'],
    ['close and rung in summer time, the day after the change', '2026-04-02T21:59:00.000Z', '2026-03-30T07:00:00.000Z'],
    ['close in winter time, rung still in summer time (October)', '2026-10-26T22:59:00.000Z', '2026-10-21T07:00:00.000Z'],
  ])('%s', (_case, closesAt, expected) => {
    expect(new Date(lastHelpInstant(closesAt, 3)!).toISOString()).toBe(expected);
  });

  it('a malformed instant has no rung', () => {
    expect(lastHelpInstant('not a date', 3)).toBeNull();
  });
});

describe('who gets the rung', () => {
  it.each(STATUSES.map((status) => [status, status === 'drafting'] as const))('status %s: %s', (status, expected) => {
    expect(stillDrafting({ status })).toBe(expected);
    const record = storedVacancy({ status, closesAt: '2026-03-06T22:59:00.000Z' });
    expect(lastHelpEvent(record, ON, Date.parse('2026-02-01T00:00:00Z')) !== null).toBe(expected);
  });

  it.each([
    ['switched off', { enabled: false, workingDays: 3 }, '2026-02-01T00:00:00Z', null],
    ['its time already past', ON, '2026-03-03T08:00:00Z', null],
    ['a minute before its time', ON, '2026-03-03T07:59:00Z', { name: 'reminder:251836:help', when: Date.parse('2026-03-03T08:00:00Z') }],
    ['5 working days', { enabled: true, workingDays: 5 }, '2026-02-01T00:00:00Z', { name: 'reminder:251836:help', when: Date.parse('2026-02-27T08:00:00Z') }],
  ])('%s', (_case, setting, now, expected) => {
    const record = storedVacancy({ status: 'drafting', closesAt: '2026-03-06T22:59:00.000Z' });
    expect(lastHelpEvent(record, setting, Date.parse(now))).toEqual(expected);
  });

  it('no close, no rung', () => {
    expect(lastHelpEvent(storedVacancy({ status: 'drafting', closesAt: null }), ON, 0)).toBeNull();
  });
});

describe('the rung through the reminders and their alarm plan', () => {
  const CLOSES = '2026-03-06T22:59:00.000Z';
  const RUNG = Date.parse('2026-03-03T08:00:00Z');

  function service(records: ReturnType<typeof storedVacancy>[], settings: Settings = DEFAULT_SETTINGS, start = '2026-02-20T00:00:00Z') {
    const clock = { now: new Date(start) };
    const alarms = new FakeAlarms(500);
    const notifications = new FakeNotifications();
    const storage = new FakeStorageArea();
    const errors: unknown[] = [];
    const reminders = startReminders({
      store: { all: () => Promise.resolve(records) },
      loadSettings: () => Promise.resolve(settings),
      alarms,
      notifications,
      storageLocal: storage,
      now: () => clock.now,
      browserLanguage: () => (settings.locale === 'fr' ? 'fr' : 'en'),
      onError: (error) => void errors.push(error),
    });
    return { clock, alarms, notifications, storage, errors, reminders };
  }

  it('on by default: a drafting vacancy gets the rung beside its ladder, and it says why, once', async () => {
    const { clock, alarms, notifications, reminders, errors } = service([storedVacancy({ status: 'drafting', closesAt: CLOSES })]);
    await reminders.resync();
    expect(alarms.snapshot()['reminder:251836:help']).toBe(RUNG);
    clock.now = new Date(RUNG);
    expect(await reminders.handleAlarm('reminder:251836:help')).toBe(true);
    expect(await reminders.handleAlarm('reminder:251836:help')).toBe(false);
    expect(notifications.shown).toEqual([
      {
        id: 'reminder:251836:help',
        title: 'Officer, Defence Policy',
        message: "Still drafting; closes Fri 6 Mar, 23:59 Brussels. If you need the portal's support, ask now: it may take 3 working days to answer.",
      },
    ]);
    expect(errors).toEqual([]);
  });

  it('in French', async () => {
    const { clock, notifications, reminders } = service([storedVacancy({ status: 'drafting', closesAt: CLOSES })], { ...DEFAULT_SETTINGS, locale: 'fr' });
    clock.now = new Date(RUNG);
    await reminders.handleAlarm('reminder:251836:help');
    expect(notifications.shown[0]?.message).toBe(
      'Toujours en rédaction ; clôture le ven. 6 mars à 23:59 (heure de Bruxelles). Si vous avez besoin du support du portail, demandez-le maintenant : il peut mettre 3 jours ouvrés à répondre.',
    );
  });

  it.each([
    ['applied since', { status: 'submitted' as const }, DEFAULT_SETTINGS],
    ['no longer followed', { status: 'drafting' as const, followedAt: null }, DEFAULT_SETTINGS],
    ['reminders switched off for it', { status: 'drafting' as const, remindersEnabled: false }, DEFAULT_SETTINGS],
    ['all reminders off', { status: 'drafting' as const }, { ...DEFAULT_SETTINGS, reminders: { ...DEFAULT_SETTINGS.reminders, enabled: false } }],
    ['the rung off', { status: 'drafting' as const }, { ...DEFAULT_SETTINGS, reminders: { ...DEFAULT_SETTINGS.reminders, lastHelp: { enabled: false, workingDays: 3 } } }],
  ])('no alarm and, if one fires anyway, no notice: %s', async (_case, fields, settings) => {
    const { clock, alarms, notifications, reminders } = service([storedVacancy({ closesAt: CLOSES, ...fields })], settings);
    await reminders.resync();
    expect(alarms.snapshot()['reminder:251836:help']).toBeUndefined();
    clock.now = new Date(RUNG);
    expect(await reminders.handleAlarm('reminder:251836:help')).toBe(false);
    expect(notifications.shown).toEqual([]);
  });

  it('its sent key is pruned like the ladder steps once the close is long past', () => {
    const keys = ['251836:help:2026-03-06T22:59:00.000Z', '251836:24:2026-03-06T22:59:00.000Z', '251837:help:2026-06-30T21:59:00.000Z'];
    expect(pruneSentKeys(keys, new Date('2026-05-01T00:00:00Z'))).toEqual(['251837:help:2026-06-30T21:59:00.000Z']);
  });

  it('with 120 drafting vacancies, every ladder step and every rung fires once, under the alarm budget, no error', async () => {
    const start = Date.parse('2026-02-20T00:00:00Z');
    const records = Array.from({ length: 120 }, (_, index) =>
      storedVacancy({ reference: String(400_000 + index), status: 'drafting', closesAt: new Date(start + (200 + 3 * index) * 3_600_000).toISOString() }),
    );
    const { clock, alarms, notifications, reminders, errors } = service(records, DEFAULT_SETTINGS, '2026-02-20T00:00:00Z');
    expect(planEvents(records, DEFAULT_SETTINGS, clock.now)).toHaveLength(120 * 5);
    await reminders.resync();
    for (let next = alarms.next(); next; next = alarms.next()) {
      clock.now = new Date(next.when);
      alarms.fire(next.name);
      await reminders.resync();
      // Rungs share 09:00: alarms due now and not fired yet are left to fire; those ahead, the budget.
      expect(Object.values(alarms.snapshot()).filter((when) => when > clock.now.getTime()).length).toBeLessThanOrEqual(REMINDER_ALARM_BUDGET);
    }
    reminders.stop();
    const expected = records.flatMap((record) => ['168', '72', '24', '6', 'help'].map((step) => `reminder:${record.reference}:${step}`));
    expect(notifications.shown.map((shown) => shown.id).sort()).toEqual(expected.sort());
    expect(errors).toEqual([]);
  });

  it('a computer asleep through the rung and the next steps gets them when it wakes', async () => {
    const { clock, notifications, reminders } = service([storedVacancy({ status: 'drafting', closesAt: CLOSES })]);
    // Wakes on Thursday 5 March, 12:00 UTC: the rung (Tuesday) and the 72 h step (Tuesday 22:59) passed.
    clock.now = new Date('2026-03-05T12:00:00Z');
    await reminders.handleAlarm('reminder:251836:help');
    expect(notifications.shown.map((shown) => shown.id).sort()).toEqual(['reminder:251836:72', 'reminder:251836:help']);
  });
});
