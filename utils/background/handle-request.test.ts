import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { handleRequest, type RequestContext } from './handle-request';
import { parsedVacancy } from '../../test/unit/record-factory';
import { pendingNotices } from './pending-notice';
import { memoryArea } from './pending-notice.test-fakes';

function context(): RequestContext & { openPopup: ReturnType<typeof vi.fn> } {
  const store = freshStore();
  return { store, openPopup: vi.fn(async () => undefined), now: () => new Date('2025-12-01T10:00:00Z') };
}
describe('handleRequest', () => {
  it('hands the waiting selection to the Add notice page until it is settled, however often asked', async () => {
    const ctx = { ...context(), pendingNotices: pendingNotices(memoryArea(), () => 'selection-1') };
    await ctx.pendingNotices.put({ text: 'Policy Officer', sourceUrl: null });
    const waiting = { ok: true, pending: { id: 'selection-1', text: 'Policy Officer', sourceUrl: null } };
    // A retried request (its first reply lost) and a popup opened again both get it.
    expect(await handleRequest({ type: 'take-pending-notice' }, 'extension-page', ctx)).toEqual(waiting);
    expect(await handleRequest({ type: 'take-pending-notice' }, 'extension-page', ctx)).toEqual(waiting);
    expect(await handleRequest({ type: 'settle-pending-notice', id: 'selection-1' }, 'extension-page', ctx)).toEqual({ ok: true });
    // The settle retried: nothing left to clear, the same answer.
    expect(await handleRequest({ type: 'settle-pending-notice', id: 'selection-1' }, 'extension-page', ctx)).toEqual({ ok: true });
    expect(await handleRequest({ type: 'take-pending-notice' }, 'extension-page', ctx)).toEqual({ ok: true, pending: null });
  });

  it('a late settle of an older selection leaves the newer one waiting', async () => {
    let n = 0;
    const ctx = { ...context(), pendingNotices: pendingNotices(memoryArea(), () => `selection-${++n}`) };
    await ctx.pendingNotices.put({ text: 'first', sourceUrl: null });
    await ctx.pendingNotices.put({ text: 'second', sourceUrl: null });
    expect(await handleRequest({ type: 'settle-pending-notice', id: 'selection-1' }, 'extension-page', ctx)).toEqual({ ok: true });
    expect(await handleRequest({ type: 'take-pending-notice' }, 'extension-page', ctx)).toMatchObject({ pending: { id: 'selection-2', text: 'second' } });
  });

  it.each(['take-pending-notice', 'settle-pending-notice'])('refuses %s from a content script', async (type) => {
    const ctx = { ...context(), pendingNotices: pendingNotices(memoryArea()) };
    await ctx.pendingNotices.put({ text: 'Policy Officer', sourceUrl: null });
    expect(await handleRequest({ type, id: 'x' }, 'content-script', ctx)).toEqual({ ok: false, code: 'forbidden' });
    expect(await ctx.pendingNotices.peek()).toMatchObject({ text: 'Policy Officer' });
  });

  it('saves a valid capture and reports it created', async () => {
    const ctx = context();
    const reply = await handleRequest({ type: 'capture', record: parsedVacancy() }, 'extension-page', ctx);
    expect(reply).toMatchObject({ ok: true, created: true, record: { reference: '251836', status: 'interested' } });
    expect(await ctx.store.db.vacancies.count()).toBe(1);
  });

  it.each([
    ['not an object', 'hello'],
    ['unknown type', { type: 'drop-table' }],
    ['record missing fields', { type: 'capture', record: { reference: '251836', title: 'x' } }],
    ['bad reference', { type: 'capture', record: { ...parsedVacancy(), reference: '<script>' } }],
    ['a record without its reference', { type: 'capture', record: { ...parsedVacancy(), reference: null } }],
    ['a record without its title', { type: 'capture', record: { ...parsedVacancy(), title: null } }],
    ['bad date', { type: 'capture', record: { ...parsedVacancy(), deadline: '4-Jan-2026' } }],
    ['negative salary', { type: 'capture', record: { ...parsedVacancy(), salary: { amount: -1, currency: 'EUR', period: 'month' } } }],
    ['row without title', { type: 'track-row', row: { reference: '251836' } }],
    ['route with odd characters', { type: 'open-popup', route: 'javascript:alert(1)' }],
  ])('rejects %s with a reason and writes nothing', async (_name, message) => {
    const ctx = context();
    const reply = await handleRequest(message, 'extension-page', ctx);
    expect(reply).toMatchObject({ ok: false, code: 'rejected', detail: expect.stringMatching(/./) });
    expect(await ctx.store.db.vacancies.count()).toBe(0);
    expect(ctx.openPopup).not.toHaveBeenCalled();
  });

  it('names what was wrong and where', async () => {
    const reply = await handleRequest({ type: 'lookup', references: 5 }, 'content-script', context());
    expect(reply).toEqual({ ok: false, code: 'rejected', detail: expect.stringContaining('expected array, received number') });
    expect((reply as { detail: string }).detail).toContain('references');
  });

  it('fuzzed messages never write', async () => {
    const ctx = context();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.anything(),
          fc.record({ type: fc.constantFrom('capture', 'track-row', 'mark-withdrawn'), record: fc.anything(), row: fc.anything() }),
          fc.record({ type: fc.constant('capture'), record: fc.record({ reference: fc.string(), title: fc.string() }) }),
        ),
        async (message) => {
          const reply = await handleRequest(message, 'extension-page', ctx);
          expect(reply.ok).toBe(false);
        },
      ),
      { numRuns: 200 },
    );
    expect(await ctx.store.db.vacancies.count()).toBe(0);
  });

  it('looks up tracked references for the results-page chips', async () => {
    const ctx = context();
    await handleRequest({ type: 'capture', record: parsedVacancy() }, 'extension-page', ctx);
    const reply = await handleRequest({ type: 'lookup', references: ['251836', '111111'] }, 'extension-page', ctx);
    expect(reply).toEqual({
      ok: true,
      items: [{ reference: '251836', title: 'Officer, Defence Policy', status: 'interested', closesAt: '2026-01-04T22:59:00.000Z', completeness: 'notice', followed: true }],
    });
  });

  it('opens the popup at a route', async () => {
    const ctx = context();
    expect(await handleRequest({ type: 'open-popup', route: 'vacancy/251836' }, 'extension-page', ctx)).toEqual({ ok: true });
    expect(ctx.openPopup).toHaveBeenCalledWith('vacancy/251836');
  });

  it('reports a storage failure instead of swallowing it', async () => {
    const ctx = context();
    vi.spyOn(ctx.store, 'saveCapture').mockRejectedValue(Object.assign(new Error('x'), { name: 'QuotaExceededError' }));
    const reply = await handleRequest({ type: 'capture', record: parsedVacancy() }, 'extension-page', ctx);
    expect(reply).toEqual({ ok: false, code: 'quota' });
  });
});

