// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDetailPage } from './detail-capture';
import { noticePage } from '../../test/fixtures/portal/notice-pages';

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
    expect(reading).toMatchObject({ ok: false, error: expect.stringMatching(/./) });
  });
});
