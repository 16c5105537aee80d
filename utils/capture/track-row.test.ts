import { describe, expect, it, vi } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { handleRequest } from '../background/handle-request';

const LIST_URL = 'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en';
// Row 230611 of the real results page (test/fixtures/portal/taleo-jobsearch-2023-rendered.html),
// its deadline as an Athens browser shows the 22 June 2023 23:59 Brussels close (00:59 the next day).
const ROW = {
  reference: '230611',
  title: 'Intelligence Officer - Aerospace Systems',
  location: 'Belgium-Brussels',
  deadlineText: '23-Jun-2023, 12:59:00 AM',
  organisation: 'NATO International Staff (NATO IS)',
  gradeText: 'NATO Grade G15-G17',
};

describe('tracking a results row: the background reads the row as shown', () => {
  const context = () => ({ store: freshStore(), openPopup: vi.fn(async () => undefined), now: () => new Date('2023-06-15T10:00:00Z') });

  it.each([
    ['the page names the viewer\'s zone', 'GMT+03:00'],
    ['the page says CET while showing UTC+3 times', 'CET'],
    ['the page names no zone', null],
  ])('%s: the real close, never a day late', async (_name, pageTimeZone) => {
    const reply = await handleRequest({ type: 'track-row', row: ROW, pageTimeZone, listUrl: LIST_URL }, 'content-script', context());
    expect(reply).toMatchObject({
      ok: true,
      created: true,
      record: {
        reference: '230611',
        deadline: '2023-06-22',
        closesAt: '2023-06-22T21:59:00.000Z',
        grade: { grades: ['G15', 'G17'] },
        completeness: 'row',
        sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=230611&lang=en',
      },
    });
  });

  it('a snapped time is said in the record\'s warnings', async () => {
    const reply = await handleRequest({ type: 'track-row', row: ROW, pageTimeZone: 'CET', listUrl: LIST_URL }, 'content-script', context());
    expect(reply).toMatchObject({ ok: true, record: { warnings: expect.arrayContaining([{ id: 'zoneSnapped', values: { time: '00:59:00', zone: 'CET', date: '2023-06-22' } }]) } });
  });

  it('a tracked notice whose row later shows a moved time, the zone unknown: the move is in its history and the snap in its warnings', async () => {
    const ctx = context();
    await handleRequest({ type: 'track-row', row: ROW, pageTimeZone: 'GMT+03:00', listUrl: LIST_URL }, 'content-script', ctx);
    // Extended by a week; the page names no zone.
    const moved = { ...ROW, deadlineText: '30-Jun-2023, 12:59:00 AM' };
    const reply = await handleRequest({ type: 'track-row', row: moved, pageTimeZone: null, listUrl: LIST_URL }, 'content-script', ctx);
    expect(reply).toMatchObject({ ok: true, created: false, record: { deadline: '2023-06-29', closesAt: '2023-06-29T21:59:00.000Z' } });
    const record = await ctx.store.get('230611');
    expect(record?.history.map(({ field, from, to }) => ({ field, from, to }))).toEqual([
      { field: 'deadline', from: '2023-06-22', to: '2023-06-29' },
      { field: 'closesAt', from: '2023-06-22T21:59:00.000Z', to: '2023-06-29T21:59:00.000Z' },
    ]);
    expect(record?.warnings).toContainEqual({ id: 'zoneUnknownSnapped', values: { time: '00:59:00', date: '2023-06-29' } });
    // The same row again: nothing new, the warning not repeated.
    await handleRequest({ type: 'track-row', row: moved, pageTimeZone: null, listUrl: LIST_URL }, 'content-script', ctx);
    expect((await ctx.store.get('230611'))?.warnings.filter((warning) => warning.values.date === '2023-06-29')).toHaveLength(1);
  });

  it('a row without a job number is refused and nothing is written', async () => {
    const ctx = context();
    const reply = await handleRequest({ type: 'track-row', row: { ...ROW, reference: 'abc' }, pageTimeZone: null, listUrl: LIST_URL }, 'content-script', ctx);
    expect(reply).toEqual({ ok: false, code: 'unreadable-row' });
    expect(await ctx.store.db.vacancies.count()).toBe(0);
  });
});
