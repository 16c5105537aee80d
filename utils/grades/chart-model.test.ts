import { describe, expect, it } from 'vitest';
import { chartModel } from './chart-model';
import { resolveBaseline, toComparisonRow } from './comparison';
import { BARE_NOTICE, NOTICE_RECORDS, storedVacancy } from '../../test/unit/record-factory';

const NOW = new Date('2025-06-01T10:00:00Z');
const rows = NOTICE_RECORDS.map((record) => toComparisonRow(record, NOW));

describe('chartModel', () => {
  it('orders bars by grade and never draws a missing salary as a bar', () => {
    const model = chartModel(rows, null);
    expect(model.currency).toBe('EUR');
    expect(model.maxCents).toBe(1074269);
    expect(model.bars.map((bar) => [bar.row.record.reference, bar.kind])).toEqual([
      ['NCIA-250101', 'bar'],
      ['250612', 'bar'],
      ['251836', 'bar'],
      ['250875', 'bar'],
      ['250443', 'no-salary'],
    ]);
    const [wesel, , , top] = model.bars;
    expect(top).toMatchObject({ fraction: 1, monthlyCents: 1074269 });
    expect(wesel).toMatchObject({ monthlyCents: 526065, fraction: 526065 / 1074269 });
    expect(model.baseline).toBeNull();
  });

  it('draws the baseline as a reference line and stretches the axis to reach it', () => {
    const own = { grade: 'G23', monthlySalaryCents: 1320607, currency: 'EUR' };
    const model = chartModel(rows, resolveBaseline({ kind: 'own' }, rows, own));
    expect(model.maxCents).toBe(1320607);
    expect(model.baseline).toEqual({ cents: 1320607, fraction: 1, kind: 'own' });
  });

  it('a baseline without a salary draws no line', () => {
    expect(chartModel(rows, resolveBaseline({ kind: 'vacancy', reference: '250443' }, rows, null)).baseline).toBeNull();
  });

  it('keeps other currencies off the axis', () => {
    const usd = toComparisonRow(
      storedVacancy({
        ...BARE_NOTICE,
        reference: '999004',
        grade: { label: 'G15', grades: ['G15'] },
        salary: { amount: 99999, currency: 'USD', period: 'month' },
      }),
      NOW,
    );
    const model = chartModel([...rows, usd], null);
    expect(model.maxCents).toBe(1074269);
    expect(model.bars.find((bar) => bar.row === usd)).toMatchObject({ kind: 'other-currency', currency: 'USD' });
  });

  it('uses the baseline currency for the axis', () => {
    const own = { grade: 'G15', monthlySalaryCents: 500000, currency: 'USD' };
    const model = chartModel(rows, resolveBaseline({ kind: 'own' }, rows, own));
    expect(model.currency).toBe('USD');
    expect(model.bars.filter((bar) => bar.kind === 'bar')).toEqual([]);
  });

  it('has no axis when nothing states a salary', () => {
    const unclassified = rows.filter((row) => row.salary === null);
    expect(chartModel(unclassified, null)).toMatchObject({ currency: null, maxCents: 0 });
  });
});
