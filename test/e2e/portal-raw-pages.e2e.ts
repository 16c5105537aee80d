import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, fixture } from './harness';
import { drivers, type ExtensionSession } from './drivers';
import { detailPath } from '../fixtures/portal/notice-pages';
import { natoRawPage } from '../fixtures/portal/nato-raw-page';
import { OFFICER_DEFENCE_POLICY } from '../expected/251836';
import { withLateFill } from '../fixtures/portal/taleo-fill-script';

/**
 * NATO notices in the real raw structure of Taleo server pages (test/fixtures/portal/
 * nato-raw-page.ts), served at their portal URLs: Taleo's own script (ftlallc.js) is refused
 * like every unserved request, so the page never fills unless the tests' stand-in fills it.
 */
const PANEL = ['vacancy-companion-panel', '.panel'];
const CHIP = 'vacancy-companion-chip';
const FILLED_AT = () => document.documentElement.getAttribute('data-filled-at');
type Row = Record<string, unknown> & { reference: string };

// Read from the notice's own header (test/fixtures/vacancies/251836-officer-defence-policy.txt).
const OFFICER = { ...OFFICER_DEFENCE_POLICY, completeness: 'notice' };

describe.each(drivers)('raw Taleo pages in Brussels (built extension, $name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
  });
  afterAll(async () => {
    await session?.close();
  });
  const byReference = async (reference: string) => (await session.readVacancies()).find((row) => row.reference === reference) as Row | undefined;

  it('a NATO page whose script never runs: "Reading this vacancy…" at once, then every header field from its inline data', async () => {
    await session.servePortal({ [detailPath('251836', 'en')]: () => natoRawPage('251836', { tz: 'GMT+01:00' }) });
    const page = await session.openPortal(detailPath('251836', 'en'));
    await expect.poll(() => page.text(PANEL), { timeout: 10_000 }).toContain('Reading this vacancy…');
    await expect.poll(() => page.text(PANEL), { timeout: 15_000 }).toMatch(/Saved — /);
    // The page itself stayed empty: the record came from the inline data.
    expect(await page.text('[id="requisitionDescriptionInterface.ID1406"]')).toBe('');
    expect(await eventually(() => byReference('251836'))).toMatchObject(OFFICER);
    await page.close();
    await session.clearVacancies();
  });

  it('a page that fills late (after the wait) is saved from its data at once, and reading it filled changes nothing', async () => {
    await session.servePortal({ [detailPath('251836', 'en')]: () => withLateFill(natoRawPage('251836', { tz: 'GMT+01:00' }), 6000) });
    const page = await session.openPortal(detailPath('251836', 'en'));
    await expect.poll(() => page.text(PANEL), { timeout: 15_000 }).toMatch(/Saved — /);
    expect(await page.evaluate(FILLED_AT)).toBeNull();
    expect(await eventually(() => byReference('251836'))).toMatchObject(OFFICER);
    await expect.poll(() => page.evaluate(FILLED_AT), { timeout: 15_000 }).not.toBeNull();
    expect(await page.text('[id="requisitionDescriptionInterface.ID1406.row1"]')).toBe('NATO Grade G20');
    const rows = (await session.readVacancies()).filter((row) => row.reference === '251836');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ...OFFICER, history: [] });
    await page.close();
    await session.clearVacancies();
  });

  it('a page that fills within the wait is read filled, in another tenant layout', async () => {
    await session.servePortal({ [detailPath('251836', 'en')]: () => withLateFill(natoRawPage('251836', { tz: 'GMT+01:00', template: 'wipo' }), 800) });
    const page = await session.openPortal(detailPath('251836', 'en'));
    await expect.poll(() => page.text(PANEL), { timeout: 15_000 }).toMatch(/Saved — /);
    expect(await page.evaluate(FILLED_AT)).not.toBeNull();
    // That layout has no NATO Body or Schedule rows.
    const { organisation: _organisation, schedule: _schedule, ...shown } = OFFICER;
    expect(await eventually(() => byReference('251836'))).toMatchObject(shown);
    await page.close();
  });
});

