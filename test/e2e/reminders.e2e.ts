import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers, type ExtensionSession } from './drivers';
import { HOUR_MS, noticeClosingIn } from './seeded-notices';
import { storedVacancy } from '../unit/record-factory';

/**
 * Reminders (browser alarms, then a notification) and the toolbar badge, planned by the
 * background from what is stored. Default ladder: 7 days, 3 days, 24 hours and 6 hours before
 * closing; the badge counts applications still to send closing within 7 days, orange under 72 h.
 */
describe.each(drivers)('reminders and the toolbar badge ($name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  const seed = async (record: { closesAt: string }) => {
    expect(await session.sendToBackground({ type: 'capture', record })).toMatchObject({ ok: true });
    return Date.parse(record.closesAt);
  };
  const badge = () =>
    session.withExtensionApi(async (api) => {
      const action = api.action ?? api.browserAction!;
      return { text: await action.getBadgeText({}), color: Array.from(await action.getBadgeBackgroundColor({})) };
    });
  const reminderAlarms = () =>
    session.withExtensionApi(async (api) =>
      (await api.alarms.getAll())
        .filter((alarm) => alarm.name.startsWith('reminder:'))
        .map((alarm) => ({ name: alarm.name, at: alarm.scheduledTime }))
        .sort((a, b) => a.at - b.at),
    );

  it('a vacancy closing in 50 hours gets its 24 h and 6 h reminders and an orange badge', async () => {
    const closes = await seed(noticeClosingIn('vacancies/250875-heads-nasp-and-mo.txt', 50 * HOUR_MS));
    // 7 days and 3 days before are already past.
    await expect.poll(reminderAlarms).toEqual([
      { name: 'reminder:250875:24', at: closes - 24 * HOUR_MS },
      { name: 'reminder:250875:6', at: closes - 6 * HOUR_MS },
    ]);
    await expect.poll(badge).toEqual({ text: '1', color: [0xb8, 0x5c, 0x00, 255] });
  });

  it('once marked submitted in the popup, it needs no reminder and leaves the badge', async () => {
    const popup = await session.openPopup('#/vacancy/250875');
    await popup.select({ label: 'Status' }, 'submitted');
    await expect.poll(reminderAlarms).toEqual([]);
    await expect.poll(badge).toMatchObject({ text: '' });
    await popup.close();
  });

  it('a reminder that falls due is shown as a notification and recorded as sent', async () => {
    const shown = () => session.withExtensionApi(async (api) => Object.keys(await api.notifications.getAll()));
    // The 6 h step must still be ahead when the background plans it, or no alarm is set for it
    // (planReminders). Seeded a few seconds ahead, and further ahead each time a slow machine
    // took longer than that to save and plan, until the alarm is planned (or already fired).
    let record: ReturnType<typeof noticeClosingIn>;
    for (let margin = 4_000; ; margin *= 2) {
      record = noticeClosingIn('vacancies/251836-officer-defence-policy.txt', 6 * HOUR_MS + margin);
      const closes = await seed(record);
      const planned = (await reminderAlarms()).some((alarm) => alarm.name === 'reminder:251836:6' && alarm.at === closes - 6 * HOUR_MS);
      if (planned || (await shown()).includes('reminder:251836:6')) break;
      if (margin >= 32_000) throw new Error('the 6 h reminder was never planned ahead of its time');
    }
    await expect.poll(shown, { timeout: 45_000 }).toContain('reminder:251836:6');
    const sent = await session.withExtensionApi(async (api) => (await api.storage.local.get('sentReminders')).sentReminders);
    // One notice covers every step already passed, so none of them comes later.
    expect(sent).toEqual([168, 72, 24, 6].map((step) => `251836:${step}:${record.closesAt}`));
    // Red: under 24 h.
    expect(await badge()).toEqual({ text: '1', color: [0xb3, 0x26, 0x1e, 255] });
  }, 120_000);

  it('500 tracked vacancies: the alarms stay few, and the reminders beyond the armed ones still fire', async () => {
    const now = Date.now();
    const iso = (at: number) => new Date(at).toISOString();
    // 60 whose 6 h step comes due within the next minute (more than the 50 armed at once), and
    // 440 closing in 30 days and more: 1,820 reminders ahead, far over Chrome's 500 alarms.
    const soon = Array.from({ length: 60 }, (_, index) => {
      const closes = now + 6 * HOUR_MS + 30_000 + index * 300;
      return storedVacancy({ reference: String(400_000 + index), closesAt: iso(closes), deadline: iso(closes).slice(0, 10), capturedAt: iso(now), updatedAt: iso(now) });
    });
    const later = Array.from({ length: 440 }, (_, index) => {
      const closes = now + (30 * 24 + index) * HOUR_MS;
      return storedVacancy({ reference: String(500_000 + index), closesAt: iso(closes), deadline: iso(closes).slice(0, 10), capturedAt: iso(now), updatedAt: iso(now) });
    });
    const reply = await session.sendToBackground({ type: 'import-backup', vacancies: [...soon, ...later], settings: null });
    expect(reply).toMatchObject({ ok: true, counts: { new: 500 } });
    // The nearest 50 are armed (alarm-plan.ts): the first 50 of the soon ones, in order.
    await expect.poll(async () => (await reminderAlarms()).map((alarm) => alarm.name)).toEqual(
      soon.slice(0, 50).map((record) => `reminder:${record.reference}:6`),
    );
    // Each firing arms the next: all 60 are shown, the 10 that had no alarm at first included.
    // What was shown is read from the sent set (a notification may be closed by then).
    const sentSixHours = () =>
      session.withExtensionApi(async (api) => {
        const sent = (await api.storage.local.get('sentReminders')).sentReminders;
        return (Array.isArray(sent) ? (sent as string[]) : []).filter((key) => /^4\d{5}:6:/.test(key)).sort();
      });
    await expect
      .poll(sentSixHours, { timeout: 120_000, interval: 2_000 })
      .toEqual(soon.map((record) => `${record.reference}:6:${record.closesAt}`).sort());
    expect((await reminderAlarms()).length).toBeLessThanOrEqual(50);
  }, 180_000);
});
