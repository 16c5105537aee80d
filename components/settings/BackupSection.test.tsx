// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { I18nProvider } from '../i18n';
import { BackupSection } from './BackupSection';
import type { VacancyStore } from '../../utils/db-writer/vacancy-store';
import { freshPopupStore } from '../../test/unit/popup-store';
import { inProcessBackground } from '../../test/unit/in-process-background';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../../utils/settings/settings';
import { buildBackup, serializeBackup } from '../../utils/backup/export-backup';
import { LAST_BACKUP_KEY } from '../../utils/backup/backup-reminder';
import { headsNaspInProgress, storedVacancy, storedVacancySeries } from '../../test/unit/record-factory';
import type { Locale } from '../../utils/i18n';

const NOW = new Date(2026, 10, 23, 12, 0);
const blobs: Blob[] = [];
const downloads: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), `blob:test/${blobs.length}`));
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  blobs.length = 0;
  downloads.length = 0;
});

/**
 * The section on the popup's real write path: its store reads the database and sends the import
 * to the background's handler, which merges, restores settings and re-plans reminders and badge.
 */
async function setup(locale: Locale = 'en', records = storedVacancySeries(3, NOW)) {
  let background: ReturnType<typeof inProcessBackground> | undefined;
  const { writer: store, popup } = freshPopupStore({ now: () => NOW, afterWrite: () => background!.afterWrite() });
  background = inProcessBackground(store, () => NOW);
  await store.db.vacancies.bulkPut(records);
  let settings: Settings = { ...DEFAULT_SETTINGS };
  const onSettingsChange = vi.fn(async (patch: Partial<Settings>) => (settings = { ...settings, ...patch }));
  render(
    <I18nProvider locale={locale}>
      <BackupSection store={popup} settings={settings} onSettingsChange={onSettingsChange} now={() => NOW} />
    </I18nProvider>,
  );
  return { store, onSettingsChange, background };
}

function chooseFile(label: RegExp, text: string, name = 'backup.json') {
  const input = screen.getByLabelText(label) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

const snapshot = (store: VacancyStore) => store.db.vacancies.orderBy('reference').toArray();

describe('BackupSection export', () => {
  it('downloads the JSON backup of every record and remembers the time', async () => {
    const { store } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'Export a backup (JSON)' }));
    await screen.findByText('vacancy-companion-backup-2026-11-23.json downloaded (3 vacancies).');
    expect(downloads).toEqual(['vacancy-companion-backup-2026-11-23.json']);
    const backup = JSON.parse(await blobs[0]!.text());
    expect(backup).toMatchObject({ format: 'vacancy-companion-backup', version: 3, exportedAt: NOW.toISOString(), settings: DEFAULT_SETTINGS });
    expect(backup.vacancies).toEqual(await snapshot(store));
    expect((await fakeBrowser.storage.local.get(LAST_BACKUP_KEY))[LAST_BACKUP_KEY]).toBe(NOW.toISOString());
    expect(screen.getByText(/^Last backup: /)).toBeTruthy();
  });

  it('downloads the CSV report with a BOM and one row per vacancy', async () => {
    await setup('en', [storedVacancy({ ...headsNaspInProgress, notes: '=HYPERLINK("x")' })]);
    fireEvent.click(screen.getByRole('button', { name: 'Export a report (CSV)' }));
    await screen.findByText(/vacancy-companion-report-2026-11-23\.csv downloaded/);
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toMatch(/^Reference,Title,/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines).toHaveLength(3);
  });

  it('the weekly reminder checkbox changes the setting', async () => {
    const { onSettingsChange } = await setup();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Remind me every week to export a backup' }));
    expect(onSettingsChange).toHaveBeenCalledWith({ backupReminder: true });
  });
});

