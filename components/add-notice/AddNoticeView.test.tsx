// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { AddNoticeView, type PendingHandover } from './AddNoticeView';
import { freshPopupStore } from '../../test/unit/popup-store';
import { pendingNotices } from '../../utils/capture/pending-notice';
import { memoryArea } from '../../test/unit/fakes/pending-notice.test-fakes';

function setup(locale: 'en' | 'fr' = 'en', pending?: PendingHandover) {
  const { writer: store, popup } = freshPopupStore();
  const onSaved = vi.fn();
  const view = render(
    <I18nProvider locale={locale}>
      <AddNoticeView store={popup} onSaved={onSaved} pending={pending} />
    </I18nProvider>,
  );
  return { store, onSaved, unmount: view.unmount };
}

/** The background's slot (pending-notice.ts) with one selection waiting, as the view reaches it. */
async function waitingSelection(notice: { text: string; sourceUrl: string | null }) {
  const slot = pendingNotices(memoryArea(), () => 'selection-1');
  await slot.put(notice);
  const settle = vi.fn(async (id: string) => void (await slot.settle(id)));
  return { slot, handover: { take: vi.fn(slot.peek), settle } };
}

/** A real job board's copy (no reference, no title line), without its SOURCE line. */
function boardCopy(file: string): string {
  const text = readFileSync(`test/fixtures/vacancies/other-shapes/${file}`, 'utf8');
  return text.slice(text.indexOf('\n') + 1);
}

