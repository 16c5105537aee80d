// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';
import { RequestFailed } from '../../utils/failure';
import { I18nProvider } from '../i18n';
import { OwnPositionForm } from './OwnPositionForm';

afterEach(cleanup);

function setup(ownPosition: Settings['ownPosition'], locale: 'en' | 'fr' = 'en', fail = false) {
  const onSettingsChange = vi.fn(async (patch: Partial<Settings>) => {
    if (fail) throw new RequestFailed({ ok: false, code: 'quota' });
    return { ...DEFAULT_SETTINGS, ...patch };
  });
  const onDone = vi.fn();
  render(
    <I18nProvider locale={locale}>
      <OwnPositionForm ownPosition={ownPosition} onSettingsChange={onSettingsChange} onDone={onDone} />
    </I18nProvider>,
  );
  return { onSettingsChange, onDone };
}

function fill(labels: { grade: RegExp; salary: RegExp; currency: RegExp }, values: { grade?: string; salary?: string; currency?: string }) {
  if (values.grade !== undefined) fireEvent.change(screen.getByLabelText(labels.grade), { target: { value: values.grade } });
  if (values.salary !== undefined) fireEvent.input(screen.getByLabelText(labels.salary), { target: { value: values.salary } });
  if (values.currency !== undefined) fireEvent.input(screen.getByLabelText(labels.currency), { target: { value: values.currency } });
}

const EN = { grade: /my grade/i, salary: /monthly basic salary/i, currency: /currency/i };
const FR = { grade: /mon grade/i, salary: /traitement mensuel de base/i, currency: /devise/i };

describe('OwnPositionForm', () => {
  it('offers every grade G1–G24 and defaults the currency to EUR', () => {
    setup(null);
    const options = [...(screen.getByLabelText(EN.grade) as HTMLSelectElement).options].map((option) => option.value);
    expect(options).toEqual(['', ...Array.from({ length: 24 }, (_, index) => `G${index + 1}`)]);
    expect((screen.getByLabelText(EN.currency) as HTMLInputElement).value).toBe('EUR');
    expect((screen.getByRole('button', { name: 'Clear' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it.each([
    ['9,253.21', 925321],
    ['9 253,21', 925321],
  ])('saves %j as %i cents', async (salary, cents) => {
    const { onSettingsChange, onDone } = setup(null);
    fill(EN, { grade: 'G20', salary });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    const position = { grade: 'G20', monthlySalaryCents: cents, currency: 'EUR' };
    expect(onSettingsChange).toHaveBeenCalledWith({ ownPosition: position });
    expect(onDone).toHaveBeenCalledWith(position);
  });

  it('shows each field’s error, marks it invalid, focuses the first and saves nothing', () => {
    const { onSettingsChange } = setup(null);
    fill(EN, { salary: 'a lot', currency: 'EURO' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    const grade = screen.getByLabelText(EN.grade);
    expect(grade.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(grade);
    expect(screen.getByText('Choose a grade from G1 to G24.')).toBeTruthy();
    expect(screen.getByText('Write the amount in figures, e.g. 9,253.21 or 9 253,21.')).toBeTruthy();
    expect(screen.getByText('Use a three-letter currency code, e.g. EUR.')).toBeTruthy();
    // The error is announced with the field: it is part of the field's description.
    const salary = screen.getByLabelText(EN.salary);
    const described = salary.getAttribute('aria-describedby')!.split(' ').map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Write the amount in figures, e.g. 9,253.21 or 9 253,21.');
    expect(onSettingsChange).not.toHaveBeenCalled();
  });

  it('refuses a zero salary', () => {
    setup(null);
    fill(EN, { grade: 'G5', salary: '0' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('The salary must be more than zero.')).toBeTruthy();
  });

  it('edits a saved position and clears it', async () => {
    const { onSettingsChange, onDone } = setup({ grade: 'G17', monthlySalaryCents: 827312, currency: 'EUR' });
    expect((screen.getByLabelText(EN.grade) as HTMLSelectElement).value).toBe('G17');
    expect((screen.getByLabelText(EN.salary) as HTMLInputElement).value).toBe('8273.12');
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Cleared.'));
    expect(onSettingsChange).toHaveBeenCalledWith({ ownPosition: null });
    expect(onDone).toHaveBeenCalledWith(null);
  });

  it('says when saving failed', async () => {
    setup(null, 'en', true);
    fill(EN, { grade: 'G15', salary: '6467.30' });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(
      'Could not save: The browser refused to store more data (storage quota exceeded). Free some disk space and try again.',
    ));
  });

  it('works in French, with a French decimal mark', async () => {
    const { onSettingsChange } = setup({ grade: 'G20', monthlySalaryCents: 925321, currency: 'EUR' }, 'fr');
    expect(screen.getByRole('group', { name: 'Mon poste actuel' })).toBeTruthy();
    expect((screen.getByLabelText(FR.salary) as HTMLInputElement).value).toBe('9253,21');
    fill(FR, { salary: '9 900,5', currency: 'eur' });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Enregistré.'));
    expect(onSettingsChange).toHaveBeenCalledWith({ ownPosition: { grade: 'G20', monthlySalaryCents: 990050, currency: 'EUR' } });
  });

  it('shows French errors', () => {
    setup(null, 'fr');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(screen.getByText('Choisissez un grade de G1 à G24.')).toBeTruthy();
    expect(screen.getByText('Indiquez votre traitement mensuel.')).toBeTruthy();
  });
});

describe('OwnPositionForm in Settings: saved as each field changes', () => {
  function inSettings(ownPosition: Settings['ownPosition']) {
    const onSettingsChange = vi.fn(async (patch: Partial<Settings>) => ({ ...DEFAULT_SETTINGS, ...patch }));
    render(
      <I18nProvider locale="en">
        <OwnPositionForm ownPosition={ownPosition} onSettingsChange={onSettingsChange} saveAsYouGo />
      </I18nProvider>,
    );
    return onSettingsChange;
  }

  it('a grade alone is not saved yet, and says so; the salary completes it and it saves', async () => {
    const onSettingsChange = inSettings(null);
    fireEvent.change(screen.getByLabelText(EN.grade), { target: { value: 'G15' } });
    expect(onSettingsChange).not.toHaveBeenCalled();
    expect(screen.getByRole('status').textContent).toBe('Not saved yet: a grade, a salary and its currency are saved together.');
    const salary = screen.getByLabelText(EN.salary);
    fireEvent.input(salary, { target: { value: '6500' } });
    fireEvent.change(salary, { target: { value: '6500' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved.'));
    expect(onSettingsChange).toHaveBeenCalledWith({ ownPosition: { grade: 'G15', monthlySalaryCents: 650000, currency: 'EUR' } });
  });

  it('a stored position saves a changed grade at once', () => {
    const onSettingsChange = inSettings({ grade: 'G15', monthlySalaryCents: 650000, currency: 'EUR' });
    fireEvent.change(screen.getByLabelText(EN.grade), { target: { value: 'G16' } });
    expect(onSettingsChange).toHaveBeenCalledWith({ ownPosition: { grade: 'G16', monthlySalaryCents: 650000, currency: 'EUR' } });
  });
});
