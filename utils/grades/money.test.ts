import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allowanceEstimates,
  annualFromMonthly,
  divideRounded,
  parseMoneyInput,
  salaryDelta,
  salaryInCents,
  toCents,
} from './money';

describe('cents', () => {
  it.each([
    [9253.21, 925321],
    [10742.69, 1074269],
    [5260.65, 526065],
    [8273.12, 827312],
    [4565.36, 456536],
    [0.1, 10],
    [0, 0],
  ])('%d → %i cents', (amount, cents) => {
    expect(toCents(amount)).toBe(cents);
  });

  it('recovers every two-decimal amount exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), (cents) => {
        expect(toCents(Number((cents / 100).toFixed(2)))).toBe(cents);
      }),
    );
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %d', (amount) => {
    expect(() => toCents(amount)).toThrow(RangeError);
  });

  it('annual is exactly twelve months, where floats drift', () => {
    expect(9253.21 * 12).not.toBe(111038.52);
    expect(annualFromMonthly(925321)).toBe(11103852);
    expect(salaryInCents({ amount: 9253.21, currency: 'EUR', period: 'month' })).toEqual({
      monthlyCents: 925321,
      annualCents: 11103852,
      currency: 'EUR',
    });
  });

  it('a yearly figure gives monthly rounded to the cent', () => {
    expect(salaryInCents({ amount: 100000, currency: 'USD', period: 'year' })).toEqual({
      monthlyCents: 833333,
      annualCents: 10000000,
      currency: 'USD',
    });
    expect(salaryInCents(null)).toBeNull();
  });

  it.each([
    [7, 2, 4],
    [-7, 2, -4],
    [5, 10, 1],
    [4, 10, 0],
    [-5, 10, -1],
    [0, 3, 0],
  ])('%i / %i rounds half away from zero to %i', (numerator, denominator, result) => {
    expect(divideRounded(numerator, denominator)).toBe(result);
  });
});

describe('salaryDelta', () => {
  const eur = (cents: number) => ({ cents, currency: 'EUR' });

  it.each([
    // G22 against G20 and back: 10,742.69 − 9,253.21 = 1,489.48; +16.097 % → +16.1 %; −13.865 % → −13.9 %.
    [1074269, 925321, 148948, 161],
    [925321, 1074269, -148948, -139],
    // G17 against G20: −980.09; −10.592 % → −10.6 %.
    [827312, 925321, -98009, -106],
    // G10 Wesel against G20 Brussels: −3,992.56; −43.148 % → −43.1 %.
    [526065, 925321, -399256, -431],
    [925321, 925321, 0, 0],
    // Exactly half a tenth (100 / 200000 = 0.05 %) rounds away from zero, both ways.
    [200100, 200000, 100, 1],
    [199900, 200000, -100, -1],
    [200099, 200000, 99, 0],
  ])('%i vs %i → %i cents, %i tenths of a percent', (value, baseline, cents, tenths) => {
    expect(salaryDelta(eur(value), eur(baseline))).toEqual({ kind: 'delta', cents, percentTenths: tenths });
  });

  it('gives no percentage over a zero baseline', () => {
    expect(salaryDelta(eur(100), eur(0))).toEqual({ kind: 'delta', cents: 100, percentTenths: null });
  });

  it('never subtracts across currencies', () => {
    expect(salaryDelta({ cents: 500000, currency: 'USD' }, eur(925321))).toEqual({
      kind: 'currency-mismatch',
      currency: 'USD',
      baselineCurrency: 'EUR',
    });
  });

  it.each([
    [null, eur(1)],
    [eur(1), null],
  ])('no salary on either side gives no delta', (value, baseline) => {
    expect(salaryDelta(value, baseline)).toEqual({ kind: 'no-salary' });
  });
});

describe('allowance estimates', () => {
  it.each([
    // 10 % of 9,253.21 = 925.321 → 925.32; 6 % = 555.1926 → 555.19.
    [925321, 92532, 55519, 1073372],
    [1074269, 107427, 64456, 1246152],
    [0, 0, 0, 0],
  ])('%i cents → expatriation %i, household %i, total %i', (monthly, expatriation, household, total) => {
    expect(allowanceEstimates(monthly)).toEqual({
      expatriationCents: expatriation,
      householdCents: household,
      totalCents: total,
    });
  });
});

describe('parseMoneyInput', () => {
  it.each<[string, number | null]>([
    ['9,253.21', 925321],
    ['9 253,21', 925321],
    ['9\u202f253,21', 925321],
    ['9.253,21', 925321],
    ['9253.21', 925321],
    ['9253,21', 925321],
    ['  9253.2 ', 925320],
    ['9253', 925300],
    ['9,253', 925300],
    ['9,25', 925],
    ['1,234,567.89', 123456789],
    ["1'234.50", 123450],
    ['0', 0],
    ['', null],
    ['abc', null],
    ['-5', null],
    ['9,253,21', null],
    ['9.253.21', null],
    ['9253.215', null],
    ['92,53.21', null],
    ['€9,253.21', null],
  ])('%j → %j', (text, cents) => {
    expect(parseMoneyInput(text)).toBe(cents);
  });

  it('reads back what Intl writes, in both locales', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_99 }), fc.constantFrom('en', 'fr'), (cents, locale) => {
        const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(cents / 100);
        expect(parseMoneyInput(text)).toBe(cents);
      }),
    );
  });
});