describe('AddNoticeView', () => {
  it('reads a pasted PDF-extracted notice and saves it', async () => {
    const { store, onSaved } = setup();
    const text = readFileSync('test/fixtures/vacancies/250875-heads-nasp-and-mo.txt', 'utf8');
    fireEvent.input(screen.getByLabelText('Notice text'), { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: 'Read and save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('250875'));
    expect(await store.get('250875')).toMatchObject({ grade: { grades: ['G22'] }, essay: { maxPages: 1 } });
  });

  it('refuses text that is not a notice, in French, and saves nothing', async () => {
    const { store, onSaved } = setup('fr');
    fireEvent.input(screen.getByLabelText('Texte de l’avis'), { target: { value: 'Liste de courses : pain, lait' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lire et enregistrer' }));
    // The reason too is French: the text names no NATO body, no notice header, no section.
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Ce texte ne ressemble pas à un avis de vacance : aucun signe d’un avis de vacance de l’OTAN : ni en-tête d’avis (grade, date limite de candidature, …), ni section d’avis (RÉSUMÉ, principales fonctions, …), ni organisme de l’OTAN nommé avec le vocabulaire d’un avis. Rien n’a été enregistré.',
    );
    expect(onSaved).not.toHaveBeenCalled();
    expect(await store.db.vacancies.count()).toBe(0);
  });

  it('asks for the reference of a notice that prints none, saves nothing before, then saves with it', async () => {
    const { store, onSaved } = setup();
    fireEvent.input(screen.getByLabelText('Notice text'), { target: { value: boardCopy('noref-taffin-MjMxNjc2.txt') } });
    fireEvent.click(screen.getByRole('button', { name: 'Read and save' }));
    const field = await screen.findByLabelText('Reference');
    const save = screen.getByRole('button', { name: 'Save the vacancy' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    expect(await store.db.vacancies.count()).toBe(0);
    fireEvent.input(field, { target: { value: 'not a reference' } });
    expect(screen.getByText(/^A reference is 3 to 32 letters/)).toBeTruthy();
    expect(save.disabled).toBe(true);
    fireEvent.input(field, { target: { value: '260112' } });
    fireEvent.click(save);
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('260112'));
    expect(await store.get('260112')).toMatchObject({ title: 'Governance Support and Document Management Specialist', location: 'Luxembourg', grade: { grades: ['G12'] } });
  });

  it('takes a command\'s reference printed in parts, its spaces tidied, and saves a notice that prints its own whole', async () => {
    const { store, onSaved } = setup();
    fireEvent.input(screen.getByLabelText('Notice text'), { target: { value: boardCopy('noref-taffin-MjMxNjc2.txt') } });
    fireEvent.click(screen.getByRole('button', { name: 'Read and save' }));
    fireEvent.input(await screen.findByLabelText('Reference'), { target: { value: '  JFC  NP 02/2024 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the vacancy' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('JFC NP 02/2024'));
    expect(await store.get('JFC NP 02/2024')).toMatchObject({ reference: 'JFC NP 02/2024', location: 'Luxembourg' });

    const text = readFileSync('test/fixtures/vacancies/variations/jfcnp-spaced-reference-usd-and-eur.txt', 'utf8');
    fireEvent.input(screen.getByLabelText('Notice text'), { target: { value: text.replace('JFC NP 02/2024', 'JFC NP 03/2024') } });
    fireEvent.click(screen.getByRole('button', { name: 'Read and save' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('JFC NP 03/2024'));
    expect(await store.get('JFC NP 03/2024')).toMatchObject({ title: 'Senior Assistant (Budget)', organisation: 'Joint Force Command Naples (JFCNP)' });
  });

  it('asks for the title too when the notice prints neither, in French', async () => {
    const { store, onSaved } = setup('fr');
    fireEvent.input(screen.getByLabelText('Texte de l’avis'), { target: { value: boardCopy('noref-vindazo-54417463.txt') } });
    fireEvent.click(screen.getByRole('button', { name: 'Lire et enregistrer' }));
    fireEvent.input(await screen.findByLabelText('Référence'), { target: { value: 'SHAPE_25_117' } });
    const save = screen.getByRole('button', { name: 'Enregistrer la vacance' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Intitulé'), { target: { value: 'Proofreader' } });
    fireEvent.click(save);
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('SHAPE_25_117'));
    expect(await store.get('SHAPE_25_117')).toMatchObject({ title: 'Proofreader', organisation: 'Supreme Headquarters Allied Powers Europe (SHAPE)' });
  });

  it('shows a selection handed over by the context menu and asks for what it lacks', async () => {
    const pending = { text: boardCopy('noref-vindazo-54417463.txt'), sourceUrl: 'https://www.vindazo.be/job/viewjob/54417463/proofreader.html' };
    const { handover } = await waitingSelection(pending);
    const { store } = setup('en', handover);
    expect(((await screen.findByLabelText('Reference')) as HTMLInputElement).value).toBe('');
    expect(screen.getByLabelText('Title')).toBeTruthy();
    expect(screen.getByText('The text you selected was read; it is below.')).toBeTruthy();
    expect((screen.getByLabelText('Notice text') as HTMLTextAreaElement).value).toBe(pending.text);
    expect(handover.take).toHaveBeenCalledTimes(1);
    expect(await store.db.vacancies.count()).toBe(0);
  });

  it('a popup closed before saving loses nothing: the selection is shown again next time', async () => {
    const pending = { text: boardCopy('noref-vindazo-54417463.txt'), sourceUrl: null };
    const { slot, handover } = await waitingSelection(pending);
    const first = setup('en', handover);
    await screen.findByLabelText('Reference');
    first.unmount();
    expect(handover.settle).not.toHaveBeenCalled();
    expect(await slot.peek()).toMatchObject({ text: pending.text });
    setup('en', handover);
    expect(((await screen.findByLabelText('Notice text')) as HTMLTextAreaElement).value).toBe(pending.text);
  });

  it('takes the reference of a selection from its portal address: only the title is asked; saved, it no longer waits', async () => {
    const pending = { text: boardCopy('noref-vindazo-54417463.txt'), sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=250117&lang=en' };
    const { slot, handover } = await waitingSelection(pending);
    const { store, onSaved } = setup('en', handover);
    fireEvent.input(await screen.findByLabelText('Title'), { target: { value: 'Proofreader' } });
    expect(screen.queryByLabelText('Reference')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save the vacancy' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('250117'));
    expect(await store.get('250117')).toMatchObject({ title: 'Proofreader', sourceUrl: pending.sourceUrl });
    expect(handover.settle).toHaveBeenCalledWith('selection-1');
    expect(await slot.peek()).toBeNull();
  });

  it('a selection the user discards no longer waits', async () => {
    const { slot, handover } = await waitingSelection({ text: boardCopy('noref-vindazo-54417463.txt'), sourceUrl: null });
    const { store } = setup('fr', handover);
    fireEvent.click(await screen.findByRole('button', { name: 'Abandonner la sélection' }));
    await waitFor(() => expect(handover.settle).toHaveBeenCalledWith('selection-1'));
    expect((screen.getByLabelText('Texte de l’avis') as HTMLTextAreaElement).value).toBe('');
    expect(screen.queryByLabelText('Référence')).toBeNull();
    expect(await slot.peek()).toBeNull();
    expect(await store.db.vacancies.count()).toBe(0);
  });

  it('cannot be submitted empty', () => {
    setup();
    expect((screen.getByRole('button', { name: 'Read and save' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
