// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { SettingsView } from './SettingsView';
import { freshPopupStore } from '../../test/unit/popup-store';
import { RequestFailed } from '../../utils/failure';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';

/** A background that never answers: every change fails after the client's retries. */
function setup() {
  const { popup } = freshPopupStore();
  const onSettingsChange = vi.fn(async (_patch: Partial<Settings>): Promise<Settings> => {
    throw new RequestFailed({ ok: false, code: 'no-answer' });
  });
  render(
    <I18nProvider locale="en">
      <SettingsView settings={DEFAULT_SETTINGS} onSettingsChange={onSettingsChange} store={popup} />
    </I18nProvider>,
  );
  return { onSettingsChange };
}

const NOT_SAVED = 'The setting was not saved: The extension did not answer, even after several tries. Reload the page or try again in a moment.';

describe('SettingsView: a change that fails says so', () => {
  it('the change-alerts switch', async () => {
    const { onSettingsChange } = setup();
    const box = screen.getByRole('checkbox', { name: /notify me when a tracked vacancy/i }) as HTMLInputElement;
    fireEvent.click(box);
    expect(onSettingsChange).toHaveBeenCalledWith({ changeAlerts: false });
    await waitFor(() => expect(screen.getAllByRole('alert').map((element) => element.textContent)).toContain(NOT_SAVED));
  });

  it('the language', async () => {
    const { onSettingsChange } = setup();
    fireEvent.change(screen.getAllByRole('combobox')[0]!, { target: { value: 'fr' } });
    expect(onSettingsChange).toHaveBeenCalledWith({ locale: 'fr' });
    await waitFor(() => expect(screen.getAllByRole('alert').map((element) => element.textContent)).toContain(NOT_SAVED));
  });
});

describe('SettingsView opened from "Fill in my profile"', () => {
  it('focuses the profile’s first field', () => {
    const { popup } = freshPopupStore();
    render(
      <I18nProvider locale="en">
        <SettingsView settings={DEFAULT_SETTINGS} onSettingsChange={vi.fn()} store={popup} toProfile />
      </I18nProvider>,
    );
    expect(document.activeElement).toBe(screen.getByLabelText('Nationality'));
  });
});
