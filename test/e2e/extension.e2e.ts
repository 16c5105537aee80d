import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers, type ExtensionSession } from './drivers';

describe.each(drivers)('the built extension ($name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads with least permissions and the portal as its only host', async () => {
    const manifest = (await session.withExtensionApi((api) => api.runtime.getManifest())) as {
      name: string;
      permissions: string[];
      host_permissions?: string[];
    };
    expect(manifest.name).toBe('Vacancy Companion');
    // Chromium's MV3 lists hosts apart; Firefox's MV2 lists them among the permissions.
    const hosts = [...(manifest.host_permissions ?? []), ...manifest.permissions.filter((permission) => permission.includes('://'))];
    expect(hosts).toEqual(['https://nato.taleo.net/*']);
    expect(manifest.permissions.filter((permission) => !permission.includes('://')).sort()).toEqual(
      ['alarms', 'contextMenus', 'notifications', 'storage'],
    );
  });

  it('offers "Save selected vacancy notice" on selected text', async () => {
    // contextMenus has no getter: updating an item fails when it does not exist.
    const probe = (id: string) =>
      session.withExtensionApi(
        (api, menuId) => api.contextMenus.update(menuId, {}).then(() => 'present', (error: Error) => error.message),
        id,
      );
    await expect.poll(() => probe('capture-selection')).toBe('present');
    expect(await probe('no-such-menu-item')).not.toBe('present');
  });

  it('shows an honest empty state in the popup', async () => {
    const page = await session.openPopup();
    await expect.poll(() => page.text('body')).toContain('No vacancy followed yet');
    await page.close();
  });

  it('refuses a malformed message without writing anything', async () => {
    const reply = await session.sendToBackground({ type: 'capture', record: { reference: '1' } });
    expect(reply).toMatchObject({ ok: false, code: 'rejected', detail: expect.stringContaining('record') });
    expect(await session.readVacancies()).toEqual([]);
  });
});
