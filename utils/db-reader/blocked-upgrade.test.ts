import { afterEach, expect, it } from 'vitest';
import { translator } from '../i18n-core';
import { parsedVacancy } from '../../test/unit/record-factory';
import { errorReason } from '../failure';
import { wordReason } from '../reasons/word-reason';
import type { Locale } from '../i18n-core';
import { VacancyDatabase, VacancyStore } from '../db-writer/vacancy-store';

const describeFailure = (error: unknown, t: ReturnType<typeof translator>, locale: Locale = 'en') => wordReason(errorReason(error), t, locale);

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) {
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
    });
  }
});

/**
 * A page of the previous release that keeps its connection open and ignores `versionchange`:
 * plain IndexedDB at schema version 1 (Dexie stores version n as n × 10).
 */
function oldConnectionThatNeverCloses(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => request.result.createObjectStore('vacancies', { keyPath: 'reference' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

it('a blocked upgrade gives up with a worded failure, in English and French, and a retry succeeds once unblocked', async () => {
  const name = `blocked-${crypto.randomUUID()}`;
  names.push(name);
  const old = await oldConnectionThatNeverCloses(name);
  const store = new VacancyStore(new VacancyDatabase(name, { blockedTimeoutMs: 3_000 }));

  const failed = await store.get('251836').then(
    () => null,
    (error: unknown) => error,
  );
  expect(failed).not.toBeNull();
  expect(describeFailure(failed, translator('en'))).toBe(
    'The vacancy database is blocked by another open extension page; close other Vacancy Companion tabs and try again.',
  );
  expect(describeFailure(failed, translator('fr'))).toMatch(/bloquée/);

  // Still blocked: the retry fails the same way, it does not wait for ever; a capture given up
  // is not written later, when the opening completes.
  await expect(store.all()).rejects.toMatchObject({ name: 'BlockedError' });
  await expect(store.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z'))).rejects.toMatchObject({ name: 'BlockedError' });

  old.close();
  expect(await store.get('251836')).toBeUndefined();
  expect(store.db.verno).toBeGreaterThan(1);
  expect(await store.all()).toEqual([]);
  store.close();
}, 30_000);
