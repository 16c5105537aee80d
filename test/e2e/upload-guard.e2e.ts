import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './harness';
import { drivers, type ExtensionSession, type Target, type TestPage } from './drivers';
import { HOUR_MS, noticeClosingIn } from './seeded-notices';
import { LETTER_TWIPS, PDF_BYTES, makeDocx } from '../unit/docx-fixtures';
import { CONTENT_TYPES_XML, bombBlocksFor, deflatedPart, rawZip, zeroBomb } from '../unit/hostile-zips';

/**
 * The upload guard in the built extension: an application page served at its portal URL, a
 * file chosen in the portal's own input, the findings shown right after it. The extension reads
 * the real clock, so the seeded notice's closing time is moved a month ahead (otherwise a 2025
 * notice would be closed and every file would carry a closing-time error).
 */
const APPLY_EN = '/careersection/2/jobapply.ftl?job=250875&lang=en';
const APPLY_FR = '/careersection/2/jobapply.ftl?job=250875&lang=fr';
const APPLY_UNTRACKED = '/careersection/2/jobapply.ftl?job=251836&lang=en';
/** The same page under a security policy that allows no worker at all. */
const APPLY_NO_WORKERS = '/careersection/3/jobapply.ftl?job=250875&lang=en';
const TALEO_INPUT = '[id$="AttachedFilesBlock-uploadedFile"]';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

