import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionSession } from './harness';

describe('the built extension in Chromium', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchExtension();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads with least permissions and the portal as its only host', async () => {
    const page = await session.openPopup();
    const manifest = await page.evaluate(() =>
      (globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }).chrome.runtime.getManifest(),
    );
    expect(manifest.name).toBe('Vacancy Companion');
    expect(manifest.host_permissions).toEqual(['https://nato.taleo.net/*']);
    expect(manifest.permissions).not.toContain('tabs');
    expect(manifest.permissions).not.toContain('<all_urls>');
    await page.close();
  });

  it('offers "Save selected vacancy notice" on selected text', async () => {
    const worker = session.context.serviceWorkers()[0]!;
    // contextMenus has no getter: updating the item fails when it does not exist.
    await expect
      .poll(() =>
        worker.evaluate<string>(`new Promise((resolve) => chrome.contextMenus.update('capture-selection', {}, () =>
          resolve(chrome.runtime.lastError ? chrome.runtime.lastError.message : 'present')))`),
      )
      .toBe('present');
  });

  it('shows an honest empty state in the popup', async () => {
    const page = await session.openPopup();
    await expect.poll(() => page.textContent('body')).toContain('No vacancies tracked yet');
    await page.close();
  });

  it('refuses a malformed message without writing anything', async () => {
    const reply = await session.sendToBackground({ type: 'capture', record: { reference: '1' } });
    expect(reply).toMatchObject({ ok: false, code: 'rejected', detail: expect.stringContaining('record') });
    expect(await session.readVacancies()).toEqual([]);
  });
});
