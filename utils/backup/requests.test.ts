import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshPopupStore } from '../../test/unit/popup-store';
import { inProcessBackground } from '../../test/unit/in-process-background';
import { handleRequest } from '../background/handle-request';
import { LAST_BACKUP_KEY, readLastBackupAt } from './backup-reminder';

const NOW = new Date('2026-11-23T11:00:00.000Z');

beforeEach(() => fakeBrowser.reset());

/** The popup's store over the in-process background, as BackupSection uses it. */
function popupOverBackground() {
  let background: ReturnType<typeof inProcessBackground> | undefined;
  const { writer, popup } = freshPopupStore({ now: () => NOW, afterWrite: () => background!.afterWrite() });
  background = inProcessBackground(writer, () => NOW);
  return { writer, popup, background };
}

describe('mark-backup-done', () => {
  it('the popup asks, and the background records the export time for the weekly nudge', async () => {
    const { popup, background } = popupOverBackground();
    expect(await readLastBackupAt(fakeBrowser.storage.local)).toBeNull();
    await popup.ask({ type: 'mark-backup-done', at: NOW.toISOString() });
    expect(await readLastBackupAt(fakeBrowser.storage.local)).toBe('2026-11-23T11:00:00.000Z');
    expect(background.errors).toEqual([]);
  });

  it('a later export replaces the date', async () => {
    const { popup } = popupOverBackground();
    await popup.ask({ type: 'mark-backup-done', at: '2026-11-01T08:00:00.000Z' });
    await popup.ask({ type: 'mark-backup-done', at: NOW.toISOString() });
    expect((await fakeBrowser.storage.local.get(LAST_BACKUP_KEY))[LAST_BACKUP_KEY]).toBe('2026-11-23T11:00:00.000Z');
  });

  it('a content script may not send it: refused, nothing written', async () => {
    const { writer } = popupOverBackground();
    const context = { store: writer, openPopup: async () => undefined, now: () => NOW };
    expect(await handleRequest({ type: 'mark-backup-done', at: NOW.toISOString() }, 'content-script', context)).toEqual({ ok: false, code: 'forbidden' });
    expect(await readLastBackupAt(fakeBrowser.storage.local)).toBeNull();
  });

  it('a date that is not an instant is refused, nothing written', async () => {
    const { writer } = popupOverBackground();
    const context = { store: writer, openPopup: async () => undefined, now: () => NOW };
    expect(await handleRequest({ type: 'mark-backup-done', at: 'last Tuesday' }, 'extension-page', context)).toMatchObject({ ok: false, code: 'rejected' });
    expect(await readLastBackupAt(fakeBrowser.storage.local)).toBeNull();
  });
});
