/**
 * The character limit a pasted question states (how much the workspace keeps: utils/record/answer-sizes.ts). The portal's
 * questions print their limit in many ways: "max. 2000 characters", "(maximum 1,500 characters)",
 * "up to 2 000 characters", "2000 character limit", "2 000 caractères maximum", "limité à 1500
 * caractères", "1500 signes max.". A number is read as a limit only beside a character word and a
 * limit word, so "describe 3 projects in 2000 characters or less" reads 2000 and "3 projects" is
 * never taken for one.
 */

import { MAX_LIMIT, MAX_QUESTION_LENGTH } from '../record/answer-sizes';

// 2000 · 2,000 · 2.000 · 2 000 (with a plain, no-break or narrow no-break space) · 2'000
const NUMBER = String.raw`(\d{1,3}(?:[ \u00a0\u202f,.'’]\d{3})+|\d{1,6})`;
const CHARACTERS = String.raw`(?:characters?|chars?|caract[èe]res|signes)`;
const LIMIT_BEFORE = String.raw`(?:max(?:imum)?\.?|maximal|up\s+to|no\s+more\s+than|not\s+(?:to\s+)?exceed(?:ing)?|at\s+most|limit(?:ed)?\s+(?:to|of)|within|jusqu['’]\s*[àa]|au\s+plus|pas\s+plus\s+de|ne\s+(?:doit\s+)?pas\s+d[ée]passer|limit[ée]e?s?\s+[àa]|dans\s+la\s+limite\s+de|en\s+moins\s+de|less\s+than|under)`;
const LIMIT_AFTER = String.raw`(?:max(?:imum)?\.?|limit|or\s+(?:less|fewer)|au\s+maximum|au\s+plus|ou\s+moins|maximum)`;

const STATED_LIMITS = [
  // "max. 2000 characters", "limité à 1 500 caractères", "up to 2,000 characters (including spaces)"
  new RegExp(String.raw`${LIMIT_BEFORE}\s*:?\s*${NUMBER}\s*${CHARACTERS}`, 'iu'),
  // "2000 characters max", "2 000 caractères maximum", "2000 character limit", "1500 signes max."
  new RegExp(String.raw`${NUMBER}\s*${CHARACTERS}\s*(?:\([^)]{0,40}\)\s*)?${LIMIT_AFTER}`, 'iu'),
  // "character limit: 2000", "maximum characters: 1500", "nombre de caractères maximum : 2000"
  new RegExp(String.raw`(?:character\s+limit|max(?:imum)?\s+(?:number\s+of\s+)?characters|caract[èe]res\s+maximum|nombre\s+(?:maximal\s+)?de\s+caract[èe]res(?:\s+maximum)?)\s*:?\s*(?:is\s+)?${NUMBER}`, 'iu'),
  // "(2000 characters)" on its own: the box's size printed after the question
  new RegExp(String.raw`\(\s*${NUMBER}\s*${CHARACTERS}\s*\)`, 'iu'),
];

/** The character limit a question states, or null when it states none. */
export function readLimit(question: string): number | null {
  const text = question.slice(0, MAX_QUESTION_LENGTH);
  for (const pattern of STATED_LIMITS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const limit = Number(match[1]!.replace(/[ \u00a0\u202f,.'’]/g, ''));
    if (limit > 0 && limit <= MAX_LIMIT) return limit;
  }
  return null;
}
