import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { instantRetries as policy, stoppingBackground as background } from '../test/unit/stopping-background';
import { responseSchemas, type Request } from './messages';
import { NO_FILTER } from './results/row-filter';
import { requestSender, type MessageRuntime } from './messaging-client';
import { parsedVacancy, storedVacancy } from '../test/unit/record-factory';
import { removeVacancy } from './follow/follow-writes';

const PAGE = {
  text: readFileSync('test/fixtures/vacancies/251836-officer-defence-policy.txt', 'utf8'),
  fallbackText: '',
  pageTimeZone: 'GMT+00:00',
  sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en',
  urlReference: '251836',
};

describe('requests survive a background that stops', () => {
  it('a worker stopped mid-capture: the page is sent again, saved once, and the panel is told "created"', async () => {
    const { store, runtime, seen } = background(['stopped-after-write', 'gone', 'answer']);
    const retry = policy();
    const reply = await requestSender(runtime, retry)({ type: 'capture-page', page: PAGE, headerLanguage: 'en' });
    expect(reply).toMatchObject({ ok: true, created: true, changed: [], record: { reference: '251836' } });
    expect(seen).toHaveLength(3);
    // Once an attempt may have arrived, every later one carries the first attempt's time; the first
    // carries none (its own transaction answers it: nothing earlier can be its own write).
    expect(seen.map((message) => (message as { sentAt?: string }).sentAt)).toEqual([undefined, '2025-12-01T10:00:00.000Z', '2025-12-01T10:00:00.000Z']);
    expect(retry.waited).toEqual([100, 250]);
    expect(await store.db.vacancies.count()).toBe(1);
  });

  it('a re-capture that moved the deadline, its reply lost: the retry still names the change', async () => {
    const { store, runtime } = background(['answer', 'stopped-after-write']);
    const send = requestSender(runtime, policy(() => new Date('2025-12-01T10:00:00.000Z')));
    await send({ type: 'capture-page', page: PAGE });
    const extended = { ...PAGE, text: PAGE.text.replace('Application Deadline: 4-Jan-2026', 'Application Deadline: 11-Jan-2026') };
    expect(extended.text).not.toBe(PAGE.text);
    const later = requestSender(runtime, policy(() => new Date('2025-12-01T10:00:01.000Z')));
    const reply = await later({ type: 'capture-page', page: extended });
    expect(reply).toMatchObject({ ok: true, created: false, changed: ['deadline', 'closesAt'], record: { deadline: '2026-01-11' } });
    expect((await store.get('251836'))?.history.map((entry) => entry.field)).toEqual(['deadline', 'closesAt']);
  });

  it('two tabs re-capturing the same page at once: one says what it changed, the other "already saved"', async () => {
    const { store, runtime } = background([]);
    const at = (time: string) => requestSender(runtime, policy(() => new Date(time)));
    // Two tabs open the notice for the first time at once: one created it.
    const first = await Promise.all([at('2025-12-01T10:00:00.000Z')({ type: 'capture-page', page: PAGE }), at('2025-12-01T10:00:00.000Z')({ type: 'capture-page', page: PAGE })]);
    expect(first.map((reply) => reply.ok && reply.created).sort()).toEqual([false, true]);
    // The portal extended the deadline; two tabs read the same extended page at once.
    const extended = { ...PAGE, text: PAGE.text.replace('Application Deadline: 4-Jan-2026', 'Application Deadline: 11-Jan-2026') };
    const both = await Promise.all([at('2025-12-01T10:00:02.000Z')({ type: 'capture-page', page: extended }), at('2025-12-01T10:00:02.000Z')({ type: 'capture-page', page: extended })]);
    expect(both.map((reply) => (reply.ok ? reply.changed.join() : reply.code)).sort()).toEqual(['', 'deadline,closesAt']);
    expect((await store.get('251836'))?.history.map((entry) => entry.field)).toEqual(['deadline', 'closesAt']);
  });

  it('an import whose reply was lost: the retry answers what the import did, not "unchanged"', async () => {
    const { store, runtime, seen } = background(['stopped-after-write'], 'extension-page');
    await store.saveCapture(parsedVacancy({ reference: '250875', title: 'Old title' }), new Date('2025-11-01T09:00:00Z'));
    const backup = [storedVacancy({ reference: '251836' }), storedVacancy({ reference: '250443', title: 'Assistant' }), storedVacancy({ reference: '250875', title: 'New title', updatedAt: '2025-11-20T09:00:00.000Z' })];
    const reply = await requestSender(runtime, policy())({ type: 'import-backup', vacancies: backup, settings: null });
    expect(seen).toHaveLength(2);
    expect(reply).toMatchObject({ ok: true, counts: { new: 2, updated: 1, unchanged: 0 } });
    expect(await store.db.vacancies.count()).toBe(3);
    // The same backup imported again, a new request: now it is all there.
    const again = await requestSender(runtime, policy(() => new Date('2025-12-01T10:05:00.000Z')))({ type: 'import-backup', vacancies: backup, settings: null });
    expect(again).toMatchObject({ ok: true, counts: { new: 0, updated: 0, unchanged: 3 } });
  });

  it('a Remove whose reply was lost: the retry answers the record removed, and its Undo puts it back', async () => {
    const { store, runtime, seen } = background(['stopped-after-write'], 'extension-page');
    await store.saveCapture(parsedVacancy(), new Date('2025-11-01T09:00:00Z'));
    const before = await store.get('251836');
    const reply = await requestSender(runtime, policy())({ type: 'remove-vacancy', reference: '251836' });
    expect(seen).toHaveLength(2);
    expect(reply).toEqual({ ok: true, record: before });
    expect(await store.get('251836')).toBeUndefined();
    if (!reply.ok || !reply.record) throw new Error('the retry answered no record');
    expect(await requestSender(runtime, policy())({ type: 'restore-vacancy', record: reply.record })).toEqual({ ok: true, record: before });
    // A new Remove of what is already gone (another window's) is not this request's: it answers null.
    await requestSender(runtime, policy())({ type: 'remove-vacancy', reference: '251836' });
    expect(await requestSender(runtime, policy(() => new Date('2025-12-01T11:00:00.000Z')))({ type: 'remove-vacancy', reference: '251836', sentAt: '2025-12-01T11:00:00.000Z' })).toEqual({ ok: true, record: null });
  });

  it('the waiting selection, its reply lost: the retry still gets it, and a lost settle is settled by its retry', async () => {
    const { runtime, pendingNotices } = background(['stopped-after-write', 'answer', 'stopped-after-write'], 'extension-page');
    await pendingNotices.put({ text: 'Policy Officer', sourceUrl: null });
    const send = requestSender(runtime, policy());
    expect(await send({ type: 'take-pending-notice' })).toEqual({ ok: true, pending: { id: 'selection-1', text: 'Policy Officer', sourceUrl: null } });
    expect(await send({ type: 'settle-pending-notice', id: 'selection-1' })).toEqual({ ok: true });
    expect(await pendingNotices.peek()).toBeNull();
  });

  it('a reply lost as undefined (the polyfill\'s closed port) is asked again', async () => {
    const { runtime, seen } = background(['closed-undefined']);
    expect(await requestSender(runtime, policy())({ type: 'lookup', references: ['251836'] })).toEqual({ ok: true, items: [] });
    expect(seen).toHaveLength(2);
  });

  it('gives up after seven attempts over about 8 s with a code, never a thrown error', async () => {
    const { runtime, seen } = background(Array(8).fill('gone'));
    const retry = policy();
    expect(await requestSender(runtime, retry)({ type: 'ui-catalogues' })).toEqual({ ok: false, code: 'no-answer' });
    expect(seen).toHaveLength(7);
    expect(retry.waited).toEqual([100, 250, 500, 1000, 2000, 4000]);
  });

  it('opening the popup is not repeated once it may have arrived (it would open a second tab)', async () => {
    const { runtime, seen } = background(['stopped-after-write']);
    expect(await requestSender(runtime, policy())({ type: 'open-popup', route: 'vacancy/251836' })).toEqual({ ok: false, code: 'no-answer' });
    expect(seen).toHaveLength(1);
  });

  it('a request that never arrived is repeated, whatever it is', async () => {
    const { runtime, seen } = background(['gone']);
    expect(await requestSender(runtime, policy())({ type: 'open-popup' })).toEqual({ ok: true });
    expect(seen).toHaveLength(2);
  });

  it.each([
    ['the extension was reloaded', () => Promise.reject(new Error('Extension context invalidated.')), { ok: false, code: 'reload-page' }],
    ['an answer that is not one', () => Promise.resolve({ status: 'fine' }), { ok: false, code: 'bad-answer' }],
    ['a refusal', () => Promise.resolve({ ok: false, code: 'forbidden' }), { ok: false, code: 'forbidden' }],
  ])('%s: said at once, not retried', async (_case, answer, expected) => {
    let calls = 0;
    const runtime: MessageRuntime = { sendMessage: () => (calls++, answer()) };
    expect(await requestSender(runtime, policy())({ type: 'lookup', references: [] } satisfies Request)).toEqual(expected);
    expect(calls).toBe(1);
  });
});

