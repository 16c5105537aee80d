import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshStore } from '../../test/unit/fresh-store';
import { inProcessBackground } from '../../test/unit/in-process-background';
import { storedVacancy } from '../../test/unit/record-factory';
import { handleRequest, type RequestContext } from '../background/handle-request';
import type { StoredVacancy } from '../record/stored-vacancy';

// The notice 251836 closes on 4 January 2026 at 23:59 Brussels (22:59 UTC): two days ahead.
const NOW = new Date('2026-01-02T22:59:00.000Z');
const NOTICE = readFileSync(new URL('../../test/fixtures/vacancies/251836-officer-defence-policy.txt', import.meta.url), 'utf8');
const PAGE = {
  text: NOTICE,
  fallbackText: '',
  pageTimeZone: null,
  sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en',
  urlReference: '251836',
};

/** Followed at NOW: a write after another in the same millisecond is stamped a millisecond later (writeTime). */
const FOLLOWED_NOW = expect.stringMatching(/^2026-01-02T22:59:00\.00\dZ$/);

beforeEach(() => fakeBrowser.reset());

function background() {
  const store = freshStore('follow');
  const services = inProcessBackground(store, () => NOW);
  const context: RequestContext = { store, openPopup: async () => undefined, afterWrite: services.afterWrite, now: () => NOW };
  const fromPage = (message: unknown) => handleRequest(message, 'content-script', context);
  const fromPopup = (message: unknown) => handleRequest(message, 'extension-page', context);
  return { store, context, fromPage, fromPopup, ...services };
}

