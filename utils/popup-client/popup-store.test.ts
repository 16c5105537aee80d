import { describe, expect, it } from 'vitest';
import { stoppingBackground } from '../../test/unit/stopping-background';
import { parsedVacancy } from '../../test/unit/record-factory';
import { DEFAULT_RETRY, requestSender } from '../messaging-client';
import { PopupStore } from './popup-store';
import { VacancyDatabase } from '../db-reader/vacancy-reader';

describe('PopupStore: changes in the order the user made them', () => {
  it('notes typed on while the first save\'s reply was lost: the retry of the older text does not undo the newer', async () => {
    // The first save is written, its reply lost; the client asks again after a (short, real) wait.
    const { store, runtime } = stoppingBackground(['stopped-after-write'], 'extension-page');
    await store.saveCapture(parsedVacancy(), new Date('2025-12-01T09:00:00Z'));
    const send = requestSender(runtime, { ...DEFAULT_RETRY, delaysMs: [20] });
    const popup = new PopupStore(send, new VacancyDatabase(store.db.name));
    try {
      await Promise.all([popup.updateUserFields('251836', { notes: 'Ask Anna' }), popup.updateUserFields('251836', { notes: 'Ask Anna about the essay' })]);
      expect((await store.get('251836'))?.notes).toBe('Ask Anna about the essay');
    } finally {
      popup.close();
    }
  });
});
