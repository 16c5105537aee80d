import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers, type ExtensionSession, type TestPage } from './drivers';
import { detailPath, noticePage } from '../fixtures/portal/notice-pages';
import { HOUR_MS, noticeClosingIn } from './seeded-notices';

/**
 * The sizes a candidate reads, as each browser computes them in the built extension: Chromium's
 * own stylesheet for extension pages shrinks `body` text to 75 %, so a size set on `:root` only
 * would show labels at ~9.75 px there and 13 px in Firefox.
 */
const MIN_PX = 13;

/** The computed font size (px) of every element `selector` finds, in order. */
function sizesOf(page: TestPage, selector: string): Promise<number[]> {
  return page.evaluate(
    (css) => Array.from(document.querySelectorAll(css), (element) => parseFloat(getComputedStyle(element).fontSize)),
    selector,
  );
}

describe.each(drivers)('readable text (built extension, $name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
    await session.servePortal({ [detailPath('250875', 'en')]: () => noticePage('250875', 'en') });
    const record = noticeClosingIn('vacancies/251836-officer-defence-policy.txt', 10 * 24 * HOUR_MS);
    expect(await session.sendToBackground({ type: 'capture', record })).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('the deadline list: labels, rows and facts at 13 px or more', async () => {
    const page = await session.openPopup('#/deadlines');
    await expect.poll(() => page.count('button.dl-row')).toBeGreaterThan(0);
    for (const selector of ['.dl-toolbar label', '.dl-title', '.dl-facts', '.dl-when', '.dl-urgency', '.dl-tag', '.tab']) {
      const sizes = await sizesOf(page, selector);
      expect(sizes.length, selector).toBeGreaterThan(0);
      expect(Math.min(...sizes), selector).toBeGreaterThanOrEqual(MIN_PX);
    }
    await page.close();
  });

  it('the detail view: facts and their names at 13 px or more', async () => {
    const page = await session.openPopup('#/vacancy/251836');
    await expect.poll(() => page.count('.dl-facts-list dd')).toBeGreaterThan(0);
    for (const selector of ['.dl-facts-list dt', '.dl-facts-list dd', '.dl-tracking label', '.rdy-hint']) {
      const sizes = await sizesOf(page, selector);
      expect(sizes.length, selector).toBeGreaterThan(0);
      expect(Math.min(...sizes), selector).toBeGreaterThanOrEqual(MIN_PX);
    }
    await page.close();
  });

  it('Settings: labels at 13 px or more, and no hint larger than a label', async () => {
    const page = await session.openPopup('#/settings');
    await expect.poll(() => page.count('.own-hint')).toBeGreaterThan(0);
    const labels = await sizesOf(page, 'main label');
    const hints = await sizesOf(page, '.own-hint, .privacy');
    expect(labels.length).toBeGreaterThan(0);
    expect(hints.length).toBeGreaterThan(0);
    expect(Math.min(...labels)).toBeGreaterThanOrEqual(MIN_PX);
    expect(Math.min(...hints)).toBeGreaterThanOrEqual(MIN_PX);
    expect(Math.max(...hints)).toBeLessThanOrEqual(Math.min(...labels));
    await page.close();
  });

  it('the panel on the portal: its text at 13 px or more', async () => {
    const page = await session.openPortal(detailPath('250875', 'en'));
    await expect.poll(() => page.text(['vacancy-companion-panel', '.panel']), { timeout: 15_000 }).toMatch(/Saved — /);
    const sizes = await page.evaluateOn(['vacancy-companion-panel', '.panel'], (panel) =>
      Array.from(panel.querySelectorAll('p, li, button'), (element) => parseFloat(getComputedStyle(element).fontSize)),
    );
    expect(sizes.length).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(MIN_PX);
    await page.close();
  });

  it('Compare fits the popup: no sideways scroll in its main columns, and the ↗ tab uses the window', async () => {
    const popup = await session.openPopup('#/compare');
    await expect.poll(() => popup.count('table tbody tr')).toBeGreaterThan(0);
    const fit = await popup.evaluate(() => {
      const scroll = document.querySelector('.compare-scroll')!;
      return { scrollWidth: scroll.scrollWidth, clientWidth: scroll.clientWidth, body: document.body.getBoundingClientRect().width };
    });
    expect(fit.body).toBe(580);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
    await popup.close();

    const tab = await session.openExtensionPage('popup.html?tab#/compare', { width: 1100, height: 800 });
    await expect.poll(() => tab.count('table tbody tr')).toBeGreaterThan(0);
    expect(await tab.evaluate(() => document.body.getBoundingClientRect().width)).toBeGreaterThan(1000);
    await tab.close();
  });
});
