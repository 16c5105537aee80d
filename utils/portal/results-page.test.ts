// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detailPageUrl, isResultsPage, readResultRows } from './results-page';
import { keyedRows } from './fill-list';

const SAVED = readFileSync('test/fixtures/portal/taleo-jobsearch-2023-rendered.html', 'utf8');

function load(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('results page (real rendered save)', () => {
  const rows = readResultRows(load(SAVED));

  it('reads every row of the list', () => {
    expect(rows).toHaveLength(50);
    expect(new Set(rows.map((row) => row.reference)).size).toBe(50);
    expect(rows.every((row) => row.element?.tagName === 'TR')).toBe(true);
  });

  it.each([
    [0, { reference: '230611', title: 'Intelligence Officer - Aerospace Systems', location: 'Belgium-Brussels', deadlineText: '22-Jun-2023, 11:59:00 PM', organisation: 'NATO International Staff (NATO IS)', gradeText: 'NATO Grade G15-G17' }],
    [1, { reference: '230592', deadlineText: '18-Jun-2023, 11:59:00 PM' }],
  ])('row %i', (index, expected) => {
    expect(rows[index]).toMatchObject(expected);
  });

  it('falls back to the inline api.fillList data when the table is not rendered', () => {
    const doc = load(SAVED);
    doc.querySelector('table[id="requisitionListInterface.listRequisition"]')?.remove();
    const fromData = readResultRows(doc);
    expect(fromData.map((row) => row.reference)).toEqual(rows.map((row) => row.reference));
    expect(fromData[0]).toMatchObject({ element: null, title: 'Intelligence Officer - Aerospace Systems', gradeText: 'NATO Grade G15-G17', deadlineText: '22-Jun-2023, 11:59:00 PM' });
  });
});

describe('fillList reading', () => {
  it('keys values by _hlid names, decodes rich values, handles escapes', () => {
    const script = `var x = { _hlid: ['reqlistitem.title','reqlistitem.contestnumber'] };
      api.fillList('i', 'listRequisition', ['O\\'Neil Officer','123456','!*!Head%20of%20Unit','654321']);`;
    expect(keyedRows(script, 'listRequisition', 'reqlistitem.contestnumber')).toEqual([
      { 'reqlistitem.title': "O'Neil Officer", 'reqlistitem.contestnumber': '123456' },
      { 'reqlistitem.title': 'Head of Unit', 'reqlistitem.contestnumber': '654321' },
    ]);
  });

  it.each([
    ["api.fillList('i', 'listRequisition', ['a', b])"],
    ["api.fillList('i', 'listRequisition', ['unterminated"],
    ['no data at all'],
  ])('ignores malformed data: %s', (script) => {
    expect(keyedRows(script, 'listRequisition', 'reqlistitem.contestnumber')).toEqual([]);
  });
});

describe('results page URLs', () => {
  it.each([
    ['https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en', true],
    ['https://nato.taleo.net/careersection/10120/moresearch.ftl', true],
    ['https://nato.taleo.net/careersection/2/jobdetail.ftl?job=1', false],
    ['https://evil.example/careersection/2/jobsearch.ftl', false],
  ])('%s → %s', (url, expected) => {
    expect(isResultsPage(new URL(url))).toBe(expected);
  });

  it('links a row to its detail page in the same section and language', () => {
    expect(detailPageUrl(new URL('https://nato.taleo.net/careersection/7/jobsearch.ftl?lang=fr'), '230611')).toBe(
      'https://nato.taleo.net/careersection/7/jobdetail.ftl?job=230611&lang=fr',
    );
  });
});

describe('fillList string escapes', () => {
  it('reads \\u and \\x escapes as JavaScript does', () => {
    const script = `var x = { _hlid: ['reqlistitem.title','reqlistitem.contestnumber'] };
      api.fillList('i', 'listRequisition', ['Chef(fe), S\\u00e9curit\\xe9','123456']);`;
    expect(keyedRows(script, 'listRequisition', 'reqlistitem.contestnumber')).toEqual([{ 'reqlistitem.title': 'Chef(fe), Sécurité', 'reqlistitem.contestnumber': '123456' }]);
  });
});
