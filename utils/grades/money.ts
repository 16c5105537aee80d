import type { Salary } from '../record/vacancy-record';

/**
 * Salary arithmetic in integer cents, so sums, ×12 and deltas never drift
 * (9253.21 × 12 in floating point is 111038.51999999999; in cents it is 11103852 exactly).
 */
export interface Money {
  cents: number;
  currency: string;
}

export interface MonthlyAndAnnual {
  monthlyCents: number;
  annualCents: number;
  currency: string;
}

/**
 * 9253.21 → 925321. Notices print at most two decimals, and for such amounts the float product
 * is within far less than half a cent of the true value, so rounding recovers it exactly.
 */
export function toCents(amount: number): number {
  if (!Number.isFinite(amount) || amount < 0) throw new RangeError(`Not a salary amount: ${amount}`);
  return Math.round(amount * 100);
}

/** Integer division rounded half away from zero, without going through a float quotient. */
export function divideRounded(numerator: number, denominator: number): number {
  if (denominator <= 0 || !Number.isInteger(numerator) || !Number.isInteger(denominator)) {
    throw new RangeError(`Cannot divide ${numerator} by ${denominator} in whole cents`);
  }
  const magnitude = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return numerator < 0 ? -magnitude : magnitude;
}

/** Monthly basic × 12. NATO pays twelve monthly salaries; no thirteenth month exists. */
export function annualFromMonthly(monthlyCents: number): number {
  return monthlyCents * 12;
}

/** The notice's salary as monthly and annual cents; a yearly figure is divided to the cent. */
export function salaryInCents(salary: Salary | null): MonthlyAndAnnual | null {
  if (!salary) return null;
  const cents = toCents(salary.amount);
  return salary.period === 'month'
    ? { monthlyCents: cents, annualCents: annualFromMonthly(cents), currency: salary.currency }
    : { monthlyCents: divideRounded(cents, 12), annualCents: cents, currency: salary.currency };
}

export type SalaryDelta =
  /** percentTenths: the percentage in tenths, rounded as displayed (161 → +16.1 %); null over a zero baseline. */
  | { kind: 'delta'; cents: number; percentTenths: number | null }
  /**
   * No delta across currencies: the scales are set per country and an exchange rate would be an
   * invented, moving figure that no notice states.
   */
  | { kind: 'currency-mismatch'; currency: string; baselineCurrency: string }
  /** This vacancy or the baseline states no salary (e.g. Unclassified). */
  | { kind: 'no-salary' };

export function salaryDelta(value: Money | null, baseline: Money | null): SalaryDelta {
  if (!value || !baseline) return { kind: 'no-salary' };
  if (value.currency !== baseline.currency) {
    return { kind: 'currency-mismatch', currency: value.currency, baselineCurrency: baseline.currency };
  }
  const cents = value.cents - baseline.cents;
  const percentTenths = baseline.cents === 0 ? null : divideRounded(cents * 1000, baseline.cents);
  return { kind: 'delta', cents, percentTenths };
}

/** Rates from utils/grades/README.md; shown only as labelled estimates, on request. */
export const EXPATRIATION_RATE_PERCENT = 10;
export const HOUSEHOLD_RATE_PERCENT = 6;

export interface AllowanceEstimates {
  expatriationCents: number;
  householdCents: number;
  /** Basic + both estimates: what a non-resident head of household might receive monthly. */
  totalCents: number;
}

/**
 * Estimates only: expatriation allowance is for non-residents and household allowance depends on
 * family situation; both are percentages of basic salary, nothing more is known here.
 */
export function allowanceEstimates(monthlyCents: number): AllowanceEstimates {
  const expatriationCents = divideRounded(monthlyCents * EXPATRIATION_RATE_PERCENT, 100);
  const householdCents = divideRounded(monthlyCents * HOUSEHOLD_RATE_PERCENT, 100);
  return { expatriationCents, householdCents, totalCents: monthlyCents + expatriationCents + householdCents };
}

const SPACES = /\s+/g;
const PLAIN = /^(\d{1,9})(?:([.,])(\d{1,2}))?$/;
const GROUPED = /^(\d{1,3}(?:([ ,.'])\d{3})(?:\2\d{3}){0,2})(?:([.,])(\d{1,2}))?$/;

/**
 * A typed amount → cents, in English or French writing: "9,253.21", "9 253,21", "9.253,21",
 * "9253.21", "9253,21". A lone separator followed by exactly three digits groups thousands
 * ("9,253" = 9253); with one or two digits it is the decimal mark. Null when unreadable.
 */
export function parseMoneyInput(text: string): number | null {
  const trimmed = text.trim().replace(SPACES, ' ');
  const plain = PLAIN.exec(trimmed);
  if (plain) return centsFromParts(plain[1] ?? '', plain[3]);
  const grouped = GROUPED.exec(trimmed);
  if (!grouped || grouped[2] === grouped[3]) return null;
  return centsFromParts((grouped[1] ?? '').replace(/[ ,.']/g, ''), grouped[4]);
}

function centsFromParts(whole: string, fraction: string | undefined): number {
  return Number(whole) * 100 + Number((fraction ?? '').padEnd(2, '0'));
}
