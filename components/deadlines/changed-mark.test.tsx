// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { popupStoreOver } from '../../test/unit/popup-store';
import { listSource, renderIn } from '../../test/unit/seeded-store';
import { keyedNotice } from '../../test/unit/keyed-notice';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import { DeadlinesView } from './DeadlinesView';
import { VacancyDetailView } from './VacancyDetailView';

afterEach(cleanup);

// 251836 closes on Sunday 4 January 2026 at 23:59 Brussels; a results row later says the 11th.
const NOW = new Date('2025-12-20T10:00:00Z');
async function movedDeadline() {
  const store = freshStore();
  await store.saveCapture(keyedNotice(readFileSync('test/fixtures/vacancies/251836-officer-defence-policy.txt', 'utf8')), new Date('2025-12-01T09:00:00Z'));
  await store.trackRow(
    { reference: '251836', title: 'Officer, Defence Policy', location: null, organisation: null, deadline: '2026-01-11', closesAt: '2026-01-11T22:59:00.000Z', grade: null, sourceUrl: null },
    new Date('2025-12-10T09:00:00Z'),
  );
  return store;
}
const row = () => document.querySelector<HTMLElement>('button.dl-row[data-reference="251836"]')!;

describe('the "changed" mark', () => {
  it('marks the row until the vacancy is opened; the detail view says what changed, and the history keeps it', async () => {
    const store = await movedDeadline();
    const list = renderIn('en', <DeadlinesView {...listSource(store)} now={NOW} settings={DEFAULT_SETTINGS} onOpen={() => {}} timeZone="Europe/Brussels" />);
    await waitFor(() => within(row()).getByText('Changed'));
    list.unmount();

    renderIn('en', <VacancyDetailView reference="251836" records={await store.all()} store={popupStoreOver(store, { now: () => NOW })} now={NOW} onBack={() => {}} onCheckEssay={() => {}} timeZone="Europe/Brussels" />);
    const note = screen.getByRole('note');
    within(note).getByText('Changed since you last opened it');
    within(note).getByText('Now closes Sun 11 Jan, 23:59 Brussels (was Sun 4 Jan, 23:59 Brussels)');
    await waitFor(async () => expect((await store.get('251836'))?.changesSeenAt).toBe(NOW.toISOString()));
    cleanup();

    renderIn('fr', <DeadlinesView {...listSource(store)} now={NOW} settings={DEFAULT_SETTINGS} onOpen={() => {}} timeZone="Europe/Brussels" />);
    await waitFor(() => expect(row()).not.toBeNull());
    expect(within(row()).queryByText('Modifié')).toBeNull();
    expect((await store.get('251836'))?.history.map((entry) => entry.field)).toEqual(['deadline', 'closesAt']);
  });

  it('in French, a withdrawal reads as one in the history', async () => {
    const store = await movedDeadline();
    await store.markChangesSeen('251836', new Date('2025-12-11T09:00:00Z'));
    await store.withdraw('251836', new Date('2025-12-15T09:00:00Z'));
    renderIn('fr', <DeadlinesView {...listSource(store)} now={NOW} settings={DEFAULT_SETTINGS} onOpen={() => {}} timeZone="Europe/Brussels" />);
    await waitFor(() => within(row()).getByText('Modifié'));
    cleanup();
    renderIn('fr', <VacancyDetailView reference="251836" records={await store.all()} store={popupStoreOver(store, { now: () => NOW })} now={NOW} onBack={() => {}} onCheckEssay={() => {}} timeZone="Europe/Brussels" />);
    within(screen.getByRole('note')).getByText('Retiré du portail');
    screen.getByText(/Sur le portail : Publié → Retiré du portail/);
  });
});
