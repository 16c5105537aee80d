// @vitest-environment happy-dom
import { englishWarning } from '../../test/unit/template-english';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDetailSnapshot } from './detail-capture';
import { readDetailPage } from '../../test/unit/read-detail-page';
import { MAX_PAGE_TEXT, snapshotDetailPage } from '../portal/page-snapshot';
import type { ParsedVacancy } from '../record/vacancy-record';
import { NOTICE_PAGES, noticePage } from '../../test/fixtures/portal/notice-pages';
import { OFFICER_DEFENCE_POLICY } from '../../test/expected/251836';
import { natoRawPage, type NatoRawPageOptions } from '../../test/fixtures/portal/nato-raw-page';
import { hydrateTaleoPage, withoutScripts } from '../../test/fixtures/portal/taleo-fill';
import { refusalLine } from '../../test/unit/english-reason';

const load = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const url = (reference: string, lang = 'en') =>
  new URL(`https://nato.taleo.net/careersection/2/jobdetail.ftl?job=${reference}&lang=${lang}`);

describe('reading a detail page', () => {
  it('reads the reconstructed 251836 page fully', () => {
    const doc = load(readFileSync('test/fixtures/portal/jobdetail-251836-en.html', 'utf8'));
    const reading = readDetailPage(doc, url('251836'));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.record).toMatchObject({
      reference: '251836',
      title: 'Officer, Defence Policy',
      deadline: '2026-01-04',
      closesAt: '2026-01-04T22:59:00.000Z',
      salary: { amount: 9253.21, currency: 'EUR', period: 'month' },
      grade: { grades: ['G20'] },
      clearance: 'NS',
      sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en',
    });
  });

  it.each([
    ['251836', 'en', { deadline: '2026-01-04', closesAt: '2026-01-04T22:59:00.000Z', grades: ['G20'], amount: 9253.21 }],
    ['251836', 'fr', { deadline: '2026-01-04', closesAt: '2026-01-04T22:59:00.000Z', grades: ['G20'], amount: 9253.21 }],
    ['250875', 'en', { deadline: '2025-06-18', closesAt: '2025-06-18T21:59:00.000Z', grades: ['G22'], amount: 10742.69 }],
    ['250443', 'en', { deadline: '2025-04-06', closesAt: '2025-04-06T21:59:00.000Z', grades: [], amount: null }],
  ] as const)('page %s in %s gives the notice record', (reference, lang, expected) => {
    const reading = readDetailPage(load(noticePage(reference, lang)), url(reference, lang));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.record.reference).toBe(reference);
    expect(reading.record.deadline).toBe(expected.deadline);
    expect(reading.record.closesAt).toBe(expected.closesAt);
    expect(reading.record.grade?.grades).toEqual(expected.grades);
    expect(reading.record.salary?.amount ?? null).toBe(expected.amount);
  });

  it('the French page gives the same record fields as the English one', () => {
    const en = readDetailPage(load(noticePage('251836', 'en')), url('251836', 'en'));
    const fr = readDetailPage(load(noticePage('251836', 'fr')), url('251836', 'fr'));
    if (!en.ok || !fr.ok) throw new Error('both pages must read');
    const fields = ['reference', 'deadline', 'closesAt', 'salary', 'clearance', 'languageRequirement', 'minExperienceYears', 'positions', 'essay', 'keyChallenges'] as const;
    for (const field of fields) expect(fr.record[field], field).toEqual(en.record[field]);
  });

  it('a page whose body is not readable still saves the header, with a warning', () => {
    const doc = load(noticePage('251836', 'en'));
    doc.querySelector('[id="requisitionDescriptionInterface.ID1548.row1"]')!.textContent = '';
    const reading = readDetailPage(doc, url('251836'));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.record).toMatchObject({ reference: '251836', deadline: '2026-01-04', grade: { grades: ['G20'] } });
    expect(reading.warnings.length).toBeGreaterThan(0);
  });

  it('an empty page is refused with a reason, never half-invented', () => {
    const reading = readDetailPage(load('<html><body><p>Loading…</p></body></html>'), url('251836'));
    expect(reading).toMatchObject({ ok: false, reason: { id: expect.stringMatching(/./) } });
  });
});

