import { describe, expect, it } from 'vitest';
import {
  defaultSelection,
  deltaFor,
  isOpen,
  resolveBaseline,
  sortRows,
  toComparisonRow,
  type SortDirection,
  type SortKey,
} from './comparison';
import {
  BARE_NOTICE,
  NOTICE_RECORDS,
  asgDefencePolicy,
  headsNaspAndMo,
  officerDefencePolicy,
  storedVacancy,
  twinGradedOfficer,
  weselAssistant,
} from '../../test/unit/record-factory';

const NOW = new Date('2025-06-01T10:00:00Z');
const rows = NOTICE_RECORDS.map((record) => toComparisonRow(record, NOW));
const references = (list: { record: { reference: string } }[]) => list.map((row) => row.record.reference);

describe('open vacancies', () => {
  it.each([
    ['2025-06-01T10:00:01Z', true],
    ['2025-06-01T10:00:00Z', false],
    ['2025-04-06T21:59:00Z', false],
    [null, true],
  ])('closing at %s is open: %s', (closesAt, open) => {
    expect(isOpen(storedVacancy({ ...BARE_NOTICE, reference: '999001', closesAt }), NOW)).toBe(open);
  });

  it('selects every open vacancy by default', () => {
    expect(defaultSelection(NOTICE_RECORDS, NOW)).toEqual(['251836', '250875', '250612', 'NCIA-250101']);
    expect(defaultSelection(NOTICE_RECORDS, new Date('2026-02-01T00:00:00Z'))).toEqual([]);
  });
});

describe('sortRows', () => {
  it.each<[SortKey, SortDirection, string[]]>([
    ['grade', 'ascending', ['NCIA-250101', '250612', '251836', '250875', '250443']],
    ['grade', 'descending', ['250875', '251836', '250612', 'NCIA-250101', '250443']],
    ['salary', 'ascending', ['NCIA-250101', '250612', '251836', '250875', '250443']],
    ['salary', 'descending', ['250875', '251836', '250612', 'NCIA-250101', '250443']],
    ['deadline', 'ascending', ['250443', '250875', 'NCIA-250101', '250612', '251836']],
    ['deadline', 'descending', ['251836', '250612', 'NCIA-250101', '250875', '250443']],
  ])('by %s %s', (key, direction, expected) => {
    expect(references(sortRows(rows, key, direction))).toEqual(expected);
  });

  it('keeps vacancies without a value last in both directions', () => {
    const undated = toComparisonRow(storedVacancy({ ...BARE_NOTICE, reference: '999002', closesAt: null }), NOW);
    expect(references(sortRows([undated, ...rows], 'deadline', 'ascending')).at(-1)).toBe('999002');
    expect(references(sortRows([undated, ...rows], 'deadline', 'descending')).at(-1)).toBe('999002');
  });

  it('groups salaries by currency rather than comparing across them', () => {
    const usd = toComparisonRow(
      storedVacancy({ ...BARE_NOTICE, reference: '999003', salary: { amount: 1, currency: 'USD', period: 'month' } }),
      NOW,
    );
    expect(references(sortRows([usd, ...rows], 'salary', 'ascending')).slice(0, 5)).toEqual([
      'NCIA-250101',
      '250612',
      '251836',
      '250875',
      '999003',
    ]);
  });

  it('breaks ties by reference so the order is stable', () => {
    const twinA = toComparisonRow(storedVacancy({ ...officerDefencePolicy, reference: '251837' }), NOW);
    const base = toComparisonRow(officerDefencePolicy, NOW);
    expect(references(sortRows([twinA, base], 'grade', 'ascending'))).toEqual(['251836', '251837']);
    expect(references(sortRows([twinA, base], 'grade', 'descending'))).toEqual(['251836', '251837']);
  });
});

describe('baseline and deltas', () => {
  const own = { grade: 'G17', monthlySalaryCents: 827312, currency: 'EUR' };
  const row = (reference: string) => rows.find((candidate) => candidate.record.reference === reference)!;

  it('against my own position', () => {
    const baseline = resolveBaseline({ kind: 'own' }, rows, own)!;
    expect(deltaFor(row(officerDefencePolicy.reference), baseline)).toEqual({
      kind: 'delta',
      cents: 98009,
      percentTenths: 118,
    });
    expect(deltaFor(row(asgDefencePolicy.reference), baseline)).toEqual({ kind: 'no-salary' });
  });

  it('against a vacancy, which gets no delta against itself', () => {
    const baseline = resolveBaseline({ kind: 'vacancy', reference: '251836' }, rows, null)!;
    expect(deltaFor(row('251836'), baseline)).toBeNull();
    expect(deltaFor(row(headsNaspAndMo.reference), baseline)).toEqual({ kind: 'delta', cents: 148948, percentTenths: 161 });
    expect(deltaFor(row(twinGradedOfficer.reference), baseline)).toEqual({ kind: 'delta', cents: -98009, percentTenths: -106 });
    expect(deltaFor(row(weselAssistant.reference), baseline)).toEqual({ kind: 'delta', cents: -399256, percentTenths: -431 });
  });

  it('an Unclassified baseline has no amount, so every delta says so', () => {
    const baseline = resolveBaseline({ kind: 'vacancy', reference: '250443' }, rows, null)!;
    expect(baseline.money).toBeNull();
    expect(deltaFor(row('251836'), baseline)).toEqual({ kind: 'no-salary' });
  });

  it.each([
    ['none chosen', { kind: 'none' } as const, own],
    ['own position not entered', { kind: 'own' } as const, null],
    ['vacancy not compared', { kind: 'vacancy', reference: 'gone-000' } as const, own],
  ])('no baseline when %s', (_case, choice, ownPosition) => {
    expect(resolveBaseline(choice, rows, ownPosition)).toBeNull();
  });

  it('own position in another currency gives no delta', () => {
    const baseline = resolveBaseline({ kind: 'own' }, rows, { ...own, currency: 'GBP' })!;
    expect(deltaFor(row('251836'), baseline)).toMatchObject({ kind: 'currency-mismatch', baselineCurrency: 'GBP' });
  });
});
