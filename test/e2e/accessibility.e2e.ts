import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, fixture } from './harness';
import { drivers, type ExtensionSession, type TestPage } from './drivers';
import { seriousViolations } from './axe';
import { HOUR_MS, noticeClosingIn } from './seeded-notices';
import { detailPath, noticePage } from '../fixtures/portal/notice-pages';
import { makeDocx } from '../unit/docx-fixtures';

/**
 * No serious or critical axe-core violation on anything the extension draws, in light and dark:
 * every popup view, and on the portal the capture panel, the results chips and the upload guard.
 */
const RESULTS = '/careersection/2/jobsearch.ftl?lang=en';
const APPLY = '/careersection/2/jobapply.ftl?job=250875&lang=en';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe.each(drivers)('accessibility (axe-core), $name', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
    await session.servePortal({
      [detailPath('251836')]: () => noticePage('251836'),
      [RESULTS]: () => fixture('portal/taleo-jobsearch-2023-rendered.html'),
      [APPLY]: () => fixture('portal/apply-attachments.html'),
    });
    const open = noticeClosingIn('vacancies/250875-heads-nasp-and-mo.txt', 50 * HOUR_MS);
    expect(await session.sendToBackground({ type: 'capture', record: open })).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
    beforeAll(async () => {
      await session.setColorScheme(colorScheme);
    });

    const expectNone = async (page: TestPage, include?: string[]) => {
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
      expect(await seriousViolations(page, include)).toEqual([]);
    };

    it('the capture panel on a vacancy page', async () => {
      const page = await session.openPortal(detailPath('251836'));
      await expect.poll(() => page.text(['vacancy-companion-panel', '.panel']), { timeout: 15_000 }).toMatch(/saved — /i);
      await expectNone(page, ['vacancy-companion-panel']);
      // The check can fail, inside the shadow root too: a button with no name is critical.
      await page.evaluateOn(['vacancy-companion-panel', '.panel'], (panel) => panel.append(document.createElement('button')));
      expect((await seriousViolations(page, ['vacancy-companion-panel'])).map((violation) => violation.id)).toContain('button-name');
      await page.close();
    });

    it('the chips on the results page, tracked and not', async () => {
      const page = await session.openPortal(RESULTS);
      await expect.poll(() => page.count('vacancy-companion-chip'), { timeout: 15_000 }).toBe(50);
      await expectNone(page, ['vacancy-companion-chip']);
      await page.close();
    });

    it('the upload guard with its findings', async () => {
      const page = await session.openPortal(APPLY);
      // Chosen again if the content script was not yet listening (it starts at document idle).
      await eventually(async () => {
        if ((await page.count('vacancy-companion-essay-check')) === 0) {
          await page.setFiles('[id$="AttachedFilesBlock-uploadedFile"]', [{ name: 'Key challenge.docx', mimeType: DOCX, bytes: makeDocx({ pages: 2 }) }]);
        }
        return /Errors: /.test((await page.text(['vacancy-companion-essay-check', '.guard'])) ?? '');
      }, 20_000);
      await expectNone(page, ['vacancy-companion-essay-check']);
      await page.close();
    });

    it.each([
      ['deadlines', '#/deadlines'],
      ['vacancy detail', '#/vacancy/250875'],
      ['compare', '#/compare'],
      ['add notice', '#/add'],
      ['settings', '#/settings'],
    ])('the popup: %s', async (_view, hash) => {
      const popup = await session.openPopup(hash);
      await expect.poll(() => popup.text('main'), { timeout: 10_000 }).not.toMatch(/^\s*(Loading|$)/);
      await expectNone(popup);
      await popup.close();
    });

    it('the popup: deadlines archive, and the essay check with its findings', async () => {
      // 251836 was opened on the portal above (seen); followed, it is in the list's archive.
      expect(await session.sendToBackground({ type: 'follow', reference: '251836', follow: true })).toMatchObject({ ok: true });
      const deadlines = await session.openPopup('#/deadlines');
      await deadlines.click({ text: /Archive/ });
      await expect.poll(() => deadlines.text('main')).toMatch(/Ref\. 251836/);
      await expectNone(deadlines);
      await deadlines.close();

      const essay = await session.openPopup('#/essay/250875');
      await essay.setFiles('input[type=file]', [{ name: 'Key challenge.docx', mimeType: DOCX, bytes: makeDocx({ pages: 2 }) }]);
      await expect.poll(() => essay.text('.essay-results h3'), { timeout: 15_000 }).toContain('Key challenge.docx');
      await expectNone(essay);
      await essay.close();
    });
  });
});
