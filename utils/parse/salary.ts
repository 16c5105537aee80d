import type { Salary } from '../record/vacancy-record';
import { warning, type Warning } from './warning-templates';

/**
 * The "Salary (Pay Basis)" value: `9,253.21 (EUR) Monthly`, `10,742.69Euro (EUR) Monthly`,
 * `9 253,21Euro (EUR) Mensuelle`, `5,260.65Euro (EUR) Monthly`. English and French number styles
 * both occur, sometimes in the same notice, so the decimal separator is decided per number.
 */

const AMOUNT = /\d{1,3}(?:[ ,.'](?=\d{3}(?!\d))\d{3})+(?:[.,]\d{1,2}(?!\d))?|\d+(?:[.,]\d{1,2}(?!\d))?/;
// The currencies of the Allies' and of the other duty stations NATO bodies recruit for (Sarajevo,
// Tbilisi, Kyiv, Chisinau, Astana, Tashkent, Baghdad, Kuwait, Belgrade).
const ISO_CURRENCY = /\(\s*([A-Z]{3})\s*\)|\b(EUR|USD|GBP|CAD|NOK|DKK|SEK|PLN|CZK|HUF|RON|BGN|TRY|ISK|CHF|MKD|BAM|GEL|UAH|MDL|KZT|UZS|IQD|KWD|RSD)\b/;
// Symbols and words, longest first: "US$" and "C$" before "$".
const CURRENCY_SIGNS: readonly [RegExp, string][] = [
  [/euro|€/i, 'EUR'],
  [/£|pounds? sterling/i, 'GBP'],
  [/C\$|CA\$|canadian dollars?/i, 'CAD'],
  [/US\$|\$|US dollars?/i, 'USD'],
  [/₺|turkish lira/i, 'TRY'],
  [/zł|złoty|zloty/i, 'PLN'],
  [/Kč/, 'CZK'],
  [/₴/, 'UAH'],
];
/** A currency as printed before its amount ("EUR 6,467.30", "€7,000", "₺98.450"), for other readers' patterns. */
export const CURRENCY_BEFORE_AMOUNT = `(?:[A-Z]{3}|${CURRENCY_SIGNS.map(([sign]) => sign.source).join('|')})`;
/** Two amounts joined by a dash or "to": a board's salary range, not one salary. */
const RANGE = /\d[\d ,.']{0,20}\d\s*(?:[-–—]|to)\s*(?:[A-Z]{3}\s*|[$£€]\s*)?\d/;
const MONTHLY = /month|mensuel|par mois|per mensem|p\.\s?m\.|\bpcm\b/i;
const YEARLY = /year|annual|annuel|per annum|par an\b|p\.\s?a\./i;

/** Reads an amount printed in English (`9,253.21`) or French (`9 253,21`) style. */
export function parseAmount(printed: string): number | null {
  const compact = printed.replace(/[ ']/g, '');
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  const decimalAt = Math.max(lastComma, lastDot);
  let integer = compact;
  let fraction = '';
  // A separator followed by one or two digits at the end is the decimal one; three digits: thousands.
  if (decimalAt >= 0 && compact.length - decimalAt - 1 <= 2) {
    integer = compact.slice(0, decimalAt);
    fraction = compact.slice(decimalAt + 1);
  }
  integer = integer.replace(/[.,]/g, '');
  if (!/^\d+$/.test(integer) || !/^\d*$/.test(fraction)) return null;
  const value = Number(fraction === '' ? integer : `${integer}.${fraction}`);
  return Number.isFinite(value) ? value : null;
}

export interface SalaryReading {
  salary: Salary | null;
  /** Why the value could not be read, when it could not. */
  problem: Warning | null;
}

const AMOUNTS = new RegExp(AMOUNT.source, 'g');
/** A number glued to a letter is part of a grade or a step ("G15", "B-4", "A.2"), not an amount. */
const GRADE_BEFORE = /[A-Za-z][-.]?$/;
/** What may stand between an amount and the currency after it ("6,467.30 (EUR)"), or the currency before it ("EUR: 6,467.30"). */
const BEFORE_CURRENCY = /^[\s(]{0,3}$/;
const AFTER_CURRENCY = /^[\s:)]{0,3}$/;
/** No salary is below this: a smaller number is a step, a count or a grade ("Step 1: EUR 6,467.30"). */
const SMALLEST_SALARY = 100;

interface Found {
  index: number;
  end: number;
}

/** Where the currency is printed and which it is: a code first, else a symbol or a word. */
function findCurrency(value: string): (Found & { code: string }) | null {
  const iso = ISO_CURRENCY.exec(value);
  if (iso !== null) return { index: iso.index, end: iso.index + iso[0].length, code: iso[1] ?? iso[2] ?? '' };
  for (const [sign, code] of CURRENCY_SIGNS) {
    const m = sign.exec(value);
    if (m !== null) return { index: m.index, end: m.index + m[0].length, code };
  }
  return null;
}

/**
 * The printed amount: the one beside the currency ("(Grade B-4, Step 1) EUR 5,244.12"), else the
 * first that is not part of a grade ("for a G15 is 6,467.30"); never a step or a count.
 */
function findAmount(value: string, currency: Found | null): string | null {
  let first: string | null = null;
  for (const m of value.matchAll(AMOUNTS)) {
    if (GRADE_BEFORE.test(value.slice(Math.max(0, m.index - 2), m.index))) continue;
    const read = parseAmount(m[0]);
    if (read !== null && read < SMALLEST_SALARY) continue;
    const end = m.index + m[0].length;
    const before = currency !== null && end <= currency.index && BEFORE_CURRENCY.test(value.slice(end, currency.index));
    const after = currency !== null && m.index >= currency.end && AFTER_CURRENCY.test(value.slice(currency.end, m.index));
    if (before || after) return m[0];
    first ??= m[0];
  }
  return first;
}

/** Reads the salary value of the header; never guesses a currency or a period. */
export function parseSalary(value: string): SalaryReading {
  if (RANGE.test(value.slice(0, 200))) return { salary: null, problem: warning('salaryRange', { value }) };
  const found = findCurrency(value);
  const printed = findAmount(value, found);
  if (printed === null) return { salary: null, problem: warning('salaryNoAmount', { value }) };
  const amount = parseAmount(printed);
  if (amount === null) return { salary: null, problem: warning('salaryBadAmount', { amount: printed }) };
  const currency = found?.code ?? null;
  if (currency === null) return { salary: null, problem: warning('salaryNoCurrency', { value }) };
  const period = MONTHLY.test(value) ? 'month' : YEARLY.test(value) ? 'year' : null;
  if (period === null) return { salary: null, problem: warning('salaryNoPeriod', { value }) };
  return { salary: { amount, currency, period }, problem: null };
}
