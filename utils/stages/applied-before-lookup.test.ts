import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { handleRequest, type RequestContext } from '../background/handle-request';

// Notice 251836 as the portal shows it, and the same post posted again as 261369 in 2026.
const NOTICE = readFileSync('test/fixtures/vacancies/251836-officer-defence-policy.txt', 'utf8');
const page = (text: string, reference: string) => ({
  text,
  fallbackText: '',
  pageTimeZone: null,
  sourceUrl: `https://nato.taleo.net/careersection/2/jobdetail.ftl?job=${reference}&lang=en`,
  urlReference: reference,
});

describe('the in-page panel is told of an earlier posting I applied to', () => {
  it('a re-capture of the same title and body under a new reference answers the earlier one, with its status', async () => {
    const store = freshStore('again');
    const context: RequestContext = { store, openPopup: async () => undefined, now: () => new Date('2026-06-01T10:00:00Z') };
    const first = await handleRequest({ type: 'capture-page', page: page(NOTICE, '251836') }, 'content-script', context);
    expect(first).toMatchObject({ ok: true, appliedBefore: [] });
    await store.updateUserFields('251836', { status: 'not-selected' });
    const again = await handleRequest({ type: 'capture-page', page: page(NOTICE.replaceAll('251836', '261369'), '261369') }, 'content-script', context);
    expect(again).toMatchObject({ ok: true, record: { reference: '261369' }, appliedBefore: [{ reference: '251836', title: 'Officer, Defence Policy', status: 'not-selected', why: 'same-post' }] });
  });

  it('says nothing of an earlier posting I only looked at', async () => {
    const store = freshStore('again');
    const context: RequestContext = { store, openPopup: async () => undefined, now: () => new Date('2026-06-01T10:00:00Z') };
    await handleRequest({ type: 'capture-page', page: page(NOTICE, '251836') }, 'content-script', context);
    const again = await handleRequest({ type: 'capture-page', page: page(NOTICE.replaceAll('251836', '261369'), '261369') }, 'content-script', context);
    expect(again).toMatchObject({ ok: true, appliedBefore: [] });
  });
});
