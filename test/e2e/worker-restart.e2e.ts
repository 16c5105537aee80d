import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers, type ExtensionSession, type TestPage } from './drivers';
import { detailPath, noticePage } from '../fixtures/portal/notice-pages';

/**
 * The background's worker stopped again and again while three tabs capture (Chromium's MV3
 * worker, stopped through the DevTools protocol; Firefox's MV2 background page does not stop).
 * Every capture must be saved once, and every panel must say so in words: "Saved", never a
 * failure for a page that was saved, never a message key. The stops go on for the first seconds
 * of the captures (a worker stopped every 150 ms never lives long enough to finish one), and the
 * client's bounded retries must outlast them. A popup opened while the worker is stopped (as it
 * mostly is, after half a minute idle) lists the vacancies in the language set.
 */
const STOPPING_FOR_MS = 3_000;
const REFERENCES = ['251836', '250875', '250443'] as const;
const PANEL_HEADLINE = ['vacancy-companion-panel', '.headline'];

describe.each(drivers)('captures while the worker stops ($name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
    await session.servePortal(Object.fromEntries(REFERENCES.map((reference) => [detailPath(reference, 'en'), () => noticePage(reference, 'en')])));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('three tabs, the worker stopped every 150 ms: three records, three panels saying "Saved"', async (context) => {
    const stop = session.stopServiceWorker?.bind(session);
    if (!stop) return context.skip();
    // The worker installed and answering first: Chromium stopped during its very first start
    // (install, activation) can keep an extension's worker down for good, which no user meets.
    await expect.poll(() => session.sendToBackground({ type: 'ui-catalogues' }).then((reply) => (reply as { ok?: boolean } | undefined)?.ok)).toBe(true);
    let stopping = true;
    const stopper = (async () => {
      const until = Date.now() + STOPPING_FOR_MS;
      while (stopping && Date.now() < until) {
        await stop().catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    })();
    let pages: TestPage[] = [];
    try {
      pages = await Promise.all(REFERENCES.map((reference) => session.openPortal(detailPath(reference, 'en'))));
      const settled = async (page: TestPage) => {
        await expect.poll(async () => (await page.text(PANEL_HEADLINE)) ?? '', { timeout: 30_000 }).toMatch(/—|:/);
        return (await page.text(PANEL_HEADLINE)) ?? '';
      };
      const headlines = await Promise.all(pages.map(settled));
      for (const headline of headlines) {
        expect(headline).toMatch(/^Saved — /);
        // A message key is one camelCase word (panelSaved, dlTimeLeft).
        expect(headline).not.toMatch(/\b[a-z]+[A-Z]\w*/);
      }
    } finally {
      stopping = false;
      await stopper;
      for (const page of pages) await page.close();
    }
    const rows = await session.readVacancies();
    expect(rows.map((row) => row.reference).sort()).toEqual([...REFERENCES].sort());
  });

  it('the popup opened while the worker is stopped lists the vacancies in the language set', async (context) => {
    const stop = session.stopServiceWorker?.bind(session);
    if (!stop) return context.skip();
    await session.clearVacancies();
    const tab = await session.openPortal(detailPath('251836', 'en'));
    await expect.poll(async () => (await session.readVacancies()).some((row) => row.reference === '251836'), { timeout: 15_000 }).toBe(true);
    await tab.close();
    // Opening a notice saves it as seen; the list is the vacancies the candidate follows.
    expect(await session.sendToBackground({ type: 'follow', reference: '251836', follow: true })).toMatchObject({ ok: true });
    expect(await session.sendToBackground({ type: 'save-settings', patch: { locale: 'fr' } })).toMatchObject({ ok: true });
    await stop();
    const popup = await session.openPopup('#/deadlines');
    try {
      // Drawn first from the stored language, then with the settings the woken worker sends.
      // 251836 closed in 2025: it is the archive's one row.
      await expect.poll(() => popup.text(['.dl-archive summary']), { timeout: 15_000 }).toBe('Archives : clôturés (1)');
      expect(await popup.text(['.tab[aria-current="page"]'])).toBe('Échéances');
      await popup.click(['.dl-archive summary']);
      await expect.poll(() => popup.text(['.dl-row[data-reference="251836"] .dl-status'])).toBe('Intéressé');
    } finally {
      await popup.close();
    }
  });
});
