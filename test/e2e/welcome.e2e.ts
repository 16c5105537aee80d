import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers, type ExtensionSession } from './drivers';
import type { ExtensionApi } from './drivers/driver';
import { seriousViolations } from './axe';

/** Extension pages open in tabs, as the extension itself sees them. */
type WithViews = ExtensionApi & { extension: { getViews(filter: { type: 'tab' }): Window[] } };

describe.each(drivers)('first run: the welcome page and an empty start (built extension, $name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    // A fresh profile: the extension is installed by this launch, as a new user installs it.
    session = await driver.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens the welcome page once, in a tab, when installed', async () => {
    const openTabs = () =>
      session.withExtensionApi((api) => (api as WithViews).extension.getViews({ type: 'tab' }).map((view) => new URL(view.location.href).pathname));
    await expect.poll(openTabs, { timeout: 15_000 }).toContain('/welcome.html');
    expect((await openTabs()).filter((path) => path === '/welcome.html')).toHaveLength(1);
  });

  it('says what the extension does, links to the job search and the profile, and sets the reminders', async () => {
    const welcome = await session.openExtensionPage('welcome.html', { width: 1000, height: 800 });
    await expect.poll(() => welcome.text('h1')).toBe('Welcome to Vacancy Companion');
    expect(await welcome.evaluateOn({ role: 'link', name: "Open the portal's job search" }, (link) => (link as HTMLAnchorElement).href)).toBe(
      'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en',
    );
    expect(await welcome.evaluateOn({ role: 'link', name: 'Fill in my profile' }, (link) => new URL((link as HTMLAnchorElement).href).hash)).toBe('#/settings');

    // Reminders on by default; switching them off here is the setting itself.
    await welcome.click({ role: 'checkbox', name: 'Notify me before deadlines' });
    await expect
      .poll(() => session.withExtensionApi(async (api) => ((await api.storage.local.get('settings')).settings as { reminders?: { enabled: boolean } })?.reminders?.enabled))
      .toBe(false);
    await welcome.close();
  });

  it.each(['light', 'dark'] as const)('has no serious accessibility violation (axe-core), %s', async (scheme) => {
    await session.setColorScheme(scheme);
    const welcome = await session.openExtensionPage('welcome.html', { width: 1000, height: 800 });
    await expect.poll(() => welcome.text('h1')).toBe('Welcome to Vacancy Companion');
    expect(await welcome.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
    expect(await seriousViolations(welcome)).toEqual([]);
    await welcome.close();
    await session.setColorScheme('light');
  });

  it('the popup with no vacancy says how to start', async () => {
    const popup = await session.openPopup();
    await expect.poll(() => popup.text('.empty')).toMatch(/nato\.taleo\.net/);
    await popup.close();
  });
});
