import { describe, expect, it } from 'vitest';
import { storedVacancy as vacancy } from '../../test/unit/record-factory';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import {
  alarmName,
  parseAlarmName,
  planReminders,
  pruneSentKeys,
  reminderForAlarm,
  sentKey,
  syncReminderAlarms,
} from './reminders';
import { FakeAlarms } from '../../test/unit/fakes/reminders.test-fakes';

const CLOSES = '2026-01-04T22:59:00.000Z';
const HOUR = 3_600_000;
const at = (hoursBefore: number) => Date.parse(CLOSES) - hoursBefore * HOUR;
const settingsWith = (reminders: Partial<Settings['reminders']>): Settings => ({
  ...DEFAULT_SETTINGS,
  reminders: { ...DEFAULT_SETTINGS.reminders, ...reminders },
});
const names = (list: { name: string }[]) => list.map((item) => item.name);

describe('alarm names', () => {
  it.each([
    ['251836', 24],
    ['PASP-0109', 168],
    ['abc.d/e_f', 6],
  ])('%s step %i round-trips', (reference, step) => {
    expect(parseAlarmName(alarmName(reference, step))).toEqual({ reference, hoursBefore: step });
  });

  it.each(['badge:refresh', 'reminder:251836', 'reminder::24', 'reminder:251836:x'])('%s is not a reminder', (name) => {
    expect(parseAlarmName(name)).toBeNull();
  });
});

describe('planReminders', () => {
  const early = new Date('2025-12-20T12:00:00Z');

  it('plans the default ladder, soonest first: 7 days, 3 days, 24 h, 6 h', () => {
    expect(planReminders([vacancy()], DEFAULT_SETTINGS, early)).toEqual([
      { name: 'reminder:251836:168', reference: '251836', hoursBefore: 168, closesAt: CLOSES, when: at(168) },
      { name: 'reminder:251836:72', reference: '251836', hoursBefore: 72, closesAt: CLOSES, when: at(72) },
      { name: 'reminder:251836:24', reference: '251836', hoursBefore: 24, closesAt: CLOSES, when: at(24) },
      { name: 'reminder:251836:6', reference: '251836', hoursBefore: 6, closesAt: CLOSES, when: at(6) },
    ]);
    expect(new Date(at(24)).toISOString()).toBe('2026-01-03T22:59:00.000Z');
  });

  it.each([
    ['before the first step', new Date(at(168) - 1), ['168', '72', '24', '6']],
    ['at the 7-day step', new Date(at(168)), ['72', '24', '6']],
    ['35 h before', new Date(at(35)), ['24', '6']],
    ['2 h before', new Date(at(2)), []],
    ['after closing', new Date(at(-1)), []],
  ])('only steps still ahead: %s', (_case, now, steps) => {
    expect(planReminders([vacancy()], DEFAULT_SETTINGS, now).map((r) => String(r.hoursBefore))).toEqual(steps);
  });

  it.each([
    ['interested', 4],
    ['drafting', 4],
    ['submitted', 0],
    ['written-test', 0],
    ['conditional-offer', 0],
    ['not-selected', 0],
    ['withdrawn', 0],
  ] as const)('status %s → %i reminders', (status, count) => {
    expect(planReminders([vacancy({ status })], DEFAULT_SETTINGS, early)).toHaveLength(count);
  });

  it.each([
    ['reminders off in settings', vacancy(), settingsWith({ enabled: false })],
    ['reminders off for the vacancy', vacancy({ remindersEnabled: false }), DEFAULT_SETTINGS],
    ['withdrawn from the portal', vacancy({ portalState: 'withdrawn' }), DEFAULT_SETTINGS],
    ['no known deadline', vacancy({ closesAt: null }), DEFAULT_SETTINGS],
    ['an empty ladder', vacancy(), settingsWith({ hoursBefore: [] })],
  ])('none when %s', (_case, record, settings) => {
    expect(planReminders([record], settings, early)).toEqual([]);
  });

  it('follows a custom ladder', () => {
    expect(names(planReminders([vacancy()], settingsWith({ hoursBefore: [48, 1] }), early))).toEqual([
      'reminder:251836:48',
      'reminder:251836:1',
    ]);
  });

  it('counts elapsed hours across the March switch (the 24 h step is 22:59 CET, not 23:59)', () => {
    const march = vacancy({ closesAt: '2026-03-29T21:59:00.000Z' });
    const plan = planReminders([march], DEFAULT_SETTINGS, new Date('2026-03-01T00:00:00Z'));
    expect(plan.map((reminder) => new Date(reminder.when).toISOString())).toEqual([
      '2026-03-22T21:59:00.000Z',
      '2026-03-26T21:59:00.000Z',
      '2026-03-28T21:59:00.000Z',
      '2026-03-29T15:59:00.000Z',
    ]);
  });
});

