import { warningFromText } from '../parse/warning-text';
import { englishWarning } from '../../test/unit/template-english';
import { describe, expect, it } from 'vitest';
import { mergeCapture, mergeRow, writeTime } from './merge';
import { sameValue } from '../record/same-value';
import { StoredVacancySchema, type ResultRow } from '../record/stored-vacancy';
import { parsedVacancy } from '../../test/unit/record-factory';

const day1 = new Date('2025-12-01T10:00:00Z');
const day2 = new Date('2025-12-05T10:00:00Z');

const row: ResultRow = {
  reference: '251836',
  title: 'Officer, Defence Policy',
  location: 'Belgium-Brussels',
  organisation: 'NATO International Staff (NATO IS)',
  deadline: '2026-01-04',
  closesAt: '2026-01-04T22:59:00.000Z',
  grade: { label: 'NATO Grade G20', grades: ['G20'] },
  sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en',
};

describe('mergeCapture', () => {
  it('creates a schema-valid record with default user fields', () => {
    const { record, created, changed } = mergeCapture(undefined, parsedVacancy(), day1);
    expect(created).toBe(true);
    expect(changed).toEqual([]);
    expect(StoredVacancySchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({ status: 'interested', notes: '', completeness: 'notice', capturedAt: day1.toISOString() });
  });

  it('keeps user fields and records each changed parsed field in history', () => {
    const first = mergeCapture(undefined, parsedVacancy(), day1).record;
    const edited = { ...first, status: 'drafting' as const, notes: 'Ask about mobility', essayFileName: 'x.docx' };
    const extended = parsedVacancy({
      deadline: '2026-01-11',
      closesAt: '2026-01-11T22:59:00.000Z',
      salary: { amount: 9300, currency: 'EUR', period: 'month' },
    });
    const { record, changed, created } = mergeCapture(edited, extended, day2);
    expect(created).toBe(false);
    expect(changed.sort()).toEqual(['closesAt', 'deadline', 'salary']);
    expect(record).toMatchObject({ status: 'drafting', notes: 'Ask about mobility', essayFileName: 'x.docx', deadline: '2026-01-11' });
    expect(record.history).toContainEqual({ field: 'deadline', from: '2026-01-04', to: '2026-01-11', changedAt: day2.toISOString() });
    expect(record.history).toContainEqual({
      field: 'salary',
      from: { amount: 9253.21, currency: 'EUR', period: 'month' },
      to: { amount: 9300, currency: 'EUR', period: 'month' },
      changedAt: day2.toISOString(),
    });
    expect(record.updatedAt).toBe(day2.toISOString());
    expect(record.capturedAt).toBe(day1.toISOString());
  });

  it('does not erase a known value the new capture could not read', () => {
    const first = mergeCapture(undefined, parsedVacancy(), day1).record;
    const poorRead = parsedVacancy({ salary: null, clearance: null, keyChallenges: [], warnings: [warningFromText('Salary not found')] });
    const { record, changed } = mergeCapture(first, poorRead, day2);
    expect(record.salary).toEqual({ amount: 9253.21, currency: 'EUR', period: 'month' });
    expect(record.clearance).toBe('NS');
    expect(record.warnings.map(englishWarning)).toEqual(['Salary not found']);
    expect(changed).toEqual([]);
  });

  it('an identical re-capture changes nothing, not even updatedAt', () => {
    const first = mergeCapture(undefined, parsedVacancy(), day1).record;
    const again = mergeCapture(first, parsedVacancy(), day2);
    expect(again.record).toEqual(first);
    expect(again.dirty).toBe(false);
  });

  it('a change in the same millisecond as the stored stamp is still a change, stamped after it', () => {
    const first = mergeCapture(undefined, parsedVacancy(), day1).record;
    const extended = mergeCapture(first, parsedVacancy({ deadline: '2026-01-11', closesAt: '2026-01-11T22:59:00.000Z' }), day1);
    expect(extended.dirty).toBe(true);
    expect(extended.changed).toEqual(['deadline', 'closesAt']);
    expect(extended.record.updatedAt).toBe('2025-12-01T10:00:00.001Z');
  });

  it('completing a row-only record fills fields without inventing history', () => {
    const partial = mergeRow(undefined, row, day1).record;
    expect(partial.completeness).toBe('row');
    const { record, changed } = mergeCapture(partial, parsedVacancy({ title: 'Officer, Defence Policy' }), day2);
    expect(record.completeness).toBe('notice');
    expect(record.salary?.amount).toBe(9253.21);
    expect(record.warnings.map(englishWarning)).toEqual([]);
    expect(changed).toEqual([]);
    expect(record.history).toEqual([]);
  });

  it('a capture relists a vacancy the portal had withdrawn', () => {
    const first = mergeCapture(undefined, parsedVacancy(), day1).record;
    const { record } = mergeCapture({ ...first, portalState: 'withdrawn' }, parsedVacancy(), day2);
    expect(record.portalState).toBe('listed');
    expect(record.updatedAt).toBe(day2.toISOString());
  });
});

describe('mergeRow', () => {
  it('creates a partial, schema-valid record that says it is partial', () => {
    const { record, created } = mergeRow(undefined, row, day1);
    expect(created).toBe(true);
    expect(StoredVacancySchema.safeParse(record).success).toBe(true);
    expect(record.warnings.map(englishWarning)[0]).toMatch(/Only the results-page row/);
  });

  it('on a tracked vacancy only moves the deadline, with history', () => {
    const full = mergeCapture(undefined, parsedVacancy(), day1).record;
    const later = { ...row, title: 'Something else', deadline: '2026-01-18', closesAt: '2026-01-18T22:59:00.000Z' };
    const { record, changed } = mergeRow({ ...full, notes: 'keep' }, later, day2);
    expect(record.title).toBe('Officer, Defence Policy');
    expect(record.deadline).toBe('2026-01-18');
    expect(record.notes).toBe('keep');
    expect(changed).toEqual(['deadline', 'closesAt']);
  });
});

describe('the same closing moment written differently', () => {
  // 251836 closes Sunday 4 January 2026, 23:59 Brussels (UTC+1 in winter) = 22:59 UTC.
  const tracked = () => mergeCapture(undefined, parsedVacancy(), day1).record;
  it.each([
    ['no milliseconds', '2026-01-04T22:59:00Z'],
    ['the Brussels offset', '2026-01-04T23:59:00+01:00'],
    ['the Brussels offset with milliseconds', '2026-01-04T23:59:00.000+01:00'],
    ['an Athens offset', '2026-01-05T00:59:00+02:00'],
  ])('a row with %s (%s) changes nothing and alerts nothing', (_case, closesAt) => {
    const stored = tracked();
    const fromRow = mergeRow(stored, { ...row, closesAt }, day2);
    expect(fromRow).toMatchObject({ changed: [], dirty: false });
    expect(fromRow.record.closesAt).toBe('2026-01-04T22:59:00.000Z');
    const fromCapture = mergeCapture(stored, { ...parsedVacancy(), closesAt }, day2);
    expect(fromCapture).toMatchObject({ changed: [], dirty: false });
  });

  it.each([
    ['an hour later, with an offset', '2026-01-05T00:59:00+01:00', '2026-01-04T23:59:00.000Z'],
    ['one millisecond later', '2026-01-04T22:59:00.001Z', '2026-01-04T22:59:00.001Z'],
  ])('a row %s is a change, kept in one form', (_case, closesAt, kept) => {
    const { record, changed } = mergeRow(tracked(), { ...row, closesAt }, day2);
    expect(changed).toEqual(['closesAt']);
    expect(record.closesAt).toBe(kept);
    expect(record.history.at(-1)).toMatchObject({ field: 'closesAt', from: '2026-01-04T22:59:00.000Z', to: kept });
  });
});

describe('writeTime', () => {
  it.each([
    ['the clock moved on', '2025-12-01T10:00:00.000Z', '2025-12-01T10:00:05.000Z', '2025-12-01T10:00:05.000Z'],
    ['the same millisecond', '2025-12-01T10:00:00.000Z', '2025-12-01T10:00:00.000Z', '2025-12-01T10:00:00.001Z'],
    ['a clock set back an hour', '2025-12-01T10:00:00.000Z', '2025-12-01T09:00:00.000Z', '2025-12-01T10:00:00.001Z'],
    ['nothing stored yet', undefined, '2025-12-01T09:00:00.000Z', '2025-12-01T09:00:00.000Z'],
  ])('%s', (_case, previous, now, expected) => {
    expect(writeTime(previous, new Date(now))).toBe(expected);
  });
});

describe('sameValue', () => {
  it.each([
    [{ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, true],
    [{ a: 1 }, { a: 2 }, false],
    [[1, 2], [2, 1], false],
    [null, {}, false],
    [{ a: undefined, b: 1 }, { b: 1 }, true],
    ['x', 'x', true],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});

describe('a French portal page', () => {
  it('keeps the English header values and fills the French title without history', () => {
    const english = mergeCapture(undefined, parsedVacancy({ titleFr: null }), day1).record;
    const fromFrenchPage = parsedVacancy({
      title: 'Administratrice/Administrateur, Politique de défense',
      titleFr: null,
      location: 'Belgique-Bruxelles',
      organisation: 'OTAN SI',
      schedule: 'Temps plein',
      warnings: [warningFromText('title: no English title line; the French title is used')],
    });
    const { record, changed } = mergeCapture(english, fromFrenchPage, day2, { headerLanguage: 'fr' });
    expect(changed).toEqual([]);
    expect(record).toMatchObject({
      title: 'Officer, Defence Policy',
      titleFr: 'Administratrice/Administrateur, Politique de défense',
      location: 'Belgium-Brussels',
      organisation: 'NATO International Staff (NATO IS)',
      schedule: 'Full-time',
      warnings: [],
    });
  });

  it('still records a real change such as an extended deadline', () => {
    const english = mergeCapture(undefined, parsedVacancy(), day1).record;
    const { changed } = mergeCapture(english, parsedVacancy({ location: 'Belgique-Bruxelles', deadline: '2026-01-11' }), day2, { headerLanguage: 'fr' });
    expect(changed).toEqual(['deadline']);
  });
});
