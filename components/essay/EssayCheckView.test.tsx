// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { I18nProvider } from '../i18n';
import type { Locale } from '../../utils/i18n';
import { EssayCheckView } from './EssayCheckView';
import { PDF_BYTES, makeDocx } from '../../test/unit/docx-fixtures';
import { CONTENT_TYPES_XML, bombBlocksFor, deflatedPart, rawZip, zeroBomb } from '../../test/unit/hostile-zips';
import { analyzeFile } from '../../utils/essay/check-essay';
import { STORED_250443, STORED_250875, STORED_251836 } from '../../test/unit/record-factory';

const BEFORE_250875 = new Date('2025-06-10T08:00:00.000Z');
const RECORDS = [STORED_251836, STORED_250875, STORED_250443];

afterEach(() => {
  cleanup();
  inPlace.mockClear();
  vi.unstubAllGlobals();
});

/** The worker's job, done in place: happy-dom has no workers (the e2e tests run the real one). */
const inPlace = vi.fn(async (bytes: Uint8Array) => analyzeFile(bytes));

function view(locale: Locale, initialReference: string | undefined, now: Date) {
  return (
    <I18nProvider locale={locale}>
      <EssayCheckView records={RECORDS} now={now} initialReference={initialReference} analyze={inPlace} />
    </I18nProvider>
  );
}

function show(locale: Locale = 'en', initialReference?: string, now = BEFORE_250875) {
  return render(view(locale, initialReference, now));
}

function pick(label: RegExp, name: string, bytes: Uint8Array) {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, { target: { files: [fileOf(bytes, name)] } });
}

/** A copy typed on a plain ArrayBuffer, as File wants. */
function fileOf(bytes: Uint8Array, name: string): File {
  return new File([new Uint8Array(bytes)], name);
}

function findingText(id: string): string {
  return document.querySelector(`[data-finding="${id}"]`)?.textContent ?? '';
}

