// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { makeStoredVacancies } from '../../test/bench/popup-fixtures';
import { parsedVacancy, storedVacancy } from '../../test/unit/record-factory';
import { DEFAULT_SETTINGS } from '../../utils/settings/settings';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { VacancyStore } from '../../utils/db-writer/vacancy-store';
import { readDeadlinePage, type DeadlinePage } from '../../utils/popup-client/vacancy-queries';
import type { Locale } from '../../utils/i18n';
import { DeadlinesView, firstPageRequest, PAGE_SIZE } from './DeadlinesView';
import { listSource, renderIn, seededStore, storeHolding } from '../../test/unit/seeded-store';

const NOW = new Date('2026-01-02T18:59:00Z'); // 2 d 4 h before 251836 closes
const ESSAY = { required: true as const, format: 'MS Word', maxPages: 1, titleMustInclude: ['250875', 'Key challenges'], dueDate: null };

const seed: StoredVacancy[] = [
  storedVacancy(),
  storedVacancy({ reference: '250875', title: 'Head, Sécurité énergétique', titleFr: null, closesAt: '2026-01-03T12:00:00.000Z', essay: ESSAY, status: 'drafting' }),
  storedVacancy({ reference: '260100', title: 'Assistant, Registry', titleFr: null, closesAt: null, completeness: 'row' }),
  storedVacancy({ reference: '250443', title: 'Assistant Secretary General', titleFr: null, closesAt: '2025-12-20T22:59:00.000Z', status: 'submitted' }),
  storedVacancy({ reference: '250500', title: 'Officer, Plans', titleFr: null, closesAt: '2026-02-01T22:59:00.000Z', portalState: 'withdrawn' }),
];

// The view reads its pages from a real store on fake-indexeddb, as in the popup.
let store: VacancyStore;
beforeEach(async () => {
  store = await seededStore(seed);
});
afterEach(cleanup);

/** Renders the list and waits for its first page. */
async function show(locale: Locale = 'en', from = store, onOpen = vi.fn()) {
  renderIn(
    locale,
    <DeadlinesView
      {...listSource(from)}
      now={NOW}
      settings={DEFAULT_SETTINGS}
      onOpen={onOpen}
      timeZone="America/New_York"
    />,
  );
  // 400 rows on fake-indexeddb, read through a cursor that skips notices only seen: slower than real IndexedDB.
  await waitFor(() => expect(document.querySelector('.dl-view, .empty')).not.toBeNull(), { timeout: 5000 });
  return onOpen;
}
const rowRefs = () => Array.from(document.querySelectorAll<HTMLElement>('button.dl-row')).map((row) => row.dataset.reference);
const row = (reference: string) => document.querySelector<HTMLElement>(`button.dl-row[data-reference="${reference}"]`)!;

