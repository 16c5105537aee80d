import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshStore } from '../../test/unit/fresh-store';
import { inProcessBackground } from '../../test/unit/in-process-background';
import { parsedVacancy } from '../../test/unit/record-factory';
import { handleRequest, type RequestContext } from '../background/handle-request';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { buildCalendar } from '../ics';
import { stepReminderForAlarm } from './step-reminders';
import type { DatedStep } from '../record/dated-step';

// 251836 closed on 4 January 2026, 23:59 Brussels (22:59 UTC); it is now Saturday 10 January, 10:00 UTC.
const NOW = new Date('2026-01-10T10:00:00.000Z');
// "Complete the recorded interview by Wednesday 14 January 2026, 23:59 CET": 22:59 UTC, 4 d 12 h 59 min ahead.
const VIDEO: DatedStep = { id: 'v1', kind: 'video-interview', due: '2026-01-14T22:59:00.000Z', slot: null, zoneAsStated: 'CET' };

beforeEach(() => fakeBrowser.reset());

async function submitted() {
  const store = freshStore('stages-flow');
  const services = inProcessBackground(store, () => NOW);
  const context: RequestContext = { store, openPopup: async () => undefined, afterWrite: services.afterWrite, now: () => NOW };
  const fromPopup = (message: unknown) => handleRequest(message, 'extension-page', context);
  await fromPopup({ type: 'capture', record: parsedVacancy() });
  await fromPopup({ type: 'set-stage', reference: '251836', stage: 'submitted', reachedAt: '2026-01-03T18:00:00.000Z' });
  return { store, context, fromPopup, ...services };
}

describe('stages set by the popup', () => {
  it('keep the day the candidate gives, in time order, and the current stage', async () => {
    const { fromPopup, store } = await submitted();
    await fromPopup({ type: 'set-stage', reference: '251836', stage: 'video-interview', reachedAt: '2026-01-09T12:00:00.000Z' });
    // Drafting was reached before it was submitted, entered afterwards.
    await fromPopup({ type: 'set-stage', reference: '251836', stage: 'drafting', reachedAt: '2025-12-20T12:00:00.000Z' });
    const record = await store.get('251836');
    expect(record?.status).toBe('drafting');
    expect(record?.stageHistory?.map((entry) => [entry.stage, entry.reachedAt])).toEqual([
      ['drafting', '2025-12-20T12:00:00.000Z'],
      ['submitted', '2026-01-03T18:00:00.000Z'],
      ['video-interview', '2026-01-09T12:00:00.000Z'],
    ]);
  });

  it.each([
    ['set-stage', { type: 'set-stage', reference: '251836', stage: 'withdrawn', reachedAt: '2026-01-10T10:00:00.000Z' }],
    ['save-step', { type: 'save-step', reference: '251836', step: VIDEO }],
    ['delete-step', { type: 'delete-step', reference: '251836', id: 'v1' }],
  ])('a content script may not send %s', async (_type, message) => {
    const { context, store } = await submitted();
    const before = await store.get('251836');
    expect(await handleRequest(message, 'content-script', context)).toEqual({ ok: false, code: 'forbidden' });
    expect(await store.get('251836')).toEqual(before);
  });

  it.each([
    ['an unknown stage', { type: 'set-stage', reference: '251836', stage: 'hired', reachedAt: '2026-01-10T10:00:00.000Z' }],
    ['a step id with a colon', { type: 'save-step', reference: '251836', step: { ...VIDEO, id: 'a:b' } }],
    ['a due that is no instant', { type: 'save-step', reference: '251836', step: { ...VIDEO, due: '14/01/2026' } }],
  ])('refuses %s', async (_name, message) => {
    const { fromPopup } = await submitted();
    expect(await fromPopup(message)).toMatchObject({ ok: false, code: 'rejected' });
  });
});