describe('EssayCheckView', () => {
  it('lists vacancies asking for an essay first and labels the others', () => {
    show('en', '250875');
    const select = screen.getByLabelText('Vacancy') as HTMLSelectElement;
    expect(select.value).toBe('250875');
    const options = [...select.options].map((o) => o.textContent);
    expect(options[0]).toBe('No vacancy (check the file only)');
    expect(options.slice(1, 3).map((o) => o?.slice(0, 6))).toEqual(['250875', '250443']);
    expect(options[3]).toBe('251836 – Officer, Defence Policy (no essay asked)');
  });

  it('checks a picked file against the chosen vacancy and shows the findings', async () => {
    show('en', '250875');
    pick(/Essay file/, '250875_Key challenges.docx', makeDocx({ pages: 3 }));
    await screen.findByRole('heading', { name: 'Findings for 250875_Key challenges.docx' });
    expect(screen.getByText('Errors: 1 · Warnings: 0')).toHaveProperty('role', 'status');
    expect(findingText('pages')).toBe('✖Error3 pages: the notice allows at most 1 A4 page.What to do: Shorten the essay to 1 page, then save it again.');
    expect(findingText('name:250875')).toContain('OK');
    expect(screen.getByText('The file name already meets the notice\'s rule.')).toBeTruthy();
  });

  it('suggests a compliant name and copies it', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    show('en', '250875');
    pick(/Essay file/, 'my essay.docx', makeDocx());
    const field = (await screen.findByLabelText('Suggested file name')) as HTMLInputElement;
    expect(field.value).toBe('250875 Key challenges - my essay.docx');
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await screen.findByText('Copied.');
    expect(writeText).toHaveBeenCalledWith('250875 Key challenges - my essay.docx');
  });

  it('selects the name for copying by hand when the clipboard refuses', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.reject(new Error('denied')) } });
    show('en', '250875');
    pick(/Essay file/, 'essay.docx', makeDocx());
    fireEvent.click(await screen.findByRole('button', { name: 'Copy' }));
    await screen.findByText(/Could not copy automatically/);
    expect(document.activeElement).toBe(screen.getByLabelText('Suggested file name'));
  });

  it('re-checks when another vacancy is chosen', async () => {
    show('en', '250875');
    pick(/Essay file/, '250875 Key challenges.docx', makeDocx({ pages: 2 }));
    await screen.findByText('Errors: 1 · Warnings: 0');
    fireEvent.change(screen.getByLabelText('Vacancy'), { target: { value: '250443' } });
    await waitFor(() => expect(findingText('name:250443')).toMatch(/has the reference 250875, not 250443/));
    expect(findingText('pages')).toMatch(/within the limit of 2/);
  });

  it('checks only the file, and says so, without a vacancy', async () => {
    // Both essay vacancies open: nothing is preselected.
    show('en', undefined, new Date('2025-03-01T00:00:00Z'));
    expect((screen.getByLabelText('Vacancy') as HTMLSelectElement).value).toBe('');
    pick(/Essay file/, 'essay.docx', PDF_BYTES);
    await screen.findByText(/No vacancy chosen: only the file itself was checked/);
    expect(findingText('content')).toMatch(/The content is PDF, not a .docx file/);
    expect(screen.queryByLabelText('Suggested file name')).toBeNull();
  });

  it('accepts a dropped file', async () => {
    show('en', '250443', new Date('2025-04-01T08:00:00Z'));
    const zone = screen.getByText('Choose a file or drop it here.').parentElement!;
    fireEvent.dragOver(zone);
    expect(screen.getByText('Drop the file to check it.')).toBeTruthy();
    fireEvent.drop(zone, { dataTransfer: { files: [fileOf(makeDocx({ pages: 2 }), '250443 Key challenges.docx')], types: ['Files'] } });
    await screen.findByText('No problems found.');
  });

  it('speaks French', async () => {
    show('fr', '250875');
    expect(screen.getByLabelText('Poste')).toBeTruthy();
    pick(/Fichier de l'essai/, 'Key challenge.docx', makeDocx({ pageSize: { width: 12240, height: 15840 } }));
    await screen.findByRole('heading', { name: 'Résultats pour Key challenge.docx' });
    const results = screen.getByRole('region');
    expect(within(results).getByText('Erreurs : 3 · Avertissements : 0')).toBeTruthy();
    expect(findingText('page-size')).toBe('✖ErreurFormat de page US Letter ; l\'avis demande des pages A4.Que faire : Dans Word : Mise en page › Taille › A4, puis revérifiez le nombre de pages.');
    expect(findingText('name:Key challenges')).toContain('Presque : le nom du fichier contient « Key challenge »');
    expect((screen.getByLabelText('Nom de fichier suggéré') as HTMLInputElement).value).toBe('250875 Key challenges.docx');
  });

  it('analyses a file once: the clock ticking only moves the closing time', async () => {
    const shown = show('en', '250875');
    pick(/Essay file/, '250875 Key challenges.docx', makeDocx());
    await waitFor(() => expect(findingText('deadline')).toMatch(/in 8 days 13 hours\.$/));
    // The popup's clock ticks every 30 s; an hour of ticks later:
    for (let minutes = 30; minutes <= 60; minutes += 30) shown.rerender(view('en', '250875', new Date(BEFORE_250875.getTime() + minutes * 60_000)));
    await waitFor(() => expect(findingText('deadline')).toMatch(/in 8 days 12 hours\.$/));
    expect(inPlace).toHaveBeenCalledTimes(1);
    fireEvent.change(screen.getByLabelText('Vacancy'), { target: { value: '250443' } });
    await waitFor(() => expect(findingText('name:250443')).toMatch(/not 250443/));
    expect(inPlace).toHaveBeenCalledTimes(1);
  });

  it('says a hostile file could not be checked, never that all is well', async () => {
    show('en', '250875');
    const bomb = { name: 'word/document.xml', data: zeroBomb(bombBlocksFor(64 * 1024 * 1024)), declaredSize: 12 * 1024 };
    pick(/Essay file/, '250875 Key challenges.docx', rawZip([deflatedPart('[Content_Types].xml', CONTENT_TYPES_XML), bomb]));
    await screen.findByText('Errors: 1 · Warnings: 0');
    expect(findingText('content')).toMatch(/This file could not be checked: it expands to more than 8 MB/);
    expect(screen.queryByText('No problems found.')).toBeNull();
  });

  it('shows a check that gave up as a warning', async () => {
    render(
      <I18nProvider locale="en">
        <EssayCheckView records={RECORDS} now={BEFORE_250875} initialReference="250875" analyze={async (bytes) => ({ kind: 'unchecked', size: bytes.length, why: 'time-limit', seconds: 15 })} />
      </I18nProvider>,
    );
    pick(/Essay file/, '250875 Key challenges.docx', makeDocx());
    await screen.findByText('Errors: 0 · Warnings: 1');
    expect(findingText('content')).toMatch(/the check took longer than 15 seconds and was stopped/);
  });

  it('preselects the only open vacancy asking for an essay', () => {
    show('en', undefined, new Date('2025-05-01T00:00:00Z'));
    expect((screen.getByLabelText('Vacancy') as HTMLSelectElement).value).toBe('250875');
  });
});