describe('BackupSection import', () => {
  it('shows the summary, then applies on confirmation: records and settings restored', async () => {
    const { store, onSettingsChange } = await setup();
    const [kept] = await snapshot(store);
    const restored: Settings = { ...DEFAULT_SETTINGS, locale: 'fr', backupReminder: true };
    const incoming = [kept!, storedVacancy({ ...headsNaspInProgress, reference: '400001' }), storedVacancy({ ...headsNaspInProgress, reference: '400002' })];
    chooseFile(/Import a backup file/, serializeBackup(buildBackup(incoming, restored, NOW)));

    const table = await screen.findByRole('table');
    const counts = [...table.querySelectorAll('tbody tr')].map((row) => row.textContent);
    expect(counts).toEqual(['New2', 'Updated0', 'Unchanged1', 'Rejected0']);
    expect(await store.get('400001')).toBeUndefined();

    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 2 new, 0 updated, 1 unchanged.');
    expect(await store.get('400001')).toEqual(incoming[1]);
    // Restored by the background, in the same request.
    expect(await loadSettings()).toEqual(restored);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it.each([
    ['with', true],
    ['without', false],
  ])('an imported vacancy closing in 2 days gets its reminders and the badge counts it (%s restoring settings)', async (_case, restore) => {
    // Restored settings equal to the stored ones: nothing about the settings changes.
    const { store, background } = await setup('en', []);
    const soon = storedVacancy({ ...headsNaspInProgress, reference: '400003', status: 'drafting', closesAt: new Date(NOW.getTime() + 48 * 3_600_000).toISOString() });
    chooseFile(/Import a backup file/, serializeBackup(buildBackup([soon], DEFAULT_SETTINGS, NOW)));
    if (!restore) fireEvent.click(await screen.findByRole('checkbox', { name: /Also restore the settings/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    await screen.findByText('Imported: 1 new, 0 updated, 0 unchanged.');
    expect(await store.get('400003')).toBeDefined();
    // 48 h before closing: the 7-day and 3-day steps have passed, 24 h and 6 h are ahead.
    expect(background.reminderAlarms()).toEqual(['reminder:400003:24', 'reminder:400003:6']);
    expect(background.action.text).toBe('1');
    expect(background.errors).toEqual([]);
  });

  it('cancel writes nothing', async () => {
    const { store, onSettingsChange } = await setup();
    const before = await snapshot(store);
    chooseFile(/Import a backup file/, serializeBackup(buildBackup([storedVacancy({ ...headsNaspInProgress, reference: '400001' })], DEFAULT_SETTINGS, NOW)));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await screen.findByText('Import cancelled: nothing changed.');
    expect(await snapshot(store)).toEqual(before);
    expect(onSettingsChange).not.toHaveBeenCalled();
  });

  it('a file with a bad entry shows the reasons, offers no Import, and changes nothing', async () => {
    const { store } = await setup();
    const before = await snapshot(store);
    const bad = { ...storedVacancy({ ...headsNaspInProgress, reference: '400002' }), deadline: '4-Jan-2026' };
    chooseFile(/Import a backup file/, JSON.stringify({ ...buildBackup([storedVacancy({ ...headsNaspInProgress, reference: '400001' })], DEFAULT_SETTINGS, NOW), vacancies: [storedVacancy({ ...headsNaspInProgress, reference: '400001' }), bad] }));
    const reason = await screen.findByText(/^Entry 2 \(400002\): deadline — /);
    expect(reason.closest('[role="alert"]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: 'Import' })).toBeNull();
    expect(await snapshot(store)).toEqual(before);
  });

  it('a file over the size limit is refused from its size, unread, the size in the message', async () => {
    const { store } = await setup();
    const before = await snapshot(store);
    const file = new File(['[]'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 100 * 1024 * 1024 });
    const read = vi.spyOn(file, 'text');
    const input = screen.getByLabelText(/Import a backup file/) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((node) => node.textContent)).toContain(
        'Nothing can be imported from huge.json. The file is 100 MB; a backup file can be at most 64 MB.',
      ),
    );
    expect(read).not.toHaveBeenCalled();
    expect(await snapshot(store)).toEqual(before);
  });

  it('malformed JSON is refused with the reason', async () => {
    await setup();
    chooseFile(/Import a backup file/, '{"format": ', 'broken.json');
    await waitFor(() => expect(screen.getAllByRole('alert').map((node) => node.textContent).join()).toMatch(/^Nothing can be imported from broken\.json\. The file is not valid JSON \(.+\)\.$/));
  });

  it('a storage failure while applying is worded, and nothing is written', async () => {
    const { store } = await setup();
    const before = await snapshot(store);
    vi.spyOn(store.db.vacancies, 'bulkPut').mockRejectedValue(Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' }));
    chooseFile(/Import a backup file/, serializeBackup(buildBackup([storedVacancy({ ...headsNaspInProgress, reference: '400001' })], DEFAULT_SETTINGS, NOW)));
    fireEvent.click(await screen.findByRole('button', { name: 'Import' }));
    const quota = 'The browser refused to store more data (storage quota exceeded). Free some disk space and try again.';
    await waitFor(() => expect(screen.getAllByRole('alert').map((node) => node.textContent)).toContain(`Nothing was imported. ${quota}`));
    expect(await snapshot(store)).toEqual(before);
  });
});

it('speaks French: labels, summary and reasons', async () => {
  const { store } = await setup('fr');
  const before = await snapshot(store);
  expect(screen.getByRole('button', { name: 'Exporter une sauvegarde (JSON)' })).toBeTruthy();
  const duplicate = [storedVacancy({ ...headsNaspInProgress, reference: '400001' }), storedVacancy({ ...headsNaspInProgress, reference: '400001', notes: 'copie' })];
  chooseFile(/Importer un fichier de sauvegarde/, serializeBackup(buildBackup(duplicate, DEFAULT_SETTINGS, NOW)));
  await screen.findByText('Entrée 1 (400001) : la même référence figure dans les entrées 1, 2');
  expect(screen.getByRole('rowheader', { name: 'Refusés' }).nextElementSibling?.textContent).toBe('2');
  expect(await snapshot(store)).toEqual(before);
});