describe('a dated step entered by hand', () => {
  it('gets the reminders ladder steps still ahead, counts in the badge, and goes with its deletion', async () => {
    const { fromPopup, reminderAlarms, action } = await submitted();
    // Closed and submitted: no deadline reminder, no badge.
    expect(reminderAlarms()).toEqual([]);
    expect(action.text).toBe('');
    await fromPopup({ type: 'save-step', reference: '251836', step: VIDEO });
    // 7 days before is past; 3 days, 24 h and 6 h before are ahead.
    expect(reminderAlarms()).toEqual(['reminder:step:251836:v1:due:24', 'reminder:step:251836:v1:due:6', 'reminder:step:251836:v1:due:72']);
    expect(action.text).toBe('1');
    await fromPopup({ type: 'delete-step', reference: '251836', id: 'v1' });
    expect(reminderAlarms()).toEqual([]);
    expect(action.text).toBe('');
  });

  it('a slot in the past is kept as history: no reminder, no badge', async () => {
    const { fromPopup, reminderAlarms, action, store } = await submitted();
    const past: DatedStep = { id: 't1', kind: 'written-test', due: null, slot: { start: '2026-01-08T09:00:00.000Z', end: null }, zoneAsStated: null };
    await fromPopup({ type: 'save-step', reference: '251836', step: past });
    expect((await store.get('251836'))?.steps).toEqual([past]);
    expect(reminderAlarms()).toEqual([]);
    expect(action.text).toBe('');
  });

  it('a whole-day slot counts from 00:00 Brussels that day', async () => {
    const { fromPopup, reminderAlarms } = await submitted();
    // 13 January 2026 begins at 00:00 Brussels (UTC+1) = 12 January 23:00 UTC; 24 h before is 11 Jan 23:00 UTC.
    await fromPopup({ type: 'save-step', reference: '251836', step: { id: 'a1', kind: 'assessment', due: null, slot: { date: '2026-01-13' }, zoneAsStated: null } });
    expect(reminderAlarms()).toEqual(['reminder:step:251836:a1:start:24', 'reminder:step:251836:a1:start:6']);
  });

  it('the alarm words its notification, once; a step deleted since notifies nothing', async () => {
    const { fromPopup, store } = await submitted();
    await fromPopup({ type: 'save-step', reference: '251836', step: VIDEO });
    const records = await store.all();
    const at = new Date('2026-01-13T22:59:00.000Z');
    const notice = stepReminderForAlarm('reminder:step:251836:v1:due:24', records, DEFAULT_SETTINGS, at, new Set(), 'en');
    expect(notice).toEqual({
      keys: ['251836#v1#due:24:2026-01-14T22:59:00.000Z'],
      title: 'Officer, Defence Policy',
      message: 'Video interview due in 1 d: Wed 14 Jan, 23:59 Brussels',
    });
    expect(stepReminderForAlarm('reminder:step:251836:v1:due:24', records, DEFAULT_SETTINGS, at, new Set(notice!.keys), 'en')).toBeNull();
    await fromPopup({ type: 'delete-step', reference: '251836', id: 'v1' });
    expect(stepReminderForAlarm('reminder:step:251836:v1:due:24', await store.all(), DEFAULT_SETTINGS, at, new Set(), 'en')).toBeNull();
  });

  it('is one .ics event each: a due ends at its moment, a whole day is an all-day date', async () => {
    const { fromPopup, store } = await submitted();
    await fromPopup({ type: 'save-step', reference: '251836', step: VIDEO });
    await fromPopup({ type: 'save-step', reference: '251836', step: { id: 'a1', kind: 'assessment', due: null, slot: { from: '2026-01-19', to: '2026-01-20' }, zoneAsStated: null } });
    const { text } = buildCalendar(await store.all(), { now: NOW });
    const events = text.split('BEGIN:VEVENT').slice(1);
    const step = (uid: string) => events.find((event) => event.includes(`UID:${uid}`)) ?? '';
    expect(step('step-v1-due.251836@vacancy-companion')).toMatch(/DTSTART:20260114T222900Z\r\nDTEND:20260114T225900Z\r\nSUMMARY:Video interview due — Officer\\, Defence Policy \(251836\)/);
    expect(step('step-a1-start.251836@vacancy-companion')).toMatch(/DTSTART;VALUE=DATE:20260119\r\nDTEND;VALUE=DATE:20260121\r\n/);
    // The closing moment's own event is still there.
    expect(events.filter((event) => event.includes('UID:251836@vacancy-companion'))).toHaveLength(1);
  });
});
