// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { AddNoticeView } from './AddNoticeView';
import { freshPopupStore } from '../../test/unit/popup-store';


function setup(locale: 'en' | 'fr' = 'en') {
  const { writer: store, popup } = freshPopupStore();
  const onSaved = vi.fn();
  render(
    <I18nProvider locale={locale}>
      <AddNoticeView store={popup} onSaved={onSaved} />
    </I18nProvider>,
  );
  return { store, onSaved };
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
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Ce texte ne ressemble pas à un avis de vacance : .+Rien n’a été enregistré\.$/);
    expect(onSaved).not.toHaveBeenCalled();
    expect(await store.db.vacancies.count()).toBe(0);
  });

  it('cannot be submitted empty', () => {
    setup();
    expect((screen.getByRole('button', { name: 'Read and save' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
