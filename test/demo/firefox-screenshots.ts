import { join } from 'node:path';
import { eventually } from '../e2e/harness';
import { firefoxDriver } from '../e2e/drivers/firefox';
import { DEMO_TOUR, SAMPLE_REFERENCE, demoPortal } from './demo-portal';

/**
 * The README's Firefox pictures: the same demo portal in Firefox ESR with the built add-on
 * (`npm run build:firefox` first): the captured sample page and the popup's deadlines.
 */
export async function takeFirefoxScreenshots(dir: string, now: Date): Promise<string[]> {
  const session = await firefoxDriver.launch();
  const written: string[] = [];
  try {
    await session.servePortal(demoPortal(now));
    for (const path of DEMO_TOUR) {
      const page = await session.openPortal(path);
      await page.setViewport({ width: 1280, height: 800 });
      await eventually(() => page.count(['vacancy-companion-panel', '.panel .open']), 15_000);
      if (path.includes(SAMPLE_REFERENCE)) {
        await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
        written.push(join(dir, '8-firefox-captured-vacancy-page.png'));
        await page.screenshot(written.at(-1)!);
      }
      await page.close();
    }
    const popup = await session.openPopup('#/deadlines', { width: 600, height: 600 });
    await eventually(async () => /DEMO SAMPLE/.test((await popup.text('main')) ?? ''));
    written.push(join(dir, '9-firefox-popup-deadlines.png'));
    await popup.screenshot(written.at(-1)!);
    await popup.close();
  } finally {
    await session.close();
  }
  return written;
}
