import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { parseNotice } from '../parse/parse-notice';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { startChangeAlerts } from './change-alerts';
import { handleRequest } from '../background/handle-request';
import { refusalLine } from '../../test/unit/english-reason';

// 251836 as captured: closes Sunday 4 January 2026, 23:59 Brussels; 9,253.21 EUR a month.
const NOTICE = readFileSync('test/fixtures/vacancies/251836-officer-defence-policy.txt', 'utf8');
const record = (text = NOTICE) => {
  const result = parseNotice(text);
  if (!result.ok) throw new Error(refusalLine(result.reason));
  return result.record;
};
// A results row as shown in a Brussels browser (the background reads it: 11 Jan 2026, 23:59 Brussels).
const ROW = {
  reference: '251836', title: 'Officer, Defence Policy', location: null, organisation: null,
  deadlineText: '11-Jan-2026, 11:59:00 PM', gradeText: null,
};
const TRACK_ROW = { type: 'track-row', row: ROW, pageTimeZone: 'GMT+01:00', listUrl: 'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en' } as const;

function setup(settings: Partial<Settings> = {}) {
  const create = vi.fn();
  let clicked: ((id: string) => void) | undefined;
  const openVacancy = vi.fn(async () => undefined);
  const alerts = startChangeAlerts({
    notifications: { create, onClicked: { addListener: (listener) => (clicked = listener) } },
    loadSettings: async () => ({ ...DEFAULT_SETTINGS, ...settings }),
    browserLanguage: () => 'en-GB',
    timeZone: () => 'Europe/Brussels',
    openVacancy,
    iconUrl: 'icon.png',
    now: () => new Date('2025-12-10T09:00:00Z'),
    onError: (error) => {
      throw error;
    },
  });
  const store = freshStore();
  // Each request a minute after the one before: the store writes only what changed since.
  let minutes = 0;
  const pending: Promise<void>[] = [];
  const context = {
    store,
    openPopup: async () => undefined,
    now: () => new Date(Date.parse('2025-12-10T09:00:00Z') + 60_000 * minutes++),
    onChanges: (changed: Parameters<typeof alerts.notify>[0], changes: Parameters<typeof alerts.notify>[1]) => {
      const shown = alerts.notify(changed, changes);
      pending.push(shown);
      return shown;
    },
  };
  const settle = () => Promise.all(pending);
  return { create, click: (id: string) => clicked?.(id), openVacancy, context, store, settle };
}

describe('change alerts', () => {
  it('a results row that moves a tracked deadline: one notification naming both closing moments', async () => {
    const { create, context, settle } = setup();
    await handleRequest({ type: 'capture', record: record() }, 'extension-page', context);
    await handleRequest(TRACK_ROW, 'extension-page', context);
    await settle();
    expect(create).toHaveBeenCalledTimes(1);
    expect(create).toHaveBeenCalledWith(expect.stringMatching(/^change:251836\|/), {
      type: 'basic',
      iconUrl: 'icon.png',
      title: 'Changed: Officer, Defence Policy (251836)',
      message: 'Now closes Sun 11 Jan, 23:59 Brussels (was Sun 4 Jan, 23:59 Brussels)',
    });
  });

  it('a re-capture with a corrected salary, in French when the settings say so', async () => {
    const { create, context, settle } = setup({ locale: 'fr' });
    await handleRequest({ type: 'capture', record: record() }, 'extension-page', context);
    await handleRequest({ type: 'capture', record: record(NOTICE.replaceAll('9,253.21', '9,600.00')) }, 'extension-page', context);
    await settle();
    expect(create.mock.calls[0]?.[1]).toMatchObject({
      // Its French half's title, the notice having one (« Administratrice/Administrateur, Politique de défense - 251836 »).
      title: 'Modifié : Administratrice/Administrateur, Politique de défense (251836)',
      message: expect.stringMatching(/^Salaire désormais 9\s600,00\s€ \(auparavant 9\s253,21\s€\)$/),
    });
  });

  it('the portal withdrawing it: told once, and the history keeps it', async () => {
    const { create, context, settle, store } = setup();
    await handleRequest({ type: 'capture', record: record() }, 'extension-page', context);
    await handleRequest({ type: 'mark-withdrawn', reference: '251836' }, 'extension-page', context);
    await handleRequest({ type: 'mark-withdrawn', reference: '251836' }, 'extension-page', context);
    await settle();
    expect(create).toHaveBeenCalledTimes(1);
    expect(create.mock.calls[0]?.[1]).toMatchObject({ message: 'Withdrawn from the portal' });
    expect((await store.get('251836'))?.history).toEqual([
      { field: 'portalState', from: 'listed', to: 'withdrawn', changedAt: '2025-12-10T09:01:00.000Z' },
    ]);
  });

  it('switched off in settings: nothing is shown, the history still records it', async () => {
    const { create, context, settle, store } = setup({ changeAlerts: false });
    await handleRequest({ type: 'capture', record: record() }, 'extension-page', context);
    await handleRequest(TRACK_ROW, 'extension-page', context);
    await settle();
    expect(create).not.toHaveBeenCalled();
    expect((await store.get('251836'))?.history.map((entry) => entry.field)).toEqual(['deadline', 'closesAt']);
  });

  it('clicking the notification opens the vacancy; other notifications are left alone', () => {
    const { click, openVacancy } = setup();
    click('reminder:251836:24');
    expect(openVacancy).not.toHaveBeenCalled();
    click('change:251836|1765357200000');
    expect(openVacancy).toHaveBeenCalledWith('251836');
  });

  it('opening the vacancy clears its "changed" mark', async () => {
    const { context, store } = setup();
    await handleRequest({ type: 'capture', record: record() }, 'extension-page', context);
    await handleRequest(TRACK_ROW, 'extension-page', context);
    expect(await handleRequest({ type: 'mark-changes-seen', reference: '251836' }, 'extension-page', context)).toEqual({ ok: true, tracked: true });
    expect((await store.get('251836'))?.changesSeenAt).toBe('2025-12-10T09:02:00.000Z');
    expect(await handleRequest({ type: 'mark-changes-seen', reference: '999999' }, 'extension-page', context)).toEqual({ ok: true, tracked: false });
  });
});
