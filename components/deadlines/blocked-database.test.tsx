// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { VacancyDatabase, VacancyStore } from '../../utils/db-writer/vacancy-store';
import { DeadlinesView } from './DeadlinesView';
import { listSource, renderIn } from '../../test/unit/seeded-store';
import type { Locale } from '../../utils/i18n';

afterEach(cleanup);

/** A page of the previous release holding the database at schema version 1, never letting go. */
function oldConnectionThatNeverCloses(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => request.result.createObjectStore('vacancies', { keyPath: 'reference' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

it.each([
  ['en', 'The vacancy database could not be opened: The vacancy database is blocked by another open extension page; close other Vacancy Companion tabs and try again.', 'Try again'],
  ['fr', /^Impossible d’ouvrir la base des avis.*La base des postes est bloquée par une autre page ouverte/, 'Réessayer'],
] as const)('a blocked upgrade: the list says why (%s) and Try again shows it once the other page is closed', async (locale, text, retry) => {
  const name = `blocked-view-${crypto.randomUUID()}`;
  const old = await oldConnectionThatNeverCloses(name);
  const store = new VacancyStore(new VacancyDatabase(name, { blockedTimeoutMs: 1_000 }));
  renderIn(locale as Locale, <DeadlinesView {...listSource(store)} now={new Date('2026-01-02T18:59:00Z')} settings={DEFAULT_SETTINGS} onOpen={() => undefined} />);

  const alert = await screen.findByRole('alert', {}, { timeout: 5_000 });
  expect(alert.querySelector('p')?.textContent).toMatch(text);
  old.close();
  fireEvent.click(screen.getByRole('button', { name: retry }));
  await waitFor(() => expect(document.querySelector('.empty')).not.toBeNull(), { timeout: 5_000 });
  expect(screen.queryByRole('alert')).toBeNull();
  cleanup();
  await store.db.delete();
}, 15_000);
