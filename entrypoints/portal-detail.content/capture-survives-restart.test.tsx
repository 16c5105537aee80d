// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';
import { noticePage } from '../../test/fixtures/portal/notice-pages';
import { instantRetries, stoppingBackground, type Delivery } from '../../test/unit/stopping-background';
import { registeredCatalogues, registerCatalogues, registerFallbackText } from '../../utils/i18n-core';
import { loadCataloguesFromBackground, requestSender } from '../../utils/messaging-client';
import { captureDetailPage } from './detail-flow';
import { shadowRootOf } from '../../components/shadow-host';

/**
 * The detail page's whole write path: the flow, the messaging client with its retries, the
 * background's handler and the store, the worker stopping on the way. The panel's headline is
 * the user's only evidence: "Saved" when saved, and never a failure for a page that was saved.
 */
const URL_251836 = new URL('https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en');
const headline = (doc: Document) => shadowRootOf(doc.querySelector('vacancy-companion-panel')!)?.querySelector('.headline')?.textContent ?? '';

async function capture(script: Delivery[]) {
  const doc = new DOMParser().parseFromString(noticePage('251836', 'en'), 'text/html');
  const background = stoppingBackground(script);
  const send = requestSender(background.runtime, instantRetries());
  await captureDetailPage({
    doc,
    url: URL_251836,
    locale: 'en',
    timeZone: 'Europe/Brussels',
    send,
    now: () => new Date('2025-12-20T10:00:00Z'),
    setTimeout: () => undefined,
    MutationObserver,
    fillTimeoutMs: 0,
  });
  return { doc, ...background };
}

describe('a capture while the worker stops', () => {
  it.each([
    ['stopped before the message arrived', ['gone', 'gone'] as Delivery[]],
    ['stopped after saving, before replying', ['stopped-after-write'] as Delivery[]],
    ['stopped after saving, twice, then gone once', ['stopped-after-write', 'closed-undefined', 'gone'] as Delivery[]],
  ])('%s: one record, and the panel says "Saved"', async (_case, script) => {
    const attempts = script.length + 1;
    const { doc, store, seen } = await capture(script);
    expect(headline(doc)).toMatch(/^Saved — /);
    expect(await store.db.vacancies.count()).toBe(1);
    expect(seen).toHaveLength(attempts);
  });

  it('a worker that never comes back: the panel says so in words, and nothing claims a save', async () => {
    const { doc, store } = await capture(Array<Delivery>(7).fill('gone'));
    expect(headline(doc)).toBe(
      'Could not save this vacancy: The extension did not answer, even after several tries. Reload the page or try again in a moment.',
    );
    expect(await store.db.vacancies.count()).toBe(0);
  });

  it('the catalogues could not be fetched: the browser\'s own text stands in, never a message key', async () => {
    const saved = registeredCatalogues();
    registerCatalogues({ en: {}, fr: {} });
    // What the browser's i18n gives a content script: the extension's messages in its language.
    const getMessage = vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((key: string) => (en as Record<string, { message: string } | undefined>)[key]?.message ?? '');
    try {
      const background = stoppingBackground(Array<Delivery>(7).fill('gone'));
      expect(await loadCataloguesFromBackground('en', requestSender(background.runtime, instantRetries()))).toEqual({ loaded: false, locale: 'en' });
      const { doc } = await capture([]);
      // "Saved — {time} left" (panelSaved, then dlTimeLeft): the 251836 notice closes on 4 January.
      // 20 December 10:00 UTC to 4 January 22:59 UTC: 15 days 12 h 59 min, shown to the hour.
      expect(headline(doc)).toBe('Saved — 15 d 12 h left');
      expect(getMessage).toHaveBeenCalledWith('panelSaved');
    } finally {
      registerFallbackText(() => undefined);
      registerCatalogues(saved);
      getMessage.mockRestore();
    }
  });
});