describe('syncReminderAlarms', () => {
  const now = new Date('2025-12-20T12:00:00Z');
  const records = [vacancy(), vacancy({ reference: '250875', closesAt: '2026-02-01T22:59:00.000Z' })];

  it('creates the plan, and a second run changes nothing', async () => {
    const alarms = new FakeAlarms();
    const plan = planReminders(records, DEFAULT_SETTINGS, now);
    const first = await syncReminderAlarms(alarms, plan);
    expect(first.created).toHaveLength(8);
    expect(alarms.snapshot()).toEqual(Object.fromEntries(plan.map((r) => [r.name, r.when])));
    expect(await syncReminderAlarms(alarms, plan)).toEqual({ created: [], cleared: [] });
  });

  it('after a restart, re-syncing gives the same alarms whether the browser kept them or not', async () => {
    const plan = planReminders(records, DEFAULT_SETTINGS, now);
    const before = new FakeAlarms();
    await syncReminderAlarms(before, plan);
    const lost = new FakeAlarms(); // Firefox drops alarms on restart
    await syncReminderAlarms(lost, planReminders(records, DEFAULT_SETTINGS, now));
    expect(lost.snapshot()).toEqual(before.snapshot());
  });

  it('clears stale reminders, moves changed ones and leaves other alarms alone', async () => {
    const alarms = new FakeAlarms();
    alarms.create('badge:refresh', { when: 1 });
    await syncReminderAlarms(alarms, planReminders(records, DEFAULT_SETTINGS, now));
    // 250875 is now applied for, and 251836's deadline was extended by a week.
    const next = [vacancy({ closesAt: '2026-01-11T22:59:00.000Z' }), { ...records[1]!, status: 'submitted' as const }];
    const result = await syncReminderAlarms(alarms, planReminders(next, DEFAULT_SETTINGS, now));
    expect(result.cleared.sort()).toEqual([...names(planReminders(records, DEFAULT_SETTINGS, now))].sort());
    expect(result.created).toEqual(['reminder:251836:168', 'reminder:251836:72', 'reminder:251836:24', 'reminder:251836:6']);
    expect(alarms.snapshot()['reminder:251836:24']).toBe(Date.parse('2026-01-10T22:59:00.000Z'));
    expect(alarms.snapshot()['badge:refresh']).toBe(1);
  });
});

describe('reminderForAlarm', () => {
  const records = [vacancy()];
  const none = new Set<string>();

  it('words an on-time reminder by its step, in English and French', () => {
    const now = new Date(at(24));
    expect(reminderForAlarm('reminder:251836:24', records, DEFAULT_SETTINGS, now, none, 'en')).toEqual({
      keys: ['251836:168:' + CLOSES, '251836:72:' + CLOSES, '251836:24:' + CLOSES],
      title: 'Officer, Defence Policy',
      message: 'Closes in 24 h: Sun 4 Jan, 23:59 Brussels',
    });
    expect(reminderForAlarm('reminder:251836:72', records, DEFAULT_SETTINGS, new Date(at(72)), none, 'fr')?.message).toBe(
      'Clôture dans 3 jours : dim. 4 janv. à 23:59 (heure de Bruxelles)',
    );
  });

  it('never twice for the same step and deadline, but again after an extension', () => {
    const now = new Date(at(24));
    const sent = new Set([sentKey('251836', 24, CLOSES)]);
    expect(reminderForAlarm('reminder:251836:24', records, DEFAULT_SETTINGS, now, sent, 'en')).toBeNull();
    const extended = [vacancy({ closesAt: '2026-01-11T22:59:00.000Z' })];
    const later = new Date(Date.parse('2026-01-11T22:59:00.000Z') - 24 * HOUR);
    expect(reminderForAlarm('reminder:251836:24', extended, DEFAULT_SETTINGS, later, sent, 'en')?.keys).toContain(
      '251836:24:2026-01-11T22:59:00.000Z',
    );
  });

  it('after the computer slept, says the real time left and covers every passed step', () => {
    const woke = new Date(at(5));
    const notice = reminderForAlarm('reminder:251836:168', records, DEFAULT_SETTINGS, woke, none, 'en');
    expect(notice?.message).toBe('Closes in 5 h: Sun 4 Jan, 23:59 Brussels');
    expect(notice?.keys).toHaveLength(4);
  });

  it.each([
    ['status changed to submitted', 'reminder:251836:24', [vacancy({ status: 'submitted' })], DEFAULT_SETTINGS, at(24)],
    ['reminders switched off', 'reminder:251836:24', records, settingsWith({ enabled: false }), at(24)],
    ['vacancy switched off', 'reminder:251836:24', [vacancy({ remindersEnabled: false })], DEFAULT_SETTINGS, at(24)],
    ['step no longer in the ladder', 'reminder:251836:24', records, settingsWith({ hoursBefore: [72] }), at(24)],
    ['fired before its time', 'reminder:251836:24', records, DEFAULT_SETTINGS, at(25)],
    ['already closed', 'reminder:251836:6', records, DEFAULT_SETTINGS, at(-0.1)],
    ['vacancy removed', 'reminder:999999:24', records, DEFAULT_SETTINGS, at(24)],
    ['not a reminder', 'badge:refresh', records, DEFAULT_SETTINGS, at(24)],
  ])('stays silent when %s', (_case, name, list, settings, now) => {
    expect(reminderForAlarm(name, list, settings, new Date(now), none, 'en')).toBeNull();
  });
});

it('prunes sent keys of deadlines closed more than 30 days ago', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  const keys = [sentKey('251836', 24, '2026-01-04T22:59:00.000Z'), sentKey('250875', 6, '2026-02-15T22:59:00.000Z')];
  expect(pruneSentKeys(keys, now)).toEqual([keys[1]]);
});
