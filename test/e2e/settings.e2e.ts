import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './harness';
import { drivers, type ExtensionSession } from './drivers';
import { HOUR_MS, noticeClosingIn } from './seeded-notices';

const NAV = 'nav.tabs';
const BACKUP_STATUS = ['fieldset.backup', { role: 'status' }];
const BACKUP_ALERT = ['fieldset.backup', { role: 'alert' }];

describe.each(drivers)('settings: backup and language (built extension, $name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
    for (const [file, days] of [
      ['vacancies/250875-heads-nasp-and-mo.txt', 10],
      ['vacancies/251836-officer-defence-policy.txt', 20],
    ] as const) {
      expect(await session.sendToBackground({ type: 'capture', record: noticeClosingIn(file, days * 24 * HOUR_MS) })).toMatchObject({ ok: true });
    }
  });
  afterAll(async () => {
    await session?.close();
  });

  const references = async () => (await session.readVacancies()).map((row) => row.reference).sort();

  it('a JSON backup exported from Settings restores every vacancy, notes included, after the data is gone', async () => {
    const detail = await session.openPopup('#/vacancy/250875');
    await detail.fill({ label: 'Notes' }, 'Call the hiring manager');
    await eventually(async () => (await session.readVacancies()).find((row) => row.reference === '250875')?.notes === 'Call the hiring manager');
    await detail.close();

    const settings = await session.openPopup('#/settings');
    const backup = await settings.download(() => settings.click({ role: 'button', name: 'Export a backup (JSON)' }));
    expect(backup.name).toMatch(/^vacancy-companion-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(backup.text) as { vacancies: { reference: string; notes: string }[] };
    expect(exported.vacancies.map((entry) => entry.reference).sort()).toEqual(['250875', '251836']);
    await expect.poll(() => settings.text(BACKUP_STATUS)).toMatch(/downloaded \(2 vacancies\)/);

    await session.clearVacancies();
    expect(await references()).toEqual([]);
    await settings.setFiles({ label: 'Import a backup file (.json)' }, [
      { name: backup.name, mimeType: 'application/json', bytes: new TextEncoder().encode(backup.text) },
    ]);
    await settings.click({ role: 'button', name: 'Import', exact: true });
    await expect.poll(() => settings.text(BACKUP_STATUS)).toBe('Imported: 2 new, 0 updated, 0 unchanged.');
    expect(await references()).toEqual(['250875', '251836']);
    expect((await session.readVacancies()).find((row) => row.reference === '250875')).toMatchObject({ notes: 'Call the hiring manager' });
    await settings.close();
  });

  it('a file that is not a backup is refused with its reason, and nothing changes', async () => {
    const settings = await session.openPopup('#/settings');
    await settings.setFiles({ label: 'Import a backup file (.json)' }, [
      { name: 'notes.json', mimeType: 'application/json', bytes: new TextEncoder().encode('{"hello": "world"}') },
    ]);
    await expect
      .poll(() => settings.text(BACKUP_ALERT))
      .toBe('Nothing can be imported from notes.json. The file is not a Vacancy Companion backup.');
    expect(await references()).toEqual(['250875', '251836']);
    await settings.close();
  });

  it('choosing Français turns the popup French, and it stays so', async () => {
    const settings = await session.openPopup('#/settings');
    await settings.select({ label: 'Language' }, 'fr');
    await expect.poll(() => settings.text(NAV)).toMatch(/^Échéances\s*Comparer\s*Vérifier l’essai\s*Ajouter un avis\s*Paramètres/);
    await settings.close();

    const deadlines = await session.openPopup('#/deadlines');
    await expect.poll(() => deadlines.text(NAV)).toMatch(/^Échéances/);
    await expect.poll(() => deadlines.evaluate(() => document.documentElement.lang)).toBe('fr');
    expect(await deadlines.text('main')).toMatch(/Réf\. 250875/);
    await deadlines.close();
  });
});
