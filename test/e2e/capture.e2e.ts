import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, fixture } from './harness';
import { drivers, type ExtensionSession } from './drivers';
import { detailPath, noticePage } from '../fixtures/portal/notice-pages';
import { taleoUnavailablePage } from '../fixtures/portal/taleo-detail-page';
import { OFFICER_DEFENCE_POLICY } from '../expected/251836';

const PORTAL = 'https://nato.taleo.net';
const PANEL = ['vacancy-companion-panel', '.panel'];
const CHIP = 'vacancy-companion-chip';
const RESULTS = '/careersection/2/jobsearch.ftl?lang=en';
type Row = Record<string, unknown> & { reference: string };

describe.each(drivers)('capture on the portal (built extension, $name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
    await session.servePortal({
      // Served with Taleo's late fill: the content script must wait for the page.
      [detailPath('251836', 'en')]: () => noticePage('251836', 'en', { lateFill: true }),
      [detailPath('251836', 'fr')]: () => noticePage('251836', 'fr'),
      [detailPath('250875', 'en')]: () => noticePage('250875', 'en'),
      '/careersection/2/jobdetail.ftl?job=230611&lang=en': () => taleoUnavailablePage('en'),
      [RESULTS]: () => fixture('portal/taleo-jobsearch-2023-rendered.html'),
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  const byReference = async (reference: string) =>
    (await session.readVacancies()).find((row) => row.reference === reference) as Row | undefined;

  it('a detail page served at its portal URL is captured with the right fields', async () => {
    const page = await session.openPortal(detailPath('251836', 'en'));
    await expect.poll(() => page.text(PANEL), { timeout: 15_000 }).toMatch(/Saved — /);
    const record = await eventually(() => byReference('251836'));
    expect(record).toMatchObject({
      ...OFFICER_DEFENCE_POLICY,
      status: 'interested',
      completeness: 'notice',
      sourceUrl: `${PORTAL}${detailPath('251836', 'en')}`,
    });
    await page.close();
  });

  it('visiting again, and in French, keeps one record with nothing changed', async () => {
    for (const lang of ['en', 'fr'] as const) {
      const page = await session.openPortal(detailPath('251836', lang));
      await expect.poll(() => page.text(PANEL), { timeout: 15_000 }).toMatch(lang === 'fr' ? /Déjà enregistré — / : /Already saved — /);
      await page.close();
    }
    const rows = (await session.readVacancies()).filter((row) => row.reference === '251836');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.history).toEqual([]);
  });

  it('the panel never moves the portal page and keeps page text out of HTML', async () => {
    const page = await session.openPortal(detailPath('250875', 'en'));
    await expect.poll(() => page.text(PANEL), { timeout: 15_000 }).toMatch(/Saved — /);
    expect(await page.evaluateOn(PANEL, (panel) => getComputedStyle(panel).position)).toBe('fixed');
    await page.click({ role: 'button', name: 'Hide this panel' });
    await expect.poll(() => page.count('vacancy-companion-panel')).toBe(0);
    await page.close();
  });

  it('an expired job page marks a tracked vacancy withdrawn from the portal', async () => {
    const results = await session.openPortal(RESULTS);
    await expect.poll(() => results.count(CHIP), { timeout: 15_000 }).toBe(50);
    await results.click([{ css: CHIP, nth: 0 }, { role: 'button', name: /Follow/ }]);
    await expect.poll(() => results.text([{ css: CHIP, nth: 0 }, '.chip'])).toBe('✓ Following');
    // Status and time left are the chip's tooltip (shown on hover or focus), not its face.
    expect(await results.text([{ css: CHIP, nth: 0 }, '.details'])).toMatch(/^Interested · closed/);
    const partial = await eventually(() => byReference('230611'));
    expect(partial).toMatchObject({ completeness: 'row', deadline: '2023-06-22', closesAt: '2023-06-22T21:59:00.000Z', grade: { grades: ['G15', 'G17'] } });

    const page = await session.openPortal('/careersection/2/jobdetail.ftl?job=230611&lang=en');
    await expect.poll(() => page.text(PANEL), { timeout: 15_000 }).toMatch(/no longer on the portal/);
    expect(await byReference('230611')).toMatchObject({ portalState: 'withdrawn', completeness: 'row' });
    await results.close();
    await page.close();
  });

  it('tracked vacancies show their chip on the results page', async () => {
    const results = await session.openPortal(RESULTS);
    await expect.poll(() => results.count(CHIP), { timeout: 15_000 }).toBe(50);
    await expect.poll(() => results.text([{ css: CHIP, nth: 0 }, '.chip'])).toBe('✓ Following');
    expect(await results.text([{ css: CHIP, nth: 0 }, '.details'])).toMatch(/^Interested/);
    expect(await results.text([{ css: CHIP, nth: 1 }, '.chip'])).toBe('+ Follow');
    await results.close();
  });
});