describe('NATO notices in the real raw structure of a Taleo server page', () => {
  // Values read from each notice's own header (test/fixtures/vacancies); the page shows the deadline
  // as a Brussels browser does (23:59), and the close is 23:59 Brussels.
  const EXPECTED = {
    '251836': OFFICER_DEFENCE_POLICY,
    '250875': {
      reference: '250875',
      location: 'Belgium-Brussels',
      organisation: 'NATO International Staff (NATO IS)',
      deadline: '2025-06-18',
      closesAt: '2025-06-18T21:59:00.000Z',
      salary: { amount: 10742.69, currency: 'EUR', period: 'month' },
      grade: { grades: ['G22'] },
      clearance: 'NS',
    },
  } as const;
  const FIELDS = ['reference', 'title', 'location', 'organisation', 'schedule', 'deadline', 'closesAt', 'salary', 'grade', 'clearance', 'languageRequirement', 'minExperienceYears', 'essay', 'keyChallenges', 'contract'] as const;
  const raw = (reference: string, options?: NatoRawPageOptions) => load(natoRawPage(reference, { tz: NOTICE_PAGES[reference]!.tz, ...options }));
  const record = (doc: Document, reference: string) => {
    const reading = readDetailPage(doc, url(reference));
    if (!reading.ok) throw new Error(refusalLine(reading.reason));
    return reading.record;
  };
  const pick = (value: ParsedVacancy) => Object.fromEntries(FIELDS.map((field) => [field, value[field]]));

  it.each(Object.entries(EXPECTED))('%s as sent, before any script runs: every header field from the inline data', (reference, expected) => {
    const doc = raw(reference);
    expect(doc.querySelector('[id="requisitionDescriptionInterface.ID1406"]')?.textContent).toBe('');
    expect(record(doc, reference)).toMatchObject(expected);
  });

  it.each(Object.keys(EXPECTED))('%s: the same record raw, hydrated, and hydrated then saved without scripts', (reference) => {
    const fromRaw = pick(record(raw(reference), reference));
    const hydrated = raw(reference);
    hydrateTaleoPage(hydrated);
    expect(hydrated.querySelector('[id="requisitionDescriptionInterface.ID1406.row1"]')?.textContent).toMatch(/NATO Grade G2\d/);
    expect(pick(record(hydrated, reference))).toEqual(fromRaw);
    expect(pick(record(withoutScripts(hydrated), reference))).toEqual(fromRaw);
  });

  it('custom fields without their fillInterface labels are found by the shape of their values', () => {
    expect(record(raw('251836', { withoutLabels: true }), '251836')).toMatchObject(EXPECTED['251836']);
  });

  it('in another tenant layout ("-" separators, two pairs in a row, an unlabelled custom field)', () => {
    const { organisation: _organisation, schedule: _schedule, ...shown } = EXPECTED['251836'];
    // That layout has no organisation or schedule rows, so those are not on the page.
    expect(record(raw('251836', { template: 'wipo' }), '251836')).toMatchObject(shown);
  });

  it('with only initialHistory carrying the values', () => {
    expect(record(raw('251836', { withoutFillList: true }), '251836')).toMatchObject(EXPECTED['251836']);
  });

  it('shown in a zone east of Brussels whose tz the page misnames: the real close, with a warning', () => {
    // 4 Jan 2026 23:59 Brussels is 5 Jan 00:59 in Athens; the page says CET.
    const reading = readDetailPage(raw('251836', { tz: 'CET', deadlineShown: '05-Jan-2026, 12:59:00 AM' }), url('251836'));
    if (!reading.ok) throw new Error(refusalLine(reading.reason));
    expect(reading.record).toMatchObject({ deadline: '2026-01-04', closesAt: '2026-01-04T22:59:00.000Z' });
    expect(reading.warnings.map(englishWarning).some((warning) => warning.startsWith('closesAt: the time shown (00:59:00)'))).toBe(true);
  });

  it('a page over 300 KB is cut, saved and warned about, never refused', () => {
    const snapshot = snapshotDetailPage(raw('251836'), url('251836'));
    // A 2 MB page: the content script sends its first 300 KB and says so.
    const text = `${snapshot.text}\n\n${'Lorem ipsum dolor sit amet. '.repeat(80_000)}`;
    expect(text.length).toBeGreaterThan(2_000_000);
    const reading = parseDetailSnapshot({ ...snapshot, text: text.slice(0, MAX_PAGE_TEXT), textCut: true });
    expect(reading.ok).toBe(true);
    expect(reading.warnings.map(englishWarning)[0]).toBe('The page is very long: only its first 300000 characters were read.');
    if (reading.ok) expect(reading.record).toMatchObject(EXPECTED['251836']);
  });
});

describe('page size', () => {
  it('the snapshot of a 2 MB page holds its first 300 KB and says it was cut', () => {
    const doc = load(noticePage('251836', 'en'));
    const filler = doc.createElement('p');
    filler.textContent = 'Lorem ipsum dolor sit amet. '.repeat(80_000);
    doc.body.append(filler);
    const snapshot = snapshotDetailPage(doc, url('251836'));
    expect(snapshot).toMatchObject({ textCut: true });
    expect(snapshot.text).toHaveLength(MAX_PAGE_TEXT);
    const reading = parseDetailSnapshot(snapshot);
    expect(reading.ok && reading.record.reference).toBe('251836');
  });
});
