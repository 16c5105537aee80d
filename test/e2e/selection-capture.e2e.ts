import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, fixture } from './harness';
import { drivers, type ExtensionSession, type TestPage } from './drivers';

/**
 * "Save selected vacancy notice" on a page that is not a portal notice (a copy in an e-mail,
 * a PDF viewer): the user selects the text and picks the menu item. The selection is made in
 * the page; the menu click is dispatched as the browser does (see dispatchMenuClick).
 */
const COPY_PATH = '/careersection/2/notice-copy.html';
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const copyPage = (text: string) => `<!doctype html><html lang="en"><title>Copy</title><body><pre id="copy">${escapeHtml(text)}</pre></body></html>`;

describe.each(drivers)('capture of a selected notice from the context menu ($name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Selects the whole copy as a user would, and returns what the menu receives. */
  async function selectCopy(page: TestPage) {
    return page.evaluate(() => {
      const range = document.createRange();
      range.selectNodeContents(document.getElementById('copy')!);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return { selectionText: selection.toString(), pageUrl: location.href };
    });
  }
  const captureNotifications = () =>
    session.withExtensionApi(async (api) => Object.keys(await api.notifications.getAll()).filter((id) => id.startsWith('capture:')));

  it('saves the selected notice with the fields read from its text', async () => {
    await session.servePortal({ [COPY_PATH]: () => copyPage(fixture('vacancies/250875-heads-nasp-and-mo.txt')) });
    const page = await session.openPortal(COPY_PATH);
    const selected = await selectCopy(page);
    expect(selected.selectionText).toContain('Application Deadline: 18-Jun-2025');
    await session.dispatchMenuClick({ menuItemId: 'capture-selection', editable: false, ...selected });

    const record = await eventually(async () => (await session.readVacancies()).find((row) => row.reference === '250875'));
    expect(record).toMatchObject({
      reference: '250875',
      title: 'Head NATO Affairs and Security Policy Section (1 post) & Head Multilateral Organisations Section (1 post)',
      deadline: '2025-06-18',
      salary: { amount: 10742.69, currency: 'EUR', period: 'month' },
      grade: { grades: ['G22'] },
      clearance: 'NS',
      sourceUrl: `https://nato.taleo.net${COPY_PATH}`,
    });
    await expect.poll(captureNotifications).toHaveLength(1);
    await page.close();
  });

  it('a selection that is not a notice saves nothing and says so', async () => {
    await session.servePortal({ [COPY_PATH]: () => copyPage('Dear applicant, thank you for your interest in NATO.') });
    const page = await session.openPortal(COPY_PATH);
    const before = (await session.readVacancies()).length;
    await session.dispatchMenuClick({ menuItemId: 'capture-selection', editable: false, ...(await selectCopy(page)) });
    await expect.poll(captureNotifications).toHaveLength(2);
    expect(await session.readVacancies()).toHaveLength(before);
    await page.close();
  });

  it('a selection that moves a tracked deadline notifies the change and marks the vacancy Changed, as a page capture does', async () => {
    const notice = fixture('vacancies/251836-officer-defence-policy.txt');
    const changeNotifications = () =>
      session.withExtensionApi(async (api) => Object.keys(await api.notifications.getAll()).filter((id) => id.startsWith('change:')));
    await session.servePortal({ [COPY_PATH]: () => copyPage(notice) });
    const first = await session.openPortal(COPY_PATH);
    await session.dispatchMenuClick({ menuItemId: 'capture-selection', editable: false, ...(await selectCopy(first)) });
    await eventually(async () => (await session.readVacancies()).find((row) => row.reference === '251836'));
    await first.close();

    // Moved into the future, so the list shows it among the open ones.
    const moved = notice.replace('Application Deadline: 4-Jan-2026', 'Application Deadline: 11-Jan-2027');
    await session.servePortal({ [COPY_PATH]: () => copyPage(moved) });
    const second = await session.openPortal(COPY_PATH);
    await session.dispatchMenuClick({ menuItemId: 'capture-selection', editable: false, ...(await selectCopy(second)) });
    await expect.poll(changeNotifications, { timeout: 10_000 }).toContainEqual(expect.stringMatching(/251836/));
    const record = (await session.readVacancies()).find((row) => row.reference === '251836');
    expect(record?.closesAt).toBe('2027-01-11T22:59:00.000Z');
    await second.close();

    const popup = await session.openPopup();
    await expect.poll(() => popup.text(['button.dl-row[data-reference="251836"]', '.dl-changed']), { timeout: 10_000 }).toBe('Changed');
    await popup.close();
  });
});