/** Removed from the store before each request below, as the popup's Remove would. */
const REMOVED = storedVacancy({ reference: '250111', title: 'Engineer', notes: 'Ask about the clearance' });

/** One request of every type a retry may repeat, on a store that tracks 251836 and had 250111 removed. */
const EVERY_REPEATABLE: Request[] = [
  { type: 'capture-page', page: PAGE, headerLanguage: 'en' },
  { type: 'track-row', row: { reference: '250875', title: 'Head NATO Affairs', location: 'Belgium-Brussels', deadlineText: '22-Jun-2026, 11:59:00 PM', organisation: null, gradeText: 'NATO Grade G15' }, pageTimeZone: 'Europe/Brussels', listUrl: 'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en' },
  { type: 'mark-withdrawn', reference: '251836' },
  { type: 'lookup', references: ['251836'] },
  { type: 'get-vacancy', reference: '251836' },
  { type: 'list-vacancies' },
  { type: 'results-visit', section: '2', references: ['251836', '250875'] },
  { type: 'save-results-filter', filter: { ...NO_FILTER, gradeFrom: 'G15' } },
  { type: 'ui-catalogues', locale: 'en' },
  { type: 'capture', record: parsedVacancy({ reference: '250443', title: 'Assistant' }) },
  { type: 'capture-text', text: readFileSync('test/fixtures/vacancies/250443-asg-defence-policy-planning.md', 'utf8'), sourceUrl: null },
  { type: 'capture-selection', text: readFileSync('test/fixtures/vacancies/250875-heads-nasp-and-mo.txt', 'utf8'), sourceUrl: 'https://www.nato.int/structur/recruit/250875.pdf' },
  { type: 'update-user-fields', reference: '251836', patch: { status: 'submitted', notes: 'sent' } },
  { type: 'mark-changes-seen', reference: '251836' },
  { type: 'take-pending-notice' },
  { type: 'settle-pending-notice', id: 'selection-1' },
  { type: 'get-settings' },
  { type: 'save-settings', patch: { locale: 'fr' } },
  { type: 'import-backup', vacancies: [storedVacancy({ reference: '250443', title: 'Assistant' })], settings: null },
  { type: 'mark-backup-done', at: '2025-11-03T09:00:00.000Z' },
  { type: 'save-answer', answer: { reference: '251836', id: 'q1', position: 0, question: 'Why this post?', limit: 2000, draft: 'Because I led the review.' } },
  { type: 'mark-answer-sent', reference: '251836', id: 'q1' },
  { type: 'delete-answer', reference: '251836', id: 'q1' },
  { type: 'follow', reference: '251836', follow: false },
  { type: 'remove-vacancy', reference: '251836' },
  // 250111 was removed before the request (the setup below): its Undo.
  { type: 'restore-vacancy', record: REMOVED },
  { type: 'set-stage', reference: '251836', stage: 'video-interview', reachedAt: '2026-01-20T09:00:00.000Z' },
  { type: 'save-step', reference: '251836', step: { id: 'v1', kind: 'video-interview', due: '2026-02-01T22:59:00.000Z', slot: null, zoneAsStated: null } },
  { type: 'delete-step', reference: '251836', id: 'v1' },
];

