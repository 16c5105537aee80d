import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, fixture } from './harness';
import { drivers, type ExtensionSession } from './drivers';
import type { ExtensionApi } from './drivers/driver';
import { detailPath, noticePage } from '../fixtures/portal/notice-pages';

/**
 * The portal page's own script against the in-page UI. The script below is served inside the
 * page, as Taleo's or an injected script would run: it looks for our roots and dispatches
 * synthetic clicks, keys and changes at our hosts. Then the test goes further than a page can
 * (it opens the closed roots through the browser's debugging protocol) and dispatches synthetic
 * events on our very controls: still nothing is tracked, opened or changed. A real click (the
 * driver's trusted pointer input) works.
 */
const RESULTS = '/careersection/2/jobsearch.ftl?lang=en';
const CHIP = 'vacancy-companion-chip';
const PANEL = ['vacancy-companion-panel', '.panel'];

const HOSTILE = `<script>
  // What the page's script can learn of our hosts as they are inserted (before the test looks).
  window.__seen = { roots: 0, hosts: 0, text: '' };
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) {
      if (!node.localName || !node.localName.startsWith('vacancy-companion-')) continue;
      window.__seen.hosts += 1;
      if (node.shadowRoot) window.__seen.roots += 1;
      window.__seen.text += node.textContent;
    }
  }).observe(document, { childList: true, subtree: true });
  // And what it tries: clicks and keys at every host, again and again.
  setInterval(() => {
    for (const host of document.querySelectorAll('*')) {
      if (!host.localName.startsWith('vacancy-companion-')) continue;
      host.click();
      host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    }
  }, 100);
</script>`;
const hostile = (html: string) => html.replace('</body>', `${HOSTILE}</body>`);

/** Extension pages open in tabs (the probe's own page is one). */
const extensionTabs = (api: ExtensionApi) =>
  (api as unknown as { extension: { getViews(filter: object): unknown[] } }).extension.getViews({ type: 'tab' }).length;

/** The welcome page a fresh install opens once (utils/welcome/first-run.ts), when it is open. */
const welcomeTabs = (api: ExtensionApi) =>
  (api as unknown as { extension: { getViews(filter: object): Window[] } }).extension
    .getViews({ type: 'tab' })
    .filter((view) => view.location.pathname === '/welcome.html').length;

describe.each(drivers)('a hostile portal page cannot drive the in-page UI (built extension, $name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
    // The install's own welcome tab opens when the browser gets to it: waited for, so the tab
    // counts below see only what the page's script (or the user) opens.
    await eventually(async () => (await session.withExtensionApi(welcomeTabs)) === 1, 15_000);
    await session.servePortal({
      [RESULTS]: () => hostile(fixture('portal/taleo-jobsearch-2023-rendered.html')),
      [detailPath('251836', 'en')]: () => hostile(noticePage('251836', 'en')),
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('results page: the page sees no root and no text; synthetic clicks track nothing and open nothing; a real click tracks', async () => {
    const tabsBefore = await session.withExtensionApi(extensionTabs);
    const page = await session.openPortal(RESULTS);
    await expect.poll(() => page.count(CHIP), { timeout: 15_000 }).toBe(50);
    // What the page's script met, read before any look of the test's own.
    await eventually(async () => (await page.evaluate(() => (window as unknown as { __seen: { hosts: number } }).__seen.hosts)) >= 50);
    const seen = await page.evaluate(() => (window as unknown as { __seen: { roots: number; text: string } }).__seen);
    expect(seen).toEqual({ roots: 0, hosts: expect.any(Number), text: '' });

    // Synthetic events on the controls themselves, from the page's world.
    await page.evaluateOn([{ css: CHIP, nth: 0 }, 'button'], (button) => {
      (button as HTMLButtonElement).click();
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await page.evaluateOn(['vacancy-companion-filter', 'input[type="checkbox"]'], (box) => (box as HTMLInputElement).click());
    await page.evaluateOn(['vacancy-companion-filter', 'select', 'option[value="G15"]'], (option) => {
      const select = option.parentElement as HTMLSelectElement;
      select.value = 'G15';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await new Promise((resolveLater) => setTimeout(resolveLater, 1500));
    expect(await session.readVacancies()).toEqual([]);
    expect(await page.text([{ css: CHIP, nth: 0 }, 'button'])).toBe('+ Follow');
    expect(await page.evaluateOn(['vacancy-companion-filter', 'input[type="checkbox"]'], (box) => (box as HTMLInputElement).checked)).toBe(false);
    expect(await page.text(['vacancy-companion-filter', '[role="status"]'])).toMatch(/50 of 50/);
    const stored = await session.withExtensionApi((api) => api.storage.local.get('results-filter'));
    expect((stored['results-filter'] as { gradeFrom?: string } | undefined)?.gradeFrom ?? null).toBeNull();

    // The user's own click (the driver's real pointer input) tracks.
    await page.click([{ css: CHIP, nth: 0 }, { role: 'button', name: /Follow/ }]);
    await eventually(async () => (await session.readVacancies()).find((row) => row.reference === '230611'));
    await expect.poll(() => page.text([{ css: CHIP, nth: 0 }, '.chip'])).toBe('✓ Following');
    // A tracked chip opens the vacancy on a click: a synthetic one opens no tab.
    await page.evaluateOn([{ css: CHIP, nth: 0 }, 'button'], (button) => (button as HTMLButtonElement).click());
    await new Promise((resolveLater) => setTimeout(resolveLater, 1500));
    expect(await session.withExtensionApi(extensionTabs)).toBe(tabsBefore);
    await page.close();
  });

  it('detail page: a synthetic click on the panel\'s Open button opens no tab, and the panel\'s text is not the page\'s', async () => {
    const tabsBefore = await session.withExtensionApi(extensionTabs);
    const page = await session.openPortal(detailPath('251836', 'en'));
    await expect.poll(() => page.text(PANEL), { timeout: 15_000 }).toMatch(/Saved — /);
    expect(await page.evaluate(() => (window as unknown as { __seen: { roots: number; text: string } }).__seen)).toMatchObject({ roots: 0, text: '' });
    await page.evaluateOn([...PANEL, 'button.open'], (button) => (button as HTMLButtonElement).click());
    await new Promise((resolveLater) => setTimeout(resolveLater, 1500));
    expect(await session.withExtensionApi(extensionTabs)).toBe(tabsBefore);
    await page.close();
  });
});
