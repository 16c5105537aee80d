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
const ISO_CURRENCY = /\(\s*([A-Z]{3})\s*\)|\b(EUR|USD|GBP|CAD|NOK|DKK|SEK|PLN|CZK|HUF|RON|BGN|TRY|ISK|CHF|ALL|MKD|BAM|GEL|UAH|MDL|KZT|UZS|IQD|KWD|RSD)\b/;
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
/** Two amounts joined by a dash or "to": a board's salary range, not one salary. */
const RANGE = /\d[\d ,.']{0,20}\d\s*(?:[-–—]|to)\s*(?:[A-Z]{3}\s*|[$£€]\s*)?\d/;
const MONTHLY = /month|mensuel|par mois|per mensem|p\.\s?m\./i;
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

/** Reads the salary value of the header; never guesses a currency or a period. */
export function parseSalary(value: string): SalaryReading {
  if (RANGE.test(value.slice(0, 200))) return { salary: null, problem: warning('salaryRange', { value }) };
  const amountMatch = AMOUNT.exec(value);
  if (!amountMatch) return { salary: null, problem: warning('salaryNoAmount', { value }) };
  const amount = parseAmount(amountMatch[0]);
  if (amount === null) return { salary: null, problem: warning('salaryBadAmount', { amount: amountMatch[0] }) };
  const currencyMatch = ISO_CURRENCY.exec(value);
  const currency = currencyMatch?.[1] ?? currencyMatch?.[2] ?? CURRENCY_SIGNS.find(([sign]) => sign.test(value))?.[1] ?? null;
  if (currency === null) return { salary: null, problem: warning('salaryNoCurrency', { value }) };
  const period = MONTHLY.test(value) ? 'month' : YEARLY.test(value) ? 'year' : null;
  if (period === null) return { salary: null, problem: warning('salaryNoPeriod', { value }) };
  return { salary: { amount, currency, period }, problem: null };
}
