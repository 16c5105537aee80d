// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../components/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings/settings';
import { WelcomePage } from './WelcomePage';

afterEach(cleanup);

function setup(locale: 'en' | 'fr', settings: Settings = DEFAULT_SETTINGS) {
  const onSettingsChange = vi.fn(async (_patch: Partial<Settings>) => undefined);
  render(
    <I18nProvider locale={locale}>
      <WelcomePage settings={settings} onSettingsChange={onSettingsChange} />
    </I18nProvider>,
  );
  return { onSettingsChange };
}

describe('WelcomePage', () => {
  it.each([
    ['en', 'Welcome to Vacancy Companion', "Open the portal's job search", 'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en', 'Fill in my profile'],
    ['fr', 'Bienvenue dans Vacancy Companion', "Ouvrir la recherche d'emplois du portail", 'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=fr', 'Remplir mon profil'],
  ] as const)('in %s: says what it is, links to the job search and to my profile', (locale, title, portal, href, profile) => {
    setup(locale);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title);
    expect(screen.getByRole('link', { name: portal }).getAttribute('href')).toBe(href);
    expect(screen.getByRole('link', { name: profile }).getAttribute('href')).toBe('/popup.html?tab#/settings');
  });

  it('shows the reminder ladder in force and saves a change at once', async () => {
    const { onSettingsChange } = setup('en');
    // The default ladder: 7 days, 3 days, 24 hours (shown as 1 day), 6 hours before closing, and the
    // last-help rung, 3 working days before the close for a vacancy still in drafting.
    const ladder = document.querySelector('ul.ladder');
    expect([...(ladder?.querySelectorAll('li') ?? [])].map((item) => /^\d+/.exec(item.textContent ?? '')?.[0])).toEqual(['7', '3', '1', '6', '3']);
    expect(ladder?.querySelectorAll('li')[4]?.textContent).toContain('working days');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Notify me before deadlines' }));
    await waitFor(() => expect(onSettingsChange).toHaveBeenCalledWith({ reminders: { ...DEFAULT_SETTINGS.reminders, enabled: false } }));
  });

  it('says nothing is sent anywhere', () => {
    setup('fr');
    expect(document.body.textContent).toContain("rien de ce que vous faites ici n'est envoyé");
  });
});
