import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './harness';
import { drivers, type ExtensionSession, type TestPage } from './drivers';

/**
 * "New" rows and the compact filter on the real results page of career section 2. The first
 * visit marks nothing; a later visit marks the rows earlier visits did not show. The page is
 * the real rendered save (50 rows, five of them DIANA's); on the later visit one row (230592)
 * is replaced by a vacancy never shown before (230999).
 */
const RESULTS = '/careersection/2/jobsearch.ftl?lang=en';
const NEW_MARK = 'vacancy-companion-new';
const BAR = 'vacancy-companion-filter';
const DIANA = 'Defence Innovation Accelerator for the North Atlantic (DIANA)';

describe.each(drivers)('results pages: New rows and the filter ($name)', (driver) => {
  let session: ExtensionSession;
  let laterVisit = false;
  beforeAll(async () => {
    session = await driver.launch();
    const page = fixture('portal/taleo-jobsearch-2023-rendered.html');
    await session.servePortal({ [RESULTS]: () => (laterVisit ? page.replace('title="">230592<', 'title="">230999<') : page) });
  });
  afterAll(async () => {
    await session?.close();
  });

  /** The job numbers of the rows the page shows (not hidden by the filter). */
  const shownRows = (page: TestPage) =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('[id^="requisitionListInterface.reqContestNumberValue.row"]'))
        .filter((cell) => cell.closest<HTMLElement>('tr.ftlrow')?.style.display !== 'none')
        .map((cell) => cell.textContent?.trim() ?? ''),
    );
  const markedRows = (page: TestPage) =>
    page.evaluate((mark) =>
      Array.from(document.querySelectorAll(mark)).map(
        (host) => host.closest('tr.ftlrow')?.querySelector('[id^="requisitionListInterface.reqContestNumberValue.row"]')?.textContent?.trim() ?? '',
      ),
    NEW_MARK);
  /** An hour passes: what the last visit showed is now "before". */
  const anHourLater = () =>
    session.withExtensionApi(async (api) => {
      const stored = (await api.storage.local.get('results-visits'))['results-visits'] as Record<string, { current: { startedAt: string; lastAt: string } }>;
      for (const visits of Object.values(stored)) {
        visits.current.startedAt = new Date(Date.parse(visits.current.startedAt) - 3_600_000).toISOString();
        visits.current.lastAt = new Date(Date.parse(visits.current.lastAt) - 3_600_000).toISOString();
      }
      await api.storage.local.set({ 'results-visits': stored });
    });

  it('the first visit marks nothing; the next one marks the vacancy it had not shown, through reloads', async () => {
    const first = await session.openPortal(RESULTS);
    await expect.poll(() => first.text([BAR, '[role="status"]']), { timeout: 15_000 }).toBe('Showing 50 of 50 on this page');
    expect(await first.count(NEW_MARK)).toBe(0);
    await first.close();

    await anHourLater();
    laterVisit = true;
    for (let load = 0; load < 2; load++) {
      const page = await session.openPortal(RESULTS);
      await expect.poll(() => page.text([BAR, '[role="status"]']), { timeout: 15_000 }).toBe('Showing 50 of 50 on this page · 1 new since your last visit');
      expect(await markedRows(page)).toEqual(['230999']);
      expect(await page.text([NEW_MARK, '.new'])).toBe('New');
      await page.close();
    }
  });

  it('the filter hides the rows it leaves out, by keyboard too, and is remembered', async () => {
    const page = await session.openPortal(RESULTS);
    await expect.poll(() => page.count(BAR), { timeout: 15_000 }).toBe(1);
    await page.select([BAR, { label: 'NATO body' }], DIANA);
    await expect.poll(() => shownRows(page).then((rows) => rows.length)).toBe(5);
    expect(await page.text([BAR, '[role="status"]'])).toMatch(/^Showing 5 of 50 on this page/);
    await page.close();

    const again = await session.openPortal(RESULTS);
    await expect.poll(() => shownRows(again).then((rows) => rows.length), { timeout: 15_000 }).toBe(5);
    // Clear by keyboard: focus the button and press Enter.
    await again.evaluateOn([BAR, { role: 'button', name: 'Clear filter' }], (button) => (button as HTMLButtonElement).focus());
    await again.keyboard('Enter');
    await expect.poll(() => shownRows(again).then((rows) => rows.length)).toBe(50);
    await again.close();
  });
});
