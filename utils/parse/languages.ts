import type { LanguageLevel } from '../record/vacancy-record';

/**
 * Language requirements. International Staff notices state NATO levels I–VI for English/French:
 * `V ("Advanced") in one; I ("Beginner") in the other`, in French `V (« avancé ») … le niveau I
 * (« débutant ») dans l'autre`. Commands and agencies write STANAG 6001 profiles (`SLP 3322`).
 */

const LEVEL_WITH_NAME =
  /\b(VI|IV|V|III|II|I)\s*\(\s*["«']?\s*(?:beginner|elementary|intermediate|upper[- ]intermediate|advanced|proficiency|proficient|débutant|élémentaire|intermédiaire|avancé|maîtrise)/gi;
const LEVEL_AFTER_WORD = /\b(?:level|niveau(?: de compétence)?)\s+(VI|IV|V|III|II|I)\b/g;
// "STANAG 6001 … 3322", "SLP 3322", "Standardized Language Profile (SLP): 3-3-2-2".
const PROFILE_AFTER_KEYWORD =
  /\b(?:STANAG\s*6001|SLP|Standardi[sz]ed [Ll]anguage [Pp]rofile|[Ll]anguage [Pp]rofile|[Pp]rofil linguistique)\b[^.\n]{0,80}?(?<![\d.])([0-5])\+?[- ]?([0-5])\+?[- ]?([0-5])\+?[- ]?([0-5])\+?(?![\d.])/;
const PROFILE_BEFORE_KEYWORD = /(?<![\d.])([0-5])([0-5])([0-5])([0-5])(?![\d.])\s*\(?\s*(?:SLP|STANAG)/;
const LEVELS: readonly LanguageLevel[] = ['I', 'II', 'III', 'IV', 'V', 'VI'];

export interface LanguageRequirement {
  primary: LanguageLevel;
  secondary: LanguageLevel | null;
}

function asLevel(text: string | undefined): LanguageLevel | null {
  const upper = (text ?? '').toUpperCase();
  return LEVELS.find((l) => l === upper) ?? null;
}

function firstTwoLevels(pattern: RegExp, text: string): LanguageLevel[] {
  const levels: LanguageLevel[] = [];
  for (const m of text.matchAll(pattern)) {
    const level = asLevel(m[1]);
    if (level !== null) levels.push(level);
    if (levels.length === 2) break;
  }
  return levels;
}

/** The NATO levels of the first language sentence: the first level is "in one", the next "in the other". */
export function findLanguageRequirement(text: string): LanguageRequirement | null {
  let levels = firstTwoLevels(LEVEL_WITH_NAME, text);
  if (levels.length === 0) levels = firstTwoLevels(LEVEL_AFTER_WORD, text);
  const primary = levels[0];
  return primary === undefined ? null : { primary, secondary: levels[1] ?? null };
}

/** A STANAG 6001 profile as four digits (listening, speaking, reading, writing), e.g. "3322". */
export function findLanguageProfile(text: string): string | null {
  // Most notices have no profile: a plain substring check spares two pattern scans.
  if (!text.includes('SLP') && !text.includes('STANAG') && !text.includes('rofil')) return null;
  const m = PROFILE_AFTER_KEYWORD.exec(text) ?? PROFILE_BEFORE_KEYWORD.exec(text);
  return m ? `${m[1]}${m[2]}${m[3]}${m[4]}` : null;
}
