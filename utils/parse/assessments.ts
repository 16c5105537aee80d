import { sentences } from './blocks';
import { MONTH_NAME_SOURCE } from './dates';

/**
 * Announced selection steps: "Selective assessment is expected to take place in the first half of
 * July 2025." → "Selective assessment: first half of July 2025". The place is kept when stated:
 * "Final Assessments: first half of September 2025 (Brussels, Belgium)".
 */

const TAKES_PLACE = /\b(?:take place|be held|be conducted|be organi[sz]ed)\b/;
const STEP_WORD = /\b(?:assessments?|interviews?|tests?|selection|exercises?|panels?|boards?|exams?|examinations?|evaluations?)\b/i;
const NAMED_SUBJECT = /^(?:The\s+)?([A-Z][\w -]{2,60}?)\s+(?:is|are|will be)\s+(?:expected|planned|scheduled|foreseen|likely|due)\s+to\b/;
const WHICH_CLAUSE = /\bthe\s+([\w -]{2,40}?)\s*,?\s+which\s+(?:is|are|will)\b/i;
const WHEN = new RegExp(
  `\\b((?:(?:first|second|last|1st|2nd)\\s+half|(?:early|mid|late|end|beginning|start)|(?:first|second|third|last)\\s+(?:week|fortnight))?(?:\\s+of)?\\s*${MONTH_NAME_SOURCE}\\s+\\d{4}|\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH_NAME_SOURCE}\\s+\\d{4})`,
  'i',
);
const PLACE = /\bin\s+((?!the\b)[A-Z][\p{L}-]+(?:,\s*(?!in\b)[A-Z][\p{L}-]+)?)(?=\s*(?:,|\.|$|\bin\b|\bon\b))/u;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** One line per announced step, in the order of the notice. */
export function findAssessments(text: string): string[] {
  const steps: string[] = [];
  // Only lines that announce something are split into sentences: splitting everything costs too much.
  const candidates = text.split('\n').filter((line) => TAKES_PLACE.test(line));
  for (const sentence of candidates.flatMap(sentences)) {
    if (!TAKES_PLACE.test(sentence)) continue;
    const name = NAMED_SUBJECT.exec(sentence)?.[1] ?? WHICH_CLAUSE.exec(sentence)?.[1] ?? null;
    if (name === null || !STEP_WORD.test(name)) continue;
    const when = WHEN.exec(sentence)?.[1]?.trim() ?? null;
    const place = PLACE.exec(sentence.replace(WHEN, ''))?.[1] ?? null;
    let step = capitalise(name.trim());
    if (when !== null) step += `: ${when}`;
    if (place !== null) step += ` (${place})`;
    if (!steps.includes(step)) steps.push(step);
  }
  return steps;
}
