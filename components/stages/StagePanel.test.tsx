// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { storedVacancy } from '../../test/unit/record-factory';
import { popupStoreOver } from '../../test/unit/popup-store';
import { renderIn, seededStore } from '../../test/unit/seeded-store';
import type { Locale } from '../../utils/i18n';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { StagePanel } from './StagePanel';

// 251836 closed on Sunday 4 January 2026, 23:59 Brussels; it is Friday 9 January, 10:00 in Brussels.
const NOW = new Date('2026-01-09T09:00:00.000Z');
const vacancy = storedVacancy({ reference: '251836', title: 'Officer, Defence Policy', closesAt: '2026-01-04T22:59:00.000Z', status: 'drafting' });

afterEach(cleanup);

async function open(locale: Locale = 'en', record: StoredVacancy = vacancy) {
  const writer = await seededStore([record]);
  const stored = (await writer.get(record.reference))!;
  renderIn(locale, <StagePanel record={stored} store={popupStoreOver(writer)} now={NOW} timeZone="Europe/Brussels" />);
  return { writer, get: async () => (await writer.get(record.reference))! };
}

const submit = (name: RegExp | string) => fireEvent.submit(screen.getByRole('button', { name }).closest('form')!);

describe('StagePanel', () => {
  it('offers the next stage in NATO order, reached today by default', async () => {
    const { get } = await open();
    expect((screen.getByLabelText('Move to stage') as HTMLSelectElement).value).toBe('submitted');
    expect((screen.getByLabelText('Reached on') as HTMLInputElement).value).toBe('2026-01-09');
    submit('Save stage');
    await waitFor(async () => expect((await get()).status).toBe('submitted'));
    expect((await get()).stageHistory?.at(-1)).toEqual({ stage: 'submitted', reachedAt: NOW.toISOString() });
  });

  it('keeps another day as the day reached: noon there, in the candidate\'s zone', async () => {
    const { get } = await open();
    fireEvent.input(screen.getByLabelText('Reached on'), { target: { value: '2026-01-03' } });
    submit('Save stage');
    // Noon in Brussels (UTC+1 in January) is 11:00 UTC.
    await waitFor(async () => expect((await get()).stageHistory?.at(-1)).toEqual({ stage: 'submitted', reachedAt: '2026-01-03T11:00:00.000Z' }));
  });

  it('refuses a day still to come and says why, saving nothing', async () => {
    const { get } = await open();
    fireEvent.input(screen.getByLabelText('Reached on'), { target: { value: '2026-01-10' } });
    submit('Save stage');
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a date that is not in the future.');
    expect((await get()).status).toBe('drafting');
  });

  it('withdrawn from the portal can be set at any point', async () => {
    const { get } = await open();
    fireEvent.change(screen.getByLabelText('Move to stage'), { target: { value: 'withdrawn-portal' } });
    submit('Save stage');
    await waitFor(async () => expect((await get()).status).toBe('withdrawn-portal'));
  });

  it('shows the current stage since its day and the timeline, in French', async () => {
    const record = { ...vacancy, status: 'video-interview' as const, stageHistory: [
      { stage: 'submitted' as const, reachedAt: '2026-01-03T11:00:00.000Z' },
      { stage: 'video-interview' as const, reachedAt: '2026-01-08T11:00:00.000Z' },
    ] };
    const writer = await seededStore([vacancy]);
    renderIn('fr', <StagePanel record={record} store={popupStoreOver(writer)} now={NOW} timeZone="Europe/Brussels" />);
    expect(document.querySelector('.stg-current')?.textContent).toBe('Invité à l’entretien vidéo, depuis le jeu. 8 janv. 2026');
    expect([...document.querySelectorAll('.stg-timeline li')].map((item) => item.textContent)).toEqual([
      'sam. 3 janv. 2026 Candidature envoyée',
      'jeu. 8 janv. 2026 Invité à l’entretien vidéo',
    ]);
  });
});