/** 22-Jun-2023, 11:59:00 PM (a Brussels browser, UTC+2) → the same instant as shown at UTC+3. */
function shownOneHourLater(shown: string): string {
  const m = /^(\d{2})-(\w{3})-(\d{4}), (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)$/.exec(shown);
  if (!m) return shown;
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const hour = (Number(m[4]) % 12) + (m[7] === 'PM' ? 12 : 0);
  const t = new Date(Date.UTC(Number(m[3]), months.indexOf(m[2]!), Number(m[1]), hour + 1, Number(m[5]), Number(m[6])));
  const h = t.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(t.getUTCDate())}-${months[t.getUTCMonth()]}-${t.getUTCFullYear()}, ${h % 12 === 0 ? 12 : h % 12}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'}`;
}

describe.each(drivers)('a results page seen from Athens whose tz says CET (built extension, $name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch({ timezoneId: 'Europe/Athens' });
    // The real 2023 results page, every deadline as an Athens browser shows it (one hour later,
    // so 22 June 23:59 Brussels reads 23 June 12:59 AM), its zone inputs saying CET.
    const page = fixture('portal/taleo-jobsearch-2023-rendered.html')
      .replace(/\d{2}-\w{3}-\d{4}, \d{1,2}:\d{2}:\d{2} [AP]M/g, shownOneHourLater)
      .replace(/(id="tz" value=")[^"]*"/, '$1CET"')
      .replace(/(id="tzname" type="hidden" value=")[^"]*"/, '$1CET"');
    await session.servePortal({ '/careersection/2/jobsearch.ftl?lang=en': () => page });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('tracking a row keeps the real close, not a day later', async () => {
    const results = await session.openPortal('/careersection/2/jobsearch.ftl?lang=en');
    expect(await results.text('[id="requisitionListInterface.reqUnpostingDate.row1"]')).toBe('23-Jun-2023, 12:59:00 AM');
    await expect.poll(() => results.count(CHIP), { timeout: 15_000 }).toBe(50);
    await results.click([{ css: CHIP, nth: 0 }, { role: 'button', name: /Follow/ }]);
    const row = await eventually(async () => (await session.readVacancies()).find((r) => r.reference === '230611'));
    expect(row).toMatchObject({ reference: '230611', completeness: 'row', deadline: '2023-06-22', closesAt: '2023-06-22T21:59:00.000Z' });
    await results.close();
  });
});

describe.each(drivers)('a results page whose list Taleo never fills (built extension, $name)', (driver) => {
  let session: ExtensionSession;
  const PANEL_HOST = 'vacancy-companion-unlisted';
  beforeAll(async () => {
    session = await driver.launch();
    // The real 2023 results page with its list table emptied, as the server sends it before
    // Taleo's script (refused here, like every unserved request) fills it: the rows are only in
    // the page's inline api.fillList data.
    const saved = fixture('portal/taleo-jobsearch-2023-rendered.html');
    const start = saved.indexOf('id="requisitionListInterface.listRequisition" class="contentlist"><tbody>');
    const bodyStart = saved.indexOf('<tbody>', start) + '<tbody>'.length;
    const page = saved.slice(0, bodyStart) + saved.slice(saved.indexOf('</tbody></table>', bodyStart));
    await session.servePortal({ '/careersection/2/jobsearch.ftl?lang=en': () => page });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists the rows of the inline data with their chips, and tracks one from there', async () => {
    const results = await session.openPortal('/careersection/2/jobsearch.ftl?lang=en');
    expect(await results.count('[id^="requisitionListInterface.reqTitleLinkAction.row"]')).toBe(0);
    await expect.poll(() => results.count([PANEL_HOST, 'li']), { timeout: 15_000 }).toBe(50);
    expect(await results.text([PANEL_HOST, 'li[data-reference="230611"]'])).toContain('Intelligence Officer - Aerospace Systems (230611)');
    await results.click([PANEL_HOST, 'li[data-reference="230611"]', { role: 'button', name: /Follow/ }]);
    const row = await eventually(async () => (await session.readVacancies()).find((r) => r.reference === '230611'));
    expect(row).toMatchObject({ reference: '230611', completeness: 'row', deadline: '2023-06-22', closesAt: '2023-06-22T21:59:00.000Z' });
    // Followed; the chip shows only that at rest (its status is in the tooltip, not on the page).
    await expect.poll(() => results.text([PANEL_HOST, 'li[data-reference="230611"]'])).toMatch(/✓ Following/);
    await results.close();
  });
});
