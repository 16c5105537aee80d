import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drivers, type ExtensionSession } from './drivers';
import { seriousViolations } from './axe';
import { HOUR_MS } from './seeded-notices';
import { storedVacancy } from '../unit/record-factory';
import { BRUSSELS, zonedParts, zonedToInstant } from '../../utils/time/zones';

/**
 * A submitted application gets an invitation pasted into its vacancy view, read in the popup, and
 * confirmed: the step is stored, its reminders are armed as browser alarms and the calendar export
 * carries its event. The invitation is written for a due five days ahead of the real clock.
 */
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function invitationDueIn(days: number) {
  const day = zonedParts(Date.now() + days * 24 * HOUR_MS, BRUSSELS);
  const iso = `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
  const weekday = WEEKDAYS[new Date(`${iso}T12:00:00Z`).getUTCDay()];
  const text = [
    'From: NATO Recruitment <recruitment@hq.nato.int>',
    `Date: ${new Date().toUTCString()}`,
    'Subject: Vacancy 251836 - Invitation to a recorded video interview',
    '',
    'Dear Candidate,',
    '',
    'Following the screening of applications for the post of Officer, Defence Policy (vacancy 251836), we are pleased to invite you to a recorded video interview.',
    '',
    `Please complete the video interview by 23:59 Brussels time on ${weekday} ${day.day} ${MONTHS[day.month - 1]} ${day.year}. Extensions to the deadline will not be granted.`,
    '',
    'Kind regards,',
    'NATO Recruitment Section',
  ].join('\n');
  // 23:59 on Brussels' wall clock that day: what the invitation says, worked out by the time module.
  return { text, wall: `${iso}T23:59`, due: zonedToInstant(`${iso}T23:59`, BRUSSELS)! };
}

describe.each(drivers)('a pasted invitation becomes a dated step ($name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
    // Closed ten days ago, submitted: the selection is under way.
    const closed = new Date(Date.now() - 10 * 24 * HOUR_MS).toISOString();
    const submitted = storedVacancy({ reference: '251836', status: 'submitted', closesAt: closed, deadline: closed.slice(0, 10) });
    expect(await session.sendToBackground({ type: 'import-backup', vacancies: [submitted], settings: null })).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  const stepAlarms = () =>
    session.withExtensionApi(async (api) =>
      (await api.alarms.getAll())
        .filter((alarm) => alarm.name.startsWith('reminder:step:251836:'))
        .map((alarm) => ({ name: alarm.name.replace(/:invitation-\d+-\d+:/, ':ID:'), at: alarm.scheduledTime }))
        .sort((a, b) => a.at - b.at),
    );

  it('is proposed, confirmed, stored with its reminders and exported as a calendar event', async () => {
    const invitation = invitationDueIn(5);
    const popup = await session.openPopup('#/vacancy/251836');
    const form = { css: '.aft-paste' };
    await popup.fill([form, { label: /Text of the invitation/ }], invitation.text);
    await popup.click([form, { role: 'button', name: 'Read the dates' }]);
    await expect.poll(() => popup.evaluateOn([form, { label: 'To do by (Brussels time)' }], (input) => (input as HTMLInputElement).value)).toBe(invitation.wall);
    expect(await seriousViolations(popup)).toEqual([]);
    // Nothing is saved before the candidate confirms.
    expect((await session.readVacancies())[0]?.steps).toBeUndefined();

    await popup.click([form, { role: 'button', name: 'Confirm and save' }]);
    await expect.poll(() => popup.text([form, { role: 'status' }])).toMatch(/Step saved/);
    const [stored] = await session.readVacancies();
    expect(stored).toMatchObject({ status: 'video-interview', steps: [{ kind: 'video-interview', due: invitation.due, slot: null, zoneAsStated: 'Brussels time' }] });

    // The default ladder, 7 d (already past at 5 d), 3 d, 24 h and 6 h before the due.
    const due = Date.parse(invitation.due);
    await expect.poll(stepAlarms).toEqual([
      { name: 'reminder:step:251836:ID:due:72', at: due - 72 * HOUR_MS },
      { name: 'reminder:step:251836:ID:due:24', at: due - 24 * HOUR_MS },
      { name: 'reminder:step:251836:ID:due:6', at: due - 6 * HOUR_MS },
    ]);

    const calendar = await popup.download(() => popup.click({ role: 'button', name: 'Export to calendar (.ics)' }));
    const events = calendar.text.split('BEGIN:VEVENT').slice(1);
    const stepEvent = events.find((event) => /UID:step-invitation-\d+-0-due\./.test(event));
    expect(stepEvent).toBeDefined();
    expect(stepEvent).toContain(`DTEND:${invitation.due.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`);
    await popup.close();
  });

  it('in dark mode, a text with no date proposes nothing, says why, and passes axe', async () => {
    await session.setColorScheme('dark');
    const popup = await session.openPopup('#/vacancy/251836');
    const form = { css: '.aft-paste' };
    await popup.fill([form, { label: /Text of the invitation/ }], 'Dear Candidate,\n\nYou have been shortlisted for vacancy 251836 and we invite you to a panel interview. We will send you the date and time shortly.');
    await popup.click([form, { role: 'button', name: 'Read the dates' }]);
    await expect.poll(() => popup.text([form, { role: 'alert' }])).toBe('Nothing to propose: the text names a step but prints no date for it.');
    expect(await popup.count([form, { role: 'button', name: 'Confirm and save' }])).toBe(0);
    expect(await popup.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.close();
    await session.setColorScheme('light');
  });
});
