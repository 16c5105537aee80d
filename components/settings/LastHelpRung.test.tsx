// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n';
import { ReminderSettings } from './ReminderSettings';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';

function setup(reminders: Settings['reminders'] = DEFAULT_SETTINGS.reminders, locale: 'en' | 'fr' = 'en') {
  const onChange = vi.fn((_reminders: Settings['reminders']) => Promise.resolve());
  render(
    <I18nProvider locale={locale}>
      <ReminderSettings reminders={reminders} onChange={onChange} />
    </I18nProvider>,
  );
  return { onChange };
}

describe('the last-help rung in Settings', () => {
  it('is on by default at 3 working days, and shown in the ladder with the other steps', () => {
    setup();
    const ladder = within(screen.getByRole('list', { name: 'Remind me' }));
    expect(ladder.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '7 days before×',
      '3 days before×',
      '1 day before×',
      '6 h before×',
      '3 working days before, if still drafting×',
    ]);
    expect((screen.getByRole('checkbox', { name: 'Last-help reminder for vacancies in drafting' }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('spinbutton', { name: 'Working days before the close (Monday to Friday)' }) as HTMLInputElement).value).toBe('3');
  });

  it('a number of working days is saved as typed; one out of range is named and not saved', () => {
    const { onChange } = setup();
    const days = screen.getByRole('spinbutton', { name: /working days before the close/i });
    fireEvent.input(days, { target: { value: '5' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS.reminders, lastHelp: { enabled: true, workingDays: 5 } });
    onChange.mockClear();
    for (const bad of ['0', '16', '2.5', '']) {
      fireEvent.input(days, { target: { value: bad } });
      expect(screen.getByRole('alert').textContent).toBe('Enter a whole number of working days from 1 to 15.');
    }
    expect(onChange).not.toHaveBeenCalled();
  });

  it('turned off by its switch or by its × in the ladder', () => {
    const { onChange } = setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /last-help reminder/i }));
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS.reminders, lastHelp: { enabled: false, workingDays: 3 } });
    fireEvent.click(screen.getByRole('button', { name: 'Turn off the last-help reminder' }));
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS.reminders, lastHelp: { enabled: false, workingDays: 3 } });
  });

  it('off: left out of the ladder, its number kept but not editable', () => {
    setup({ ...DEFAULT_SETTINGS.reminders, lastHelp: { enabled: false, workingDays: 4 } });
    expect(screen.queryByText(/if still drafting/)).toBeNull();
    const days = screen.getByRole('spinbutton', { name: /working days before the close/i }) as HTMLInputElement;
    expect([days.value, days.disabled]).toEqual(['4', true]);
  });

  it('in French', () => {
    setup({ ...DEFAULT_SETTINGS.reminders, lastHelp: { enabled: true, workingDays: 1 } }, 'fr');
    expect(screen.getByText('1 jour ouvré avant, si toujours en rédaction')).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Rappel de dernière aide pour les candidatures en rédaction' })).toBeTruthy();
    expect(screen.getByRole('spinbutton', { name: 'Jours ouvrés avant la clôture (du lundi au vendredi)' })).toBeTruthy();
  });
});
