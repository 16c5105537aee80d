// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { storedVacancy } from '../../test/unit/record-factory';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { PopupApp } from './PopupApp';
import { seededStore } from '../../test/unit/seeded-store';
import { popupStoreOver } from '../../test/unit/popup-store';

afterEach(cleanup);

// The tracker inside the real popup shell, fed by the popup store's live query: a status chosen
// in the detail view goes as a request through the background's handler to the writer, and
// comes back into the list.
it('opens a vacancy from the list, changes its status, and the list follows the store', async () => {
  const store = await seededStore([
    storedVacancy(),
    storedVacancy({ reference: '250875', title: 'Head, Multilateral Organisations', titleFr: null, closesAt: '2026-01-03T12:00:00.000Z' }),
  ]);
  render(
    <PopupApp
      store={popupStoreOver(store)}
      settings={DEFAULT_SETTINGS}
      onSettingsChange={() => Promise.resolve(DEFAULT_SETTINGS)}
      browserLanguage="en-GB"
      now={() => new Date('2026-01-02T18:59:00Z')}
      initialHash="#/deadlines"
    />,
  );
  const officer = await screen.findByText('Officer, Defence Policy');
  fireEvent.click(officer);
  await screen.findByRole('heading', { name: 'Officer, Defence Policy' });
  fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'drafting' } });
  await waitFor(async () => expect((await store.get('251836'))?.status).toBe('drafting'));
  fireEvent.click(screen.getByRole('button', { name: /Back/ }));
  const row = (await screen.findByText('Officer, Defence Policy')).closest('button')!;
  await waitFor(() => within(row).getByText('Drafting'));
});
