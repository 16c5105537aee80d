import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, ROOT } from './harness';
import { drivers, type ExtensionSession } from './drivers';
import { detailPath, noticePage } from '../fixtures/portal/notice-pages';
import { LETTER_TWIPS, makeDocx } from '../unit/docx-fixtures';

const SHOTS = join(ROOT, 'test-results/screenshots');
const REFERENCES = ['251836', '250875', '250443'];
const PANEL = ['vacancy-companion-panel', '.panel'];

describe.each(drivers)('the popup after captures (built extension, $name)', (driver) => {
  let session: ExtensionSession;
  const shot = (name: string) => join(SHOTS, `${driver.name}-${name}.png`);
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await driver.launch();
    await session.servePortal(Object.fromEntries(REFERENCES.map((reference) => [detailPath(reference), () => noticePage(reference)])));
    for (const reference of REFERENCES) await capture(reference);
  });
  afterAll(async () => {
    await session?.close();
  });

  async function capture(reference: string) {
    const page = await session.openPortal(detailPath(reference));
    await eventually(async () => /saved — /i.test((await page.text(PANEL)) ?? ''), 15_000);
    // Opening a notice only saves it as seen: the list is of the ones followed.
    await page.click([...PANEL, { role: 'button', name: 'Follow', exact: true }]);
    await eventually(async () => /You follow this vacancy/.test((await page.text(PANEL)) ?? ''), 10_000);
    await page.close();
  }

  const record = async (reference: string) =>
    (await session.readVacancies()).find((row) => row.reference === reference) as Record<string, unknown> | undefined;

  it('lists the captured vacancies in the archive once closed, latest closed first', async () => {
    const popup = await session.openPopup('#/deadlines');
    await popup.click({ text: /Archive/ });
    // Closed ones, the latest closed first.
    await expect
      .poll(async () => {
        const text = (await popup.text('main')) ?? '';
        return REFERENCES.map((reference) => text.indexOf(`Ref. ${reference}`));
      })
      .toSatisfy((positions: number[]) => positions.every((p, i) => p >= 0 && (i === 0 || p > positions[i - 1]!)));
    await popup.screenshot(shot('popup-deadlines'));
    await popup.close();
  });

  it('a note and a status set in the popup survive a re-capture of the page', async () => {
    const popup = await session.openPopup('#/vacancy/251836');
    await popup.select({ label: 'Status' }, 'drafting');
    await popup.fill({ label: 'Notes' }, 'Ask HR about the teleworking policy');
    await eventually(async () => (await record('251836'))?.notes === 'Ask HR about the teleworking policy');
    await popup.screenshot(shot('popup-vacancy-detail'));
    await popup.close();

    const page = await session.openPortal(detailPath('251836'));
    await expect.poll(() => page.text(PANEL), { timeout: 15_000 }).toMatch(/Already saved/);
    expect(await record('251836')).toMatchObject({ status: 'drafting', notes: 'Ask HR about the teleworking policy', title: 'Officer, Defence Policy' });
    await page.close();
  });

  it('compares the three notices side by side, with no zero bar for the unclassified post', async () => {
    const popup = await session.openPopup('#/compare');
    await popup.click({ role: 'button', name: 'All', exact: true });
    await expect.poll(() => popup.text('table')).toMatch(/G20/);
    const body = (await popup.text('main')) ?? '';
    expect(body).toMatch(/9,253\.21/);
    expect(body).toMatch(/10,742\.69/);
    expect(body).toMatch(/no salary published/i);
    await popup.screenshot(shot('popup-compare'), { fullPage: true });
    await popup.close();
  });

  it('the essay check names what is wrong with a chosen file, against the chosen vacancy', async () => {
    const popup = await session.openPopup('#/essay/250875');
    await popup.setFiles('input[type=file]', [
      { name: 'Key challenge.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: makeDocx({ pages: 3, pageSize: LETTER_TWIPS }) },
    ]);
    await expect.poll(() => popup.text('.essay-results h3'), { timeout: 15_000 }).toContain('Key challenge.docx');
    expect(await popup.text('[data-finding="name:250875"]')).toContain('must contain “250875”');
    expect(await popup.text('[data-finding="pages"]')).toContain('3 pages: the notice allows at most 1 A4 page.');
    expect(await popup.text('[data-finding="page-size"]')).toContain('US Letter');
    await popup.screenshot(shot('popup-essay-check'), { fullPage: true });
    await popup.close();
  });
});