describe('ReserveListPanel: on a reserve list, since its day and until a stated end', () => {
  const onReserve = {
    ...vacancy,
    status: 'reserve-list' as const,
    stageHistory: [
      { stage: 'submitted' as const, reachedAt: '2025-10-01T11:00:00.000Z' },
      { stage: 'reserve-list' as const, reachedAt: '2025-12-15T11:00:00.000Z' },
    ],
  };

  it('says since when, and keeps an end date entered, which an empty field clears', async () => {
    // The record as shown, its stage reached on 15 December; the store seeded with it saves the edits.
    const writer = await seededStore([onReserve]);
    const get = async () => (await writer.get(onReserve.reference))!;
    renderIn('en', <StagePanel record={onReserve} store={popupStoreOver(writer)} now={NOW} timeZone="Europe/Brussels" />);
    expect(screen.getByText(/^On the reserve list since/).textContent).toBe('On the reserve list since Mon, 15 Dec 2025');
    fireEvent.input(screen.getByLabelText('Reserve list valid until (if stated)'), { target: { value: '2026-12-14' } });
    submit('Save end date');
    await waitFor(async () => expect((await get()).reserveListUntil).toBe('2026-12-14'));
    fireEvent.input(screen.getByLabelText('Reserve list valid until (if stated)'), { target: { value: '' } });
    submit('Save end date');
    await waitFor(async () => expect((await get()).reserveListUntil).toBeNull());
    // The end date is the user's field; the stage and its timeline are untouched.
    expect((await get()).status).toBe('reserve-list');
  });

  it('says the list has ended once its end date is past, in French', async () => {
    await open('fr', { ...onReserve, reserveListUntil: '2026-01-05' });
    expect(screen.getByText(/^La liste de réserve/).textContent).toMatch(/^La liste de réserve a pris fin le .*5 janv\. 2026$/);
  });

  it('is not shown for an application never on a reserve list', async () => {
    await open();
    expect(screen.queryByLabelText('Reserve list valid until (if stated)')).toBeNull();
  });
});

describe('StepsPanel: a dated step by hand', () => {
  it('a video interview due on a day and time in Brussels', async () => {
    const { get } = await open();
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-01-14' } });
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '23:59' } });
    submit('Add step');
    // 23:59 Brussels in January (UTC+1) is 22:59 UTC.
    await waitFor(async () => expect((await get()).steps).toEqual([
      { id: expect.stringMatching(/^s[0-9a-z]+$/), kind: 'video-interview', due: '2026-01-14T22:59:00.000Z', slot: null, zoneAsStated: null },
    ]));
  });

  it('a panel interview at a time in my own zone, across the summer change', async () => {
    const writer = await seededStore([vacancy]);
    renderIn('en', <StagePanel record={(await writer.get('251836'))!} store={popupStoreOver(writer)} now={NOW} timeZone="America/New_York" />);
    fireEvent.change(screen.getByLabelText('Step'), { target: { value: 'panel-interview' } });
    fireEvent.change(screen.getByLabelText('What is dated'), { target: { value: 'slot' } });
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-03-10' } });
    fireEvent.input(screen.getByLabelText('Time'), { target: { value: '09:30' } });
    fireEvent.change(screen.getByLabelText('Time zone of that time'), { target: { value: 'America/New_York' } });
    submit('Add step');
    // New York is on summer time (UTC−4) from 8 March 2026: 09:30 there is 13:30 UTC.
    await waitFor(async () => expect((await writer.get('251836'))?.steps?.[0]).toMatchObject({ kind: 'panel-interview', due: null, slot: { start: '2026-03-10T13:30:00.000Z', end: null } }));
  });

  it('a slot already past is saved as history, and says so', async () => {
    const { get } = await open();
    fireEvent.change(screen.getByLabelText('What is dated'), { target: { value: 'day' } });
    fireEvent.input(screen.getByLabelText('Date'), { target: { value: '2026-01-07' } });
    submit('Add step');
    expect(await screen.findByText('Saved as history: that moment has passed, so there is no reminder.')).toBeTruthy();
    expect((await get()).steps?.[0]).toMatchObject({ slot: { date: '2026-01-07' } });
  });

  it('a fixed time with no time given is refused with a reason', async () => {
    const { get } = await open();
    fireEvent.change(screen.getByLabelText('What is dated'), { target: { value: 'slot' } });
    submit('Add step');
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a date, and a time for a deadline or a fixed time.');
    expect((await get()).steps).toBeUndefined();
  });
});
