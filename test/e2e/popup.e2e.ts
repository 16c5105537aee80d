import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, launchExtension, ROOT, type ExtensionSession } from './harness';
import { detailPath, noticePage } from '../fixtures/portal/notice-pages';

const PORTAL = 'https://nato.taleo.net';
const SHOTS = join(ROOT, 'test-results/screenshots');
const REFERENCES = ['251836', '250875', '250443'];

describe('the popup after captures (built extension, real Chromium)', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchExtension();
    await session.servePortal(Object.fromEntries(REFERENCES.map((reference) => [detailPath(reference), () => noticePage(reference)])));
    for (const reference of REFERENCES) await capture(reference);
  });
  afterAll(async () => {
    await session?.close();
  });

  async function capture(reference: string) {
    const page = await session.context.newPage();
    await page.goto(`${PORTAL}${detailPath(reference)}`);
    await eventually(async () => /saved — /i.test((await page.locator('vacancy-companion-panel .panel').textContent()) ?? ''), 15_000);
    await page.close();
  }

  const record = async (reference: string) =>
    (await session.readVacancies()).find((row) => row.reference === reference) as Record<string, unknown> | undefined;

  it('lists the captured vacancies in the archive once closed, latest closed first', async () => {
    const popup = await session.openPopup('#/deadlines');
    await popup.getByText(/Archive/).click();
    // Closed ones, the latest closed first.
    await expect
      .poll(async () => {
        const text = (await popup.locator('main').textContent()) ?? '';
        return REFERENCES.map((reference) => text.indexOf(`Ref. ${reference}`));
      })
      .toSatisfy((positions: number[]) => positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!)));
    await popup.screenshot({ path: join(SHOTS, 'popup-deadlines.png') });
    await popup.close();
  });

  it('a note and a status set in the popup survive a re-capture of the page', async () => {
    const popup = await session.openPopup('#/vacancy/251836');
    await popup.getByLabel('Status').selectOption('drafting');
    const notes = popup.getByLabel('Notes');
    await notes.fill('Ask HR about the teleworking policy');
    await notes.blur();
    await eventually(async () => (await record('251836'))?.notes === 'Ask HR about the teleworking policy');
    await popup.screenshot({ path: join(SHOTS, 'popup-vacancy-detail.png') });
    await popup.close();

    const page = await session.context.newPage();
    await page.goto(`${PORTAL}${detailPath('251836')}`);
    await expect.poll(() => page.locator('vacancy-companion-panel .panel').textContent(), { timeout: 15_000 }).toMatch(/Already saved/);
    expect(await record('251836')).toMatchObject({ status: 'drafting', notes: 'Ask HR about the teleworking policy', title: 'Officer, Defence Policy' });
    await page.close();
  });

  it('compares the three notices side by side, with no zero bar for the unclassified post', async () => {
    const popup = await session.openPopup('#/compare');
    await popup.getByRole('button', { name: 'All', exact: true }).click();
    const table = popup.locator('table');
    await expect.poll(() => table.first().textContent()).toMatch(/G20/);
    const body = (await popup.locator('main').textContent()) ?? '';
    expect(body).toMatch(/9,253\.21/);
    expect(body).toMatch(/10,742\.69/);
    expect(body).toMatch(/no salary published/i);
    await popup.screenshot({ path: join(SHOTS, 'popup-compare.png'), fullPage: true });
    await popup.close();
  });
});
