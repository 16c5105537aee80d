import type { StatedReferences } from './notice-words';
import { isBodyName, isPageChrome, isPlaceLine, letterheadAfterTitle, PAGE_HEADING_SOURCE, statedReferences } from './notice-words';

/**
 * Title lines: `Officer, Defence Policy - 251836`, `Officer, Plans – 260334`,
 * `Officer, Defence Planning (250138)`, the portal's `Job Description - Buyer (261340)` and
 * `Buyer-261340`, and a title broken over two lines by PDF extraction.
 */

// Not the end of a longer number ("tel. +352 4303-664021" is a telephone number).
const REFERENCE_AT_END = /(?:(?<![\d+])[-–—]\s*(\d{6})|\(\s*(\d{6})\s*\))\s*$/;
const PAGE_HEADING_PREFIX = new RegExp(`^${PAGE_HEADING_SOURCE}\\s*[-–—:]\\s*`, 'i');
const TRAILING_SEPARATORS = /[\s,;:–—-]+$/;
const LETTER = /\p{L}/u;
const SENTENCE_END = /[.!?;:]["')\]»]?$/;
const URL_START = /^(?:https?:\/\/|www\.)/i;
const MAX_TITLE_LENGTH = 250;
/**
 * A longer title line is still the title line (a bilingual notice must not be read as its French
 * half because its English title is long): its title is cut to MAX_TITLE_LENGTH, with a warning.
 * Longer than this, a line ending in a reference is a paragraph, not a title.
 */
const MAX_TITLE_LINE_LENGTH = 2000;
/** A first half of a wrapped title is long, or visibly unfinished; a short menu line is neither. */
const WRAPPED_LINE_LENGTH = 50;
const UNFINISHED = /(?:[&,/(-]|\b(?:and|of|for|the|in|on|to|de|des|du|et|la|le|les|pour|en))$/i;
const STARTS_LOWER = /^\p{Ll}/u;
const JOB_PARAM = /[?&]job=(\d{6})\b/;

export interface TitleCandidate {
  /** The line holding the reference. */
  line: number;
  /** The first line of the title (earlier when the title is broken over two lines). */
  firstLine: number;
  title: string;
  reference: string;
  /** The printed title's length when it was cut to MAX_TITLE_LENGTH, else null. */
  cutFrom: number | null;
}

/** A title cut at a word before MAX_TITLE_LENGTH, marked with an ellipsis. */
function cutTitle(title: string): string {
  const space = title.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
  return `${title.slice(0, space > MAX_TITLE_LENGTH / 2 ? space : MAX_TITLE_LENGTH - 1).replace(TRAILING_SEPARATORS, '')}…`;
}

/** What a job board adds after a title it shows: "Staff Officer Plans - job post". */
const BOARD_SUFFIX = /\s+[-–|]\s+job (?:post|offer|ad(?:vert)?)$/i;

function cleanTitle(text: string): string {
  return text.replace(PAGE_HEADING_PREFIX, '').replace(BOARD_SUFFIX, '').replace(TRAILING_SEPARATORS, '').replace(/\s+/g, ' ').trim();
}

/** A page copied from the portal prints the title twice in one run: "Junior Officer (200775)Junior Officer". */
function withoutRepeat(title: string, reference: string): string {
  const at = title.indexOf(`(${reference})`);
  if (at <= 0) return title;
  const first = title.slice(0, at).trim();
  const rest = title.slice(at + reference.length + 2).trim();
  return rest === '' || rest === first ? first : title;
}

function isUpperCase(text: string): boolean {
  return LETTER.test(text) && text === text.toUpperCase();
}

/** Can `line` be the first half of a title broken over two lines? */
function canStartTitle(line: string, labelLine: (line: string) => boolean): boolean {
  return (
    line !== '' &&
    line.length <= 150 &&
    LETTER.test(line) &&
    !SENTENCE_END.test(line) &&
    !isUpperCase(line) &&
    !URL_START.test(line) &&
    !line.startsWith('- ') &&
    !line.includes('|') &&
    !REFERENCE_AT_END.test(line) &&
    !labelLine(line)
  );
}

/**
 * Every line that reads as a title with its 6-digit reference, in order. `labelLine` tells header
 * label lines apart (they never belong to a title).
 */
export function findTitleCandidates(lines: readonly string[], labelLine: (line: string) => boolean): TitleCandidate[] {
  const found: TitleCandidate[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const last = line.charCodeAt(line.length - 1);
    // Cheap filter first: a title line ends with a digit or ')'.
    if (line.length < 7 || line.length > MAX_TITLE_LINE_LENGTH || !((last >= 48 && last <= 57) || last === 41)) continue;
    const m = REFERENCE_AT_END.exec(line);
    if (!m) continue;
    const reference = m[1] ?? m[2] ?? '';
    // A contact line ("Point of Contact: …-664021") or any other label's line is no title line.
    if (labelLine(line)) continue;
    let title = withoutRepeat(cleanTitle(line.slice(0, m.index)), reference);
    let firstLine = i;
    const previous = lines[i - 1] ?? '';
    const startsWithPageHeading = PAGE_HEADING_PREFIX.test(line);
    const wrapped = previous.length >= WRAPPED_LINE_LENGTH || UNFINISHED.test(previous) || STARTS_LOWER.test(line);
    if (!startsWithPageHeading && wrapped && canStartTitle(previous, labelLine) && previous.length + title.length < MAX_TITLE_LENGTH) {
      title = cleanTitle(`${previous} ${title}`);
      firstLine = i - 1;
    }
    if (title.length < 2 || !LETTER.test(title)) continue;
    const cutFrom = title.length > MAX_TITLE_LENGTH ? title.length : null;
    found.push({ line: i, firstLine, title: cutFrom === null ? title : cutTitle(title), reference, cutFrom });
  }
  return found;
}

/** How far into a notice its reference label is looked for (a results page lists many further on). */
const REFERENCE_SCOPE_LINES = 200;
const REFERENCE_SCOPE_CHARACTERS = 8000;

/**
 * A reference stated outside a title line: the `job=` parameter of the page URL, or a label
 * ("Job Number", "STAFF VACANCY", "Vacancy ref.", "241656 Requisition #", …); else the one post
 * number printed ("Post Number: OJC XXXX 0010"), when it is one.
 */
export function referenceOutsideTitle(printed: StatedReferences, sourceUrl: string | undefined): string | null {
  const fromUrl = sourceUrl === undefined ? null : (JOB_PARAM.exec(sourceUrl)?.[1] ?? null);
  const onePost = new Set(printed.postNumbers).size === 1 ? (printed.postNumbers[0] ?? null) : null;
  return fromUrl ?? printed.references[0] ?? onePost;
}

/** The references (and post numbers) a notice's opening prints by a label, in order. */
export function printedReferences(lines: readonly string[]): StatedReferences {
  return statedReferences(lines.slice(0, REFERENCE_SCOPE_LINES).join('\n').slice(0, REFERENCE_SCOPE_CHARACTERS));
}

// Lines a copied notice opens with that are not its title: the employer's name, a board's page
// heading, icons, dates.
const CHROME_LINE = new RegExp(`^(?:NATO|OTAN|NATO\\s*-\\s*OTAN|${PAGE_HEADING_SOURCE}|JOB DESCRIPTION)$|^[^\\p{L}\\d]*$`, 'iu');
const BOARD_PREFIX = /^(?:(?:NATO|OTAN)\s*:\s*)+/;
// NSPA prints the post's code before its title: "H-4: Principal Support Officer" (the "Post N° H-4/" line names it).
const POST_CODE_PREFIX = /^[A-Z]{1,4}-?\d{1,4}\s?:\s+(?=\p{Lu})/u;
// A board prints the employer after the title ("Legal Adviser\nNATO · Brussels …"); a selection
// of it loses the line break between them: "Legal Adviser NATO".
const BOARD_EMPLOYER_AFTER = /(?<!\b(?:to|of|for|at|with|in|à|de|auprès de|l'|d'))\s+(?:NATO|OTAN)$/;
const MAX_OPENING_TITLE_LENGTH = 120;
/** A pool's heading, not a post's title: "Competition for 3 positions", "Concours pour 2 postes". */
const COMPETITION_LINE = /^(?:competition|concours)\b/i;

function isReferenceLine(line: string): boolean {
  const stated = statedReferences(line);
  return stated.references.length > 0 || stated.postNumbers.length > 0;
}
const MAX_OPENING_TITLE_WORDS = 14;
const OPENING_TITLE_LINES = 4;

/**
 * The title of a notice without a title line, when it opens with one: a short line that is not
 * a sentence, a label, a heading, a date or a body's name ("Policy Officer",
 * "Assistant, Operations Division (2 posts)"). Null otherwise: a title is never made up.
 */
export function openingTitle(lines: readonly string[], labelLine: (line: string) => boolean, heading: (line: string) => boolean): string | null {
  let seen = 0;
  let letterhead = false;
  for (const raw of lines) {
    if (raw === '') continue;
    // A board's interface lines (skip links, buttons, banners, chips) come before and around the title: not counted.
    if (isPageChrome(raw)) continue;
    if (++seen > OPENING_TITLE_LINES) return null;
    if (CHROME_LINE.test(raw) || (raw.length < 40 && isReferenceLine(raw))) continue;
    // A letterhead: the body's name, then the duty station under it ("JOINT WARFARE CENTRE /
    // Stavanger, Norway"), above the title. A place line counts only under a body's name.
    if (isBodyName(raw)) {
      letterhead = true;
      continue;
    }
    if (letterhead && isPlaceLine(raw)) continue;
    const line = raw.slice(0, letterheadAfterTitle(raw)?.start ?? raw.length).replace(BOARD_PREFIX, '').replace(POST_CODE_PREFIX, '').replace(BOARD_EMPLOYER_AFTER, '').trim();
    const words = line.split(' ').length;
    const fits =
      line.length >= 3 && line.length <= MAX_OPENING_TITLE_LENGTH && words <= MAX_OPENING_TITLE_WORDS && /^\p{Lu}/u.test(line) &&
      !SENTENCE_END.test(line) && !isUpperCase(line) && !URL_START.test(line) && !line.includes('?') &&
      !labelLine(line) && !heading(line) && !/\d{4}/.test(line) && !isBodyName(line) && !COMPETITION_LINE.test(line);
    return fits ? cleanTitle(line) : null;
  }
  return null;
}
