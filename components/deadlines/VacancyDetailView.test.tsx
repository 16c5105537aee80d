// @vitest-environment happy-dom
import { warningFromText } from '../../utils/parse/warning-text';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { storedVacancy } from '../../test/unit/record-factory';
import type { VacancyStore } from '../../utils/db-writer/vacancy-store';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import { popupStoreOver } from '../../test/unit/popup-store';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { Locale } from '../../utils/i18n';
import { VacancyDetailView } from './VacancyDetailView';
import { renderIn, seededStore } from '../../test/unit/seeded-store';

const NOW = new Date('2026-01-02T18:59:00Z');
const head = storedVacancy({
  reference: '250875',
  title: 'Head NATO Affairs and Security Policy Section',
  titleFr: 'Chef de la Section Affaires OTAN',
  closesAt: '2026-01-04T22:59:00.000Z',
  salary: { amount: 10742.69, currency: 'EUR', period: 'month' },
  grade: { label: 'NATO Grade G22', grades: ['G22'] },
  languageRequirement: { primary: 'V', secondary: 'II' },
  minExperienceYears: 10,
  positions: 2,
  posts: [{ title: 'Head NATO Affairs', code: 'PASP0109' }],
  essay: { required: true, format: 'MS Word', maxPages: 1, titleMustInclude: ['250875', 'Key challenges'], dueDate: '2026-01-04' },
  keyChallenges: ['Lead the section through a change of mandate.'],
  assessments: ['Selective assessment: first half of July 2025'],
  contract: { initialYears: 3, renewableYears: 3, maxYears: 6 },
  competencies: ['Achievement: Sets and works towards challenging goals'],
  warnings: [warningFromText('Language profile not stated')],
  sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=250875&lang=en',
});

// Polls on the real clock without moving fake timers (vi.waitFor would advance them and fire the
// debounce, hiding a missing flush).
const realSetTimeout = globalThis.setTimeout;
async function withoutAdvancingTimers(check: () => Promise<void>, timeoutMs = 2_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => realSetTimeout(resolve, 20));
    }
  }
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function open(locale: Locale = 'en', reference = '250875', seed: StoredVacancy[] = [head]) {
  const store = await seededStore(seed);
  const records = await store.all();
  const onBack = vi.fn();
  const onCheckEssay = vi.fn();
  const view = renderIn(
    locale,
    <VacancyDetailView reference={reference} records={records} store={popupStoreOver(store)} now={NOW} onBack={onBack} onCheckEssay={onCheckEssay} timeZone="Asia/Tokyo" />,
  );
  return { store, onBack, onCheckEssay, view };
}
const stored = (store: VacancyStore) => store.get('250875') as Promise<StoredVacancy>;

