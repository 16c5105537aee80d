import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers, type ExtensionSession } from './drivers';
import { eventually } from './harness';
import { detailPath } from '../fixtures/portal/notice-pages';
import { natoRawPage } from '../fixtures/portal/nato-raw-page';

/**
 * The extension updated or reloaded (runtime.reload(), as an update does) while a vacancy page
 * waits for the portal to fill it: the page's raw HTML, which Taleo's script never fills, so
 * after saving the page's own data the content script waits for the fill. Nothing is half done,
 * and the panel never goes silent. The browsers differ here, and the scenario asserts each:
 * - Chromium leaves the old script orphaned in the tab and runs no new one until the page is
 *   loaded again: the panel stays and says to reload the page.
 * - Firefox unloads the old script and runs the new version's in the tabs already open: the new
 *   version's panel replaces the old one (frozen mid-wait) and reads the page whole itself.
 */
const PANEL = ['vacancy-companion-panel', '.panel'];
const WORDED = 'Vacancy Companion was updated — reload this page to save it.';

describe.each(drivers)('an extension reloaded while a page waits (built extension, $name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
    await session.servePortal({ [detailPath('251836', 'en')]: () => natoRawPage('251836') });
  });
  afterAll(async () => {
    await session?.close();
  });

  /** The extension's pages refuse to load while it reloads: read once it is back. */
  const vacanciesOnceBack = () => eventually(() => session.readVacancies(), 20_000);

  it('the panel stays and is never silent or doubled; nothing is half saved; the page opened again saves it whole', async () => {
    const page = await session.openPortal(detailPath('251836', 'en'));
    await expect.poll(() => page.text(PANEL), { timeout: 15_000 }).toMatch(/Saved — /);
    const before = await session.readVacancies();
    expect(before.map((row) => [row.reference, row.completeness])).toEqual([['251836', 'notice']]);
    // Marks the old version's panel, to tell it from a new one.
    await page.evaluateOn('vacancy-companion-panel', (host) => host.setAttribute('data-e2e-before-reload', ''));

    await session.reloadExtension();

    if (session.browserName === 'chromium') {
      await expect.poll(() => page.text(PANEL), { timeout: 15_000 }).toContain(WORDED);
      expect(await page.count('vacancy-companion-panel[data-e2e-before-reload]')).toBe(1);
      // Nothing written while the extension went away: the one record, exactly as it was.
      expect(await vacanciesOnceBack()).toEqual(before);
    } else {
      await expect.poll(() => page.count('vacancy-companion-panel[data-e2e-before-reload]'), { timeout: 15_000 }).toBe(0);
      // The new version read the page again: "Already saved", the record unchanged.
      await expect.poll(() => page.text(PANEL), { timeout: 15_000 }).toMatch(/Already saved — /);
      const after = await vacanciesOnceBack();
      expect(after.map((row) => [row.reference, row.completeness, row.title])).toEqual([['251836', 'notice', before[0]!.title]]);
    }
    expect(await page.count('vacancy-companion-panel')).toBe(1);
    await page.close();

    // The page opened again runs the new version, which reads it whole.
    const again = await session.openPortal(detailPath('251836', 'en'));
    await expect.poll(() => again.text(PANEL), { timeout: 15_000 }).toMatch(/saved — /i);
    const after = await session.readVacancies();
    expect(after.map((row) => [row.reference, row.completeness, row.title])).toEqual([['251836', 'notice', before[0]!.title]]);
    expect(await again.count('vacancy-companion-panel')).toBe(1);
    await again.close();
  });
});