describe('every request, its first reply lost after it wrote: the retry answers as a single attempt would', () => {
  beforeEach(() => fakeBrowser.reset());

  const answer = async (request: Request, script: Parameters<typeof background>[0]) => {
    fakeBrowser.reset();
    const run = background(script, 'extension-page');
    await run.store.saveCapture(parsedVacancy(), new Date('2025-11-01T09:00:00Z'));
    await run.pendingNotices.put({ text: 'Policy Officer', sourceUrl: null });
    await run.store.db.vacancies.put(REMOVED);
    await removeVacancy(run.store, REMOVED.reference, new Date('2025-11-02T09:00:00Z'));
    return requestSender(run.runtime, policy())(request);
  };

  it.each(EVERY_REPEATABLE.map((request) => [request.type, request] as const))('%s', async (_type, request) => {
    const once = await answer(request, []);
    expect(once.ok).toBe(true);
    expect(await answer(request, ['stopped-after-write'])).toEqual(once);
  });

  it('covers every request type but opening the popup', () => {
    // responseSchemas() has one entry per request type (messages.ts checks it with `satisfies`).
    const types = Object.keys(responseSchemas());
    // Opening the popup is the one request not repeated once it may have arrived (a second tab).
    expect(EVERY_REPEATABLE.map((request) => request.type).sort()).toEqual(types.filter((type) => type !== 'open-popup').sort());
  });
});
