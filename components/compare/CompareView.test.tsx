// @vitest-environment happy-dom
import { RequestFailed } from '../../utils/failure';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';
import { NOTICE_RECORDS } from '../../test/unit/record-factory';
import { I18nProvider } from '../i18n';
import { CompareView } from './CompareView';

afterEach(cleanup);

const NOW = new Date('2025-06-01T10:00:00Z');
const OWN_G17 = { grade: 'G17', monthlySalaryCents: 827312, currency: 'EUR' };
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** Renders the view with settings that really change when it asks, like the popup does. */
function setup(options: { locale?: 'en' | 'fr'; settings?: Partial<Settings>; records?: StoredVacancy[] } = {}) {
  let settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const onSettingsChange = vi.fn(async (patch: Partial<Settings>) => {
    settings = { ...settings, ...patch };
    draw();
    return settings;
  });
  const view = () => (
    <I18nProvider locale={options.locale ?? 'en'}>
      <CompareView records={options.records ?? NOTICE_RECORDS} now={NOW} settings={settings} onSettingsChange={onSettingsChange} />
    </I18nProvider>
  );
  const { rerender } = render(view());
  function draw() {
    rerender(view());
  }
  return { onSettingsChange };
}

const table = () => screen.getByRole('table');
const shownReferences = () =>
  within(table())
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.getAttribute('data-reference'));
const rowText = (reference: string) => plain(table().querySelector(`tr[data-reference="${reference}"]`)?.textContent);
// The sort arrows are aria-hidden decoration: leave them out of the header names.
const headers = () => within(table()).getAllByRole('columnheader').map((header) => plain(header.textContent?.replace(/[▲▼↕]/g, '')));

/** Shows the columns beyond the main ones ("All columns"). */
const showAllColumns = () => fireEvent.click(screen.getByRole('button', { name: /^(All columns|Toutes les colonnes)/ }));

