// @vitest-environment happy-dom
import { afterEach, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { storedVacancy } from '../../test/unit/record-factory';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
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
  // The detail view is loaded on first use: on a busy machine that takes more than a second.
  await screen.findByRole('heading', { name: 'Officer, Defence Policy' }, { timeout: 5000 });
  fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'drafting' } });
  await waitFor(async () => expect((await store.get('251836'))?.status).toBe('drafting'));
  fireEvent.click(screen.getByRole('button', { name: /Back/ }));
  const row = (await screen.findByText('Officer, Defence Policy')).closest('button')!;
  await waitFor(() => within(row).getByText('Drafting'));
});

// Back puts focus on the row the vacancy was opened from, so a keyboard user goes on from there:
// a followed vacancy's row in the deadline list, a seen one's in the (unfolded again) seen list.
it.each([
  ['a followed vacancy', '250875', 'Head, Multilateral Organisations', 'dl-row'],
  ['a vacancy only seen', '250443', 'Assistant, Seen Only', 'dl-seen-open'],
])('Back from %s focuses its row, not <body>', async (_case, reference, title, rowClass) => {
  const store = await seededStore([
    storedVacancy(),
    storedVacancy({ reference: '250875', title: 'Head, Multilateral Organisations', titleFr: null, closesAt: '2026-01-03T12:00:00.000Z' }),
    storedVacancy({ reference: '250443', title: 'Assistant, Seen Only', titleFr: null, followedAt: null }),
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
  await screen.findByText('Officer, Defence Policy');
  if (rowClass === 'dl-seen-open') fireEvent.click(await screen.findByText('Seen, not followed (1)'));
  const opener = (await screen.findByText(title)).closest('button')!;
  opener.focus();
  fireEvent.click(opener);
  const back = await screen.findByRole('button', { name: /Back/ });
  back.focus();
  fireEvent.click(back);
  await waitFor(() => {
    const focused = document.activeElement as HTMLElement;
    expect(focused.classList.contains(rowClass)).toBe(true);
    expect(focused.closest('[data-reference]')?.getAttribute('data-reference')).toBe(reference);
  });
});
