import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { eventually, launchExtension } from '../e2e/harness';
import { wrapPage } from '../e2e/drivers/chromium';
import { DEMO_TOUR, SAMPLE_APPLY_PATH, demoPortal } from './demo-portal';
import { takeScreenshots } from './screenshots';
import { takeFirefoxScreenshots } from './firefox-screenshots';
import { takeStoreScreenshots } from './store-screenshots';

/**
 * `npm start`: builds the extension and opens Chromium with it on a demo portal — real notices
 * served at their nato.taleo.net URLs — so capture, the popup and the essay check can be seen
 * without a portal account. `npm start -- --screenshots DIR` runs the same demo headless and
 * writes PNGs instead.
 */
const args = process.argv.slice(2);
const shotsAt = args.indexOf('--screenshots');
const screenshotsDir = shotsAt >= 0 ? args[shotsAt + 1] : undefined;
// `--firefox` also takes the Firefox pictures (Firefox ESR installed, the Firefox build made).
const withFirefox = args.includes('--firefox');
// `--store` also takes the store listing's pictures (.github/store/, README "Store packages").
const withStore = args.includes('--store');
if (shotsAt >= 0 && !screenshotsDir) {
  console.error('Usage: npm start -- --screenshots DIR [--firefox] [--store]');
  process.exit(2);
}
if (!screenshotsDir && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
  console.error('No display to open Chromium in. Run `npm start -- --screenshots DIR` for a headless demo that writes PNGs.');
  process.exit(1);
}

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
const session = await launchExtension({ headed: !screenshotsDir });
const now = new Date();
await session.servePortal(demoPortal(now));

if (screenshotsDir) {
  const dir = resolve(screenshotsDir);
  mkdirSync(dir, { recursive: true });
  const written = await takeScreenshots(session, dir, now);
  if (withStore) written.push(...(await takeStoreScreenshots(session, dir)));
  await session.close();
  if (withFirefox) {
    execFileSync('npm', ['run', 'build:firefox', '--silent'], { stdio: 'inherit' });
    written.push(...(await takeFirefoxScreenshots(dir, now)));
  }
  for (const file of written) console.log(file);
} else {
  // Visit each demo notice once so the popup has vacancies, then leave the results page open.
  for (const path of DEMO_TOUR) {
    const page = await session.context.newPage();
    await page.goto(`https://nato.taleo.net${path}`);
    // The panel is in a closed shadow root: found through the e2e driver, which opens it to the tool.
    await eventually(async () => (await wrapPage(page).count(['vacancy-companion-panel', '.panel .open'])) > 0, 15_000);
    // Followed from the panel, as a candidate does: the popup lists the vacancies followed.
    await wrapPage(page).click(['vacancy-companion-panel', 'button.follow']);
    if (path !== DEMO_TOUR.at(-1)) await page.close();
  }
  const apply = await session.context.newPage();
  await apply.goto(`https://nato.taleo.net${SAMPLE_APPLY_PATH}`);
  const results = await session.context.newPage();
  await results.goto('https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en');
  await session.openPopup();
  console.log(
    'Demo running: notices are captured; tabs show the results page, the sample\'s attachment step (choose a .docx to see the upload check) and the popup. Close the browser to stop.',
  );
  await new Promise<void>((done) => session.context.on('close', () => done()));
}
