import { startsWithLabel } from './header';
import type { SectionKey, VocabularyLanguage } from './vocabulary';
import { NATO_MEMBERS } from '../readiness/nato-members';
import { escapeRegExp } from '../regexp';
import { anyOf, BULLET_GLYPHS, CLEARANCES, NATO_BODIES, PAGE_CHROME, PAGE_HEADINGS, QUALIFICATION_SUBHEADINGS, PLACE_ENDINGS, REFERENCE_CODE, REFERENCE_SHAPES, SECTION_HEADINGS } from './vocabulary';

/** The patterns compiled from the vocabulary (vocabulary.ts) that several readers share. */

const sectionsOf = (keys: readonly SectionKey[] | null, lang: VocabularyLanguage | null = null): string[] =>
  SECTION_HEADINGS.filter((h) => (keys === null || keys.includes(h.key)) && (lang === null || h.lang === lang)).map((h) => h.source);
const ALL_KEYS = [...new Set(SECTION_HEADINGS.map((h) => h.key))];

/** The headings of the given kinds, as one pattern (case-insensitive: "Desirable" is "DESIRABLE"). */
export function sectionPattern(keys: readonly SectionKey[], anchored = false): RegExp {
  return new RegExp(`${anchored ? '^' : ''}${anyOf(sectionsOf(keys))}`, 'i');
}

const NUMBER_PREFIX = '(?:\\d{1,2}\\s*\\.\\s*)?';

/** A line that is a known section heading ("1. SUMMARY", "Principal Duties:", "POST CONTEXT/POST SUMMARY:"). */
const SECTION_LINE = new RegExp(`^${NUMBER_PREFIX}${anyOf(sectionsOf(null))}[\\s:]*$`);
export function isSectionHeadingLine(line: string): boolean {
  return line.length <= 80 && SECTION_LINE.test(line);
}

/** A French section heading at the start of a line: where a French half without a title starts. */
export const FRENCH_SECTION = new RegExp(`^${NUMBER_PREFIX}${anyOf(sectionsOf(ALL_KEYS.filter((k) => k !== 'banner'), 'fr'))}\\b`);

/**
 * The banner above a title, English, French or both ("VACANCY NOTIFICATION/ NOTIFICATION DE LA
 * VACANCE DU POSTE"), as a pattern source.
 */
const FRENCH_BANNER = anyOf(sectionsOf(['banner'], 'fr'));
export const BANNER_SOURCE = `${anyOf(sectionsOf(['banner'], 'en'))}(?: ?/ ?${FRENCH_BANNER})?|${FRENCH_BANNER}`;

/** A heading inside the qualifications section that goes on with it ("EDUCATION", "LANGUAGE REQUIREMENTS"). */
export const QUALIFICATION_SUBHEADING = new RegExp(anyOf(QUALIFICATION_SUBHEADINGS.map((h) => h.source)), 'i');

/**
 * A heading glued to the sentence after it ("1. SUMMARYThe …", "2. PRINCIPAL DUTIESThe
 * incumbent's …"): an upper-case heading followed at once by a capitalised word.
 */
export const GLUED_HEADING = new RegExp(`^(${NUMBER_PREFIX}${anyOf(sectionsOf(null).filter((s) => s === s.toUpperCase()))}:?)(?=\\p{Lu}\\p{Ll})`, 'u');

/** Any known section heading word, for the evidence that a text is a notice. */
export const SECTION_WORD = new RegExp(`(?:^|\\n)${NUMBER_PREFIX}${anyOf(sectionsOf(null))}(?![\\p{L}])`, 'gu');

/** Page chrome is short: a line of an interface, never a paragraph. */
const MAX_CHROME_LENGTH = 90;
const PAGE_CHROME_LINE = new RegExp(`^${anyOf(PAGE_CHROME)}$`, 'iu');
/** A whole line of a board's or site's interface ("Skip to main content", "On site", "Temps plein"). */
export function isPageChrome(line: string): boolean {
  return line.length <= MAX_CHROME_LENGTH && PAGE_CHROME_LINE.test(line);
}

/** The portal's page heading before a title, with its separator. */
export const PAGE_HEADING_SOURCE = anyOf(PAGE_HEADINGS.map((h) => h.source));

/**
 * A clearance named in a body sentence: "requires a security clearance at NATO SECRET level", or
 * the level before the word: "must hold or be able to obtain a NATO SECRET security clearance".
 */
