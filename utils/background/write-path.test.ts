import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshStore } from '../../test/unit/fresh-store';
import { inProcessBackground } from '../../test/unit/in-process-background';
import { parsedVacancy, storedVacancy } from '../../test/unit/record-factory';
import { DEFAULT_SETTINGS, loadSettings } from '../settings/settings';
import { handleRequest, type RequestContext } from './handle-request';

const NOW = new Date('2026-01-02T22:59:00.000Z');
const HOUR = 3_600_000;

beforeEach(() => fakeBrowser.reset());

function background() {
  const store = freshStore('write-path');
  const services = inProcessBackground(store, () => NOW);
  const context: RequestContext = { store, openPopup: async () => undefined, afterWrite: services.afterWrite, now: () => NOW };
  return { store, context, ...services };
}

describe('requests by sender', () => {
  it.each([
    ['update-user-fields', { type: 'update-user-fields', reference: '251836', patch: { status: 'withdrawn' } }],
    ['save-settings', { type: 'save-settings', patch: { reminders: { enabled: false, hoursBefore: [] } } }],
    ['get-settings', { type: 'get-settings' }],
    ['mark-changes-seen', { type: 'mark-changes-seen', reference: '251836' }],
    ['capture', { type: 'capture', record: parsedVacancy({ title: 'Planted by a page' }) }],
    ['import-backup', { type: 'import-backup', vacancies: [storedVacancy({ notes: 'planted' })], settings: null }],
  ])('a content script may not send %s: refused, nothing changed', async (_type, message) => {
    const { store, context } = background();
    await handleRequest({ type: 'capture', record: parsedVacancy() }, 'extension-page', context);
    const before = await store.get('251836');
    expect(await handleRequest(message, 'content-script', context)).toEqual({ ok: false, code: 'forbidden' });
    expect(await store.get('251836')).toEqual(before);
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('a content script may send what it needs', async () => {
    const { context } = background();
    expect(await handleRequest({ type: 'capture-page', page: { text: 'x', fallbackText: '', pageTimeZone: null, sourceUrl: 'https://nato.taleo.net/x', urlReference: null } }, 'content-script', context)).toMatchObject({ ok: false, code: 'not-a-notice' });
    expect(await handleRequest({ type: 'lookup', references: ['251836'] }, 'content-script', context)).toEqual({ ok: true, items: [] });
    expect(await handleRequest({ type: 'ui-catalogues' }, 'content-script', context)).toMatchObject({ ok: true });
  });

  it('an unknown sender gets nothing, not even a read', async () => {
    const { context } = background();
    expect(await handleRequest({ type: 'list-vacancies' }, null, context)).toEqual({ ok: false, code: 'forbidden' });
  });

  it('the removed refresh-schedules request is refused as malformed', async () => {
    const { context } = background();
    expect(await handleRequest({ type: 'refresh-schedules' }, 'extension-page', context)).toMatchObject({ ok: false, code: 'rejected' });
  });
});

describe('every write re-plans reminders and the badge before it is answered', () => {
  const closingIn = (hours: number) => new Date(NOW.getTime() + hours * HOUR).toISOString();

  it('an imported vacancy closing in 2 days gets its reminders and counts on the badge, settings restored or not', async () => {
    for (const settings of [null, DEFAULT_SETTINGS]) {
      const { context, reminderAlarms, action, errors } = background();
      const soon = storedVacancy({ reference: '400003', status: 'interested', closesAt: closingIn(48) });
      const reply = await handleRequest({ type: 'import-backup', vacancies: [soon], settings }, 'extension-page', context);
      expect(reply).toEqual({ ok: true, counts: { new: 1, updated: 0, unchanged: 0 }, settings: DEFAULT_SETTINGS, stillRemoved: 0 });
      // Answered only once re-planned: nothing to wait for.
      expect(reminderAlarms()).toEqual(['reminder:400003:24', 'reminder:400003:6']);
      expect(action.text).toBe('1');
      expect(errors).toEqual([]);
    }
  });

  it('an import restoring settings with reminders off sets no reminder, and says the settings are in force', async () => {
    const { context, reminderAlarms, action } = background();
    const off = { ...DEFAULT_SETTINGS, reminders: { enabled: false, hoursBefore: [24] } };
    const soon = storedVacancy({ reference: '400003', closesAt: closingIn(48) });
    expect(await handleRequest({ type: 'import-backup', vacancies: [soon], settings: off }, 'extension-page', context)).toMatchObject({ ok: true, settings: off });
    expect(reminderAlarms()).toEqual([]);
    expect(action.text).toBe('1');
  });

  it('an import naming one reference twice is refused whole', async () => {
    const { store, context } = background();
    const twice = [storedVacancy({ reference: '400003' }), storedVacancy({ reference: '400003', notes: 'second' })];
    expect(await handleRequest({ type: 'import-backup', vacancies: twice, settings: null }, 'extension-page', context)).toMatchObject({ ok: false, code: 'rejected' });
    expect(await store.db.vacancies.count()).toBe(0);
  });

  it('status set to submitted clears the vacancy\'s reminders and its badge count', async () => {
    const { context, reminderAlarms, action } = background();
    await handleRequest({ type: 'capture', record: parsedVacancy({ closesAt: closingIn(30) }) }, 'extension-page', context);
    expect(reminderAlarms()).toEqual(['reminder:251836:24', 'reminder:251836:6']);
    expect(action.text).toBe('1');
    await handleRequest({ type: 'update-user-fields', reference: '251836', patch: { status: 'submitted' } }, 'extension-page', context);
    expect(reminderAlarms()).toEqual([]);
    expect(action.text).toBe('');
  });

  it('three tabs capturing at once: three records, all planned', async () => {
    const { store, context, reminderAlarms, action } = background();
    const pages = ['300001', '300002', '300003'].map((reference, index) => parsedVacancy({ reference, closesAt: closingIn(20 + index) }));
    const replies = await Promise.all(pages.map((record) => handleRequest({ type: 'capture', record }, 'extension-page', context)));
    expect(replies.map((reply) => reply.ok && 'created' in reply && reply.created)).toEqual([true, true, true]);
    expect(await store.db.vacancies.count()).toBe(3);
    expect(reminderAlarms()).toEqual(['reminder:300001:6', 'reminder:300002:6', 'reminder:300003:6']);
    expect(action.text).toBe('3');
  });

  it('a settings change re-plans: reminders off clears the alarms', async () => {
    const { context, reminderAlarms } = background();
    await handleRequest({ type: 'capture', record: parsedVacancy({ closesAt: closingIn(30) }) }, 'extension-page', context);
    expect(reminderAlarms()).toHaveLength(2);
    await handleRequest({ type: 'save-settings', patch: { reminders: { enabled: false, hoursBefore: [24, 6] } } }, 'extension-page', context);
    expect(reminderAlarms()).toEqual([]);
  });
});