describe('DeadlinesView', () => {
  it('lists open vacancies soonest first, unknown deadlines last, closed ones out of sight', async () => {
    await show();
    expect(rowRefs()).toEqual(['250875', '251836', '250500', '260100']);
    expect(screen.getByText('Open (4)')).toBeTruthy();
  });

  it('paints the first page read at start-up at once, and its counts when the live query has them', async () => {
    const initialPage = await readDeadlinePage(store.db.vacancies, firstPageRequest(NOW));
    let emit: ((page: DeadlinePage) => void) | undefined;
    // A live query that has not answered yet; the test answers it below.
    const watchPage = () => ({
      subscribe(observer: { next: (page: DeadlinePage) => void }) {
        emit = observer.next;
        return { unsubscribe() {} };
      },
    });
    renderIn('en', <DeadlinesView watchPage={watchPage} loadAll={() => store.all()} initialPage={initialPage} now={NOW} settings={DEFAULT_SETTINGS} onOpen={vi.fn()} timeZone="America/New_York" />);
    expect(rowRefs()).toEqual(['250875', '251836', '250500', '260100']);
    screen.getByText('Open (…)');
    screen.getByText('Archive: closed (…)');
    emit!(await readDeadlinePage(store.db.vacancies, { ...firstPageRequest(NOW), counts: true }));
    await screen.findByText('Open (4)');
    screen.getByText('Archive: closed (1)');
  });

  it('shows each row in full', async () => {
    await show();
    const officer = within(row('251836'));
    officer.getByText('Officer, Defence Policy');
    officer.getByText('Ref. 251836 · NATO International Staff (NATO IS) · NATO Grade G20');
    officer.getByText('2 d 4 h left');
    officer.getByText('· Sun 4 Jan, 23:59 Brussels / 17:59 your time', { exact: false });
    officer.getByText('Under 3 days', { exact: false });
    officer.getByText('Interested');
    expect(officer.queryByText('Essay required')).toBeNull();

    const head = within(row('250875'));
    head.getByText('Under 24 h', { exact: false });
    head.getByText('Essay required');
    head.getByText('Drafting');
    expect(row('250875').className).toContain('dl-under24h');

    within(row('250500')).getByText('Withdrawn from portal');
    within(row('260100')).getByText('Partial — open the notice to complete');
    within(row('260100')).getByText('deadline unknown');
  });

  it('keeps closed vacancies in a collapsible archive, read once opened', async () => {
    await show();
    const summary = screen.getByText('Archive: closed (1)');
    expect(row('250443')).toBeNull();
    fireEvent.click(summary);
    await waitFor(() => expect(row('250443')).not.toBeNull());
    expect(row('250443').querySelector('.dl-urgency')?.textContent).toBe('■ Closed');
    // Said once: no "closed" time left beside the "Closed" urgency; the past date carries its year.
    expect(row('250443').textContent?.match(/closed/gi)).toHaveLength(1);
    expect(row('250443').querySelector('.dl-when')?.textContent).toMatch(/20 Dec 2025/);
  });

  it('filters by status and by accent-insensitive text', async () => {
    await show();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'drafting' } });
    await waitFor(() => expect(rowRefs()).toEqual(['250875']));
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'all' } });
    await waitFor(() => expect(rowRefs()).toHaveLength(4));
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'securite' } });
    await waitFor(() => expect(rowRefs()).toEqual(['250875']));
    fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'nothing like this' } });
    await screen.findByText('No tracked vacancy matches these filters.');
    expect(rowRefs()).toEqual([]);
  });

  it('follows the store: a vacancy written while the list is open appears in its place', async () => {
    await show();
    await store.saveCapture(parsedVacancy({ reference: '250999', title: 'Officer, Logistics', titleFr: null, closesAt: '2026-01-02T23:30:00.000Z' }), NOW, { follow: true });
    await waitFor(() => expect(rowRefs()).toEqual(['250999', '250875', '251836', '250500', '260100']));
    screen.getByText('Open (5)');
  });

  it('opens a row by click, and by keyboard with arrows to move', async () => {
    const onOpen = await show();
    fireEvent.click(screen.getByText('Officer, Defence Policy'));
    expect(onOpen).toHaveBeenLastCalledWith('251836');

    row('250875').focus();
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(row('251836'));
    fireEvent.keyDown(document.activeElement!, { key: 'End' });
    expect(document.activeElement).toBe(row('260100'));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    expect(onOpen).toHaveBeenLastCalledWith('260100');
    expect(onOpen).toHaveBeenCalledTimes(2);
  });

  it('speaks French', async () => {
    await show('fr');
    within(row('251836')).getByText('reste 2 j 4 h');
    within(row('251836')).getByText('· dim. 4 janv. à 23:59 (Bruxelles) / 17:59 (chez vous)', { exact: false });
    within(row('251836')).getByText('Intéressé');
    // Its French half's title; a notice with none keeps its English title, marked as English.
    expect(within(row('251836')).getByText('Officier(ère), Politique de défense').getAttribute('lang')).toBeNull();
    expect(within(row('250500')).getByText('Officer, Plans').getAttribute('lang')).toBe('en');
    expect(within(row('251836')).queryByText('Officer, Defence Policy')).toBeNull();
    within(row('250875')).getByText('Essai exigé');
    screen.getByText('Archives : clôturés (1)');
    screen.getByLabelText('Rechercher');
    screen.getByText('Tout exporter vers l\'agenda (.ics)');
  });

  it('shows the empty state when nothing is tracked', async () => {
    const empty = await storeHolding([]);
    await show('en', empty);
    screen.getByText(/No vacancy followed yet/);
    // How to start: the portal's job search (a new tab) and my profile.
    expect(screen.getByRole('link', { name: "Open the portal's job search" }).getAttribute('href')).toBe('https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en');
    expect(screen.getByRole('link', { name: 'Fill in my profile' }).getAttribute('href')).toBe('#/settings/profile');
    cleanup();
    await show('fr', empty);
    screen.getByText(/Aucun avis suivi pour l’instant/);
    expect(screen.getByRole('link', { name: "Ouvrir la recherche d'emplois du portail" }).getAttribute('href')).toBe('https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=fr');
    expect(document.body.textContent).not.toContain('emptyTracker');
  });

  it.each([
    // Of the five: one has no closing date, one closed before NOW; the open three go, the closed one by choice.
    [false, 'Calendar file saved: 3 deadlines. Left out, no closing date: 1. Left out, already closed: 1.', 3],
    [true, 'Calendar file saved: 4 deadlines. Left out, no closing date: 1.', 4],
  ])('exports the open deadlines (closed ones too: %s) and says what was left out', async (closedToo, said, events) => {
    const blobs: Blob[] = [];
    const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:x';
    });
    const clickSpy = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    // A notice only seen, open for weeks: not listed, so not exported either.
    await store.db.vacancies.put(storedVacancy({ reference: '260200', title: 'Seen Only', titleFr: null, followedAt: null, closesAt: '2026-01-20T22:59:00.000Z' }));
    await show();
    if (closedToo) fireEvent.click(screen.getByLabelText('Include closed deadlines'));
    fireEvent.click(screen.getByText('Export all to calendar (.ics)'));
    await screen.findByText(said);
    expect(clickSpy).toHaveBeenCalledOnce();
    const text = await blobs[0]!.text();
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(events);
    expect(text).not.toContain('260200');
    create.mockRestore();
    clickSpy.mockRestore();
  });

  it('reads and renders long lists a page at a time, the archive too', async () => {
    // 400 generated vacancies, half of them closed by 2026-01-15.
    const many = makeStoredVacancies(400, NOW).map((record, index) => ({
      ...record,
      closesAt: index % 2 ? '2026-03-01T22:59:00.000Z' : '2026-01-01T22:59:00.000Z',
    }));
    await show('en', await storeHolding(many));
    expect(rowRefs()).toHaveLength(PAGE_SIZE);
    screen.getByText('Open (200)');
    fireEvent.click(screen.getByText(`Show ${PAGE_SIZE} more`));
    // Pages skip notices only seen with a cursor filter, slower than a plain read on fake-indexeddb.
    await waitFor(() => expect(rowRefs()).toHaveLength(2 * PAGE_SIZE), { timeout: 5000 });
    fireEvent.click(screen.getByText('Archive: closed (200)'));
    await waitFor(() => expect(rowRefs()).toHaveLength(3 * PAGE_SIZE), { timeout: 5000 });
    expect(screen.getAllByText(`Show ${PAGE_SIZE} more`)).toHaveLength(2);
  });
});