const CLEARANCE_NAME = anyOf(CLEARANCES.map((c) => c.source));
const BODY_CLEARANCE = new RegExp(
  `\\b(?:clearance|habilitation)\\b[^.\\n]{0,80}?(?<![\\p{L}])(${CLEARANCE_NAME})(?![\\p{L}])` +
    `|(?<![\\p{L}])(${CLEARANCE_NAME})(?: \\(\\p{Lu}{2}\\))?\\s+(?:(?:personnel\\s+)?security\\s+)?clearance\\b`,
  'iu',
);
export function bodyClearance(text: string): string | undefined {
  const m = BODY_CLEARANCE.exec(text);
  return m?.[1] ?? m?.[2];
}
const CLEARANCE_CODES = CLEARANCES.map((c) => ({ code: c.code, pattern: new RegExp(`^(?:${c.source})$`, 'i') }));
/** A value shaped like a clearance, for re-flow: it ends where its shape ends. */
export const CLEARANCE_VALUE = new RegExp(`^[\\s:]*${CLEARANCE_NAME}(?![\\p{L}\\d])`, 'u');

const CLEARANCE_IN_VALUE = new RegExp(`(?<![\\p{L}])(${CLEARANCE_NAME})(?![\\p{L}])`, 'iu');

/**
 * "COSMIC TOP SECRET/ATOMAL" → "CTS/A"; a value that names a level among other words
 * ("Required: NATO SECRET", "NATO SECRET (NS)") → that level's code; else kept as printed.
 */
export function clearanceCode(value: string): string {
  const compact = value.replace(/\s+/g, ' ').trim();
  const whole = CLEARANCE_CODES.find((c) => c.pattern.test(compact))?.code;
  if (whole !== undefined) return whole;
  const named = CLEARANCE_IN_VALUE.exec(compact)?.[1];
  return (named === undefined ? undefined : CLEARANCE_CODES.find((c) => c.pattern.test(named))?.code) ?? compact;
}

/** Bullet glyphs as a character class body. */
export const BULLET_CLASS = `[${BULLET_GLYPHS}]`;

// One scan for the labels, then the code is read beside each: far cheaper than one pattern that
// tries a code at every word of the text.
const SHAPES = [...new Set(REFERENCE_SHAPES.map((s) => s.source))].map((source) => ({
  source,
  before: REFERENCE_SHAPES.some((s) => s.source === source && !s.after),
  after: REFERENCE_SHAPES.some((s) => s.source === source && s.after),
  post: REFERENCE_SHAPES.some((s) => s.source === source && s.post),
}));
const REFERENCE_LABEL = new RegExp(SHAPES.map((s) => `(${s.source})`).join('|'), 'gi');
// A code, or the two capitals that open one printed in parts ("HQ 01/25").
const CODE_AFTER_LABEL = new RegExp(`[ \\t]*:?[ \\t]*(${REFERENCE_CODE}|[A-Z]{2})(?![\\w/])`, 'y');
// A label that ends its line, its code alone on the next ("Post Number\nMCIX ISR 0040": a
// definition list or a table copied as text).
const CODE_ON_NEXT_LINE = new RegExp(`[ \\t]*:?[ \\t]*\\n[ \\t]*(${REFERENCE_CODE}(?: [A-Z0-9][A-Z0-9._/-]{0,15}){0,3})[ \\t]*(?=\\n|$)`, 'y');
const CODE_BEFORE_LABEL = new RegExp(`(?:^|[^\\w/])(${REFERENCE_CODE})[ \\t]+$`);
/**
 * The next part of a code printed in parts: after one space, capitals and digits only (a word
 * with a small letter is the text after the code: "JFCBS 01/25 Closing Date"), not a label
 * ("GRADE:") and not the number of a heading ("1. SUMMARY").
 */
const CODE_PART = /[ ]([A-Z0-9](?:[A-Z0-9._/-]{0,14}[A-Z0-9])?)(?![\w/:]| ?:)/y;
const HEADING_NUMBER = /^\d{1,2}$/;
const CODE_IN_CAPITALS = /^[A-Z][A-Z0-9._/-]*$/;
const MAX_CODE_PARTS = 4;
const MAX_CODE_LENGTH = 32;
const LETTER_BEFORE = /\p{L}/u;
const HAS_DIGIT = /\d/;