describe('VacancyDetailView', () => {
  it('shows every part of the record', async () => {
    await open();
    screen.getByRole('heading', { name: 'Head NATO Affairs and Security Policy Section' });
    screen.getByText('Chef de la Section Affaires OTAN');
    screen.getByText('Sun 4 Jan, 23:59 Brussels / Mon 5 Jan, 07:59 your time');
    screen.getByText('€10,742.69 per month');
    screen.getByText('NATO Grade G22');
    // In the facts and in "Can I apply?".
    expect(screen.getAllByText('Level V (Advanced) in one official language, II (Elementary) in the other')).toHaveLength(2);
    screen.getByText('10 years');
    screen.getByText('3 years initially, renewable for 3 years, 6 years at most');
    screen.getByText('English, French');
    screen.getByText('Head NATO Affairs · PASP0109');
    screen.getByText('At most 1 page');
    screen.getByText('The title must include “250875”, “Key challenges”');
    screen.getByText('Lead the section through a change of mandate.');
    screen.getByText('Selective assessment: first half of July 2025');
    screen.getByText('Achievement: Sets and works towards challenging goals');
    screen.getByText('Language profile not stated');
    screen.getByText('No change seen since it was first captured.');
    const link = screen.getByRole('link', { name: /Open the notice on the portal/ });
    expect(link.getAttribute('href')).toBe(head.sourceUrl);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noreferrer');
  });

  it('in French, a notice with a French half is headed by its French title; the English one stays among the facts', async () => {
    await open('fr');
    screen.getByRole('heading', { name: 'Chef de la Section Affaires OTAN' });
    const english = screen.getByText('Head NATO Affairs and Security Policy Section');
    expect(english.getAttribute('lang')).toBe('en');
    expect(english.closest('dd')?.previousElementSibling?.textContent).toBe('Intitulé en anglais');
    expect(screen.queryByText('Intitulé en français')).toBeNull();
  });

  it('in French, a notice with no French half keeps its English title, marked as English', async () => {
    await open('fr', '250875', [{ ...head, titleFr: null, languages: ['en'] }]);
    const heading = screen.getByRole('heading', { name: 'Head NATO Affairs and Security Policy Section' });
    expect(heading.querySelector('[lang="en"]')?.textContent).toBe('Head NATO Affairs and Security Policy Section');
    expect(screen.queryByText('Intitulé en anglais')).toBeNull();
  });

  it.each(['javascript:alert(document.domain)', 'data:text/html,<script>alert(1)</script>'])('offers no link for a stored %s source', async (sourceUrl) => {
    // Written straight to the table, as a record from before the rule would be.
    const record = { ...head, sourceUrl };
    await open('en', '250875', [record]);
    screen.getByRole('heading', { name: 'Head NATO Affairs and Security Policy Section' });
    expect(screen.queryByRole('link', { name: /Open the notice on the portal/ })).toBeNull();
    expect(document.querySelector('a[href^="javascript:"], a[href^="data:"]')).toBeNull();
  });

  it('lists the change history with dates', async () => {
    const extended = {
      ...head,
      history: [{ field: 'closesAt', from: '2025-12-28T22:59:00.000Z', to: '2026-01-04T22:59:00.000Z', changedAt: '2025-12-20T10:00:00.000Z' }],
    };
    const onBack = vi.fn();
    // The change is new to the user: opening the vacancy marks it seen.
    const markChangesSeen = vi.fn(async () => null);
    // The answers workspace reads the vacancy's questions: none here.
    const watchAnswers = () => ({ subscribe: (observer: { next: (value: never[]) => void }) => (observer.next([]), { unsubscribe: () => undefined }) });
    const store = { markChangesSeen, watchAnswers } as unknown as PopupStore;
    renderIn('en', <VacancyDetailView reference="250875" records={[extended]} store={store} now={NOW} onBack={onBack} onCheckEssay={vi.fn()} timeZone="Europe/Brussels" />);
    expect(markChangesSeen).toHaveBeenCalledWith('250875');
    // Other years than the current one (2026) show the year.
    screen.getByText('Sat, 20 Dec 2025, 11:00');
    screen.getByText('— Closing time: Sun, 28 Dec 2025, 23:59 → Sun 4 Jan, 23:59', { exact: false });
  });

  it('saves a status change in the store at once', async () => {
    const { store } = await open();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'submitted' } });
    expect((screen.getByLabelText('Status') as HTMLSelectElement).value).toBe('submitted');
    await waitFor(async () => expect((await stored(store)).status).toBe('submitted'));
    await screen.findByText('Saved');
  });

  it('saves notes after a pause of 400 ms, not on every keystroke', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store } = await open();
    const notes = screen.getByLabelText('Notes');
    fireEvent.input(notes, { target: { value: 'Ask' } });
    fireEvent.input(notes, { target: { value: 'Ask Anna about the team' } });
    screen.getByText('Saving…');
    await vi.advanceTimersByTimeAsync(399);
    expect((await stored(store)).notes).toBe('');
    await vi.advanceTimersByTimeAsync(1);
    vi.useRealTimers();
    await waitFor(async () => expect((await stored(store)).notes).toBe('Ask Anna about the team'));
    await screen.findByText('Saved');
  });

  it('saves notes at once on blur and on unmount, so nothing typed is lost', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, view } = await open();
    fireEvent.input(screen.getByLabelText('Notes'), { target: { value: 'first thought' } });
    fireEvent.blur(screen.getByLabelText('Notes'));
    await withoutAdvancingTimers(async () => expect((await stored(store)).notes).toBe('first thought'));
    fireEvent.input(screen.getByLabelText('Notes'), { target: { value: 'second thought' } });
    view.unmount();
    await withoutAdvancingTimers(async () => expect((await stored(store)).notes).toBe('second thought'));
  });

  it('switches this vacancy\'s reminders off and on', async () => {
    const { store } = await open();
    const box = screen.getByLabelText('Remind me before this deadline') as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(async () => expect((await stored(store)).remindersEnabled).toBe(false));
  });

  it.each([
    ['submitted', false],
    ['written-test', false],
    ['drafting', true],
  ] as const)('after choosing "%s" the reminder box says what will happen (reminders: %s)', async (status, remindable) => {
    await open();
    const box = screen.getByLabelText('Remind me before this deadline') as HTMLInputElement;
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: status } });
    await waitFor(() => expect(box.checked).toBe(remindable));
    expect(box.disabled).toBe(!remindable);
    expect(screen.queryByText(/^No reminders:/) !== null).toBe(!remindable);
  });

  it('offers the essay check only when an essay is asked, and goes back', async () => {
    const { onCheckEssay, onBack } = await open();
    fireEvent.click(screen.getByText('Check essay'));
    expect(onCheckEssay).toHaveBeenCalledWith('250875');
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(onBack).toHaveBeenCalledOnce();
    cleanup();
    await open('en', '251836', [storedVacancy()]);
    expect(screen.queryByText('Check essay')).toBeNull();
    screen.getByText('No essay asked.');
  });

  it('exports this deadline to a calendar file', async () => {
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await open();
    fireEvent.click(screen.getByText('Export to calendar (.ics)'));
    expect(click).toHaveBeenCalledOnce();
    screen.getByText('Calendar file saved: 1 deadline.');
    create.mockRestore();
    click.mockRestore();
  });

  it('says clearly when the vacancy is not tracked', async () => {
    const { onBack } = await open('en', '999999');
    expect(screen.getByRole('alert').textContent).toBe('No tracked vacancy has the reference 999999. It may have been deleted.');
    fireEvent.click(screen.getByRole('button', { name: /Back/ }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  it('speaks French', async () => {
    await open('fr');
    screen.getByText('dim. 4 janv. à 23:59 (Bruxelles) / lun. 5 janv. à 07:59 (chez vous)');
    // French groups thousands with a narrow no-break space and puts a no-break space before €.
    const facts = Array.from(document.querySelectorAll('dd'), (dd) => dd.textContent);
    expect(facts).toContain('10\u202f742,69\u00a0€ par mois');
    expect(screen.getAllByText('Niveau V (Avancé) dans une langue officielle, II (Élémentaire) dans l’autre')).toHaveLength(2);
    screen.getByText('3 ans au départ, renouvelable 3 ans, 6 ans au maximum');
    screen.getByLabelText('Statut');
    screen.getByText('Vérifier l\'essai');
    screen.getByRole('button', { name: /Retour/ });
    screen.getByText('Principaux défis');
  });

  it('words in French what was not found in the notice (English on hover), and what the notice lacks apart', async () => {
    const warnings = [
      'contract.maxYears: not stated',
      'Only the results-page row was read: open the vacancy to capture the full notice.',
      'Language profile not stated',
      'location: read from the French header',
    ];
    await open('fr', '250875', [{ ...head, warnings: warnings.map(warningFromText) }]);
    const section = screen.getByRole('heading', { name: 'Non trouvé dans l’avis' }).closest('section')!;
    const items = Array.from(section.querySelectorAll('li'));
    expect(items.map((li) => li.textContent)).toEqual([
      'Seule la ligne de la page de résultats a été lue : ouvrez l’avis pour l’enregistrer en entier.',
      'Language profile not stated',
    ]);
    expect(items.map((li) => li.getAttribute('title'))).toEqual([warnings[1], null]);
    const about = screen.getByRole('heading', { name: 'À propos de cet avis' }).closest('section')!;
    expect(Array.from(about.querySelectorAll('li'), (li) => li.textContent)).toEqual(['Durée maximale du contrat : cet avis ne l’indique pas']);
    // An internal note on how a value was read never reaches a person.
    expect(document.body.textContent).not.toContain('en-tête français');
  });

});
