import { COUNT_SOURCE, parseCount } from './numbers';

/**
 * Minimum years of experience: the smallest "at least N years" / "Minimum N years" / "N years of
 * experience" of the essential
 * qualifications. A figure nested in another ("at least 10 years …, out of which at least 5 years
 * managing teams") is part of the larger requirement, not a lower minimum, so it is skipped.
 */

const YEARS_WORD = "(?:full[- ])?(?:years?|yrs?\\.?|ans|années)(?![a-z])";
const MINIMUM_YEARS = new RegExp(
  [
    `\\b(?:at least|a minimum of|minimum of|minimum|min\\.|no less than|not less than|au moins|au minimum|un minimum de|minimum de)\\s+(${COUNT_SOURCE})\\s*\\+?\\s*${YEARS_WORD}`,
    `\\b(${COUNT_SOURCE})\\s*(?:\\+|or more)\\s*${YEARS_WORD}`,
    `\\b(${COUNT_SOURCE})\\s*${YEARS_WORD}\\s*(?:minimum|at least|au moins)\\b`,
    // An essential qualification that states a number of years is that minimum: "4 years of
    // experience in …", "5 years' professional experience", "3 ans d'expérience".
    `\\b(${COUNT_SOURCE})\\s*${YEARS_WORD}['’]?\\s+(?:of\\s+|d['’]\\s?)?(?:(?:relevant|professional|progressive|proven|demonstrable|recent|practical|working|work|full-time)\\s+){0,2}(?:experience|expérience)\\b`,
  ].join('|'),
  'gi',
);
const NESTED_BEFORE = /(?:of which|out of which|among which|including|of these|dont|y compris)\s*(?:\S+\s*){0,2}$/i;
const LOOK_BACK = 30;

/** The smallest minimum of years stated in `text`, or null when none is. */
export function findMinExperienceYears(text: string): number | null {
  let smallest: number | null = null;
  for (const m of text.matchAll(MINIMUM_YEARS)) {
    const before = text.slice(Math.max(0, m.index - LOOK_BACK), m.index);
    if (NESTED_BEFORE.test(before)) continue;
    const years = parseCount(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
    if (years !== null && years > 0 && years < 50 && (smallest === null || years < smallest)) smallest = years;
  }
  return smallest;
}
