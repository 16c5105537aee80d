// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readResultRows, type RawResultRow } from '../portal/results-page';
import { toResultRow } from './result-row';

const LIST_URL = new URL('https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en');
const raw = (overrides: Partial<RawResultRow>): RawResultRow => ({
  element: null,
  reference: '261340',
  title: 'Buyer',
  location: 'Germany-Wesel',
  deadlineText: '11-Oct-2026, 9:59:00 PM',
  organisation: 'Joint Force Command Brunssum (JFCBS)',
  gradeText: 'NATO Grade G10',
  ...overrides,
});

describe('toResultRow', () => {
  it.each([
    ['a UTC browser in summer', '11-Oct-2026, 9:59:00 PM', 'GMT+00:00', '2026-10-11', '2026-10-11T21:59:00.000Z'],
    ['a UTC browser after the clock change', '26-Oct-2026, 10:59:00 PM', 'GMT+00:00', '2026-10-26', '2026-10-26T22:59:00.000Z'],
    ['a Brussels browser (2023 save)', '22-Jun-2023, 11:59:00 PM', 'GMT+02:00', '2023-06-22', '2023-06-22T21:59:00.000Z'],
    ['a browser far east sees the next date', '12-Oct-2026, 6:59:00 AM', 'GMT+09:00', '2026-10-11', '2026-10-11T21:59:00.000Z'],
    ['a date without a time', '4-Jan-2026', 'GMT+00:00', '2026-01-04', '2026-01-04T22:59:00.000Z'],
    // The page said CET while its times were shown at UTC+3 (a viewer in Athens): the real close.
    ['a tz that does not fit the times', '12-Oct-2026, 12:59:00 AM', 'CET', '2026-10-11', '2026-10-11T21:59:00.000Z'],
    ['an Athens browser whose tz says so', '12-Oct-2026, 12:59:00 AM', 'GMT+03:00', '2026-10-11', '2026-10-11T21:59:00.000Z'],
    ['no zone, a viewer east of Brussels', '12-Oct-2026, 12:59:00 AM', null, '2026-10-11', '2026-10-11T21:59:00.000Z'],
    ['no zone on the page', '4-Jan-2026, 11:59:00 PM', null, '2026-01-04', '2026-01-04T22:59:00.000Z'],
  ])('%s', (_name, deadlineText, tz, deadline, closesAt) => {
    expect(toResultRow(raw({ deadlineText }), tz, LIST_URL)).toMatchObject({ deadline, closesAt });
  });

  it('reads grade and link, and keeps unknowns null', () => {
    expect(toResultRow(raw({ deadlineText: null, gradeText: 'NATO Grade G17-G20' }), 'GMT+00:00', LIST_URL)).toEqual({
      reference: '261340',
      title: 'Buyer',
      location: 'Germany-Wesel',
      organisation: 'Joint Force Command Brunssum (JFCBS)',
      deadline: null,
      closesAt: null,
      grade: { label: 'NATO Grade G17-G20', grades: ['G17', 'G20'] },
      sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=261340&lang=en',
    });
  });

  it('turns every row of the real results page into a valid row', () => {
    const doc = new DOMParser().parseFromString(
      readFileSync('test/fixtures/portal/taleo-jobsearch-2023-rendered.html', 'utf8'),
      'text/html',
    );
    const rows = readResultRows(doc).map((row) => toResultRow(row, 'GMT+02:00', LIST_URL));
    expect(rows.every((row) => row !== null)).toBe(true);
    expect(rows[0]).toMatchObject({ reference: '230611', deadline: '2023-06-22', grade: { grades: ['G15', 'G17'] } });
    // Temporary staff and internships carry no grade; an unknown notation keeps its label.
    expect(rows.filter((row) => row?.grade === null).map((row) => row?.reference)).toEqual(['230136', '230630', '230628']);
    expect(rows.find((row) => row?.reference === '230653')?.grade).toEqual({ label: 'MCiv-4', grades: [] });
    expect(rows.find((row) => row?.reference === '220244')?.grade).toEqual({ label: 'TEMP', grades: [] });
  });
});
