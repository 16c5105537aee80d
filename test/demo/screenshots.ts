import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ExtensionSession } from '../e2e/harness';
import { eventually } from '../e2e/harness';
import { wrapPage } from '../e2e/drivers/chromium';
import type { Target } from '../e2e/drivers';

/** The in-page UI is in closed shadow roots: found through the e2e driver, which opens them to the tool. */
const shown = (page: Page, target: Target) => eventually(async () => (await wrapPage(page).count(target)) > 0, 15_000);
import { makeDocx } from '../unit/docx-fixtures';
import { detailPath } from '../fixtures/portal/notice-pages';
import { DEMO_TOUR, SAMPLE_APPLY_PATH, SAMPLE_REFERENCE, samplePage } from './demo-portal';

/** The slice of the extension API the demo uses in its own pages. */
interface ExtensionPageApi {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** The README's pictures, taken from the running demo: real UI, real captures. */
export async function takeScreenshots(session: ExtensionSession, dir: string, now: Date): Promise<string[]> {
  const written: string[] = [];
  const shot = async (page: { screenshot(options: { path: string }): Promise<unknown> }, name: string) => {
    const path = join(dir, name);
    await page.screenshot({ path });
    written.push(path);
  };

  for (const path of DEMO_TOUR) {
    const page = await session.context.newPage();
    await page.goto(`https://nato.taleo.net${path}`);
    await shown(page, ['vacancy-companion-panel', '.panel .open']);
    // Followed from the panel, as a candidate does: the lists, reminders and badge are these.
    await wrapPage(page).click(['vacancy-companion-panel', 'button.follow']);
    await shown(page, ['vacancy-companion-panel', 'button.unfollow']);
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

  // "New" rows need an earlier visit: the one just made is moved an hour back, as if two of
  // its rows (230611, 230641: both within the grades chosen next) had not been listed yet.
  const settingsPage = await session.openPopup('#/settings');
  await settingsPage.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: ExtensionPageApi };
    const key = 'results-visits';
    const stored = (await chrome.storage.local.get(key))[key] as Record<string, { current: { startedAt: string; lastAt: string; shown: string[] } }>;
    // No named helper in here: the runner would wrap it in a `__name` the page does not have.
    for (const visits of Object.values(stored)) {
      visits.current = {
        startedAt: new Date(Date.parse(visits.current.startedAt) - 3_600_000).toISOString(),
        lastAt: new Date(Date.parse(visits.current.lastAt) - 3_600_000).toISOString(),
        shown: visits.current.shown.filter((reference) => !['230611', '230641'].includes(reference)),
      };
    }
    await chrome.storage.local.set({ [key]: stored });
  });
  const revisit = await session.context.newPage();
  await revisit.goto('https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en');
  const bar = revisit.locator('vacancy-companion-filter');
  await shown(revisit, ['vacancy-companion-filter', { text: /new since/ }]);
  // Chosen with real keys: the filter acts only on the user's own (trusted) input.
  await wrapPage(revisit).select(['vacancy-companion-filter', 'select[id$="-gradeFrom"]'], 'G15');
  await wrapPage(revisit).select(['vacancy-companion-filter', 'select[id$="-gradeTo"]'], 'G17');
  await revisit.waitForTimeout(300);
  await bar.scrollIntoViewIfNeeded();
  await shot(revisit, '10-results-new-and-filter.png');
  await revisit.close();

  // My profile, then "Can I apply?" on the sample: 5 years asked, 4 given.
  await settingsPage.evaluate(() =>
    (globalThis as unknown as { chrome: ExtensionPageApi }).chrome.runtime.sendMessage({
      type: 'save-settings',
      patch: { profile: { nationality: 'PT', english: 'V', french: 'II', stanagProfile: null, experienceYears: 4, highestDegree: 'master', clearanceHeld: null } },
    }),
  );
  await settingsPage.close();
  const readiness = await session.openPopup(`#/vacancy/${SAMPLE_REFERENCE}`);
  await readiness.locator('.rdy').scrollIntoViewIfNeeded();
  await readiness.waitForTimeout(300);
  await shot(readiness, '11-popup-readiness.png');
  await readiness.emulateMedia({ colorScheme: 'dark' });
  await readiness.waitForTimeout(300);
  await shot(readiness, '12-popup-readiness-dark.png');
  await readiness.close();

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
  await shown(apply, ['vacancy-companion-essay-check', '.guard']);
  await apply.waitForTimeout(300);
  await shot(apply, '7-upload-guard.png');
  await apply.close();

  const dark = await session.openPopup('#/deadlines');
  await dark.emulateMedia({ colorScheme: 'dark' });
  await dark.waitForTimeout(300);
  await shot(dark, '6-popup-deadlines-dark.png');
  await dark.close();

  // A change: the portal extends the sample's deadline by a week and the notice is opened
  // again, so the list marks it "Changed" until its detail view is opened.
  await session.servePortal({ [detailPath(SAMPLE_REFERENCE, 'en')]: () => samplePage(now, 16) });
  const recapture = await session.context.newPage();
  await recapture.goto(`https://nato.taleo.net${detailPath(SAMPLE_REFERENCE, 'en')}`);
  await shown(recapture, ['vacancy-companion-panel', '.panel .open']);
  await recapture.close();
  const changed = await session.openPopup('#/deadlines');
  await changed.locator('.dl-changed').first().waitFor({ timeout: 15_000 });
  await changed.waitForTimeout(300);
  await shot(changed, '13-popup-changed-deadline.png');

  // After the close: the sample's application submitted, then invited to a recorded video
  // interview due in 2 days 5 hours; the vacancy shows its stage and timeline, the list its next step.
  const day = 86_400_000;
  await changed.evaluate(
    async ({ reference, submittedAt, invitedAt, due }) => {
      const { chrome } = globalThis as unknown as { chrome: ExtensionPageApi };
      await chrome.runtime.sendMessage({ type: 'set-stage', reference, stage: 'submitted', reachedAt: submittedAt });
      await chrome.runtime.sendMessage({ type: 'set-stage', reference, stage: 'video-interview', reachedAt: invitedAt });
      await chrome.runtime.sendMessage({ type: 'save-step', reference, step: { id: 'video', kind: 'video-interview', due, slot: null, zoneAsStated: 'CET' } });
    },
    {
      reference: SAMPLE_REFERENCE,
      submittedAt: new Date(now.getTime() - 3 * day).toISOString(),
      invitedAt: new Date(now.getTime() - day).toISOString(),
      due: new Date(now.getTime() + 2 * day + 5 * 3_600_000).toISOString(),
    },
  );
  await changed.close();
  const stages = await session.openPopup(`#/vacancy/${SAMPLE_REFERENCE}`);
  await stages.locator('.stg-panel').scrollIntoViewIfNeeded();
  await stages.waitForTimeout(300);
  await shot(stages, '14-popup-stages-timeline.png');
  await stages.close();
  const nextStep = await session.openPopup('#/deadlines');
  await nextStep.waitForTimeout(500);
  await shot(nextStep, '15-popup-next-step.png');
  return written;
}