describe('capture is not tracking: reminders and the badge are for followed vacancies only', () => {
  it('a notice opened on the portal is saved, seen, with no reminder and no badge', async () => {
    const { store, fromPage, action, reminderAlarms } = background();
    expect(await fromPage({ type: 'capture-page', page: PAGE })).toMatchObject({ ok: true, created: true, record: { reference: '251836', followedAt: null } });
    expect(await store.get('251836')).toMatchObject({ status: 'interested', followedAt: null });
    expect(reminderAlarms()).toEqual([]);
    expect(action.text).toBe('');
  });

  it('Follow from the page sets its reminders and its badge count; Unfollow takes them away and keeps the record', async () => {
    const { store, fromPage, action, reminderAlarms } = background();
    await fromPage({ type: 'capture-page', page: PAGE });
    expect(await fromPage({ type: 'follow', reference: '251836', follow: true })).toMatchObject({ ok: true, record: { followedAt: FOLLOWED_NOW } });
    // 48 h before the close: the 7-day and 3-day steps have passed, 24 h and 6 h are ahead.
    expect(reminderAlarms()).toEqual(['reminder:251836:24', 'reminder:251836:6']);
    expect(action.text).toBe('1');
    expect(await fromPage({ type: 'follow', reference: '251836', follow: false })).toMatchObject({ ok: true, record: { followedAt: null } });
    expect(reminderAlarms()).toEqual([]);
    expect(action.text).toBe('');
    expect(await store.get('251836')).toMatchObject({ title: 'Officer, Defence Policy', followedAt: null });
  });

  it('a notice added by hand is saved on purpose: followed', async () => {
    const { fromPopup, action } = background();
    const { parseNotice } = await import('../parse/parse-notice');
    const parsed = parseNotice(NOTICE);
    if (!parsed.ok) throw new Error('the fixture is a notice');
    expect(await fromPopup({ type: 'capture', record: parsed.record })).toMatchObject({ ok: true, record: { followedAt: FOLLOWED_NOW } });
    expect(action.text).toBe('1');
  });

  it.each([
    ['a note', { notes: 'Ask HR about telework' }],
    ['a status beyond the first', { status: 'drafting' }],
    ['a checked essay', { essayFileName: '251836 Key challenges.docx' }],
  ])('%s follows a seen vacancy', async (_name, patch) => {
    const { fromPage, fromPopup, action } = background();
    await fromPage({ type: 'capture-page', page: PAGE });
    expect(await fromPopup({ type: 'update-user-fields', reference: '251836', patch })).toMatchObject({ ok: true, record: { followedAt: FOLLOWED_NOW } });
    expect(action.text).toBe('1');
  });

  it('switching its reminders off does not follow a seen vacancy', async () => {
    const { fromPage, fromPopup } = background();
    await fromPage({ type: 'capture-page', page: PAGE });
    expect(await fromPopup({ type: 'update-user-fields', reference: '251836', patch: { remindersEnabled: false } })).toMatchObject({ ok: true, record: { followedAt: null } });
  });

  it('the results chip\'s Follow (track-row) follows a notice already seen', async () => {
    const { fromPage, action } = background();
    await fromPage({ type: 'capture-page', page: PAGE });
    const row = { reference: '251836', title: 'Officer, Defence Policy', location: 'Belgium-Brussels', deadlineText: null, organisation: null, gradeText: null };
    expect(await fromPage({ type: 'track-row', row, pageTimeZone: null, listUrl: 'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en' })).toMatchObject({ ok: true, record: { followedAt: FOLLOWED_NOW, completeness: 'notice' } });
    expect(action.text).toBe('1');
    expect(await fromPage({ type: 'lookup', references: ['251836'] })).toMatchObject({ items: [{ reference: '251836', followed: true }] });
  });

  it('a seen notice whose deadline moves: its history says so, but no notification and no badge; once followed, the next move alerts', async () => {
    const { store, context, action } = background();
    const onChanges = vi.fn(async () => undefined);
    const fromPage = (message: unknown) => handleRequest(message, 'content-script', { ...context, onChanges });
    await fromPage({ type: 'capture-page', page: PAGE });
    // The portal extends it by a day: 5 January, still within the badge's seven days.
    const extended = { ...PAGE, text: NOTICE.replace('Application Deadline: 4-Jan-2026', 'Application Deadline: 5-Jan-2026') };
    expect(await fromPage({ type: 'capture-page', page: extended })).toMatchObject({ ok: true, changed: expect.arrayContaining(['closesAt']) });
    expect((await store.get('251836'))?.history.map((entry) => [entry.field, entry.to])).toEqual([
      ['deadline', '2026-01-05'],
      ['closesAt', '2026-01-05T22:59:00.000Z'],
    ]);
    expect(onChanges).not.toHaveBeenCalled();
    expect(action.text).toBe('');

    await fromPage({ type: 'follow', reference: '251836', follow: true });
    const later = { ...PAGE, text: NOTICE.replace('Application Deadline: 4-Jan-2026', 'Application Deadline: 6-Jan-2026') };
    await fromPage({ type: 'capture-page', page: later });
    expect(onChanges).toHaveBeenCalledTimes(1);
    expect(onChanges.mock.calls[0]).toEqual([expect.objectContaining({ reference: '251836' }), [expect.objectContaining({ field: 'closesAt', to: '2026-01-06T22:59:00.000Z' })]]);
    expect(action.text).toBe('1');
  });

  it('an update may not set followedAt itself: following has its own request', async () => {
    const { fromPage, fromPopup } = background();
    await fromPage({ type: 'capture-page', page: PAGE });
    expect(await fromPopup({ type: 'update-user-fields', reference: '251836', patch: { followedAt: FOLLOWED_NOW } })).toMatchObject({ ok: false, code: 'rejected' });
  });
});

