import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './harness';
import { drivers, type ExtensionSession } from './drivers';
import { detailPath } from '../fixtures/portal/notice-pages';
import { SAMPLE_REFERENCE, samplePage } from '../demo/demo-portal';

/**
 * A candidate's first run: three notices opened on the portal are captured, but only the one
 * followed gets reminders and counts on the badge; one is removed from the popup (Undo offered).
 * The three are the demo sample under three references, all closing in 5 days, so each would
 * count (badge, 3 reminder steps ahead) if it were followed.
 */
const REFERENCES = [SAMPLE_REFERENCE, '990002', '990003'];
const [FOLLOWED, SEEN, REMOVED] = REFERENCES as [string, string, string];
const PANEL = ['vacancy-companion-panel', '.panel'];
const DAYS_AHEAD = 5;

describe.each(drivers)('first run: capture is not tracking ($name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
    const now = new Date();
    await session.servePortal(
      Object.fromEntries(REFERENCES.map((reference) => [detailPath(reference, 'en'), () => samplePage(now, DAYS_AHEAD).replaceAll(SAMPLE_REFERENCE, reference)])),
    );
  });
  afterAll(async () => {
    await session?.close();
  });

  const badge = () =>
    session.withExtensionApi(async (api) => {
      const action = api.action ?? api.browserAction!;
      return action.getBadgeText({});
    });
  const reminderAlarms = () =>
    session.withExtensionApi(async (api) => (await api.alarms.getAll()).map((alarm) => alarm.name).filter((name) => name.startsWith('reminder:')).sort());
  const stored = async () => Object.fromEntries((await session.readVacancies()).map((row) => [row.reference as string, row.followedAt ?? null]));

  it('opening three notices saves them, seen: no badge, no reminder', async () => {
    for (const reference of REFERENCES) {
      const page = await session.openPortal(detailPath(reference, 'en'));
      await eventually(async () => /saved — /i.test((await page.text(PANEL)) ?? ''), 15_000);
      expect(await page.text([...PANEL, '.follow-state'])).toMatch(/Seen, not followed/);
      await page.close();
    }
    expect(await stored()).toEqual({ [FOLLOWED]: null, [SEEN]: null, [REMOVED]: null });
    expect(await reminderAlarms()).toEqual([]);
    expect(await badge()).toBe('');
  });

  it('Follow in the page panel: that one alone gets its reminders and the badge', async () => {
    const page = await session.openPortal(detailPath(FOLLOWED, 'en'));
    await eventually(async () => /Already saved/i.test((await page.text(PANEL)) ?? ''), 15_000);
    await page.click([...PANEL, { role: 'button', name: 'Follow', exact: true }]);
    await expect.poll(() => page.text([...PANEL, '.follow-state']), { timeout: 10_000 }).toMatch(/You follow this vacancy/);
    await page.close();
    // Closing in 5 days: the 3-day, 24-hour and 6-hour steps are ahead (7 days has passed).
    await expect.poll(reminderAlarms, { timeout: 10_000 }).toEqual([`reminder:${FOLLOWED}:24`, `reminder:${FOLLOWED}:6`, `reminder:${FOLLOWED}:72`]);
    await expect.poll(badge).toBe('1');
  });

  it('the popup lists the followed one; the seen ones apart; Remove takes one away with Undo offered', async () => {
    const popup = await session.openPopup('#/deadlines');
    await expect.poll(() => popup.count('button.dl-row'), { timeout: 10_000 }).toBe(1);
    expect(await popup.text('button.dl-row')).toContain(`Ref. ${FOLLOWED}`);
    await expect.poll(() => popup.text('.dl-seen summary'), { timeout: 10_000 }).toBe('Seen, not followed (2)');

    // Keyboard only: Enter opens the row, Back (Enter) puts focus on that row again, not <body>.
    await popup.evaluateOn('button.dl-row', (row) => (row as HTMLElement).focus());
    await popup.keyboard('Enter');
    await expect.poll(() => popup.count('.dl-detail .dl-back'), { timeout: 10_000 }).toBe(1);
    await popup.evaluateOn('.dl-detail .dl-back', (back) => (back as HTMLElement).focus());
    await popup.keyboard('Enter');
    const focused = () => popup.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.reference ?? document.activeElement?.tagName ?? null);
    await expect.poll(focused, { timeout: 10_000 }).toBe(FOLLOWED);

    await popup.click({ text: 'Seen, not followed (2)' });
    await expect.poll(() => popup.count('.dl-seen-row'), { timeout: 10_000 }).toBe(2);
    await popup.click({ role: 'button', name: `Remove ${REMOVED}` });
    await expect.poll(() => popup.text('.dl-undo'), { timeout: 10_000 }).toMatch(/^Removed “DEMO SAMPLE/);
    await expect.poll(() => popup.text('.dl-seen summary')).toBe('Seen, not followed (1)');
    expect(await stored()).toEqual({ [FOLLOWED]: expect.any(String), [SEEN]: null });
    await popup.close();

    // The badge and the alarms still count the followed one only.
    expect(await badge()).toBe('1');
    expect(await reminderAlarms()).toEqual([`reminder:${FOLLOWED}:24`, `reminder:${FOLLOWED}:6`, `reminder:${FOLLOWED}:72`]);
  });

  it('French chosen in Settings: the panel on an English page speaks French', async () => {
    expect(await session.sendToBackground({ type: 'save-settings', patch: { locale: 'fr' } })).toMatchObject({ ok: true });
    const page = await session.openPortal(detailPath(SEEN, 'en'));
    await eventually(async () => /Déjà enregistré — /.test((await page.text(PANEL)) ?? ''), 15_000);
    expect(await page.text(PANEL)).not.toMatch(/Already saved|Follow\b/);
    await page.close();
    expect(await session.sendToBackground({ type: 'save-settings', patch: { locale: 'auto' } })).toMatchObject({ ok: true });
  });
});
