import { COUNT_SOURCE, parseCount } from './numbers';

/**
 * Contract terms: "Definite duration contract of three years; possibility of renewal for up to three
 * years", "The maximum period of service foreseen in this post is 6 years", "employed for an initial
 * period of 3 years … a one-year extension".
 */

export interface ContractTerms {
  initialYears: number | null;
  renewableYears: number | null;
  maxYears: number | null;
}

const YEARS = `[- ]?(?:years?|ans|années)(?![a-z])`;
const INITIAL = new RegExp(
  `\\b(?:contract of|initial period of|initial contract of|period of)\\s+(${COUNT_SOURCE})${YEARS}|\\b(${COUNT_SOURCE})[- ]year\\s+(?:definite[- ]duration\\s+|initial\\s+|fixed[- ]term\\s+)?contract\\b`,
  'i',
);
const RENEWAL = new RegExp(
  `\\brenew(?:al|ed|able)\\s+(?:for\\s+)?(?:a\\s+)?(?:further\\s+)?(?:period\\s+of\\s+)?(?:up\\s+to\\s+)?(${COUNT_SOURCE})${YEARS}` +
    `|\\b(${COUNT_SOURCE})[- ]year\\s+(?:extension|renewal)\\b|\\bextended\\s+(?:for|by)\\s+(?:up\\s+to\\s+)?(${COUNT_SOURCE})${YEARS}`,
  'i',
);
const MAXIMUM = new RegExp(
  `\\bmaximum\\s+(?:period|duration|length)\\s+of\\s+service\\b[^.]{0,60}?\\bis\\s+(${COUNT_SOURCE})${YEARS}`,
  'i',
);

function firstCount(pattern: RegExp, text: string): number | null {
  const m = pattern.exec(text);
  if (!m) return null;
  const count = parseCount(m[1] ?? m[2] ?? m[3] ?? '');
  return count !== null && count > 0 ? count : null;
}

/** The contract terms stated in `text`, or null when none is. */
export function findContract(text: string): ContractTerms | null {
  const terms: ContractTerms = {
    initialYears: firstCount(INITIAL, text),
    renewableYears: firstCount(RENEWAL, text),
    maxYears: firstCount(MAXIMUM, text),
  };
  return terms.initialYears === null && terms.renewableYears === null && terms.maxYears === null ? null : terms;
}
