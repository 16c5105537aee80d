import { COUNT_SOURCE, parseCount } from './numbers';

/**
 * Contract terms: "Definite duration contract of three years; possibility of renewal for up to three
 * years", "The maximum period of service foreseen in this post is 6 years", "employed for an initial
 * period of 3 years … a one-year extension"; in French "contrat d'une durée déterminée de trois
 * ans ; renouvelable pour une période de trois ans", "La durée de service maximale prévue à ce
 * poste est de six ans".
 */

export interface ContractTerms {
  initialYears: number | null;
  renewableYears: number | null;
  maxYears: number | null;
}

const YEARS = `[- ]?(?:years?|ans|années)(?![a-z])`;
const INITIAL = new RegExp(
  `\\b(?:contract of|initial period of|initial contract of|period of)\\s+(${COUNT_SOURCE})${YEARS}|\\b(${COUNT_SOURCE})[- ]year\\s+(?:definite[- ]duration\\s+|initial\\s+|fixed[- ]term\\s+)?contract\\b` +
    // "contrat d'une durée déterminée de trois ans", "une période initiale de 3 ans".
    `|\\b(?:durée déterminée|période initiale) de\\s+(${COUNT_SOURCE})${YEARS}`,
  'i',
);
const RENEWAL = new RegExp(
  `\\brenew(?:al|ed|able)\\s+(?:for\\s+)?(?:a\\s+)?(?:further\\s+)?(?:period\\s+of\\s+)?(?:up\\s+to\\s+)?(${COUNT_SOURCE})${YEARS}` +
    `|\\b(${COUNT_SOURCE})[- ]year\\s+(?:extension|renewal)\\b|\\bextended\\s+(?:for|by)\\s+(?:up\\s+to\\s+)?(${COUNT_SOURCE})${YEARS}` +
    // "renouvelable pour une période de trois ans", "qui pourra être reconduit pour trois ans".
    `|\\b(?:renouvelable|reconduite?|prolongée?)\\s+pour\\s+(?:une\\s+(?:nouvelle\\s+)?période\\s+de\\s+)?(?:jusqu'à\\s+)?(${COUNT_SOURCE})${YEARS}`,
  'i',
);
const MAXIMUM = new RegExp(
  `\\bmaximum\\s+(?:period|duration|length)\\s+of\\s+service\\b[^.]{0,60}?\\bis\\s+(${COUNT_SOURCE})${YEARS}` +
    // "La durée de service maximale prévue à ce poste est de six ans."
    `|\\bdurée (?:de service )?maximale\\b[^.]{0,60}?\\best de\\s+(${COUNT_SOURCE})${YEARS}`,
  'i',
);

function firstCount(pattern: RegExp, text: string): number | null {
  const m = pattern.exec(text);
  if (!m) return null;
  const count = parseCount(m.slice(1).find((g) => g !== undefined) ?? '');
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
