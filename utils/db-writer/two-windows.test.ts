import { expect, it } from 'vitest';
import { parsedVacancy } from '../../test/unit/record-factory';
import { freshStore } from '../../test/unit/fresh-store';
import { popupStoreOver } from '../../test/unit/popup-store';
import { failureFromError } from '../failure';

it('two popups editing one note: the edit made from notes the other has changed since is refused, nothing overwritten', async () => {
  const writer = freshStore();
  await writer.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z'));
  const first = popupStoreOver(writer);
  const second = popupStoreOver(writer);

  // Both windows show the empty note; the second saves first.
  await second.updateUserFields('251836', { notes: 'Call Anna on Monday' }, { notes: '' });
  const refused = await first.updateUserFields('251836', { notes: 'Ask about the start date' }, { notes: '' }).catch((error: unknown) => error);
  expect(failureFromError(refused)).toEqual({ ok: false, code: 'conflict' });
  expect((await writer.get('251836'))?.notes).toBe('Call Anna on Monday');

  // Made from what the other window saved (the user chose, e.g. "Keep both"): written.
  const both = 'Ask about the start date\n\nCall Anna on Monday';
  await first.updateUserFields('251836', { notes: both }, { notes: 'Call Anna on Monday' });
  expect((await writer.get('251836'))?.notes).toBe(both);
  // Its own retry after a lost reply (the store already holds it) is no conflict.
  await expect(first.updateUserFields('251836', { notes: both }, { notes: 'Call Anna on Monday' })).resolves.toMatchObject({ notes: both });
});