describe('requests from the popup and content scripts', () => {
  it('parses and saves a detail page snapshot, or says why not and writes nothing', async () => {
    const { readFileSync } = await import('node:fs');
    const ctx = context();
    const page = {
      text: readFileSync('test/fixtures/vacancies/251836-officer-defence-policy.txt', 'utf8'),
      fallbackText: '',
      pageTimeZone: 'GMT+00:00',
      sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en',
      urlReference: '251836',
    };
    expect(await handleRequest({ type: 'capture-page', page }, 'extension-page', ctx)).toMatchObject({
      ok: true,
      created: true,
      record: { reference: '251836', deadline: '2026-01-04', salary: { amount: 9253.21 } },
      warnings: expect.any(Array),
    });
    const junk = await handleRequest({ type: 'capture-page', page: { ...page, text: 'Cookie settings', urlReference: '111111' } }, 'extension-page', ctx);
    expect(junk).toMatchObject({ ok: false, code: 'not-a-notice', detail: expect.stringMatching(/no sign of a NATO vacancy notice/) });
    expect(await ctx.store.db.vacancies.count()).toBe(1);
  });

  it('writes user fields for the popup and refuses fields that are not the user\'s', async () => {
    const ctx = context();
    await handleRequest({ type: 'capture', record: parsedVacancy() }, 'extension-page', ctx);
    expect(await handleRequest({ type: 'update-user-fields', reference: '251836', patch: { status: 'submitted', notes: 'sent' } }, 'extension-page', ctx)).toMatchObject({
      ok: true,
      record: { status: 'submitted', notes: 'sent' },
    });
    const refused = await handleRequest({ type: 'update-user-fields', reference: '251836', patch: { title: 'Hacked' } }, 'extension-page', ctx);
    expect(refused).toMatchObject({ ok: false, code: 'rejected' });
    expect((await ctx.store.get('251836'))?.title).toBe('Officer, Defence Policy');
  });

  it('hands a content script the catalogue of its page language, or both', async () => {
    type Reply = { ok: true; catalogues: Partial<Record<'en' | 'fr', Record<string, { message: string }>>> };
    const french = (await handleRequest({ type: 'ui-catalogues', locale: 'fr' }, 'content-script', context())) as Reply;
    expect(Object.keys(french.catalogues)).toEqual(['fr']);
    expect(french.catalogues.fr?.panelSaved?.message).toBe('Enregistré');
    const both = (await handleRequest({ type: 'ui-catalogues' }, 'content-script', context())) as Reply;
    expect(both.catalogues.en?.panelSaved?.message).toBe('Saved');
    expect(both.catalogues.fr?.panelSaved?.message).toBe('Enregistré');
    expect(await handleRequest({ type: 'ui-catalogues', locale: 'de' }, 'content-script', context())).toMatchObject({ ok: false });
  });

  it('reads settings and refuses an invalid change', async () => {
    const ctx = context();
    expect(await handleRequest({ type: 'get-settings' }, 'extension-page', ctx)).toMatchObject({ ok: true, settings: { locale: 'auto' } });
    expect(await handleRequest({ type: 'save-settings', patch: { locale: 'fr' } }, 'extension-page', ctx)).toMatchObject({ ok: true, settings: { locale: 'fr' } });
    expect(await handleRequest({ type: 'save-settings', patch: { locale: 'de' } }, 'extension-page', ctx)).toMatchObject({ ok: false, code: 'rejected' });
    expect(await handleRequest({ type: 'get-settings' }, 'extension-page', ctx)).toMatchObject({ settings: { locale: 'fr' } });
  });
});