/**
 * A code printed in parts read whole: "JFC NP 02/2024", "ACT SEE 123/24", "OJC XXXX 0010". Codes
 * in parts are capitals then one part with digits: only a first part in capitals without a digit
 * goes on, part by part, and the code ends with the first part that holds one, so what follows
 * ("JFC NP 02/2024 2 posts") is never taken in. A label ("JFCBS GRADE B-4") ends it too.
 */
function wholeCode(text: string, first: string, end: number): string {
  if (!CODE_IN_CAPITALS.test(first) || HAS_DIGIT.test(first)) return first;
  let code = first;
  let at = end;
  for (let parts = 1; parts < MAX_CODE_PARTS; parts++) {
    CODE_PART.lastIndex = at;
    const m = CODE_PART.exec(text);
    if (m === null || code.length + m[0].length > MAX_CODE_LENGTH || startsWithLabel(text, at + 1)) break;
    if (text[at + m[0].length] === '.' && HEADING_NUMBER.test(m[1] ?? '')) break;
    code += m[0];
    at += m[0].length;
    if (HAS_DIGIT.test(m[1] ?? '')) return code;
  }
  return first;
}

export interface StatedReferences {
  /** The vacancy references, in order (a results page prints many). */
  references: string[];
  /** The numbers printed by a post label ("Post Number: OJC XXXX 0010"), in order. */
  postNumbers: string[];
}