describe.each(drivers)('upload guard on the application page (built extension, $name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
    const page = () => fixture('portal/apply-attachments.html');
    const noWorkers = () => page().replace(/<head[^>]*>/, (head) => `${head}<meta http-equiv="Content-Security-Policy" content="worker-src 'none'">`);
    await session.servePortal({ [APPLY_EN]: page, [APPLY_FR]: page, [APPLY_UNTRACKED]: page, [APPLY_NO_WORKERS]: noWorkers });
    const reply = (await session.sendToBackground({ type: 'capture', record: noticeClosingIn('vacancies/250875-heads-nasp-and-mo.txt', 30 * 24 * HOUR_MS) })) as { ok: boolean };
    expect(reply.ok).toBe(true);
  });
  afterAll(async () => {
    await session?.close();
  });

  const openApplyPage = (path: string) => session.openPortal(path);
  const choose = (page: TestPage, name: string, bytes: Uint8Array, mimeType = DOCX) => page.setFiles(TALEO_INPUT, [{ name, mimeType, bytes }]);
  const HOST = 'vacancy-companion-essay-check';
  // Inside the open shadow root; the host's own textContent would not reach it.
  const GUARD = [HOST, '.guard'];
  const finding = (id: string): Target => [HOST, '.guard', `[data-finding="${id}"]`];

  it('a compliant essay is checked against the tracked vacancy, right after the input', async () => {
    const page = await openApplyPage(APPLY_EN);
    await choose(page, '250875_Key challenges.docx', makeDocx({ pages: 1 }));
    await expect.poll(() => page.text(GUARD), { timeout: 15_000 }).toMatch(/No problems found\./);
    const text = await page.text(GUARD);
    expect(text).toContain('Checked against vacancy 250875: Head NATO Affairs');
    expect(await page.text(finding('pages'))).toContain('1 page, within the limit of 1');
    // Placed in the form's flow after the input's Attach button, nothing else moved or clicked.
    const before = await page.evaluateOn(HOST, (element) => element.previousElementSibling?.id ?? '');
    expect(before).toMatch(/AttachedFilesBlock-attachFileCommand$/);
    expect(await page.url()).toBe(`https://nato.taleo.net${APPLY_EN}`);
    expect(await page.evaluateOn(TALEO_INPUT, (input) => (input as HTMLInputElement).files?.[0]?.name)).toBe('250875_Key challenges.docx');
    await page.close();
  });

  it('a bad essay gets its problems named, and a new choice replaces the findings', async () => {
    const page = await openApplyPage(APPLY_EN);
    await choose(page, 'Key challenge.docx', makeDocx({ pages: 3, pageSize: LETTER_TWIPS }));
    await expect.poll(() => page.text(GUARD), { timeout: 15_000 }).toMatch(/Errors: 4 · Warnings: 0/);
    expect(await page.text(finding('pages'))).toContain('3 pages: the notice allows at most 1 A4 page.');
    expect(await page.text(finding('page-size'))).toContain('US Letter');
    expect(await page.text(finding('name:250875'))).toContain('must contain “250875”');
    expect(await page.text(finding('name:Key challenges'))).toContain('Near miss');

    await choose(page, '250875 Key challenges.docx', PDF_BYTES);
    await expect.poll(() => page.text(finding('content'))).toContain('The content is PDF, not a .docx file');
    expect(await page.count(HOST)).toBe(1);
    await page.close();
  });

  it('follows the page language', async () => {
    const page = await openApplyPage(APPLY_FR);
    await choose(page, '250875 essai.docx', makeDocx());
    await expect.poll(() => page.text(GUARD), { timeout: 15_000 }).toMatch(/Erreurs : 1 · Avertissements : 0/);
    expect(await page.text(finding('name:Key challenges'))).toContain('Le nom du fichier doit contenir « Key challenges »');
    await page.close();
  });

  it('a hostile .docx is stopped in a worker and said to be unchecked, while the page keeps running', async () => {
    const page = await openApplyPage(APPLY_EN);
    // The page's own timer: the gaps between its ticks show whether its thread was ever held.
    await page.evaluate(() => {
      const state = window as unknown as { maxGap: number };
      state.maxGap = 0;
      let last = performance.now();
      setInterval(() => {
        const now = performance.now();
        state.maxGap = Math.max(state.maxGap, now - last);
        last = now;
      }, 20);
    });
    // One entry that declares 12 kB and inflates to 256 MB, from a 1.7 MB file.
    const bomb = { name: 'word/document.xml', data: zeroBomb(bombBlocksFor(256 * 1024 * 1024)), declaredSize: 12 * 1024 };
    await choose(page, '250875 Key challenges.docx', rawZip([deflatedPart('[Content_Types].xml', CONTENT_TYPES_XML), bomb]));
    // Counted from here: putting 1.7 MB into the input is the test driver's own work on the page.
    // The guard reads the file and checks it after this, so a check on the page's thread would show.
    await page.evaluate(() => {
      (window as unknown as { maxGap: number }).maxGap = 0;
    });
    await expect.poll(() => page.text(finding('content')), { timeout: 20_000 }).toContain('This file could not be checked: it expands to more than 8 MB');
    expect(await page.text(GUARD)).not.toMatch(/No problems found/);
    expect(await page.text(finding('name:250875'))).toContain('OK');
    expect(await page.evaluate(() => (window as unknown as { maxGap: number }).maxGap)).toBeLessThan(1_000);
    await page.close();
  });

  it('on a page whose security policy allows no worker, the file is said to be unchecked there, not checked on the page', async () => {
    const page = await openApplyPage(APPLY_NO_WORKERS);
    await choose(page, '250875 Key challenges.docx', makeDocx({ pages: 1 }));
    await expect.poll(() => page.text(finding('content')), { timeout: 20_000 }).toContain(
      "This file could not be checked on this page: the page does not let the check run apart from it. Check the file in the extension's popup (Essay check).",
    );
    expect(await page.text(GUARD)).toMatch(/Errors: 0 · Warnings: 1/);
    expect(await page.text(finding('name:Key challenges'))).toContain('OK');
    await page.close();
  });

  it('an untracked vacancy is named as such, the file is still checked, and a tracked one can be chosen', async () => {
    const page = await openApplyPage(APPLY_UNTRACKED);
    await choose(page, '250875 Key challenges.docx', makeDocx());
    await expect.poll(() => page.text(GUARD), { timeout: 15_000 }).toMatch(/Vacancy 251836 is not tracked/);
    expect(await page.text(finding('rules'))).toContain('only the file itself was checked');
    await page.select([...GUARD, { label: 'Vacancy applied for' }], '250875');
    await expect.poll(() => page.text(GUARD)).toMatch(/Checked against vacancy 250875/);
    expect(await page.text(GUARD)).toMatch(/No problems found\./);
    await page.close();
  });
});
