// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_PROFILE, type Profile } from '../../utils/readiness/profile';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';
import { RequestFailed } from '../../utils/failure';
import { I18nProvider } from '../i18n';
import { ProfileForm } from './ProfileForm';

afterEach(cleanup);

function setup(profile: Profile = EMPTY_PROFILE, locale: 'en' | 'fr' = 'en', ownGrade: string | null = null) {
  const onSettingsChange = vi.fn(async (patch: Partial<Settings>) => ({ ...DEFAULT_SETTINGS, ...patch }));
  render(
    <I18nProvider locale={locale}>
      <ProfileForm profile={profile} ownGrade={ownGrade} onSettingsChange={onSettingsChange} />
    </I18nProvider>,
  );
  return { onSettingsChange };
}

const options = (label: RegExp) => [...(screen.getByLabelText(label) as HTMLSelectElement).options];

describe('ProfileForm', () => {
  it('lists the 32 member states by name in the UI language, "not given" first and "another country" last', () => {
    setup(EMPTY_PROFILE, 'fr');
    const choices = options(/^Nationalité$/);
    expect(choices).toHaveLength(34);
    expect(choices[0]?.value).toBe('');
    expect(choices.at(-1)?.value).toBe('other');
    const names = choices.slice(1, -1).map((option) => option.textContent);
    expect(names).toContain('Royaume-Uni');
    expect(names).toContain('Macédoine du Nord');
    expect(names[0]).toBe('Albanie');
    expect(names.at(-1)).toBe('Türkiye');
  });

  /** Types into a text field and leaves it, as a person does: the field's value is committed. */
  const type = (label: RegExp, value: string) => {
    const field = screen.getByLabelText(label);
    fireEvent.input(field, { target: { value } });
    fireEvent.change(field, { target: { value } });
  };

  it('saves each field as it changes, with no button to press, and leaves the rest "not given"', async () => {
    const { onSettingsChange } = setup();
    expect(screen.queryByRole('button', { name: /save/i })).toBeNull();
    fireEvent.change(screen.getByLabelText(/^Nationality$/), { target: { value: 'PT' } });
    // Saved at once: nothing waits for a button another form's could be mistaken for.
    expect(onSettingsChange).toHaveBeenLastCalledWith({ profile: { ...EMPTY_PROFILE, nationality: 'PT' } });
    fireEvent.change(screen.getByLabelText(/English level/), { target: { value: 'V' } });
    type(/STANAG 6001/, '3-3-2-2');
    type(/Years of relevant experience/, '7,5');
    fireEvent.change(screen.getByLabelText(/Highest degree/), { target: { value: 'master' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Profile saved.'));
    expect(onSettingsChange).toHaveBeenCalledTimes(5);
    expect(onSettingsChange).toHaveBeenLastCalledWith({
      profile: { ...EMPTY_PROFILE, nationality: 'PT', english: 'V', stanagProfile: '3322', experienceYears: 7.5, highestDegree: 'master' },
    });
  });

  it('says in the UI language why a save failed, not the English of the error', async () => {
    const { onSettingsChange } = setup(EMPTY_PROFILE, 'fr');
    onSettingsChange.mockRejectedValueOnce(new RequestFailed({ ok: false, code: 'invalid-settings', detail: 'profile.english: Invalid input' }));
    fireEvent.change(screen.getByLabelText(/^Nationalité$/), { target: { value: 'PT' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Non enregistré : Ce réglage n’est pas valide ; rien n’a été modifié.'));
  });

  it.each([
    ['3362', 'Years of relevant experience', '5', /STANAG 6001/],
    ['', 'Years of relevant experience', 'many', /Years of relevant experience/],
    ['', 'Years of relevant experience', '75', /Years of relevant experience/],
  ])('refuses STANAG %j / years %j=%j, marks the field, says nothing was saved and saves nothing', (stanag, _label, years, invalid) => {
    const { onSettingsChange } = setup();
    if (stanag) type(/STANAG 6001/, stanag);
    type(/Years of relevant experience/, years);
    const field = screen.getByLabelText(invalid);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toMatch(/^Not saved: correct the field marked below/);
    expect(onSettingsChange).not.toHaveBeenCalled();
  });

  it('shows the stored profile and the current grade, and clears everything', async () => {
    const { onSettingsChange } = setup({ ...EMPTY_PROFILE, clearanceHeld: 'NS', french: 'III' }, 'en', 'G15');
    expect((screen.getByLabelText(/Security clearance I hold/) as HTMLSelectElement).value).toBe('NS');
    expect((screen.getByLabelText(/French level/) as HTMLSelectElement).value).toBe('III');
    expect(screen.getByText(/Current grade: G15/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear my profile' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Profile cleared.'));
    expect(onSettingsChange).toHaveBeenCalledWith({ profile: EMPTY_PROFILE });
    expect((screen.getByLabelText(/French level/) as HTMLSelectElement).value).toBe('');
  });
});