/** Every reference a text prints by a label, and every post number. */
export function statedReferences(text: string): StatedReferences {
  const references: string[] = [];
  const postNumbers: string[] = [];
  for (const m of text.matchAll(REFERENCE_LABEL)) {
    const shape = SHAPES[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
    if (shape === undefined) continue;
    let code: string | undefined;
    if (shape.before && !LETTER_BEFORE.test(text[m.index - 1] ?? '')) {
      CODE_AFTER_LABEL.lastIndex = m.index + m[0].length;
      const after = CODE_AFTER_LABEL.exec(text);
      if (after !== null) code = wholeCode(text, after[1] ?? '', CODE_AFTER_LABEL.lastIndex);
      else {
        CODE_ON_NEXT_LINE.lastIndex = m.index + m[0].length;
        code = CODE_ON_NEXT_LINE.exec(text)?.[1];
      }
    }
    if ((code === undefined || !HAS_DIGIT.test(code)) && shape.after) code = CODE_BEFORE_LABEL.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    if (code !== undefined && HAS_DIGIT.test(code)) (shape.post ? postNumbers : references).push(code);
  }
  return { references, postNumbers };
}

// One scan for every body, in any case; a match counts when printed as the vocabulary writes it
// or in capitals (a letterhead: "ALLIED JOINT FORCE COMMAND NAPLES"), so "shape" or "act" in
// prose is no body.
const BODY_SCAN = new RegExp(`(?<![\\p{L}])(?:${NATO_BODIES.map((b) => `(${b.source})`).join('|')})(?![\\p{L}])`, 'giu');
const BODY_AS_WRITTEN = NATO_BODIES.map((b) => new RegExp(`(?:${b.source})(?![\\p{L}])`, 'uy'));

interface BodyHit {
  body: (typeof NATO_BODIES)[number];
  index: number;
  end: number;
}

/** The bodies `text` names, in order, as they count (see BODY_SCAN); stops once `enough` says so. */
function bodyHits(text: string, enough: (hit: BodyHit) => boolean): void {
  for (const m of text.matchAll(BODY_SCAN)) {
    const i = m.findIndex((g, n) => n > 0 && g !== undefined) - 1;
    const body = NATO_BODIES[i];
    const asWritten = BODY_AS_WRITTEN[i];
    if (body === undefined || asWritten === undefined) continue;
    asWritten.lastIndex = m.index;
    if (m[0] !== m[0].toUpperCase() && !asWritten.test(text)) continue;
    if (enough({ body, index: m.index, end: m.index + m[0].length })) return;
  }
}

/** A list item of normalised text (normalise.ts writes every bullet as "- "). */
const LIST_ITEM = /^- .*$/gm;

/**
 * The NATO body a notice's opening names first; a more specific body named in the same opening
 * wins over an umbrella organisation (the STO letterhead above the CSO's). Bodies named in list
 * items count only when the prose names none: a list names an organisation's parts or partners.
 */
export function namedBody(opening: string): string | null {
  return firstBody(opening.replace(LIST_ITEM, '')) ?? firstBody(opening);
}

function firstBody(opening: string): string | null {
  let umbrella: string | null = null;
  let specific: string | null = null;
  bodyHits(opening, ({ body }) => {
    if (body.umbrella !== true) specific = body.name;
    else umbrella ??= body.name;
    return specific !== null;
  });
  return specific ?? umbrella;
}

/** What may stand before a body's name at the start of a value or a letterhead: "HQ AIRCOM", "NATO Joint Warfare Centre". */
const BODY_NAME_PREFIX = /^(?:NATO|HQ|Headquarters)\s+$/;

/**
 * Is `value` the name of a NATO body (a header value standing where another label's value was)?
 * As the portal's organisation list writes them, "HQ AIRCOM", "HQ NAEW & C Force Geilenkirchen".
 */
export function isBodyName(value: string): boolean {
  return bodyNameEnd(value) >= 0;
}

const PLACE_NAMES = [...NATO_MEMBERS.flatMap((member) => [member.en, member.fr]), ...PLACE_ENDINGS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp);
/** "Capellen, Luxembourg", "Stavanger, Norway", "Norfolk, VA": a town and the country it is in. */
const PLACE_LINE = new RegExp(`^[\\p{L} .'-]{2,40}(?:,[\\p{L} .'-]{2,40})?,\\s*(?:${PLACE_NAMES.join('|')})$`, 'u');
export function isPlaceLine(line: string): boolean {
  return PLACE_LINE.test(line.trim());
}

// After a body's name on its line: its acronym in brackets, then a comma or a dash before a place.
const AFTER_BODY_NAME = /^\s*(?:\([\p{Lu}&\s]{2,14}\))?[\s,–—-]*/u;
const LETTERHEAD_LINES = 8;

/** Where the body's name ends when `line` starts with one ("NATO Joint Warfare Centre, …"), else -1. */
function bodyNameEnd(line: string): number {
  let end = -1;
  bodyHits(line, (hit) => {
    if (hit.index === 0 || BODY_NAME_PREFIX.test(line.slice(0, hit.index))) end = hit.end;
    return true;
  });
  return end;
}

/**
 * The duty station a letterhead prints beside or under the body's name: "Allied Air Command
 * (AIRCOM), Ramstein, Germany", "JOINT WARFARE CENTRE / Stavanger, Norway". Null when the
 * opening has no such letterhead: a place is never guessed from a city named in prose.
 */
export function letterheadPlace(opening: string): string | null {
  const lines = opening.split('\n').map((line) => line.trim()).filter((line) => line !== '').slice(0, LETTERHEAD_LINES);
  for (const [i, printed] of lines.entries()) {
    // A title run into its letterhead when line breaks were lost ("Logistics Officer NATO Support … Agency (NSPA) Capellen, Luxembourg").
    const line = i === 0 ? printed.slice(letterheadAfterTitle(printed)?.start ?? 0) : printed;
    let rest = line;
    // A letterhead may name two bodies on one line ("NATO Science and Technology Organization
    // Centre for Maritime Research and Experimentation (CMRE) La Spezia, Italy").
    for (let end = bodyNameEnd(rest); end > 0; end = bodyNameEnd(rest)) rest = rest.slice(end).replace(AFTER_BODY_NAME, '');
    if (rest === line) continue;
    if (rest !== '' && isPlaceLine(rest)) return rest;
    const next = lines[i + 1];
    if (rest === '' && next !== undefined && isPlaceLine(next)) return next;
  }
  return null;
}

/**
 * A first line that is a title run into its letterhead, the body's name and its duty station
 * ("Logistics Officer NATO Support and Procurement Agency (NSPA) Capellen, Luxembourg"): where
 * the body's name starts, or null when the line is not one.
 */
export function letterheadAfterTitle(line: string): { start: number } | null {
  let start = -1;
  bodyHits(line, (hit) => {
    start = hit.index;
    return true;
  });
  if (start <= 0) return null;
  const name = line.slice(start);
  const end = bodyNameEnd(name);
  if (end < 0) return null;
  const place = name.slice(end).replace(AFTER_BODY_NAME, '');
  return place !== '' && isPlaceLine(place) ? { start } : null;
}