describe('remove, with undo', () => {
  it('content scripts may follow, never remove nor restore', async () => {
    const { store, fromPage } = background();
    await store.db.vacancies.put(storedVacancy());
    expect(await fromPage({ type: 'remove-vacancy', reference: '251836' })).toEqual({ ok: false, code: 'forbidden' });
    expect(await fromPage({ type: 'restore-vacancy', record: storedVacancy({ notes: 'planted' }) })).toEqual({ ok: false, code: 'forbidden' });
    expect(await store.get('251836')).toEqual(storedVacancy());
  });

  it('removes the record (its reminders and badge count go), leaves a tombstone, and Undo restores the exact record', async () => {
    const { store, fromPage, fromPopup, action, reminderAlarms } = background();
    await fromPage({ type: 'capture-page', page: PAGE });
    await fromPopup({ type: 'update-user-fields', reference: '251836', patch: { notes: 'Call Anna', status: 'drafting' } });
    const before = (await store.get('251836'))!;
    expect(action.text).toBe('1');
    const removed = (await fromPopup({ type: 'remove-vacancy', reference: '251836' })) as { ok: true; record: StoredVacancy };
    expect(removed).toEqual({ ok: true, record: before });
    expect(await store.get('251836')).toBeUndefined();
    expect(await store.db.removed.get('251836')).toEqual({ reference: '251836', removedAt: NOW.toISOString() });
    expect(reminderAlarms()).toEqual([]);
    expect(action.text).toBe('');
    // Removing again, a new request (not a retry of the first: messaging-client.test.ts), finds nothing and says so.
    expect(await fromPopup({ type: 'remove-vacancy', reference: '251836' })).toEqual({ ok: true, record: null });

    expect(await fromPopup({ type: 'restore-vacancy', record: removed.record })).toEqual({ ok: true, record: before });
    expect(await store.get('251836')).toEqual(before);
    expect(await store.db.removed.get('251836')).toBeUndefined();
    expect(action.text).toBe('1');
    // The same Undo again (a retry) changes nothing; an Undo of what was never removed is refused.
    expect(await fromPopup({ type: 'restore-vacancy', record: removed.record })).toEqual({ ok: true, record: before });
    expect(await fromPopup({ type: 'restore-vacancy', record: storedVacancy({ reference: '999999' }) })).toEqual({ ok: false, code: 'not-tracked' });
  });
});

describe('an import never brings back what was removed after the backup, unless asked', () => {
  const BACKUP_MADE = '2026-01-01T10:00:00.000Z';
  const kept = storedVacancy({ reference: '250875', title: 'Head, NASP' });
  const gone = storedVacancy({ reference: '251836', notes: 'from the backup' });
  const importing = (extra: object) => ({ type: 'import-backup', vacancies: [kept, gone], settings: null, exportedAt: BACKUP_MADE, ...extra });

  async function removedAfterBackup() {
    const env = background();
    await env.store.db.vacancies.put(gone);
    await env.fromPopup({ type: 'remove-vacancy', reference: '251836' });
    return env;
  }

  it('leaves a vacancy removed after the backup removed, and says how many', async () => {
    const { store, fromPopup } = await removedAfterBackup();
    expect(await fromPopup(importing({}))).toMatchObject({ ok: true, counts: { new: 1, updated: 0, unchanged: 0 }, stillRemoved: 1 });
    expect(await store.get('251836')).toBeUndefined();
    expect(await store.get('250875')).toEqual(kept);
    expect(await store.db.removed.get('251836')).toMatchObject({ reference: '251836' });
  });

  it('restores it when asked, and forgets the removal', async () => {
    const { store, fromPopup } = await removedAfterBackup();
    expect(await fromPopup(importing({ restoreRemoved: true }))).toMatchObject({ ok: true, counts: { new: 2 }, stillRemoved: 0 });
    expect(await store.get('251836')).toEqual(gone);
    expect(await store.db.removed.get('251836')).toBeUndefined();
  });

  it('imports it from a backup made after the removal (it was there again when saved)', async () => {
    const { store, fromPopup } = await removedAfterBackup();
    expect(await fromPopup(importing({ exportedAt: '2026-01-03T10:00:00.000Z' }))).toMatchObject({ counts: { new: 2 }, stillRemoved: 0 });
    expect(await store.get('251836')).toEqual(gone);
  });

  it('a backup that does not say when it was made (version 0) counts as older than any removal', async () => {
    const { store, fromPopup } = await removedAfterBackup();
    expect(await fromPopup(importing({ exportedAt: null }))).toMatchObject({ stillRemoved: 1 });
    expect(await store.get('251836')).toBeUndefined();
  });
});
