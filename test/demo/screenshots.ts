import { join } from 'node:path';
import type { ExtensionSession } from '../e2e/harness';
import { makeDocx } from '../unit/docx-fixtures';
import { DEMO_TOUR, SAMPLE_APPLY_PATH, SAMPLE_REFERENCE } from './demo-portal';

/** The README's pictures, taken from the running demo: real UI, real captures. */
export async function takeScreenshots(session: ExtensionSession, dir: string, _now: Date): Promise<string[]> {
  const written: string[] = [];
  const shot = async (page: { screenshot(options: { path: string }): Promise<unknown> }, name: string) => {
    const path = join(dir, name);
    await page.screenshot({ path });
    written.push(path);
  };

  for (const path of DEMO_TOUR) {
    const page = await session.context.newPage();
    await page.goto(`https://nato.taleo.net${path}`);
    await page.locator('vacancy-companion-panel .panel .open').waitFor({ timeout: 15_000 });
    if (path.includes(SAMPLE_REFERENCE)) await shot(page, '1-captured-vacancy-page.png');
    await page.close();
  }

  const results = await session.context.newPage();
  await results.goto('https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en');
  await results.locator('vacancy-companion-chip').first().waitFor({ timeout: 15_000 });
  await results.locator('table[id="requisitionListInterface.listRequisition"]').scrollIntoViewIfNeeded();
  await results.evaluate(() => document.getElementById('requisitionListInterface.listRequisition')?.scrollIntoView());
  await shot(results, '2-results-page-chips.png');
  await results.close();

  const deadlines = await session.openPopup('#/deadlines');
  await deadlines.waitForTimeout(500);
  await shot(deadlines, '3-popup-deadlines.png');

  const compare = await session.openPopup('#/compare');
  await compare.waitForTimeout(500);
  await shot(compare, '4-popup-compare.png');

  const essay = await session.openPopup(`#/essay/${SAMPLE_REFERENCE}`);
  await essay.locator('input[type=file]').setInputFiles({
    name: 'my essay.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(makeDocx({ pages: 2, paragraphs: ['My views on the key challenges.'] })),
  });
  await essay.waitForTimeout(500);
  await shot(essay, '5-popup-essay-check.png');

  const apply = await session.context.newPage();
  await apply.goto(`https://nato.taleo.net${SAMPLE_APPLY_PATH}`);
  await apply.locator('[id$="AttachedFilesBlock-uploadedFile"]').setInputFiles({
    name: 'essay draft.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(makeDocx({ pages: 1, paragraphs: ['My views on the key challenges.'] })),
  });
  await apply.locator('vacancy-companion-essay-check .guard').waitFor({ timeout: 15_000 });
  await apply.waitForTimeout(300);
  await shot(apply, '7-upload-guard.png');
  await apply.close();

  const dark = await session.openPopup('#/deadlines');
  await dark.emulateMedia({ colorScheme: 'dark' });
  await dark.waitForTimeout(300);
  await shot(dark, '6-popup-deadlines-dark.png');
  return written;
}