describe('CompareView fits the popup', () => {
  it('shows first the columns a candidate comes for; the rest on demand, in a named scroll region the keyboard reaches', () => {
    setup({ settings: { ownPosition: OWN_G17 } });
    expect(headers()).toEqual(['Vacancy', 'Grade', 'Monthly salary', expect.stringMatching(/^Difference/), 'Can I apply?', 'Deadline']);
    const region = screen.getByRole('region', { name: 'Selected vacancies side by side' });
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.contains(table())).toBe(true);
    const toggle = screen.getByRole('button', { name: 'All columns (7 more)' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(headers()).toContain('Duty station');
    expect(headers()).toHaveLength(13);
    fireEvent.click(screen.getByRole('button', { name: 'Main columns only' }));
    expect(headers()).toHaveLength(6);
  });
});

describe('CompareView', () => {
  it('compares every open vacancy by default, in grade order', () => {
    setup();
    showAllColumns();
    expect(shownReferences()).toEqual(['NCIA-250101', '250612', '251836', '250875']);
    const closed = screen.getByRole('checkbox', { name: /Assistant Secretary General/ }) as HTMLInputElement;
    expect(closed.checked).toBe(false);
    expect(plain(closed.closest('label')?.textContent)).toContain('closed');
    expect(rowText('251836')).toContain('Officer, Defence Policy');
    expect(rowText('251836')).toContain('€9,253.21');
    expect(rowText('251836')).toContain('€111,038.52');
    expect(rowText('251836')).toContain('position 20 of 24');
    expect(rowText('251836')).toContain('Belgium-Brussels');
    expect(rowText('251836')).toContain('NATO International Staff (NATO IS)');
    expect(rowText('251836')).toContain('Level V (Advanced) in one official language, I (Beginner) in the other');
    expect(rowText('251836')).toContain('6 years');
    expect(rowText('251836')).toContain('3 years initially, renewable for 3 years, 6 years at most');
    expect(rowText('251836')).toContain('4 Jan 2026');
    expect(rowText('NCIA-250101')).toContain('(B-4/G-10)');
    expect(rowText('NCIA-250101')).toContain('STANAG 6001 profile: listening 3, speaking 3, reading 2, writing 2');
    expect(rowText('NCIA-250101')).toContain('Germany-Wesel');
    expect(rowText('250612')).toContain('G17–G20');
    expect(rowText('250612')).toContain('position 17–20 of 24');
    expect(rowText('250612')).toContain('Twin-graded: appointment at G17, the salary shown is G17’s.');
  });

  it('adds and removes vacancies with the checkboxes and quick picks', () => {
    setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /Assistant Secretary General/ }));
    expect(shownReferences()).toContain('250443');
    expect(rowText('250443')).toContain('Unclassified: senior post, no published scale');
    expect(rowText('250443')).toContain('No salary published');
    expect(rowText('250443')).toContain('closed');
    fireEvent.click(screen.getByRole('checkbox', { name: /Officer, Defence Policy/ }));
    expect(shownReferences()).not.toContain('251836');
    fireEvent.click(screen.getByRole('button', { name: 'None' }));
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText('Tick at least one vacancy to compare.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'All' }));
    expect(shownReferences()).toHaveLength(5);
    fireEvent.click(screen.getByRole('button', { name: 'Open ones' }));
    expect(shownReferences()).toEqual(['NCIA-250101', '250612', '251836', '250875']);
  });

  it('sorts with header buttons that announce their order', () => {
    setup();
    const header = (name: RegExp) => screen.getByRole('button', { name }).closest('th')!;
    expect(header(/^Grade/).getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /^Deadline/ }));
    expect(header(/^Deadline/).getAttribute('aria-sort')).toBe('ascending');
    expect(header(/^Grade/).getAttribute('aria-sort')).toBeNull();
    expect(shownReferences()).toEqual(['250875', 'NCIA-250101', '250612', '251836']);
    fireEvent.click(screen.getByRole('button', { name: /^Monthly salary/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Monthly salary/ }));
    expect(header(/^Monthly salary/).getAttribute('aria-sort')).toBe('descending');
    expect(shownReferences()).toEqual(['250875', '251836', '250612', 'NCIA-250101']);
  });

  it('shows differences from a chosen vacancy, with none for itself', () => {
    setup();
    expect(headers().some((text) => text.startsWith('Difference'))).toBe(false);
    fireEvent.change(screen.getByLabelText('Compare against'), { target: { value: 'vacancy:251836' } });
    expect(headers()).toContain('Difference from vacancy 251836');
    expect(rowText('250875')).toContain('+€1,489.48 +16.1%');
    expect(rowText('250612')).toContain('-€980.09 -10.6%');
    expect(rowText('NCIA-250101')).toContain('-€3,992.56 -43.1%');
    expect(rowText('251836')).toContain('baseline');
    expect(screen.getByText('Differences compare basic monthly salaries.')).toBeTruthy();
  });

  it('compares against my own position when there is one, and switches back to none', () => {
    setup({ settings: { ownPosition: OWN_G17 } });
    expect(plain(document.querySelector('.own-summary')?.textContent)).toContain('My own position G17, €8,273.12 per month');
    expect((screen.getByLabelText('Compare against') as HTMLSelectElement).value).toBe('own');
    expect(headers()).toContain('Difference from my own position (G17)');
    expect(rowText('251836')).toContain('+€980.09 +11.8%');
    expect(rowText('250612')).toContain('€0.00 0.0%');
    fireEvent.change(screen.getByLabelText('Compare against'), { target: { value: 'none' } });
    expect(headers().some((text) => text.startsWith('Difference'))).toBe(false);
  });

  it('offers the own-position form inline when none is set, and compares against it once saved', async () => {
    const { onSettingsChange } = setup();
    const own = screen.getByRole('option', { name: 'My own position (not entered yet)' }) as HTMLOptionElement;
    expect(own.disabled).toBe(true);
    const add = screen.getByRole('button', { name: 'Add my position' });
    expect(add.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(add);
    fireEvent.change(screen.getByLabelText('My grade'), { target: { value: 'G17' } });
    fireEvent.input(screen.getByLabelText('Monthly basic salary'), { target: { value: '8,273.12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(headers()).toContain('Difference from my own position (G17)'));
    expect(onSettingsChange).toHaveBeenCalledWith({ ownPosition: OWN_G17 });
    expect(screen.queryByLabelText('My grade')).toBeNull();
    expect(screen.getByRole('button', { name: 'Edit' })).toBeTruthy();
  });

  it('says why amounts in another currency get no difference', () => {
    setup({ settings: { ownPosition: { ...OWN_G17, currency: 'GBP' } } });
    expect(rowText('251836')).toContain('Other currency: not compared');
    expect(
      screen.getByText('Scales are set per country and exchange rates move, so EUR and GBP amounts are not subtracted.'),
    ).toBeTruthy();
  });

  it('switches allowance estimates on through settings, each labelled as an estimate', async () => {
    const { onSettingsChange } = setup();
    expect(headers().some((text) => text.includes('estimate'))).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: /Show allowance estimates/ }));
    showAllColumns();
    await waitFor(() => expect(headers()).toContain('Expatriation allowance (estimate)'));
    expect(onSettingsChange).toHaveBeenCalledWith({ showAllowanceEstimates: true });
    expect(headers()).toContain('Household allowance (estimate)');
    expect(headers()).toContain('Monthly with allowances (estimate)');
    // 10 % and 6 % of €9,253.21, and basic + both.
    expect(rowText('251836')).toContain('€925.32 estimate');
    expect(rowText('251836')).toContain('€555.19 estimate');
    expect(rowText('251836')).toContain('€10,733.72 estimate');
    expect(table().querySelectorAll('.estimate-tag')).toHaveLength(3 * 4);
    expect(screen.getByText(/Estimates only/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Show allowance estimates/ }));
    await waitFor(() => expect(headers().some((text) => text.includes('estimate'))).toBe(false));
  });

  it('reports a setting that could not be saved', async () => {
    render(
      <CompareView
        records={NOTICE_RECORDS}
        now={NOW}
        settings={DEFAULT_SETTINGS}
        onSettingsChange={() => Promise.reject(new RequestFailed({ ok: false, code: 'no-answer' }))}
      />,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /Show allowance estimates/ }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The setting could not be saved: The extension did not answer, even after several tries. Reload the page or try again in a moment.',
    );
  });

  it('speaks French with French money and dates', () => {
    setup({ locale: 'fr', settings: { ownPosition: OWN_G17, showAllowanceEstimates: true } });
    showAllColumns();
    expect(screen.getByRole('heading', { name: 'Comparer grades et salaires' })).toBeTruthy();
    expect(headers()).toEqual(
      expect.arrayContaining(['Avis', 'Salaire mensuel', 'Annuel (×12)', 'Écart avec mon poste actuel (G17)', 'Indemnité de foyer (estimation)', 'Lieu d’affectation', 'Date limite']),
    );
    expect(rowText('251836')).toContain('9 253,21 €');
    expect(rowText('251836')).toContain('111 038,52 €');
    expect(rowText('251836')).toContain('+980,09 € +11,8 %');
    expect(rowText('251836')).toContain('925,32 € estimation');
    expect(rowText('251836')).toContain('position 20 sur 24');
    expect(rowText('251836')).toContain('6 ans');
    expect(rowText('251836')).toContain('4 janv. 2026');
    expect(rowText('250612')).toContain('Double grade : recrutement au grade G17, le salaire indiqué est celui du G17.');
    expect(screen.getByRole('img', { name: 'Traitement mensuel de base par grade' })).toBeTruthy();
  });

  it('has an honest empty state', () => {
    setup({ records: [] });
    expect(screen.getByText(/No vacancies saved yet/)).toBeTruthy();
  });

  it('is operable with real controls that have names', () => {
    setup();
    const controls = [...document.querySelectorAll('button, input, select')];
    expect(controls.length).toBeGreaterThan(10);
    for (const control of controls) {
      const name = control.tagName === 'BUTTON' ? control.textContent : control.closest('label')?.textContent ?? document.querySelector(`label[for="${control.id}"]`)?.textContent;
      expect(plain(name), control.outerHTML).not.toBe('');
    }
    const sortButton = screen.getByRole('button', { name: /^Deadline/ });
    sortButton.focus();
    expect(document.activeElement).toBe(sortButton);
  });
});
