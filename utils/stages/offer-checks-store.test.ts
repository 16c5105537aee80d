import { describe, expect, it } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { parsedVacancy } from '../../test/unit/record-factory';
import { buildBackup, serializeBackup } from '../backup/export-backup';
import { readBackup } from '../backup/read-backup';
import { DEFAULT_SETTINGS } from '../settings/settings';

/** The offer checklist's ticks are a user field: stored, stamped, in the backup and back. */
describe('offer checklist ticks', () => {
  it('are kept by the store and survive a backup into an empty store', async () => {
    const source = freshStore();
    await source.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z'));
    const ticked = await source.updateUserFields('251836', { offerChecksDone: ['medical', 'clearanceForms'] }, new Date('2026-03-01T09:00:00Z'));
    expect(ticked.offerChecksDone).toEqual(['medical', 'clearanceForms']);
    expect(ticked.userFieldsSetAt?.offerChecksDone).toBe('2026-03-01T09:00:00.000Z');

    const reading = readBackup(serializeBackup(buildBackup(await source.all(), DEFAULT_SETTINGS, new Date('2026-03-02T10:00:00Z'))));
    if (!reading.ok) throw new Error('backup not read');
    expect(reading.rejected).toEqual([]);
    const target = freshStore();
    await target.applyImport(reading.valid.map((item) => item.record));
    expect((await target.db.vacancies.get('251836'))?.offerChecksDone).toEqual(['medical', 'clearanceForms']);
  });

  it('refuses an item that is not on the checklist', async () => {
    const store = freshStore();
    await store.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z'));
    // @ts-expect-error: not an offer check
    await expect(store.updateUserFields('251836', { offerChecksDone: ['interview'] })).rejects.toThrow();
    expect((await store.db.vacancies.get('251836'))?.offerChecksDone).toBeUndefined();
  });
});
