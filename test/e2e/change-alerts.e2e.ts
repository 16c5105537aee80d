import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, fixture } from './harness';
import { drivers, type ExtensionSession } from './drivers';
import { detailPath, noticePage } from '../fixtures/portal/notice-pages';

/**
 * A changed deadline: 251836 is captured from its page (closing Sunday 4 January 2026, 23:59
 * Brussels), then a results page lists it closing Monday 11 January 2027, 11:59 PM, shown at
 * GMT+01:00 (Brussels in winter). The real results save is used with its first row turned into 251836.
 */
const RESULTS = '/careersection/2/jobsearch.ftl?lang=en';
const movedDeadlineList = () =>
  fixture('portal/taleo-jobsearch-2023-rendered.html')
    .replace('value="GMT+02:00"', 'value="GMT+01:00"')
    .replace('reqContestNumberValue.row1" class="text" title="">230611<', 'reqContestNumberValue.row1" class="text" title="">251836<')
    .replace('reqUnpostingDate.row1" class="jobposted" title="">22-Jun-2023, 11:59:00 PM<', 'reqUnpostingDate.row1" class="jobposted" title="">11-Jan-2027, 11:59:00 PM<');
type Row = Record<string, unknown> & { reference: string };

describe.each(drivers)('change alerts ($name)', (driver) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await driver.launch();
    await session.servePortal({ [detailPath('251836', 'en')]: () => noticePage('251836', 'en'), [RESULTS]: movedDeadlineList });
  });
  afterAll(async () => {
    await session?.close();
  });

  const officer = async () => (await session.readVacancies()).find((row) => row.reference === '251836') as Row | undefined;
  const notifications = () => session.withExtensionApi(async (api) => Object.keys(await api.notifications.getAll()));

  it('a results row that moves a tracked deadline: kept in the history, and a notification', async () => {
    const detail = await session.openPortal(detailPath('251836', 'en'));
    await eventually(officer, 15_000);
    await detail.close();
    // The candidate follows it: the list (and its Changed mark) is the vacancies followed.
    expect(await session.sendToBackground({ type: 'follow', reference: '251836', follow: true })).toMatchObject({ ok: true });
    expect(await notifications()).not.toContainEqual(expect.stringMatching(/^change:/));

    const results = await session.openPortal(RESULTS);
    await expect.poll(async () => (await officer())?.closesAt, { timeout: 15_000 }).toBe('2027-01-11T22:59:00.000Z');
    expect((await officer())?.history).toEqual([
      expect.objectContaining({ field: 'deadline', from: '2026-01-04', to: '2027-01-11' }),
      expect.objectContaining({ field: 'closesAt', from: '2026-01-04T22:59:00.000Z', to: '2027-01-11T22:59:00.000Z' }),
    ]);
    await expect.poll(notifications, { timeout: 10_000 }).toContainEqual(expect.stringMatching(/^change:.*251836/));
    await results.close();
  });

  it('the list marks it "Changed" until it is opened; the detail view says what changed', async () => {
    const popup = await session.openPopup();
    await expect.poll(() => popup.text(['button.dl-row[data-reference="251836"]', '.dl-changed']), { timeout: 10_000 }).toBe('Changed');
    await popup.click('button.dl-row[data-reference="251836"]');
    await expect.poll(() => popup.text({ role: 'note' })).toMatch(/^Changed since you last opened it/);
    // A date within the next six months is written without its year (one rule, utils/deadlines/format.ts).
    const soon = Date.parse('2027-01-11T22:59:00.000Z') - Date.now() < 183 * 86_400_000;
    expect(await popup.text({ role: 'note' })).toMatch(soon ? /Now closes Mon 11 Jan, 23:59 Brussels/ : /Now closes Mon, 11 Jan 2027, 23:59 Brussels/);
    await expect.poll(async () => typeof (await officer())?.changesSeenAt).toBe('string');
    await popup.click({ role: 'button', name: /Back/ });
    await expect.poll(() => popup.count(['button.dl-row[data-reference="251836"]', '.dl-changed'])).toBe(0);
    await popup.close();
  });
});
